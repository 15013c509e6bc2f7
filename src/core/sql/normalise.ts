/**
 * SQL text as noorm sends and checksums it. Shared by the runner (files read from disk) and the
 * template renderer (rendered output), so neither imports the other.
 */

/** Strips a UTF-8 BOM and turns CRLF line endings into LF. */
export function normaliseSql(text: string): string {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return withoutBom.includes('\r\n') ? withoutBom.replace(/\r\n/g, '\n') : withoutBom;
}
