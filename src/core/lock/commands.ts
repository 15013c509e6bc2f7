import type { DialectName } from '../config/types.js';
import { openConnection } from '../connection.js';
import { assertAllowed } from '../protection.js';
import type { CommandContext } from '../context.js';
import { TABLES } from '../tracking/schema.js';
import { forceReleaseLock, holderLiveness, readLockHolder, type LockHolder } from './lock.js';
import type { HolderLiveness } from './process-liveness.js';

export interface LockStatus {
    ok: true;
    command: 'lock status';
    config: string;
    dialect: DialectName;
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
            dialect: conn.dialect.name,
            target: conn.target,
            held: holder !== null,
            holder,
            liveness: holder ? await holderLiveness(conn, holder) : null,
        };
    } finally {
        await conn.close();
    }
}

export interface LockReleaseResult {
    ok: true;
    command: 'lock release';
    config: string;
    dialect: DialectName;
    target: string;
    released: boolean;
    /** The holder whose lock was freed. */
    holder: LockHolder | null;
}

/** `lock release`: frees the lock of a run that is gone (a live holder keeps it). */
export async function releaseLock(context: CommandContext, options: { force?: boolean } = {}): Promise<LockReleaseResult> {
    await assertAllowed(context, 'lock:release');
    const conn = await openConnection(context);
    try {
        const holder = (await conn.existingTables([TABLES.lock])).has(TABLES.lock) ? await forceReleaseLock(conn, options) : null;
        return { ok: true, command: 'lock release', config: context.config.name, dialect: conn.dialect.name, target: conn.target, released: holder !== null, holder };
    } finally {
        await conn.close();
    }
}
