/**
 * A tracking timestamp as noorm shows it everywhere, in text and JSON: ISO 8601 in UTC with
 * milliseconds (`2026-12-03T06:38:23.732Z`). Drivers hand back a Date (Postgres timestamptz,
 * SQL Server datetime2) or the column's text (MySQL DATETIME with dateStrings, SQLite TEXT); noorm
 * writes every tracking time in UTC, so text without a zone is UTC.
 */
export function isoUtc(value: Date | string): string;
export function isoUtc(value: Date | string | null): string | null;
export function isoUtc(value: Date | string | null): string | null {
    if (value === null) return null;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    const text = String(value).trim();
    const zoneless = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(text);
    const parsed = zoneless ? new Date(`${zoneless[1]}T${zoneless[2]}${(zoneless[3] ?? '').slice(0, 4)}Z`) : new Date(text);
    // Something noorm did not write: shown as it is rather than guessed at.
    return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString();
}
