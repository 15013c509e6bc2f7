import { makeLineCounter } from '../script-text.js';

/**
 * Splits a SQLite script into statements exactly where the sqlite3 command-line shell would run
 * them: the shell feeds its buffer to sqlite3_complete(), a small state machine that knows strings,
 * comments, quoted identifiers and `CREATE [TEMP] TRIGGER … BEGIN … END;` bodies. This is a port of
 * that state machine, so noorm and `sqlite3 db < file` agree on statement boundaries, and a failure
 * can be reported at the line of the statement that failed.
 */

export interface ScriptStatement {
    /** The statement text including its terminating `;` (absent for a last unterminated statement). */
    sql: string;
    /** 1-based line of the statement's first token. */
    line: number;
}

const enum Token {
    Semi,
    Ws,
    Other,
    Explain,
    Create,
    Temp,
    Trigger,
    End,
}

const enum State {
    Invalid,
    Start,
    Normal,
    Explain,
    Create,
    Trigger,
    Semi,
    End,
}

// Rows: state; columns: token. Mirrors the transition table of SQLite's complete.c.
const TRANSITIONS: readonly (readonly State[])[] = [
    /* Invalid */ [State.Start, State.Invalid, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
    /* Start   */ [State.Start, State.Start, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
    /* Normal  */ [State.Start, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal],
    /* Explain */ [State.Start, State.Explain, State.Explain, State.Normal, State.Create, State.Normal, State.Normal, State.Normal],
    /* Create  */ [State.Start, State.Create, State.Normal, State.Normal, State.Normal, State.Create, State.Trigger, State.Normal],
    /* Trigger */ [State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
    /* Semi    */ [State.Semi, State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.End],
    /* End     */ [State.Start, State.End, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
];

const KEYWORDS: Record<string, Token> = {
    create: Token.Create,
    trigger: Token.Trigger,
    temp: Token.Temp,
    temporary: Token.Temp,
    end: Token.End,
    explain: Token.Explain,
};

function isIdChar(code: number): boolean {
    return (
        (code >= 0x30 && code <= 0x39) || // 0-9
        (code >= 0x41 && code <= 0x5a) || // A-Z
        (code >= 0x61 && code <= 0x7a) || // a-z
        code === 0x5f || // _
        code === 0x24 || // $
        code >= 0x80
    );
}

export function splitSqliteStatements(script: string): ScriptStatement[] {
    const statements: ScriptStatement[] = [];
    let state: State = State.Start;
    let start = -1; // offset of the current statement's first token
    let i = 0;
    const n = script.length;

    const lineAt = makeLineCounter(script);

    while (i < n) {
        const ch = script[i]!;
        let token: Token;
        const tokenStart = i;
        if (ch === ';') {
            token = Token.Semi;
            i++;
        } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
            token = Token.Ws;
            i++;
        } else if (ch === '/' && script[i + 1] === '*') {
            const close = script.indexOf('*/', i + 2);
            i = close < 0 ? n : close + 2;
            token = Token.Ws;
        } else if (ch === '-' && script[i + 1] === '-') {
            const eol = script.indexOf('\n', i + 2);
            i = eol < 0 ? n : eol + 1;
            token = Token.Ws;
        } else if (ch === '[') {
            const close = script.indexOf(']', i + 1);
            i = close < 0 ? n : close + 1;
            token = Token.Other;
        } else if (ch === '`' || ch === '"' || ch === "'") {
            const close = script.indexOf(ch, i + 1);
            i = close < 0 ? n : close + 1;
            token = Token.Other;
        } else if (isIdChar(script.charCodeAt(i))) {
            let j = i + 1;
            while (j < n && isIdChar(script.charCodeAt(j))) j++;
            token = KEYWORDS[script.slice(i, j).toLowerCase()] ?? Token.Other;
            i = j;
        } else {
            token = Token.Other;
            i++;
        }

        if (token !== Token.Ws && token !== Token.Semi && start < 0) start = tokenStart;
        state = TRANSITIONS[state]![token]!;
        if (state === State.Start && token === Token.Semi && start >= 0) {
            statements.push({ sql: script.slice(start, i), line: lineAt(start) });
            start = -1;
        }
    }
    if (start >= 0) {
        const sql = script.slice(start).trimEnd();
        if (sql) statements.push({ sql, line: lineAt(start) });
    }
    return statements;
}
