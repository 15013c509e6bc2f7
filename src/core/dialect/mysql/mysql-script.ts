import { makeLineCounter } from '../script-text.js';

/**
 * Splits a MySQL/MariaDB script into statements as the `mysql`/`mariadb` command-line client does:
 * it honours the client's `DELIMITER` directive (any delimiter, any case), `#`, `-- ` and `/* *\/`
 * comments, quoted strings and identifiers with backslash escapes, and keeps `/*!NNNNN … *\/`
 * executable comments as SQL (the client sends them to the server, and a delimiter inside them
 * still ends a statement). Like the client, noorm then sends the statements one at a time.
 */

export interface MysqlStatement {
    /** The statement text without its delimiter. */
    sql: string;
    /** 1-based line of its first character. */
    line: number;
}

export function splitMysqlStatements(text: string): MysqlStatement[] {
    const statements: MysqlStatement[] = [];
    const lineAt = makeLineCounter(text);
    const n = text.length;
    let delimiter = ';';
    let start = -1; // offset of the current statement's first significant character
    let i = 0;

    const finish = (end: number) => {
        if (start >= 0) {
            const sql = text.slice(start, end).trimEnd();
            if (sql) statements.push({ sql, line: lineAt(start) });
        }
        start = -1;
    };

    while (i < n) {
        const c = text[i]!;

        // The DELIMITER directive: a client command on a line of its own, between statements.
        if (start < 0 && (c === 'd' || c === 'D') && atLineStart(text, i)) {
            const match = /^delimiter[ \t]+(\S+)[^\n]*/i.exec(text.slice(i, i + 200));
            if (match) {
                delimiter = match[1]!;
                i += match[0].length;
                continue;
            }
        }
        if (text.startsWith(delimiter, i)) {
            finish(i);
            i += delimiter.length;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
            i++;
            continue;
        }
        if (c === '#' || (c === '-' && text[i + 1] === '-' && (i + 2 >= n || /[\s]/.test(text[i + 2]!)))) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const executable = text[i + 2] === '!' || (text[i + 2] === 'M' && text[i + 3] === '!');
            if (executable) {
                // Its content is SQL: keep scanning inside it; the closing */ is skipped below.
                if (start < 0) start = i;
                i += text[i + 2] === '!' ? 3 : 4;
                continue;
            }
            const close = text.indexOf('*/', i + 2);
            if (start >= 0 || text[i + 2] === '+') {
                // Inside a statement a comment (or an optimizer hint) stays part of its text.
                if (start < 0) start = i;
            }
            i = close < 0 ? n : close + 2;
            continue;
        }
        if (start < 0) start = i;
        if (c === "'" || c === '"' || c === '`') {
            i = skipString(text, i);
            continue;
        }
        i++;
    }
    finish(n);
    return statements;
}

function atLineStart(text: string, i: number): boolean {
    for (let j = i - 1; j >= 0; j--) {
        const c = text[j];
        if (c === '\n') return true;
        if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    }
    return true;
}

/** Skips a quoted string or identifier; backslash escapes the next character except in backticks. */
function skipString(text: string, open: number): number {
    const quote = text[open];
    const n = text.length;
    let i = open + 1;
    while (i < n) {
        const c = text[i];
        if (c === '\\' && quote !== '`') {
            i += 2;
            continue;
        }
        if (c === quote) {
            if (text[i + 1] === quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return n;
}
