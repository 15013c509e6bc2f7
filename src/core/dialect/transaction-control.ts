import { ScriptFailure } from './types.js';

/** A statement as a dialect's reader saw it: where it starts and its first words, lower-cased. */
export interface StatementHead {
    line: number;
    words: string[];
}

const HINT =
    "noorm already runs each file in a transaction, so the file's own transaction statements would commit or roll back noorm's. Remove them, or put `-- noorm:no-transaction` on the first line to run the file as it is.";

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
