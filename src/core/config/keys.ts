import { UsageError, type ErrorCode } from '../errors.js';

/**
 * Names a JavaScript object answers through its prototype: stored under them, a value would be
 * lost (`__proto__`) or a lookup would find something noorm never stored (`constructor`).
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuses a reserved name for something users name (a config, a secret, a template variable). */
export function assertNotReserved(name: string, what: string, code: ErrorCode, where?: string): void {
    if (!RESERVED_NAMES.has(name)) return;
    throw new UsageError(code, `${where ? `${where}: ` : ''}${what} "${name}" is a reserved name`, {
        hint: `${[...RESERVED_NAMES].join(', ')} cannot name a ${what}: templates and noorm's own records treat them as part of every object. Pick another name.`,
    });
}

/**
 * A record keyed by names users chose, without a prototype: a name finds only what was stored
 * under it, and storing under any name keeps the value.
 */
export function keyedRecord<T>(entries?: Readonly<Record<string, T>> | null): Record<string, T> {
    const record = Object.create(null) as Record<string, T>;
    if (entries) for (const [key, value] of Object.entries(entries)) record[key] = value;
    return record;
}
