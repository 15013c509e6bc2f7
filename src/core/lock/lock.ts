import { createHash, randomUUID } from 'node:crypto';
import os from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { DialectConnection } from '../dialect/types.js';
import { LockError, messageOf } from '../errors.js';
import type { EventSink, LockTakeover } from '../events.js';
import type { CommandContext } from '../context.js';
import { formatIdentity, type Identity } from '../identity/resolver.js';
import { TABLES, type TrackingDatabase } from '../tracking/schema.js';
import { isoUtc } from '../tracking/time.js';
import { abortReason, sleep } from '../abort.js';
import { processLiveness, processTag, type HolderLiveness } from './process-liveness.js';

export interface LockHolder {
    lockedBy: string;
    host: string | null;
    pid: number | null;
    /** The holder's server session (backend pid, connection id, session id), where there is one. */
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
    /** Aborting stops the wait for another run's lock. */
    signal?: AbortSignal;
}

export interface HeldLock {
    /** Throws when the lock was lost (its session ended, or it expired and was taken over). */
    assertHeld(): void;
    release(): Promise<void>;
}

/**
 * A connection with noorm's lock held on it, and who holds it: what a command made of several
 * runs (`up`) hands to each, so they all run under one lock.
 */
export interface HeldRun {
    conn: DialectConnection;
    lock: HeldLock;
    identity: Identity;
}

const POLL_MS = 250;

/**
 * Takes noorm's lock on a database before any state-changing work.
 *
 * Server databases: the run first takes a session lock (advisory/named/application lock) on a
 * connection it keeps for the whole run, then writes the row in `__noorm_lock__` (who, where,
 * since when, which session). The server drops the session lock the moment that session ends, so a
 * crashed run is recognised at once and its row taken over; a live run, however long, never is.
 *
 * SQLite has no sessions: the row is inserted atomically, and a row whose process is gone from
 * this host is taken over at once; from another host, only once expired. While held, the expiry is
 * pushed forward.
 */
export async function acquireLock(conn: DialectConnection, options: LockOptions): Promise<HeldLock> {
    return conn.dialect.sessionLock ? acquireWithSession(conn, options) : acquireWithRow(conn, options);
}

/** The lock of a state-changing command: its config's wait and expiry, its progress and its signal. */
export function acquireCommandLock(conn: DialectConnection, context: Pick<CommandContext, 'config' | 'onEvent' | 'signal'>, identity: Identity): Promise<HeldLock> {
    return acquireLock(conn, {
        identity,
        waitSeconds: context.config.lock.waitSeconds,
        expirySeconds: context.config.lock.expirySeconds,
        ...(context.onEvent ? { onEvent: context.onEvent } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
    });
}

async function acquireWithSession(conn: DialectConnection, options: LockOptions): Promise<HeldLock> {
    const lockSql = conn.dialect.sessionLock!;
    const name = lockName(conn);
    const pinned = await pinConnection(conn.db);
    try {
        const waiting = waiter(conn, options);
        for (;;) {
            const taken = await lockSql.tryAcquire(name).execute(pinned.db);
            if (truthy(taken.rows[0]?.ok)) break;
            await waiting.tick(await readLockHolder(conn, pinned.db));
        }
        // We hold the session lock, so a row still there belongs to a run whose session ended.
        const stale = await readLockHolder(conn, pinned.db);
        if (stale) {
            await endOrphanedScript(conn, pinned.db, stale, options);
            await deleteRow(conn, pinned.db, stale.token);
            options.onEvent?.({ type: 'lock:acquired', tookOver: { holder: stale, reason: 'session-ended' } });
        }
        const lockSession = String((await lockSql.sessionId().execute(pinned.db)).rows[0]?.id ?? '');
        const scriptSession = (await conn.scriptSessionId?.()) ?? null;
        const token = randomUUID();
        // `lock session/script session`: the second is ended on takeover, should it still be running.
        await insertRow(conn, pinned.db, token, options, scriptSession ? `${lockSession}/${scriptSession}` : lockSession);
        return holdLock(conn, pinned.db, token, options, async () => {
            try {
                await lockSql.release(name).execute(pinned.db);
            } finally {
                await pinned.release();
            }
        });
    } catch (error) {
        await lockSql
            .release(name)
            .execute(pinned.db)
            .catch(() => undefined);
        await pinned.release();
        throw error;
    }
}

/**
 * A crashed run's statement can outlive it on the server (MySQL does not notice a vanished client
 * mid-statement). Before taking over, its script session is ended, so its statement rolls back
 * instead of racing the new run.
 */
async function endOrphanedScript(conn: DialectConnection, db: Kysely<TrackingDatabase>, stale: LockHolder, options: LockOptions): Promise<void> {
    const scriptSession = stale.sessionId?.split('/')[1];
    if (!scriptSession || !/^\d+$/.test(scriptSession)) return;
    const lockSql = conn.dialect.sessionLock!;
    try {
        const found = (await lockSql.findSession(scriptSession, stale.lockedAt).execute(db)).rows[0]?.id;
        if (found === undefined || found === null) return;
        await lockSql.endSession(String(found)).execute(db);
        options.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'crashed-session-ended',
            message: `ended server session ${String(found)} of the crashed run, which could still be running its last statement`,
        });
    } catch {
        // Already gone (the usual case), or not ours to end: either way nothing is left to stop.
    }
}

async function acquireWithRow(conn: DialectConnection, options: LockOptions): Promise<HeldLock> {
    const token = randomUUID();
    const waiting = waiter(conn, options);
    let vanished = 0;
    for (;;) {
        const failure = await insertRow(conn, conn.db, token, options, processTag()).then(
            () => null,
            (error: unknown) => error,
        );
        if (failure === null) break;
        const holder = await readLockHolder(conn);
        if (!holder) {
            // Released between our insert and our read: try again at once, but do not spin
            // forever on an insert that fails for another reason.
            if (++vanished >= 5) throw failure;
            continue;
        }
        const liveness = processLiveness(holder);
        if (liveness === 'dead' || (liveness === 'unknown' && holder.expired)) {
            await deleteRow(conn, conn.db, holder.token);
            options.onEvent?.({
                type: 'lock:acquired',
                tookOver: { holder, reason: liveness === 'dead' ? 'process-gone' : 'expired' },
            });
            continue;
        }
        await waiting.tick(holder);
    }
    return holdLock(conn, conn.db, token, options, async () => undefined);
}

/** Waits between attempts; announces the holder once; gives up at the deadline or on a signal. */
function waiter(conn: DialectConnection, options: LockOptions) {
    const deadline = Date.now() + options.waitSeconds * 1000;
    let announced = false;
    return {
        async tick(holder: LockHolder | null): Promise<void> {
            if (options.signal?.aborted) throw abortReason(options.signal);
            if (Date.now() >= deadline) {
                const who = holder ? describeHolder(holder) : 'a session that is still writing its lock row';
                throw new LockError('lock-held', `Another noorm run holds the lock on ${conn.target}: ${who}`, {
                    hint: 'Wait for it to finish or raise --lock-wait / NOORM_LOCK_WAIT. `noorm lock status` shows the holder; `noorm lock release` frees a lock whose run is gone.',
                });
            }
            if (!announced && holder) {
                announced = true;
                options.onEvent?.({ type: 'lock:wait', holder });
            }
            await sleep(Math.min(POLL_MS + Math.random() * POLL_MS, Math.max(0, deadline - Date.now())), options.signal);
        },
    };
}

function holdLock(conn: DialectConnection, db: Kysely<TrackingDatabase>, token: string, options: LockOptions, releaseSession: () => Promise<void>): HeldLock {
    let lost = false;
    // Often enough to keep the pinned session from idling out (idle_session_timeout, proxies).
    const refreshMs = Math.min(30_000, Math.max(1000, (options.expirySeconds * 1000) / 3));
    const sessionBound = Boolean(conn.dialect.sessionLock);
    const timer = setInterval(() => {
        refresh(conn, db, token, options.expirySeconds).then(
            (held) => {
                if (!held) lost = true;
            },
            (error) => {
                // The pinned session is gone, and its session lock with it: another run may take over.
                if (sessionBound) lost = true;
                options.onEvent?.({ type: 'note', level: 'warn', code: 'lock-refresh-failed', message: `Could not refresh the lock: ${messageOf(error)}` });
            },
        );
    }, refreshMs);
    timer.unref();
    return {
        assertHeld() {
            if (lost) {
                throw new LockError('lock-lost', "This run lost noorm's lock on the database (its lock session ended, or another run took the lock over)", {
                    hint: 'Nothing more was run. Check the connection to the server (idle timeouts, proxies), or raise --lock-expiry / NOORM_LOCK_EXPIRY if this run paused for longer than that, then run again.',
                });
            }
        },
        async release() {
            clearInterval(timer);
            try {
                await deleteRow(conn, db, token);
            } finally {
                await releaseSession();
            }
        },
    };
}

/** The current holder, or null when the lock is free. */
export async function readLockHolder(conn: DialectConnection, db: Kysely<TrackingDatabase> = conn.db): Promise<LockHolder | null> {
    const now = conn.dialect.tracking.now();
    const row = await db
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

/** Whether the holder of a lock row is still there, as far as the server or this host can tell. */
export async function holderLiveness(conn: DialectConnection, holder: LockHolder): Promise<HolderLiveness> {
    const lockSql = conn.dialect.sessionLock;
    if (!lockSql) return processLiveness(holder);
    const result = await lockSql.isHeld(lockName(conn)).execute(conn.db);
    return truthy(result.rows[0]?.held) ? 'alive' : 'dead';
}

/**
 * Deletes the lock row of a run that is gone. A holder that is still alive keeps its lock: taking it
 * away would let two runs change the database at once.
 */
export async function forceReleaseLock(conn: DialectConnection, options: { force?: boolean } = {}): Promise<LockHolder | null> {
    const holder = await readLockHolder(conn);
    if (!holder) return null;
    // A server-side session lock cannot be taken from a live session; a SQLite row can, by force.
    const alive = (await holderLiveness(conn, holder)) === 'alive';
    if (alive && (conn.dialect.sessionLock || !options.force)) {
        throw new LockError('lock-alive', `The lock is held by a live run: ${describeHolder(holder)}`, {
            hint: conn.dialect.sessionLock
                ? `Stop that run first${holder.sessionId ? ` (server sessions ${holder.sessionId})` : ''}; its lock goes with it.`
                : 'Stop that run first. If you are sure no noorm run is using this database, `noorm lock release --force` frees it anyway.',
        });
    }
    await deleteRow(conn, conn.db, holder.token);
    return holder;
}

/** `took over the lock from <holder> (its session ended)`: one wording for every face. */
export function describeTakeover(takeover: LockTakeover): string {
    const why = { 'session-ended': 'its session ended', 'process-gone': 'its process is gone', expired: 'it expired' }[takeover.reason];
    return `took over the lock from ${describeHolder(takeover.holder)} (${why})`;
}

export function describeHolder(holder: LockHolder): string {
    const where = holder.host ? ` on ${holder.host}${holder.pid ? ` (pid ${holder.pid})` : ''}` : '';
    return `${holder.lockedBy}${where}, since ${holder.lockedAt}, expires ${holder.expiresAt}`;
}

/** One session lock per database and tracking schema (MySQL's named locks are server-wide). */
function lockName(conn: DialectConnection): string {
    const name = `noorm:${conn.trackingSchema}`;
    return name.length <= 60 ? name : `noorm:${createHash('sha256').update(name).digest('hex').slice(0, 40)}`;
}

async function insertRow(conn: DialectConnection, db: Kysely<TrackingDatabase>, token: string, options: LockOptions, sessionId: string | null): Promise<void> {
    const { tracking } = conn.dialect;
    await db
        .withSchema(conn.trackingSchema)
        .insertInto(TABLES.lock)
        .values({
            id: 1,
            locked_by: formatIdentity(options.identity),
            token,
            host: os.hostname().slice(0, 255),
            pid: process.pid,
            session_id: sessionId ? sessionId.slice(0, 100) : null,
            locked_at: tracking.now(),
            expires_at: tracking.nowPlusSeconds(options.expirySeconds),
        })
        .execute();
}

async function deleteRow(conn: DialectConnection, db: Kysely<TrackingDatabase>, token: string): Promise<void> {
    await db.withSchema(conn.trackingSchema).deleteFrom(TABLES.lock).where('id', '=', 1).where('token', '=', token).execute();
}

async function refresh(conn: DialectConnection, db: Kysely<TrackingDatabase>, token: string, expirySeconds: number): Promise<boolean> {
    const result = await db
        .withSchema(conn.trackingSchema)
        .updateTable(TABLES.lock)
        .set({ expires_at: conn.dialect.tracking.nowPlusSeconds(expirySeconds) })
        .where('id', '=', 1)
        .where('token', '=', token)
        .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
}

/**
 * Keeps one pooled connection for the caller until `release`: the session lock lives as long as
 * that connection, and no pool may close or reuse it meanwhile.
 */
function pinConnection<DB>(db: Kysely<DB>): Promise<{ db: Kysely<DB>; release(): Promise<void> }> {
    return new Promise((resolvePinned, rejectPinned) => {
        let unpin!: () => void;
        const held = db.connection().execute(
            (pinned) =>
                new Promise<void>((resolve) => {
                    unpin = resolve;
                    resolvePinned({
                        db: pinned,
                        release: async () => {
                            unpin();
                            await held.catch(() => undefined);
                        },
                    });
                }),
        );
        held.catch(rejectPinned);
    });
}

function truthy(value: unknown): boolean {
    return value === true || value === 1 || value === '1' || value === 't' || (typeof value === 'bigint' && value > 0n);
}

function timeText(value: Date | string): string {
    return isoUtc(value);
}
