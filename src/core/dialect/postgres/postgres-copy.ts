import type pg from 'pg';
import { messageOf } from '../../errors.js';
import { makeLineCounter } from '../script-text.js';
import { ScriptFailure, type ScriptNote } from '../types.js';
import type { PgStatement } from './postgres-script.js';

/**
 * `COPY … FROM stdin` with its data inline, as pg_dump writes it by default: psql sends the
 * statement, then the lines after it up to a line holding `\.` (or the end of the file) as the
 * data. noorm does the same through pg-copy-streams, on the script's own connection and inside its
 * transaction, so a bad row rolls the whole file back.
 */

/** How the data of one COPY is written. */
export interface CopyFormat {
    kind: 'text' | 'csv' | 'binary';
    /** CSV: the quote and escape characters (escape defaults to quote). */
    quote: string;
    escape: string;
    /** CSV or text with HEADER: the first data line names the columns and loads no row. */
    header: boolean;
}

/** One `COPY … FROM stdin` statement's data, as offsets into the script. */
export interface CopyData {
    format: CopyFormat;
    /** What the statement copies into (`public.t (a, b)`), for messages. */
    target: string;
    /** The data: from the line after the statement up to the `\.` line (or the end). */
    start: number;
    end: number;
    /** Where the script goes on: after the `\.` line. */
    resume: number;
    /** Lines of data; rows the server would load, header left out. */
    lines: number;
    rows: number;
    /** Text after the statement's `;` on its line that is not a comment (refused: psql would read it as SQL after the data). */
    trailing: boolean;
}

/** True for `COPY … FROM stdin` (the data follows in the script), from the statement's text. */
export function isCopyFromStdin(statement: string): boolean {
    return /^copy\b/i.test(statement) && /\bfrom\s+stdin\b/i.test(statement);
}

/** True for `COPY … TO stdout`, whose output only psql can take. */
export function isCopyToStdout(statement: string): boolean {
    return /^copy\b/i.test(statement) && /\bto\s+stdout\b/i.test(statement);
}

/**
 * Reads the data after a `COPY … FROM stdin` statement ending (with its `;`) at `end`. Data lines
 * end at a line that is exactly `\.`, as psql ends them, even inside a quoted CSV value.
 */
export function readCopyData(text: string, statement: string, end: number): CopyData {
    const format = copyFormat(statement);
    const eol = text.indexOf('\n', end);
    const rest = text.slice(end, eol < 0 ? text.length : eol);
    const trailing = /\S/.test(rest) && !/^\s*--/.test(rest);
    const start = eol < 0 ? text.length : eol + 1;
    let at = start;
    let lines = 0;
    let dataEnd = text.length;
    let resume = text.length;
    while (at < text.length) {
        const next = text.indexOf('\n', at);
        const lineEnd = next < 0 ? text.length : next;
        if (lineEnd - at === 2 && text.charCodeAt(at) === 92 && text.charCodeAt(at + 1) === 46) {
            dataEnd = at;
            resume = next < 0 ? text.length : next + 1;
            break;
        }
        lines++;
        at = next < 0 ? text.length : next + 1;
    }
    const rows = (format.kind === 'csv' ? csvRows(text, start, dataEnd, format) : lines) - (format.header && lines > 0 ? 1 : 0);
    return { format, target: targetOf(statement), start, end: dataEnd, resume, lines, rows, trailing };
}

/** The format options of a COPY statement, in either syntax (`WITH (FORMAT csv, …)`, `CSV HEADER`). */
function copyFormat(statement: string): CopyFormat {
    const options = statement.slice(statement.search(/\bfrom\s+stdin\b/i));
    const named = /\bformat\s+'?(\w+)'?/i.exec(options)?.[1]?.toLowerCase();
    const kind = named === 'csv' || named === 'binary' || named === 'text' ? named : /\bcsv\b/i.test(options) ? 'csv' : /\bbinary\b/i.test(options) ? 'binary' : 'text';
    const char = (option: string) => {
        const match = new RegExp(`\\b${option}\\s+(?:as\\s+)?'((?:''|[^'])+)'`, 'i').exec(options);
        return match ? match[1]!.replace(/''/g, "'") : undefined;
    };
    const quote = char('quote') ?? '"';
    const header = /\bheader\b(?!\s*(?:false|off|0)\b)/i.test(options);
    return { kind, quote, escape: char('escape') ?? quote, header };
}

function targetOf(statement: string): string {
    return statement
        .replace(/^copy\s+/i, '')
        .replace(/\s+from\s+stdin\b[\s\S]*$/i, '')
        .replace(/\s+/g, ' ');
}

/** CSV rows, whose quoted values may hold line breaks, between `start` and `end`. */
function csvRows(text: string, start: number, end: number, format: CopyFormat): number {
    let count = 0;
    let quoted = false;
    let rowStart = true;
    for (let i = start; i < end; i++) {
        if (rowStart) {
            count++;
            rowStart = false;
        }
        const c = text[i];
        if (quoted) {
            if (c === format.escape && format.escape !== format.quote && i + 1 < end) i++;
            else if (c === format.quote) {
                if (format.escape === format.quote && text[i + 1] === format.quote) i++;
                else quoted = false;
            }
        } else if (c === format.quote) quoted = true;
        else if (c === '\n') rowStart = true;
    }
    return count;
}

/**
 * The script line where the row starts that the server calls line `n` of the data. The server
 * counts input lines, header included, and inside a quoted CSV value the line breaks it has seen
 * since it knew the data's end-of-line (not those in the first row, before its first real end).
 */
export function lineOfDataLine(text: string, data: CopyData, n: number): number | undefined {
    if (n < 1 || n > data.lines) return undefined;
    const lineAt = makeLineCounter(text);
    if (data.format.kind !== 'csv') return lineAt(data.start) + n - 1;
    const { quote, escape } = data.format;
    let counted = 0;
    let eolKnown = false;
    let quoted = false;
    let row = -1;
    for (let i = data.start; i < data.end; i++) {
        if (row < 0) {
            row = i;
            counted++;
        }
        const c = text[i];
        if (quoted) {
            if (c === escape && escape !== quote && i + 1 < data.end) i++;
            else if (c === quote) {
                if (escape === quote && text[i + 1] === quote) i++;
                else quoted = false;
            } else if (c === '\n' && eolKnown) counted++;
        } else if (c === quote) quoted = true;
        else if (c === '\n') {
            if (counted >= n) return lineAt(row);
            eolKnown = true;
            row = -1;
        }
    }
    return row >= 0 ? lineAt(row) : undefined;
}

/** What a dry run says about a COPY instead of loading it. */
export function copyNote(data: CopyData, line: number): ScriptNote {
    return { line, plan: `line ${line}: COPY ${data.target} would load ${data.rows} row${data.rows === 1 ? '' : 's'} (not loaded: dry run)` };
}

/**
 * Data sent in pieces of about this many characters, each cut after a line break: the data is
 * never copied whole, and no piece splits a character.
 */
const PIECE = 256 * 1024;

function* pieces(text: string, start: number, end: number): Generator<Buffer> {
    let at = start;
    while (at < end) {
        let cut = at + PIECE >= end ? end : text.lastIndexOf('\n', at + PIECE);
        if (cut < at) cut = text.indexOf('\n', at + PIECE);
        cut = cut < 0 || cut >= end ? end : cut + 1;
        yield Buffer.from(text.slice(at, cut), 'utf8');
        at = cut;
    }
}

/**
 * Runs one COPY statement on `client` and streams its data, waiting for the server whenever the
 * connection is full. Resolves with the rows loaded; rejects with the server's error.
 */
export async function streamCopy(client: pg.ClientBase, statement: string, text: string, data: CopyData): Promise<number> {
    const { from } = (await import('pg-copy-streams')).default;
    const stream = client.query(from(statement));
    return new Promise<number>((resolve, reject) => {
        let failure: unknown;
        let wake: (() => void) | null = null;
        stream.on('error', (error: unknown) => {
            failure ??= error;
            wake?.();
            reject(error);
        });
        stream.on('finish', () => resolve(stream.rowCount));
        stream.on('drain', () => wake?.());
        void (async () => {
            for (const piece of pieces(text, data.start, data.end)) {
                if (failure !== undefined) return;
                if (!stream.write(piece)) {
                    await new Promise<void>((go) => (wake = go));
                    wake = null;
                }
            }
            if (failure === undefined) stream.end();
        })();
    });
}

/**
 * The server's error for a COPY, placed on the script line of the bad row where the server names
 * it (`COPY t, line 3, column b: "x"`), else on the statement's line.
 */
export function copyFailure(error: unknown, text: string, data: CopyData, statementLine: number): ScriptFailure {
    const e = error as Partial<pg.DatabaseError>;
    const where = e.where?.split('\n')[0];
    const row = where ? /\bline (\d+)/.exec(where) : null;
    const line = (row ? lineOfDataLine(text, data, Number(row[1])) : undefined) ?? statementLine;
    const detail = e.detail ? ` (${e.detail})` : '';
    return new ScriptFailure(`${messageOf(error)}${detail}${where ? ` [${where}]` : ''}`, line, error, e.hint);
}

/**
 * Runs a script holding COPY … FROM stdin blocks, in order: the SQL before each COPY as one
 * query (through `sendSql`, given the text range, its statements and, the first time, `prefix`),
 * the COPY with its data, then what follows. Inside a transaction all of it is one unit.
 */
export async function runWithCopies(
    client: pg.ClientBase,
    text: string,
    statements: readonly PgStatement[],
    prefix: string,
    sendSql: (from: number, to: number, statements: PgStatement[], prefix: string) => Promise<void>,
): Promise<void> {
    let head = prefix;
    let from = 0;
    let pending: PgStatement[] = [];
    const flush = async (to: number) => {
        if (pending.length || head) await sendSql(from, to, pending, head);
        head = '';
        pending = [];
    };
    for (const statement of statements) {
        const { copy } = statement;
        if (!copy) {
            pending.push(statement);
            continue;
        }
        await flush(statement.start);
        await streamCopy(client, text.slice(statement.start, statement.end), text, copy).catch((error: unknown) => Promise.reject(copyFailure(error, text, copy, statement.line)));
        from = copy.resume;
    }
    await flush(text.length);
}
