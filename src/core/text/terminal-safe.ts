/**
 * Text noorm did not write itself (file and changeset names, database messages, identities) made
 * safe for a terminal: control characters are shown as escapes, so a newline in a file name cannot
 * print a line that looks like noorm's, and an ESC sequence cannot clear the screen or recolour it.
 * Also the invisible characters that reorder or break lines (bidi controls, Unicode separators).
 * Text faces (the CLI, the TUI) apply it to each such value; JSON escapes on its own.
 *
 * No imports: the CLI loads it at startup, before the engine.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEPING_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalSafe(text: string, options: { keepLineBreaks?: boolean } = {}): string {
    const pattern = options.keepLineBreaks ? UNSAFE_KEEPING_LINES : UNSAFE;
    // Most text holds none: no copy.
    pattern.lastIndex = 0;
    if (!pattern.test(text)) return text;
    pattern.lastIndex = 0;
    return text.replace(pattern, (char) => {
        const code = char.charCodeAt(0);
        return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
    });
}
