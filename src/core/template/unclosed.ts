/**
 * What a template leaves open, found from its own text: Eta's errors for these describe its
 * generated code ("Unexpected token 'catch'", the try/catch it wraps the template in), not the
 * template. Strings and comments inside tags are skipped; this is a reading aid for an error that
 * already happened, not a JavaScript parser.
 */

const CLOSERS: Record<string, string> = { '{': '}', '(': ')', '[': ']' };

export interface Unclosed {
    /** What is open: `{`, `(`, `[`, or `<%` for a tag without `%>`. */
    opened: string;
    /** 1-based template line where it was opened. */
    line: number;
    /** The tag it was opened in, as written (shortened). */
    tag: string;
    /** What would close it. */
    closer: string;
}

/** The innermost bracket opened in a template's tags and never closed, or a tag with no `%>`. */
export function findUnclosed(source: string): Unclosed | null {
    const stack: Array<Omit<Unclosed, 'closer'>> = [];
    let line = 1;
    let i = 0;
    const advance = (to: number) => {
        for (; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    };
    for (;;) {
        const open = source.indexOf('<%', i);
        if (open < 0) break;
        advance(open);
        const tagLine = line;
        const end = source.indexOf('%>', open + 2);
        if (end < 0) return { opened: '<%', line: tagLine, tag: shorten(source.slice(open)), closer: '%>' };
        const tag = shorten(source.slice(open, end + 2));
        i = open + 2;
        while (i < end) {
            const c = source[i]!;
            if (c === '"' || c === "'" || c === '`') {
                const close = closingQuote(source, i, end);
                advance(close);
                i = close + 1;
            } else if (c === '/' && source[i + 1] === '/') {
                const eol = source.indexOf('\n', i);
                advance(eol < 0 || eol > end ? end : eol);
            } else if (c === '/' && source[i + 1] === '*') {
                const close = source.indexOf('*/', i + 2);
                advance(close < 0 || close > end ? end : close + 2);
            } else {
                if (c in CLOSERS) stack.push({ opened: c, line, tag });
                else if (c === '}' || c === ')' || c === ']') {
                    if (stack.length && CLOSERS[stack.at(-1)!.opened] === c) stack.pop();
                }
                if (c === '\n') line++;
                i++;
            }
        }
        advance(end + 2);
    }
    const last = stack.at(-1);
    return last ? { ...last, closer: CLOSERS[last.opened]! } : null;
}

function closingQuote(source: string, start: number, limit: number): number {
    const quote = source[start]!;
    for (let i = start + 1; i < limit; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === quote) return i;
    }
    return limit - 1;
}

function shorten(tag: string): string {
    const one = tag.split('\n')[0]!.trim();
    return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

/** The sentence for an unclosed thing, naming its line and the tag. */
export function describeUnclosed(unclosed: Unclosed): string {
    if (unclosed.opened === '<%') return `the tag ${unclosed.tag} opened at line ${unclosed.line} is never closed with %>`;
    return `the "${unclosed.opened}" opened at line ${unclosed.line} in ${unclosed.tag} is never closed: close it with "${unclosed.closer}" in a later tag${unclosed.opened === '{' ? ' (<% } %>)' : ''}`;
}
