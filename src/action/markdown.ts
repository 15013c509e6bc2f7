/** Text from the result document inside GitHub-flavoured Markdown/HTML: shown as written, never as markup. */
export function cell(text: unknown): string {
    return String(text ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\r?\n/g, '<br>');
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/** A fenced block whose fence is longer than any run of backticks inside it. */
export function codeBlock(text: string, language = ''): string {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}

/** A collapsed block: `summary` is text, `body` Markdown. */
export function details(summary: string, body: string): string {
    return `<details><summary>${cell(summary)}</summary>\n\n${body}\n</details>\n`;
}

export function duration(ms: number | undefined): string {
    if (ms === undefined) return '';
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Rows past `max` become one "N more rows" line. */
export function capped<T>(rows: readonly T[], max: number): { rows: readonly T[]; more: number } {
    return rows.length > max ? { rows: rows.slice(0, max), more: rows.length - max } : { rows, more: 0 };
}
