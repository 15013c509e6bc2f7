/**
 * Statements that lose data when they run (`DROP TABLE`, `ALTER TABLE … DROP COLUMN`, `TRUNCATE`,
 * `DELETE` without `WHERE`…), found in SQL as it would be sent, so a plan can warn a reviewer before
 * it is applied. A textual check: comments and string literals are ignored, nothing is parsed, so
 * it may warn about a statement inside a function body that only runs later; it never runs anything.
 */
export interface DestructiveStatement {
    /** 1-based line of the statement's keyword in the SQL given. */
    line: number;
    /** What it destroys, in upper case: `DROP TABLE`, `DROP COLUMN`, `TRUNCATE`, `DELETE without WHERE`. */
    kind: string;
    /** The line as written, trimmed (at most 200 characters). */
    text: string;
}

const PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
    { kind: 'DROP COLUMN', pattern: /\bALTER\s+TABLE\b[^;]*?\bDROP\s+(?:COLUMN\b|(?!CONSTRAINT\b|INDEX\b|KEY\b|PRIMARY\b|FOREIGN\b|CHECK\b|DEFAULT\b|PARTITION\b)[A-Za-z_"`[])/gi },
    // Views, indexes, functions and triggers hold no data of their own: dropping and re-creating them is
    // how schema files stay re-runnable, so they are not warned about.
    { kind: 'DROP', pattern: /\bDROP\s+(TABLE|SCHEMA|DATABASE|SEQUENCE)\b/gi },
    { kind: 'TRUNCATE', pattern: /\bTRUNCATE\b/gi },
    { kind: 'DELETE without WHERE', pattern: /\bDELETE\s+FROM\s+[^;]*?(?=;|$)/gi },
];

export function destructiveStatements(sql: string): DestructiveStatement[] {
    const code = blankCommentsAndStrings(sql);
    const lines = sql.split('\n');
    const found: DestructiveStatement[] = [];
    for (const { kind, pattern } of PATTERNS) {
        for (const match of code.matchAll(pattern)) {
            if (kind === 'DELETE without WHERE' && /\bWHERE\b/i.test(match[0])) continue;
            // ALTER TABLE … DROP COLUMN reports the line of DROP, where a reviewer looks.
            const offset = kind === 'DROP COLUMN' ? match.index + match[0].search(/\bDROP\b[^]*$/i) : match.index;
            const line = code.slice(0, offset).split('\n').length;
            const label = kind === 'DROP' ? `DROP ${match[1]!.toUpperCase().replace(/\s+/g, ' ')}` : kind;
            found.push({ line, kind: label, text: lines[line - 1]!.trim().slice(0, 200) });
        }
    }
    return found.sort((a, b) => a.line - b.line);
}

/** The SQL with comments and string literals replaced by spaces (line breaks kept, so offsets and lines stay). */
function blankCommentsAndStrings(sql: string): string {
    let out = '';
    let i = 0;
    const blank = (text: string) => text.replace(/[^\n]/g, ' ');
    while (i < sql.length) {
        const rest = sql.slice(i, i + 2);
        let end: number;
        if (rest === '--') {
            end = sql.indexOf('\n', i);
            if (end < 0) end = sql.length;
        } else if (rest === '/*') {
            end = sql.indexOf('*/', i + 2);
            end = end < 0 ? sql.length : end + 2;
        } else if (sql[i] === "'") {
            end = i + 1;
            while (end < sql.length && !(sql[end] === "'" && sql[end + 1] !== "'")) end += sql[end] === "'" ? 2 : 1;
            end = Math.min(end + 1, sql.length);
        } else {
            out += sql[i];
            i++;
            continue;
        }
        out += blank(sql.slice(i, end));
        i = end;
    }
    return out;
}
