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
    return [...csvRows(text, file)];
}

/**
 * parseCsv, giving the event loop a turn every few thousand rows: a big file is read while the
 * database connection is being opened, and signals are still seen.
 */
export async function readCsv(text: string, file: string, pause: () => Promise<void>): Promise<Array<Record<string, string>>> {
    const rows: Array<Record<string, string>> = [];
    for (const row of csvRows(text, file)) {
        if (rows.push(row) % 4096 === 0) await pause();
    }
    return rows;
}

/** The data rows one by one, read as they are asked for. */
export function* csvRows(text: string, file: string): Generator<Record<string, string>, void, void> {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const n = text.length;
    let line = 1;
    let header: string[] | null = null;
    let complete: Record<string, string> | null = null;
    // Data rows are filled field by field in header order, so all rows share one object shape and
    // no per-row array is made (100,000 rows are read in a few tens of milliseconds).
    let row: Record<string, string> = {};
    let count = 0;
    let first = '';
    let rowLine = 1;
    // A row whose only field was quoted ("") holds an empty string; only a truly blank line is skipped.
    let quotedInRow = false;
    let protoColumn = false;

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
    row = [] as unknown as Record<string, string>;

    while (i <= n) {
        if (i === n) {
            if (count) endRow();
            if (complete) yield complete;
            break;
        }
        if (count === 0) rowLine = line;
        let value: string;
        if (text.charCodeAt(i) === 34) {
            quotedInRow = true;
            // Quoted: up to the closing quote; "" is a quote.
            let parts = '';
            let start = i + 1;
            for (;;) {
                const close = text.indexOf('"', start);
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
            value = text.slice(i, end);
            i = end;
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
}
