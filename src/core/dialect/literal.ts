import { UsageError } from '../errors.js';

/**
 * The parts of writing a SQL literal every dialect shares; the dialect supplies how a string, a
 * boolean, a date and bytes are written. null and undefined are NULL; objects and arrays become
 * their JSON text.
 */
export interface LiteralStyle {
    string(value: string): string;
    boolean(value: boolean): string;
    date(value: Date): string;
    bytes(value: Uint8Array): string;
}

export function literal(value: unknown, style: LiteralStyle): string {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new UsageError('bad-literal', `escape(): ${value} has no SQL literal`);
        return String(value);
    }
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'boolean') return style.boolean(value);
    if (typeof value === 'string') return style.string(value);
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new UsageError('bad-literal', 'escape(): an invalid Date has no SQL literal');
        return style.date(value);
    }
    if (value instanceof Uint8Array) return style.bytes(value);
    return style.string(JSON.stringify(value));
}

/** `'text'` with quotes doubled: the SQL standard's string literal. */
export function standardString(value: string): string {
    if (value.includes('\0')) throw new UsageError('bad-literal', 'escape(): text with a NUL character cannot be a SQL string literal');
    // Most values hold no quote: skip the replace (seeds write hundreds of thousands of these).
    return value.includes("'") ? `'${value.replace(/'/g, "''")}'` : `'${value}'`;
}

export function hex(value: Uint8Array): string {
    return Buffer.from(value).toString('hex');
}

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC. */
export function utcDateTime(value: Date, separator = ' '): string {
    return value.toISOString().replace('T', separator).replace('Z', '');
}
