import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { UsageError } from '../errors.js';

/**
 * Reads CSV (RFC 4180) into objects keyed by the header row: quoted fields with doubled quotes,
 * commas and line breaks inside quotes, CRLF or LF, a UTF-8 BOM, blank lines skipped. A row with
 * more or fewer fields than the header is an error naming its line.
 *
 * noorm reads seed data with its own reader rather than csv-parse: on 100,000 rows csv-parse took
 * about 0.5 s on this project's machines, this reader about a tenth of that; the tests check that
 * both agree on awkward files.
 */
export function parseCsv(text: string, file: string): Array<Record<string, string>> {
    return [...csvRows([text], file)];
}

/**
 * A CSV file's rows, read from disk as they are asked for: the file is never held whole, so a
 * big seed costs the memory of one chunk, not of its text. Given the `version` it had when first
 * seen, a file changed since is refused before any of it is read.
 */
export function csvFileRows(absolute: string, file: string, version?: string): Generator<Record<string, string>, void, void> {
    return csvRows(textChunks(absolute, file, version), file);
}

/** What tells one state of a file from another: its size, modification time and inode. */
export function fileVersion(absolute: string, file: string): string {
    return versionOf(readable(() => statSync(absolute), file));
}

function versionOf(stats: Stats): string {
    return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/**
 * All of a CSV file's rows, giving the event loop a turn every few thousand rows: a big file is
 * read while the database connection is being opened, and signals are still seen.
 */
export async function readCsvFile(absolute: string, file: string, pause: () => Promise<void>): Promise<Array<Record<string, string>>> {
    const rows: Array<Record<string, string>> = [];
    for (const row of csvFileRows(absolute, file)) {
        if (rows.push(row) % 4096 === 0) await pause();
    }
    return rows;
}

/**
 * Bytes read at a time. Measured on a 6.8 MB file: read whole, 54 ms; in 64 KiB chunks, 11–14 ms;
 * in chunks of 128 KiB or more, 40–50 ms (V8 puts strings that big in its large-object space).
 */
const CHUNK_BYTES = 64 * 1024;

/**
 * A file's UTF-8 text in chunks, as noorm reads text: BOM dropped, CRLF turned into LF (a CR that
 * ends a chunk waits for the next one, which may start with its LF).
 */
function* textChunks(absolute: string, file: string, version?: string): Generator<string, void, void> {
    const fd = readable(() => openSync(absolute, 'r'), file);
    try {
        if (version !== undefined && versionOf(fstatSync(fd)) !== version) {
            throw new UsageError('data-file-changed', `${file} changed while noorm was running: its rows are read from disk each time they are written`, {
                hint: 'Run again once nothing is writing to the file.',
            });
        }
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const decoder = new TextDecoder('utf-8');
        let held = '';
        for (;;) {
            const read = readable(() => readSync(fd, buffer, 0, CHUNK_BYTES, null), file);
            let text = held + (read ? decoder.decode(buffer.subarray(0, read), { stream: true }) : decoder.decode());
            held = '';
            if (read && text.endsWith('\r')) {
                held = '\r';
                text = text.slice(0, -1);
            }
            if (text.includes('\r\n')) text = text.replace(/\r\n/g, '\n');
            if (text) yield text;
            if (!read) return;
        }
    } finally {
        closeSync(fd);
    }
}

function readable<T>(io: () => T, file: string): T {
    try {
        return io();
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError('missing-file', `Cannot read ${file}${code ? ` (${code})` : ''}`, { cause: error });
    }
}

/**
 * The data rows one by one, from text given in chunks of any size. A row that runs past the end of
 * a chunk is read again from its start once the next chunk is there.
 */
export function* csvRows(chunks: Iterable<string>, file: string): Generator<Record<string, string>, void, void> {
    const source = chunks[Symbol.iterator]();
    let text = '';
    let n = 0;
    let eof = false;
    let i = 0;
    let line = 1;
    let header: string[] | null = null;
    let complete: Record<string, string> | null = null;
    // Data rows are filled field by field in header order, so all rows share one object shape and
    // no per-row array is made (100,000 rows are read in a few tens of milliseconds).
    let row: Record<string, string> = [] as unknown as Record<string, string>;
    let count = 0;
    let first = '';
    let rowStart = 0;
    let rowLine = 1;
    // A row whose only field was quoted ("") holds an empty string; only a truly blank line is skipped.
    let quotedInRow = false;
    let protoColumn = false;

    /**
     * Starts the current row over with more text added: at least as much as the row already holds,
     * so a row that spans many chunks is read again only a few times (none at the end of the text).
     */
    const more = (): void => {
        const carried = text.slice(rowStart);
        let added = '';
        do {
            const next = source.next();
            if (next.done) {
                eof = true;
                break;
            }
            added += next.value;
        } while (added.length < carried.length);
        text = carried + added;
        n = text.length;
        i = 0;
        rowStart = 0;
        line = rowLine;
        row = header ? {} : ([] as unknown as Record<string, string>);
        count = 0;
        quotedInRow = false;
    };

    const addField = (value: string) => {
        if (!header) {
            (row as unknown as string[]).push(value);
        } else if (count < header.length) {
            if (protoColumn) {
                // defineProperty, not assignment: a column named __proto__ must stay a column.
                Object.defineProperty(row, header[count]!, { value, enumerable: true, writable: true, configurable: true });
            } else {
                row[header[count]!] = value;
            }
        }
        if (count === 0) first = value;
        count++;
    };

    const endRow = () => {
        if (count === 1 && first === '' && !quotedInRow) {
            // A blank line.
        } else if (!header) {
            header = row as unknown as string[];
            protoColumn = header.includes('__proto__');
        } else {
            if (count !== header.length) {
                throw new UsageError('bad-data-file', `${file} line ${rowLine} has ${count} fields; the header has ${header.length}`);
            }
            complete = row;
        }
        row = header ? {} : ([] as unknown as Record<string, string>);
        count = 0;
        quotedInRow = false;
    };

    try {
        more();
        if (text.charCodeAt(0) === 0xfeff) i = 1;
        for (;;) {
            if (count === 0) {
                rowStart = i;
                rowLine = line;
            }
            if (i === n) {
                if (!eof) {
                    more();
                    continue;
                }
                if (count) endRow();
                if (complete) yield complete;
                return;
            }
            let value: string;
            if (text.charCodeAt(i) === 34) {
                quotedInRow = true;
                // Quoted: up to the closing quote; "" is a quote.
                let parts = '';
                let start = i + 1;
                let cut = false;
                for (;;) {
                    const close = text.indexOf('"', start);
                    // Past the end of the chunk, or a quote that may be the first of a doubled pair.
                    if ((close < 0 || close + 1 === n) && !eof) {
                        cut = true;
                        break;
                    }
                    if (close < 0) throw new UsageError('bad-data-file', `${file} line ${rowLine}: a quoted field is never closed`);
                    // One slice for the common field without doubled quotes; concatenation only for "".
                    parts = start === i + 1 ? text.slice(start, close) : parts + text.slice(start, close);
                    if (text.charCodeAt(close + 1) === 34) {
                        parts += '"';
                        start = close + 2;
                        continue;
                    }
                    i = close + 1;
                    break;
                }
                if (cut) {
                    more();
                    continue;
                }
                for (let k = parts.indexOf('\n'); k >= 0; k = parts.indexOf('\n', k + 1)) line++;
                value = parts;
            } else {
                let end = i;
                while (end < n) {
                    const c = text.charCodeAt(end);
                    if (c === 44 || c === 10 || c === 13) break;
                    if (c === 34) throw new UsageError('bad-data-file', `${file} line ${line}: a quote inside an unquoted field (quote the whole field and double the quote)`);
                    end++;
                }
                if (end === n && !eof) {
                    more();
                    continue;
                }
                value = text.slice(i, end);
                i = end;
            }
            // What follows the field must be in this chunk too: a comma, a line break (a CR's LF), or the end.
            if (!eof && (i === n || (text.charCodeAt(i) === 13 && i + 1 === n) || (text.charCodeAt(i) === 44 && i + 1 === n))) {
                more();
                continue;
            }
            addField(value);
            const c = text.charCodeAt(i);
            if (c === 44) {
                i++;
                if (i === n) addField('');
            } else if (c === 13 || c === 10 || i >= n) {
                if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
                if (i < n) {
                    i++;
                    line++;
                }
                endRow();
                if (complete) {
                    yield complete;
                    complete = null;
                }
            } else {
                throw new UsageError('bad-data-file', `${file} line ${line}: text after a closing quote`);
            }
        }
    } finally {
        // Rows no longer wanted (an error, or only the first row asked for): the file is closed.
        source.return?.();
    }
}
