/**
 * Orders names the way people number files: `2_x.sql` before `10_x.sql`. Explicit and independent
 * of the machine's locale, so every machine runs a folder in the same order. Letters compare
 * case-insensitively first and by code point to break ties, digits by numeric value.
 */
export function compareNatural(a: string, b: string): number {
    const left = chunk(a);
    const right = chunk(b);
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i]!;
        const y = right[i]!;
        const xDigits = isDigits(x);
        const yDigits = isDigits(y);
        let order: number;
        if (xDigits && yDigits) order = compareDigits(x, y);
        else order = compareCodePoints(x.toLowerCase(), y.toLowerCase());
        if (order !== 0) return order;
    }
    if (left.length !== right.length) return left.length - right.length;
    // Same up to case and leading zeros: fall back to a plain code-point order so the result is total.
    return compareCodePoints(a, b);
}

function chunk(name: string): string[] {
    return name.match(/\d+|\D+/g) ?? [];
}

function isDigits(text: string): boolean {
    const code = text.charCodeAt(0);
    return code >= 48 && code <= 57;
}

function compareDigits(x: string, y: string): number {
    // Compare as numbers of any length without converting (no precision loss on long numbers).
    const a = x.replace(/^0+(?=\d)/, '');
    const b = y.replace(/^0+(?=\d)/, '');
    if (a.length !== b.length) return a.length - b.length;
    return compareCodePoints(a, b);
}

function compareCodePoints(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
