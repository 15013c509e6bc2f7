import { UsageError } from '../errors.js';
import { RUN_STATUSES, type RunStatus } from './schema.js';

/**
 * A tracking row holding a value noorm never writes. Guessing what it meant could run a file
 * again or skip one that never ran, so the command stops and names the row.
 */
export function trackingCorrupt(table: string, where: string, what: string): UsageError {
    return new UsageError('tracking-corrupt', `noorm's tracking table ${table} is damaged: ${where} holds ${what}`, {
        hint: `That value was not written by noorm (or by a newer noorm). Restore ${table} from a backup, or fix or delete that row by hand (a deleted file row makes the file count as new).`,
    });
}

/** A row's status, checked against the statuses noorm writes. */
export function checkedStatus(table: string, id: unknown, value: unknown): RunStatus {
    if (typeof value === 'string' && (RUN_STATUSES as readonly string[]).includes(value)) return value as RunStatus;
    throw trackingCorrupt(table, `the row with id ${String(id)}`, `the status ${JSON.stringify(value)} (noorm writes ${RUN_STATUSES.join(', ')})`);
}
