import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FileError } from '../errors.js';
import { toTrackedPath } from '../project/root.js';

/** A file ready to run: its exact SQL text, checksum and directives. */
export interface SourceFile {
    /** Project-relative path with `/` separators, as tracked. */
    path: string;
    absolute: string;
    /** The SQL that is sent: BOM stripped, line endings normalised to `\n`. */
    sql: string;
    /** SHA-256 (hex) of `sql`. */
    checksum: string;
    /** Size of `sql` in bytes (UTF-8). */
    sizeBytes: number;
    /** `-- noorm:no-transaction` in the file's leading comments. */
    noTransaction: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a SQL file as noorm runs and checksums it. The checksum covers the normalised text, so a
 * checkout with CRLF line endings or a BOM does not look changed (DESIGN.md §4).
 */
/** Renders a template file to its SQL (templates are rendered before anything runs). */
export type TemplateRender = (absolute: string) => Promise<string>;

/**
 * A file as it runs: a template rendered first (its checksum is the rendered SQL's), any other
 * file read as it is.
 */
export async function loadSource(root: string, absolute: string, render: TemplateRender): Promise<SourceFile> {
    if (!/\.eta$/i.test(absolute)) return readSource(root, absolute);
    const tracked = toTrackedPath(root, absolute);
    // The template's own text was normalised before rendering; its output is sent as rendered, so
    // data with CRLF inside a string literal stays as it was.
    return sourceFromText(tracked, absolute, await render(absolute), false);
}

export function readSource(root: string, absolute: string): SourceFile {
    const tracked = toTrackedPath(root, absolute);
    let bytes: Buffer;
    try {
        bytes = readFileSync(absolute);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new FileError('unreadable-file', `Cannot read ${tracked}${code ? ` (${code})` : ''}`, {
            file: tracked,
            hint: code === 'EACCES' ? 'Check the file permissions.' : undefined,
            cause: error,
        });
    }
    return sourceFromBytes(tracked, absolute, bytes);
}

export function sourceFromBytes(tracked: string, absolute: string, bytes: Uint8Array): SourceFile {
    let text: string;
    try {
        text = UTF8.decode(bytes);
    } catch {
        const line = lineOfInvalidUtf8(bytes);
        throw new FileError('not-utf8', `${tracked} is not valid UTF-8 text`, {
            file: tracked,
            line,
            hint: 'Save the file as UTF-8 (most editors offer "Save with encoding"), e.g. iconv -f latin1 -t utf-8.',
        });
    }
    return sourceFromText(tracked, absolute, text, true);
}

export function sourceFromText(tracked: string, absolute: string, text: string, normalise: boolean): SourceFile {
    const sql = normalise ? normaliseSql(text) : text;
    return {
        path: tracked,
        absolute,
        sql,
        checksum: checksumOf(sql),
        sizeBytes: Buffer.byteLength(sql, 'utf8'),
        noTransaction: hasNoTransactionDirective(sql),
    };
}

/** Strips a UTF-8 BOM and turns CRLF line endings into LF. */
export function normaliseSql(text: string): string {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return withoutBom.includes('\r\n') ? withoutBom.replace(/\r\n/g, '\n') : withoutBom;
}

export function checksumOf(sql: string): string {
    return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** True when `-- noorm:no-transaction` appears among the file's leading comment lines. */
export function hasNoTransactionDirective(sql: string): boolean {
    for (const raw of sql.split('\n', 50)) {
        const line = raw.trim();
        if (line === '') continue;
        if (!line.startsWith('--')) return false;
        if (/^--\s*noorm:no-transaction\b/i.test(line)) return true;
    }
    return false;
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
    // Decode line by line until one fails; cheap enough for the error path.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 10) {
            try {
                UTF8.decode(bytes.subarray(start, i));
            } catch {
                return line;
            }
            line++;
            start = i + 1;
        }
    }
    return line;
}
