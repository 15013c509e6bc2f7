import { openConnection } from '../connection.js';
import { assertAllowed } from '../protection.js';
import type { CommandContext } from '../runner/types.js';
import { TABLES } from '../tracking/schema.js';
import { forceReleaseLock, holderLiveness, readLockHolder, type HolderLiveness, type LockHolder } from './lock.js';

export interface LockStatus {
    ok: true;
    command: 'lock status';
    config: string;
    target: string;
    held: boolean;
    holder: LockHolder | null;
    /** Whether the holder is still running, as far as the server (or, for SQLite, this host) can tell. */
    liveness: HolderLiveness | null;
}

/** `lock status`: who holds noorm's lock on the database, since when, until when, and whether alive. */
export async function lockStatus(context: CommandContext): Promise<LockStatus> {
    const conn = await openConnection(context, { readOnly: true });
    try {
        const holder = conn.exists && (await conn.existingTables([TABLES.lock])).has(TABLES.lock) ? await readLockHolder(conn) : null;
        return {
            ok: true,
            command: 'lock status',
            config: context.config.name,
            target: conn.target,
            held: holder !== null,
            holder,
            liveness: holder ? await holderLiveness(conn, holder) : null,
        };
    } finally {
        await conn.close();
    }
}

/** `lock release`: frees the lock of a run that is gone (a live holder keeps it). */
export async function releaseLock(
    context: CommandContext,
    options: { force?: boolean } = {},
): Promise<{ ok: true; command: 'lock release'; config: string; released: boolean; holder: LockHolder | null }> {
    await assertAllowed(context, 'lock:release');
    const conn = await openConnection(context);
    try {
        const holder = (await conn.existingTables([TABLES.lock])).has(TABLES.lock) ? await forceReleaseLock(conn, options) : null;
        return { ok: true, command: 'lock release', config: context.config.name, released: holder !== null, holder };
    } finally {
        await conn.close();
    }
}
