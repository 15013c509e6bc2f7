/** Small text helpers the dialects' script readers share. */

/** Returns a function mapping increasing offsets to 1-based line numbers in O(total length). */
export function makeLineCounter(text: string): (offset: number) => number {
    let line = 1;
    let scanned = 0;
    return (offset: number) => {
        if (offset < scanned) {
            line = 1;
            scanned = 0;
        }
        for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) line++;
        return line;
    };
}

/**
 * A statement put right after a script (no line break added: a trailing `--` comment must swallow
 * it) to see whether the script left anything open: if the reader finds it as a statement of its
 * own, the script ends at a statement boundary.
 */
export const BOUNDARY_PROBE = 'SELECT 1;';

/** The line the probe starts on when put right after `text`. */
export function probeLine(text: string): number {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    return lines;
}

/** The first `count` words of a statement, lower-cased (`["begin", "transaction"]`). */
export function leadingWords(statement: string, count: number): string[] {
    const words: string[] = [];
    const pattern = /[A-Za-z_]+/g;
    for (let match = pattern.exec(statement); match && words.length < count; match = pattern.exec(statement)) {
        words.push(match[0].toLowerCase());
    }
    return words;
}
