import { UsageError } from '../errors.js';
import { compareNatural } from '../runner/natural-sort.js';

/**
 * Changeset folder names. `change add` writes `YYYY-MM-DDTHHMMSS_slug` (the UTC time of creation,
 * without `:` so the name is valid on every file system); names of earlier releases carry the date
 * only (`YYYY-MM-DD_slug`) and keep working. The order noorm applies them in is the natural order of
 * the names (compareNatural), which is creation order: the time compares as a number, and a `T`
 * sorts after the `_` of a date-only name, so on one day the date-only names (made before the time
 * was added) come first, as they did.
 */
const STAMPED = /^(\d{4}-\d{2}-\d{2})(?:T(\d{6}))?_(.+)$/;

export interface ChangesetStamp {
    /** `YYYY-MM-DD`. */
    date: string;
    /** `HHMMSS` (UTC), or null for a date-only name. */
    time: string | null;
    /** The name without its date and time. */
    slug: string;
}

/** The date, time and slug of a changeset name; null when the name does not start with a date. */
export function changesetStamp(name: string): ChangesetStamp | null {
    const match = STAMPED.exec(name);
    return match ? { date: match[1]!, time: match[2] ?? null, slug: match[3]! } : null;
}

/** Changesets in the order `ff` applies them. */
export function compareChangesetNames(a: string, b: string): number {
    return compareNatural(a, b);
}

/** A name's slug: lower-case letters, digits and dashes. */
export function slugOf(name: string): string {
    const slug = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (!slug) throw new UsageError('bad-changeset-name', `"${name}" has no letters or digits to name a changeset with`);
    return slug;
}

/**
 * The folder name for a new changeset made at `now`. When a changeset of the same day already has
 * that second or a later one (two made within a second, or a clock behind a teammate's), the time
 * steps one second past the newest, so name order stays creation order.
 */
export function newChangesetName(slug: string, now: Date, existing: readonly string[]): string {
    const date = now.toISOString().slice(0, 10);
    let seconds = now.getUTCHours() * 3600 + now.getUTCMinutes() * 60 + now.getUTCSeconds();
    for (const name of existing) {
        const stamp = changesetStamp(name);
        if (stamp?.date !== date || stamp.time === null) continue;
        const taken = Number(stamp.time.slice(0, 2)) * 3600 + Number(stamp.time.slice(2, 4)) * 60 + Number(stamp.time.slice(4, 6));
        if (taken >= seconds) seconds = Math.min(taken + 1, 86_399);
    }
    const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((part) => String(part).padStart(2, '0')).join('');
    return `${date}T${time}_${slug}`;
}

/**
 * Groups of changesets whose creation order cannot be told from their names: the same date without
 * a time (made on one day by an earlier release, or on different branches), or the same second.
 * They are applied in slug order, which may not be the order they were written in.
 */
export function ambiguousOrder(names: readonly string[]): string[][] {
    const groups = new Map<string, string[]>();
    for (const name of names) {
        const stamp = changesetStamp(name);
        if (!stamp) continue;
        const key = `${stamp.date}T${stamp.time ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), name]);
    }
    return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Whether `given` names this changeset exactly: its whole name, its slug (the name without date and
 * time), or its date and slug without the time.
 */
export function namesExactly(name: string, given: string): boolean {
    if (name === given) return true;
    const stamp = changesetStamp(name);
    return stamp !== null && (stamp.slug === given || `${stamp.date}_${stamp.slug}` === given);
}
