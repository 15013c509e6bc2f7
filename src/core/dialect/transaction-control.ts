import { ScriptFailure } from './types.js';

/** A statement as a dialect's reader saw it: where it starts and its first words, lower-cased. */
export interface StatementHead {
    line: number;
    words: string[];
}

const HINT =
    "noorm already runs each file in a transaction, so the file's own transaction statements would commit or roll back noorm's. Remove them, or put `-- noorm:no-transaction` on the first line to run the file as it is. (A file whose only transaction control is one BEGIN before its first statement and one COMMIT as its last, as dump tools write it, runs unchanged.)";

/**
 * Refuses a file that controls its own transaction when noorm wraps it in one: its COMMIT would
 * commit noorm's transaction half-way and break the all-or-nothing promise silently.
 */
export function assertNoTransactionControl(heads: Iterable<StatementHead>, isControl: (words: string[]) => boolean): void {
    for (const head of heads) {
        if (isControl(head.words)) {
            throw new ScriptFailure(`The file manages its own transaction (${head.words.slice(0, 2).join(' ').toUpperCase()} at line ${head.line})`, head.line, undefined, HINT);
        }
    }
}

/** How one database spells the statements of a dump's transaction. */
export interface DumpTransactionWords {
    /** Transaction control of any kind (what assertNoTransactionControl refuses). */
    isControl(words: string[]): boolean;
    /** A plain BEGIN, without options that noorm's own transaction would not have. */
    isBegin(words: string[]): boolean;
    /** A plain COMMIT. */
    isCommit(words: string[]): boolean;
    /** A session setting that dump tools write before their BEGIN (`PRAGMA`, `SET`). */
    mayPrecede(words: string[]): boolean;
}

/**
 * The shape every dump tool writes: session settings, one BEGIN, the body, one COMMIT as the last
 * statement, and no other transaction control. Such a file means "run my body as one
 * transaction", which is what noorm does anyway: the BEGIN and COMMIT it returns are left out and
 * the body runs in noorm's transaction, with its tracking row. Null for any other file.
 */
export function dumpTransaction<T extends StatementHead>(heads: readonly T[], words: DumpTransactionWords): { begin: T; commit: T } | null {
    const begin = heads.findIndex((head) => words.isControl(head.words));
    if (begin < 0 || !words.isBegin(heads[begin]!.words)) return null;
    const commit = heads.length - 1;
    if (commit <= begin || !words.isCommit(heads[commit]!.words)) return null;
    if (!heads.slice(0, begin).every((head) => words.mayPrecede(head.words))) return null;
    if (heads.slice(begin + 1, commit).some((head) => words.isControl(head.words))) return null;
    return { begin: heads[begin]!, commit: heads[commit]! };
}

/** What the output says about a file run in the dump shape. */
export function dumpTransactionNote(begin: StatementHead, commit: StatementHead): { line: number; run: string; plan: string } {
    const text = `the file's own BEGIN (line ${begin.line}) … COMMIT (line ${commit.line}) wraps the whole file, so its body runs as noorm's transaction for it and is recorded in that same transaction`;
    return { line: begin.line, run: text, plan: text };
}
