import { readFileSync } from 'node:fs';
import path from 'node:path';
import { terminalSafe } from './terminal-safe.js';

export interface ExcerptLine {
    /** 1-based line number in the file. */
    number: number;
    text: string;
    /** The line the error names. */
    failing: boolean;
}

/**
 * The lines around the one an error names, for a face to show the failing statement under the
 * database's message. Null when there is nothing true to show: no line, a template (the line counts
 * the SQL it rendered, not its source), a file that cannot be read (or is gone), a line past its end.
 */
export function sourceExcerpt(root: string, file: string | undefined, line: number | undefined, around = 2): ExcerptLine[] | null {
    if (!file || !line || line < 1 || /\.eta$/i.test(file)) return null;
    let text: string;
    try {
        text = readFileSync(path.resolve(root, file), 'utf8');
    } catch {
        return null;
    }
    const lines = text.split(/\r?\n/);
    if (line > lines.length) return null;
    const first = Math.max(1, line - around);
    const last = Math.min(lines.length, line + around);
    const excerpt: ExcerptLine[] = [];
    for (let number = first; number <= last; number++) excerpt.push({ number, text: terminalSafe(lines[number - 1]!.replace(/\t/g, '    ')), failing: number === line });
    return excerpt;
}
