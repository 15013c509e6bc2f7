import { makeLineCounter } from '../script-text.js';
import { ScriptFailure } from '../types.js';

/**
 * Splits a MySQL/MariaDB script into statements as the `mysql`/`mariadb` command-line client does:
 * it honours the client's `DELIMITER` directive (any delimiter, any case), `#`, `-- ` and `/* *\/`
 * comments, quoted strings and identifiers with backslash escapes, and keeps `/*!NNNNN … *\/`
 * executable comments as SQL (the client sends them to the server, and a delimiter inside them
 * still ends a statement). Like the client, noorm then sends the statements one at a time.
 *
 * What the client sends for a custom-delimited statement whose text ends in `;` (`END;` with the
 * delimiter on the next line) is that text, `;` included, which the server accepts at the end of a
 * query. noorm sends several statements in one query, where such a `;` would make an empty
 * statement, so those trailing semicolons are blanked out here: the list returned is what is sent.
 */

export interface MysqlStatement {
    /** The statement text as it is sent: without its delimiter and without trailing semicolons. */
    sql: string;
    /** 1-based line of its first character. */
    line: number;
    /**
     * Lines where further server statements start inside it (text after a `;` that is not the
     * delimiter: `select 1; select 2` under `DELIMITER $$`, or the body of a routine). Such a
     * statement is sent alone, and a failure in its n-th server statement is placed at its line.
     */
    parts?: number[];
    /**
     * It ends inside an executable comment (the delimiter ends it there, as in the client): sent
     * with others, that comment would swallow the statements after it, so it is sent alone.
     */
    open?: boolean;
}

/** The DELIMITER directive as the client reads it: its argument up to a space, or quoted. */
const DELIMITER_DIRECTIVE = /^delimiter[ \t]+(?:(['"`])(.*?)\1|(\S+))[^\n]*/i;

export function splitMysqlStatements(text: string): MysqlStatement[] {
    return splitMysqlScript(text).statements;
}

/** The statements, and the delimiter in effect where the script ends. */
export function splitMysqlScript(text: string): { statements: MysqlStatement[]; delimiter: string } {
    const statements: MysqlStatement[] = [];
    const lineAt = makeLineCounter(text);
    const n = text.length;
    let delimiter = ';';
    let start = -1; // offset of the current statement's first significant character
    // Semicolons (not the delimiter) since the statement's last other significant character.
    let trailing: number[] = [];
    let parts: number[] = [];
    let content = false; // the statement holds more than semicolons
    let gated = false; // inside a /*! executable comment */
    let i = 0;

    const finish = (end: number) => {
        if (start >= 0) {
            let sql = '';
            let at = start;
            if (content) {
                // Blanked rather than cut, so a comment after them stays and positions stay true.
                for (const offset of trailing) {
                    sql += text.slice(at, offset) + ' ';
                    at = offset + 1;
                }
            }
            sql = (sql + text.slice(at, end)).trimEnd();
            if (sql) statements.push({ sql, line: lineAt(start), ...(parts.length ? { parts } : {}), ...(gated ? { open: true } : {}) });
        }
        gated = false;
        start = -1;
        trailing = [];
        parts = [];
        content = false;
    };
    /** A significant character other than `;` at offset `at`. */
    const significant = (at: number) => {
        if (start < 0) start = at;
        if (trailing.length) {
            // The semicolons were not trailing: another server statement starts here.
            if (content) parts.push(lineAt(at));
            trailing = [];
        }
        content = true;
    };

    while (i < n) {
        const c = text[i]!;

        // The DELIMITER directive: a client command on a line of its own, between statements.
        if (start < 0 && (c === 'd' || c === 'D') && atLineStart(text, i)) {
            const match = DELIMITER_DIRECTIVE.exec(text.slice(i, i + 200));
            if (match) {
                const value = match[2] ?? match[3]!;
                if (value.includes('\\')) {
                    throw new ScriptFailure('DELIMITER cannot contain a backslash character', lineAt(i), undefined, 'Choose another delimiter, such as // or $$.');
                }
                if (value) delimiter = value;
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
        // `--` starts a comment when a blank follows, and, as in the client, always at a statement's start.
        if (c === '#' || (c === '-' && text[i + 1] === '-' && (start < 0 || i + 2 >= n || /[\s]/.test(text[i + 2]!)))) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const executable = text[i + 2] === '!' || (text[i + 2] === 'M' && text[i + 3] === '!');
            if (executable) {
                // Its content is SQL: keep scanning inside it; the closing */ is skipped below.
                significant(i);
                gated = true;
                i += text[i + 2] === '!' ? 3 : 4;
                continue;
            }
            const close = text.indexOf('*/', i + 2);
            // Inside a statement a comment (or an optimizer hint) stays part of its text.
            if (text[i + 2] === '+') significant(i);
            i = close < 0 ? n : close + 2;
            continue;
        }
        if (c === ';') {
            // Not the delimiter (that was matched above): part of a custom-delimited statement.
            if (start < 0) start = i;
            trailing.push(i);
            i++;
            continue;
        }
        significant(i);
        if (gated && c === '*' && text[i + 1] === '/') {
            gated = false;
            i += 2;
            continue;
        }
        if (c === "'" || c === '"' || c === '`') {
            i = skipString(text, i);
            continue;
        }
        i++;
    }
    finish(n);
    return { statements, delimiter };
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
