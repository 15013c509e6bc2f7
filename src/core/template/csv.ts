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
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const n = text.length;
    let line = 1;
    let header: string[] | null = null;
    const rows: Array<Record<string, string>> = [];
    let fields: string[] = [];
    let rowLine = 1;
    // A row whose only field was quoted ("") holds an empty string; only a truly blank line is skipped.
    let quotedInRow = false;

    const endRow = () => {
        if (fields.length === 1 && fields[0] === '' && !quotedInRow) {
            fields = [];
            return;
        }
        quotedInRow = false;
        if (!header) {
            header = fields;
        } else {
            if (fields.length !== header.length) {
                throw new UsageError('bad-data-file', `${file} line ${rowLine} has ${fields.length} fields; the header has ${header.length}`);
            }
            const row: Record<string, string> = {};
            // defineProperty, not assignment: a column named __proto__ must stay a column.
            for (let k = 0; k < header.length; k++) Object.defineProperty(row, header[k]!, { value: fields[k]!, enumerable: true, writable: true, configurable: true });
            rows.push(row);
        }
        fields = [];
    };

    while (i <= n) {
        if (i === n) {
            if (fields.length) endRow();
            break;
        }
        if (fields.length === 0) rowLine = line;
        let value: string;
        if (text.charCodeAt(i) === 34) {
            quotedInRow = true;
            // Quoted: up to the closing quote; "" is a quote.
            let parts = '';
            let start = i + 1;
            for (;;) {
                const close = text.indexOf('"', start);
                if (close < 0) throw new UsageError('bad-data-file', `${file} line ${rowLine}: a quoted field is never closed`);
                parts += text.slice(start, close);
                if (text.charCodeAt(close + 1) === 34) {
                    parts += '"';
                    start = close + 2;
                    continue;
                }
                i = close + 1;
                break;
            }
            for (let k = 0; k < parts.length; k++) if (parts.charCodeAt(k) === 10) line++;
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
        fields.push(value);
        const c = text.charCodeAt(i);
        if (c === 44) {
            i++;
            if (i === n) fields.push('');
        } else if (c === 13 || c === 10 || i >= n) {
            if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
            if (i < n) {
                i++;
                line++;
            }
            endRow();
        } else {
            throw new UsageError('bad-data-file', `${file} line ${line}: text after a closing quote`);
        }
    }
    return rows;
}
