import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import type { DialectConnection } from '../dialect/types.js';
import { LockError, messageOf } from '../errors.js';
import type { EventSink } from '../events.js';
import { formatIdentity, type Identity } from '../identity/resolver.js';
import { TABLES } from '../tracking/schema.js';

export interface LockHolder {
    lockedBy: string;
    host: string | null;
    pid: number | null;
    sessionId: string | null;
    lockedAt: string;
    expiresAt: string;
    /** The server's clock says the lock is past its expiry. */
    expired: boolean;
    token: string;
}

export interface LockOptions {
    identity: Identity;
    waitSeconds: number;
    expirySeconds: number;
    onEvent?: EventSink;
}

export interface HeldLock {
    /** Throws when another run took the lock over (it had expired without being refreshed). */
    assertHeld(): void;
    release(): Promise<void>;
}

const POLL_MS = 250;

/**
 * Takes the single-row lock in `__noorm_lock__`: an atomic insert of row id 1, or, when the row
 * present has expired by the server's clock, a conditional delete of exactly that row first.
 * While held, the expiry is pushed forward so a long run is never taken over while alive.
 */
export async function acquireLock(conn: DialectConnection, options: LockOptions): Promise<HeldLock> {
    const token = randomUUID();
    const deadline = Date.now() + options.waitSeconds * 1000;
    let announced = false;
    let vanished = 0;

    for (;;) {
        const inserted = await tryInsert(conn, token, options);
        if (inserted === true) break;
        const holder = await readLockHolder(conn);
        if (!holder) {
            // The row went away between our insert and our read: try again at once, but do not
            // spin forever on an insert that fails for another reason.
            if (++vanished >= 5) throw inserted;
            continue;
        }
        if (holder.expired) {
            await conn.db
                .withSchema(conn.trackingSchema)
                .deleteFrom(TABLES.lock)
                .where('id', '=', 1)
                .where('token', '=', holder.token)
                .execute();
            options.onEvent?.({ type: 'note', level: 'warn', message: `Took over an expired lock held by ${holder.lockedBy} since ${holder.lockedAt}` });
            continue;
        }
        if (Date.now() >= deadline) {
            throw new LockError('lock-held', `Another noorm run holds the lock on this database: ${describeHolder(holder)}`, {
                hint: 'Wait for it to finish or raise --lock-wait / NOORM_LOCK_WAIT. If that run is gone for good, `noorm lock release` frees the lock.',
            });
        }
        if (!announced) {
            announced = true;
            options.onEvent?.({ type: 'lock:wait', holder: holder.lockedBy, since: holder.lockedAt, expiresAt: holder.expiresAt });
        }
        await sleep(Math.min(POLL_MS + Math.random() * POLL_MS, Math.max(0, deadline - Date.now())));
    }

    let lost = false;
    const refreshMs = Math.max(1000, (options.expirySeconds * 1000) / 3);
    const timer = setInterval(() => {
        refresh(conn, token, options.expirySeconds).then(
            (held) => {
                if (!held) lost = true;
            },
            (error) => options.onEvent?.({ type: 'note', level: 'warn', message: `Could not refresh the lock: ${messageOf(error)}` }),
        );
    }, refreshMs);
    timer.unref();

    return {
        assertHeld() {
            if (lost) {
                throw new LockError('lock-lost', 'The lock was taken over by another run while this run was paused past its expiry', {
                    hint: 'Raise --lock-expiry / NOORM_LOCK_EXPIRY above the longest pause of this run, then run again.',
                });
            }
        },
        async release() {
            clearInterval(timer);
            await conn.db
                .withSchema(conn.trackingSchema)
                .deleteFrom(TABLES.lock)
                .where('id', '=', 1)
                .where('token', '=', token)
                .execute();
        },
    };
}

/** The current holder, or null when the lock is free. */
export async function readLockHolder(conn: DialectConnection): Promise<LockHolder | null> {
    const now = conn.dialect.tracking.now();
    const row = await conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.lock)
        .select(['locked_by', 'token', 'host', 'pid', 'session_id', 'locked_at', 'expires_at'])
        .select(sql<number>`case when expires_at < ${now} then 1 else 0 end`.as('expired'))
        .where('id', '=', 1)
        .executeTakeFirst();
    if (!row) return null;
    return {
        lockedBy: row.locked_by,
        token: row.token,
        host: row.host,
        pid: row.pid === null ? null : Number(row.pid),
        sessionId: row.session_id,
        lockedAt: timeText(row.locked_at),
        expiresAt: timeText(row.expires_at),
        expired: Number(row.expired) === 1,
    };
}

export function describeHolder(holder: LockHolder): string {
    const where = holder.host ? ` on ${holder.host}${holder.pid ? ` (pid ${holder.pid})` : ''}` : '';
    return `${holder.lockedBy}${where}, since ${holder.lockedAt}, expires ${holder.expiresAt}`;
}

async function tryInsert(conn: DialectConnection, token: string, options: LockOptions): Promise<true | unknown> {
    const { tracking } = conn.dialect;
    try {
        await conn.db
            .withSchema(conn.trackingSchema)
            .insertInto(TABLES.lock)
            .values({
                id: 1,
                locked_by: formatIdentity(options.identity).slice(0, 255),
                token,
                host: os.hostname().slice(0, 255),
                pid: process.pid,
                session_id: null,
                locked_at: tracking.now(),
                expires_at: tracking.nowPlusSeconds(options.expirySeconds),
            })
            .execute();
        return true;
    } catch (error) {
        return error;
    }
}

async function refresh(conn: DialectConnection, token: string, expirySeconds: number): Promise<boolean> {
    const result = await conn.db
        .withSchema(conn.trackingSchema)
        .updateTable(TABLES.lock)
        .set({ expires_at: conn.dialect.tracking.nowPlusSeconds(expirySeconds) })
        .where('id', '=', 1)
        .where('token', '=', token)
        .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
}

function timeText(value: Date | string): string {
    return value instanceof Date ? value.toISOString() : String(value);
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
