import { BOUNDARY_PROBE, makeLineCounter } from '../script-text.js';
import { assertNoTransactionControl, dumpTransaction, dumpTransactionNote, type DumpTransactionWords } from '../transaction-control.js';
import { ScriptFailure, type PreparedScript, type ScriptNote } from '../types.js';
import { copyNote, isCopyFromStdin, isCopyToStdout, readCopyData, type CopyData } from './postgres-copy.js';

/**
 * Reads a PostgreSQL script the way psql does: strings (standard, E'' with backslash escapes),
 * quoted identifiers, nested block comments, dollar quoting, parentheses, `BEGIN ATOMIC … END`
 * function bodies, and backslash meta-commands. The script is still sent to the server as written;
 * this reader finds statement boundaries (to run statements one by one where a file opts out of
 * the transaction, and to name the line of a failing statement), the meta-commands only psql
 * understands, and the data lines after each `COPY … FROM stdin`, which it skips as psql does.
 */

export interface PgStatement {
    /** Offset of the statement's first token. */
    start: number;
    /** Offset just past its terminating `;` (or the end of the script). */
    end: number;
    line: number;
    /** The first few words, lower-cased. */
    words: string[];
    /** `COPY … FROM stdin`: its data, which follows the statement in the script. */
    copy?: CopyData;
}

export interface PgMetaCommand {
    /** Offset of the backslash. */
    start: number;
    /** Offset of the end of its line. */
    end: number;
    line: number;
    /** The command name without the backslash, e.g. `restrict`, `connect`, `i`, `.`. */
    name: string;
}

export interface PgScan {
    statements: PgStatement[];
    metaCommands: PgMetaCommand[];
}

const WORDS_KEPT = 6;

function isIdentStart(code: number): boolean {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 128;
}

function isIdentChar(code: number): boolean {
    return isIdentStart(code) || (code >= 48 && code <= 57) || code === 36; // digits and $
}

export function scanPostgresScript(text: string): PgScan {
    const statements: PgStatement[] = [];
    const metaCommands: PgMetaCommand[] = [];
    const lineAt = makeLineCounter(text);
    const n = text.length;

    let start = -1;
    let words: string[] = [];
    let parenDepth = 0;
    // psql's heuristic for SQL-standard function bodies: inside CREATE [OR REPLACE]
    // FUNCTION|PROCEDURE, BEGIN … END (and CASE … END within it) keep semicolons in the statement.
    let identifiers: string[] = [];
    let beginDepth = 0;

    const finish = (end: number) => {
        if (start >= 0) statements.push({ start, end, line: lineAt(start), words });
        start = -1;
        words = [];
        parenDepth = 0;
        identifiers = [];
        beginDepth = 0;
    };
    const begin = (offset: number) => {
        if (start < 0) start = offset;
    };

    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        // whitespace
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
            i++;
            continue;
        }
        // -- comment
        if (c === 45 && text.charCodeAt(i + 1) === 45) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol + 1;
            continue;
        }
        // /* nested block comment */
        if (c === 47 && text.charCodeAt(i + 1) === 42) {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
                    depth++;
                    i += 2;
                } else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
                    depth--;
                    i += 2;
                } else i++;
            }
            continue;
        }
        // psql meta-command: a backslash outside strings and comments, up to the end of its line
        if (c === 92) {
            const eol = text.indexOf('\n', i);
            const end = eol < 0 ? n : eol;
            const match = /^\\([A-Za-z0-9_.!?]+|\S)/.exec(text.slice(i, Math.min(end, i + 64)));
            metaCommands.push({ start: i, end, line: lineAt(i), name: match ? match[1]! : '' });
            i = end;
            continue;
        }
        // ; ends a statement outside parentheses and function bodies
        if (c === 59) {
            i++;
            if (parenDepth === 0 && beginDepth === 0) {
                if (words[0] === 'copy' && isCopyFromStdin(text.slice(start, i))) {
                    const copy = readCopyData(text, text.slice(start, i), i);
                    statements.push({ start, end: i, line: lineAt(start), words, copy });
                    start = -1;
                    finish(i);
                    i = copy.resume;
                    continue;
                }
                finish(i);
            }
            continue;
        }
        begin(i);
        if (c === 40) {
            parenDepth++;
            i++;
            continue;
        }
        if (c === 41) {
            if (parenDepth > 0) parenDepth--;
            i++;
            continue;
        }
        // 'string', E'string' (the E was consumed as an identifier: see below), "identifier"
        if (c === 39) {
            i = skipQuoted(text, i, 39, false);
            continue;
        }
        if (c === 34) {
            i = skipQuoted(text, i, 34, false);
            continue;
        }
        // $tag$ … $tag$ (a $ directly after an identifier character belongs to the identifier)
        if (c === 36) {
            const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 256));
            if (tag) {
                const close = text.indexOf(tag[0], i + tag[0].length);
                i = close < 0 ? n : close + tag[0].length;
                continue;
            }
            i++; // $1 parameter or a stray $
            while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
            continue;
        }
        if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentChar(text.charCodeAt(j))) j++;
            const word = text.slice(i, j);
            // E'…' / e'…': an escape string, where backslash escapes the next character.
            if (j - i === 1 && (word === 'E' || word === 'e') && text.charCodeAt(j) === 39) {
                i = skipQuoted(text, j, 39, true);
                continue;
            }
            // U&'…', B'…', X'…' and N'…' are ordinary quoted strings after their prefix.
            trackWord(word.toLowerCase());
            i = j;
            continue;
        }
        i++; // operators, digits, commas, dots
    }
    finish(n);
    return { statements, metaCommands };

    function trackWord(lower: string): void {
        if (words.length < WORDS_KEPT) words.push(lower);
        if (identifiers.length < 4) identifiers.push(lower);
        const [first, second, third, fourth] = identifiers;
        const routine = (w: string | undefined) => w === 'function' || w === 'procedure';
        const inRoutine = first === 'create' && (routine(second) || (second === 'or' && third === 'replace' && routine(fourth)));
        if (!inRoutine || parenDepth !== 0) return;
        if (lower === 'begin') beginDepth++;
        else if (lower === 'case' && beginDepth > 0) beginDepth++;
        else if (lower === 'end' && beginDepth > 0) beginDepth--;
    }
}

/** Skips a quoted token starting at `open`; doubled quotes stay inside, and backslashes with `escapes`. */
function skipQuoted(text: string, open: number, quote: number, escapes: boolean): number {
    const n = text.length;
    const mark = String.fromCharCode(quote);
    let i = open + 1;
    while (i < n) {
        if (!escapes) {
            // The common case (standard strings, identifiers): jump to the next quote.
            const close = text.indexOf(mark, i);
            if (close < 0) return n;
            if (text.charCodeAt(close + 1) === quote) {
                i = close + 2;
                continue;
            }
            return close + 1;
        }
        const c = text.charCodeAt(i);
        if (c === 92) {
            i += 2;
            continue;
        }
        if (c === quote) {
            if (text.charCodeAt(i + 1) === quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return n;
}

/** Converts PostgreSQL's 1-based character position into a 0-based UTF-16 offset of `text`. */
export function offsetOfPosition(text: string, position: number, base = 0): number {
    let offset = base;
    for (let chars = 1; chars < position && offset < text.length; chars++) {
        const code = text.charCodeAt(offset);
        offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    return offset;
}

/**
 * Text of the script that the server must not see, replaced by text of the same length so server
 * positions stay true: a psql line (`\restrict key` becomes the comment `--estrict key`), or a
 * statement left out (blanked, line breaks kept).
 */
export interface Blank {
    start: number;
    end: number;
    as: 'comment' | 'space';
}

/** `text` from `start` to `end` with the blanks in that range applied. */
export function blankedText(text: string, start: number, end: number, blanks: readonly Blank[]): string {
    let out = '';
    let at = start;
    for (const blank of blanks) {
        if (blank.end <= start || blank.start >= end) continue;
        out += text.slice(at, blank.start);
        const hidden = text.slice(blank.start, blank.end);
        out += blank.as === 'comment' ? '--' + hidden.slice(2) : hidden.replace(/[^\n]/g, ' ');
        at = blank.end;
    }
    return out + text.slice(at, end);
}

/** A file as the PostgreSQL session runs it, prepared by `preparePostgresScript`. */
export interface PostgresScript extends PreparedScript {
    /** The text sent: psql-only `\restrict` lines turned into comments of the same length. */
    text: string;
    statements: PgStatement[];
    /** Send statements one by one (outside a transaction, as psql does), not the file as one query. */
    oneByOne: boolean;
    /**
     * With `COPY … FROM stdin` data: `text` is the file as read (never copied whole), sent cut at
     * each COPY with these ranges blanked in the SQL between.
     */
    copies?: readonly Blank[];
}

/** psql meta-commands a pg_dump file may hold that mean nothing to the server. */
const IGNORED_META = new Set(['restrict', 'unrestrict']);

/**
 * Words that may start a statement the checks below look for. A file without a backslash and
 * without any of them (most files, and big generated seeds) needs no full read before it is sent;
 * its statement boundaries are only read if it fails.
 */
const NEEDS_READING = /\\|\b(begin|start|commit|end|abort|rollback|prepare|copy)\b/i;

export function preparePostgresScript(source: string, options: { transaction: boolean }): PostgresScript {
    if (options.transaction && !NEEDS_READING.test(source)) {
        return lazyStatements({ dialect: 'postgres', text: source, oneByOne: false }, source);
    }
    const scan = scanPostgresScript(source);
    const blanks: Blank[] = [];
    const notes: ScriptNote[] = [];
    for (const statement of scan.statements) {
        const { copy } = statement;
        if (copy) {
            if (copy.format.kind === 'binary')
                throw new ScriptFailure('COPY … FROM stdin in binary format cannot be written inline in a script', statement.line, undefined, COPY_HINT);
            if (copy.trailing)
                throw new ScriptFailure(
                    'COPY … FROM stdin: its data must start on the line after the statement',
                    statement.line,
                    undefined,
                    "End the line with the COPY statement's `;` and put the data lines, then `\\.`, below it.",
                );
            notes.push(copyNote(copy, statement.line));
        } else if (statement.words[0] === 'copy' && isCopyToStdout(source.slice(statement.start, Math.min(statement.end, statement.start + 4000)))) {
            throw new ScriptFailure('COPY … TO stdout needs psql to read the data it writes', statement.line, undefined, COPY_OUT_HINT);
        }
    }
    for (const meta of scan.metaCommands) {
        if (!IGNORED_META.has(meta.name)) {
            throw new ScriptFailure(`psql meta-command \\${meta.name} cannot run outside psql`, meta.line, undefined, META_HINT);
        }
        blanks.push({ start: meta.start, end: meta.end, as: 'comment' });
    }
    let statements = scan.statements;
    if (options.transaction) {
        const shape = dumpTransaction(statements, POSTGRES_TRANSACTION_WORDS);
        if (shape) {
            statements = statements.filter((statement) => statement !== shape.begin && statement !== shape.commit);
            blanks.push({ start: shape.begin.start, end: shape.begin.end, as: 'space' }, { start: shape.commit.start, end: shape.commit.end, as: 'space' });
            notes.unshift(dumpTransactionNote(shape.begin, shape.commit));
        } else {
            assertNoTransactionControl(statements, POSTGRES_TRANSACTION_WORDS.isControl);
        }
    }
    blanks.sort((a, b) => a.start - b.start);
    const copies = statements.some((statement) => statement.copy);
    const text = copies || !blanks.length ? source : blankedText(source, 0, source.length, blanks);
    return { dialect: 'postgres', text, statements, oneByOne: !options.transaction, ...(copies ? { copies: blanks } : {}), ...(notes.length ? { notes } : {}) };
}

/** How PostgreSQL spells transaction control, and the BEGIN … COMMIT a dump may wrap itself in. */
const POSTGRES_TRANSACTION_WORDS: DumpTransactionWords = {
    isControl: ([first, second]) =>
        first === 'begin' ||
        first === 'start' ||
        first === 'commit' ||
        first === 'end' ||
        first === 'abort' ||
        (first === 'rollback' && second !== 'to') ||
        (first === 'prepare' && second === 'transaction'),
    isBegin: (words) =>
        words.length <= 2 &&
        ((words[0] === 'begin' && (words[1] === undefined || words[1] === 'work' || words[1] === 'transaction')) || (words[0] === 'start' && words[1] === 'transaction')),
    isCommit: (words) => words.length <= 2 && (words[0] === 'commit' || words[0] === 'end') && (words[1] === undefined || words[1] === 'work' || words[1] === 'transaction'),
    // Session settings (not SET LOCAL or SET TRANSACTION, which would then apply to noorm's transaction).
    mayPrecede: ([first, second, third]) =>
        (first === 'set' && second !== 'local' && second !== 'transaction') || (first === 'select' && (second === 'set_config' || third === 'set_config')),
};

/** A prepared script whose statement list is read on first use (to place an error). */
function lazyStatements(script: Omit<PostgresScript, 'statements'>, source: string): PostgresScript {
    let statements: PgStatement[] | undefined;
    return Object.defineProperty(script, 'statements', {
        get: () => (statements ??= scanPostgresScript(source).statements),
        enumerable: true,
    }) as PostgresScript;
}

const META_HINT = "noorm sends SQL to the server; psql commands such as \\connect, \\i or \\set only work in psql. Remove them (pg_dump's \\restrict lines are ignored for you).";

const COPY_HINT = 'Write the data in text or CSV format (as pg_dump does), as INSERT statements (pg_dump --inserts), or load this file with psql.';

const COPY_OUT_HINT = "Nothing reads what COPY … TO stdout writes when noorm runs a file: remove it (export data with psql's \\copy or pg_dump), or run this file with psql.";

/**
 * True when `text` leaves nothing open for what follows (every statement terminated or ended by a
 * line, no string, dollar quote or comment open), so more statements can follow it in one query.
 */
export function endsAtPostgresStatementBoundary(text: string): boolean {
    const last = scanPostgresScript(text + BOUNDARY_PROBE).statements.at(-1);
    return last !== undefined && last.start === text.length && last.end === text.length + BOUNDARY_PROBE.length;
}
