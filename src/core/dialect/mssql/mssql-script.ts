import { ScriptFailure } from '../types.js';

/**
 * Splits a T-SQL script into batches at `GO` lines, as sqlcmd and SSMS do: `GO` alone on its line
 * (any case, surrounding blanks allowed), optionally with a repeat count (`GO 3`) and a trailing
 * `--` comment, never inside a string, a quoted or bracketed identifier, or a comment.
 */

export interface TsqlBatch {
    sql: string;
    /** 1-based line of the batch's first line in the script. */
    line: number;
    /** How many times the batch runs (`GO 3`). */
    count: number;
}

const GO_LINE = /^[ \t]*go(?:[ \t]+(\d+))?[ \t]*(?:--[^\n]*)?$/i;

export function splitGoBatches(text: string): TsqlBatch[] {
    const batches: TsqlBatch[] = [];
    const n = text.length;
    let batchStart = 0;
    let batchLine = 1;
    let line = 1;
    let i = 0;
    let atLineStart = true;

    const push = (end: number, count: number) => {
        const sql = text.slice(batchStart, end);
        if (sql.trim()) batches.push({ sql: sql.replace(/\s+$/, ''), line: batchLine, count });
    };

    while (i < n) {
        if (atLineStart) {
            const eol = text.indexOf('\n', i);
            const lineEnd = eol < 0 ? n : eol;
            const go = GO_LINE.exec(text.slice(i, lineEnd));
            if (go) {
                const count = go[1] ? Number(go[1]) : 1;
                if (count < 1) throw new ScriptFailure(`GO ${go[1]} would run its batch no times`, line, undefined, 'Use GO alone, or GO with a count of 1 or more.');
                push(i, count);
                i = eol < 0 ? n : eol + 1;
                line++;
                batchStart = i;
                batchLine = line;
                continue;
            }
            atLineStart = false;
        }
        const c = text[i]!;
        if (c === '\n') {
            line++;
            i++;
            atLineStart = true;
            continue;
        }
        if (c === '-' && text[i + 1] === '-') {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol; // the newline itself is handled above
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                } else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                } else {
                    if (text[i] === '\n') line++;
                    i++;
                }
            }
            continue;
        }
        if (c === "'" || c === '"' || c === '[') {
            const close = c === '[' ? ']' : c;
            i++;
            while (i < n) {
                if (text[i] === close) {
                    if (text[i + 1] === close) {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (text[i] === '\n') line++;
                i++;
            }
            continue;
        }
        i++;
    }
    push(n, 1);
    return batches;
}

/** True when a batch holds more than comments (line comments and nested block comments), blanks and semicolons. */
export function tsqlHasStatement(batch: string): boolean {
    for (let i = 0; i < batch.length;) {
        const c = batch[i]!;
        if (c === '-' && batch[i + 1] === '-') {
            const eol = batch.indexOf('\n', i);
            i = eol < 0 ? batch.length : eol + 1;
        } else if (c === '/' && batch[i + 1] === '*') {
            // T-SQL block comments nest.
            let depth = 1;
            i += 2;
            while (i < batch.length && depth > 0) {
                const pair = batch.slice(i, i + 2);
                depth += pair === '/*' ? 1 : pair === '*/' ? -1 : 0;
                i += pair === '/*' || pair === '*/' ? 2 : 1;
            }
        } else if (/[\s;]/.test(c)) i++;
        else return true;
    }
    return false;
}
