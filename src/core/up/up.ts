import { buildWith } from '../build/run-build.js';
import { ffWith, type ChangeRunResult } from '../changeset/commands.js';
import type { DialectName } from '../config/types.js';
import { openConnection } from '../connection.js';
import type { CommandContext } from '../context.js';
import { createIfMissing } from '../db/lifecycle.js';
import { loadDialect } from '../dialect/load.js';
import type { DialectConnection } from '../dialect/types.js';
import { ConnectError, isNoormError, type NoormError } from '../errors.js';
import { resolveIdentity } from '../identity/resolver.js';
import { acquireCommandLock } from '../lock/lock.js';
import { assertAllowed } from '../protection.js';
import type { RunResult } from '../runner/types.js';
import { assertRecordable } from '../tracking/limits.js';
import { ensureTrackingTables } from '../tracking/tables.js';
import { upgradeTrackingTables } from '../tracking/upgrade.js';

/** `up`: what a deploy runs. */
export interface UpResult {
    ok: boolean;
    command: 'up';
    config: string;
    dialect: DialectName;
    target: string;
    /** The database was missing and `up` created it. */
    created: boolean;
    /** `run build`'s result. */
    build: RunResult;
    /** `change ff`'s result; null when the build failed, or the changesets were refused before any ran (`error` says why). */
    changes: ChangeRunResult | null;
    error?: NoormError;
}

export interface UpOptions {
    /** Go on past applied changesets edited since they ran (as `change ff --allow-stale`); unset: NOORM_ALLOW_STALE. */
    allowStale?: boolean;
    /** Record empty changesets as applied (as `change ff --allow-empty`); unset: NOORM_ALLOW_EMPTY. */
    allowEmpty?: boolean;
}

/**
 * `up`: the one command a deploy runs, as `dbmate up` is. Creates the database when it is missing
 * (as `db create` does: through the server, or the SQLite file), then
 * `run build`, then `change ff`, all on one connection under one lock, so no other run comes
 * between the schema and the changesets. A protected config confirms once, for the whole. Stale
 * changesets stop it after the build, as they stop `change ff` (exit 6).
 */
export async function up(context: CommandContext, options: UpOptions = {}): Promise<UpResult> {
    const { config } = context;
    await assertAllowed(context, 'up');
    assertRecordable({ configName: config.name });
    // Confirmed once above: the build and the changesets do not ask again.
    const confirmed: CommandContext = { ...context, yes: true };
    const dialect = await loadDialect(config.connection.dialect);
    const { conn, created } = await connectCreating(context, dialect.capabilities.connectCreatesDatabase === true);
    try {
        const identity = context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        conn.openScriptSession?.();
        await ensureTrackingTables(conn);
        const lock = await acquireCommandLock(conn, context, identity);
        try {
            await upgradeTrackingTables(conn, context.onEvent);
            const held = { conn, lock, identity };
            const base = { command: 'up' as const, config: config.name, dialect: conn.dialect.name, target: conn.target, created };
            const build = await buildWith(confirmed, {}, held);
            if (!build.ok) return { ...base, ok: false, build, changes: null, ...(build.error ? { error: build.error } : {}) };
            let changes: ChangeRunResult;
            try {
                changes = await ffWith(confirmed, options, held);
            } catch (error) {
                // Refused before it ran anything (a changeset that cannot run): the build stands, and
                // the one document says both.
                if (!isNoormError(error)) throw error;
                return { ...base, ok: false, build, changes: null, error };
            }
            return { ...base, ok: changes.ok, build, changes, ...(changes.error ? { error: changes.error } : {}) };
        } finally {
            await lock.release().catch(() => undefined);
        }
    } finally {
        await conn.close().catch(() => undefined);
    }
}

/**
 * Connects; when that fails and the server says the database does not exist, creates it and
 * connects again. Asked only after a failed connection, so a user who may not reach the server's
 * maintenance database (managed databases) can still `up` an existing one.
 */
async function connectCreating(context: CommandContext, connectCreates: boolean): Promise<{ conn: DialectConnection; created: boolean }> {
    if (connectCreates) {
        // Connecting would create it anyway (an SQLite file): created as `db create` does, to say so.
        const made = await createIfMissing(context);
        if (made.changed) context.onEvent?.({ type: 'note', level: 'info', code: 'database-created', message: made.message });
        return { conn: await openConnection(context), created: made.changed };
    }
    try {
        return { conn: await openConnection(context), created: false };
    } catch (error) {
        if (!(error instanceof ConnectError)) throw error;
        const made = await createIfMissing(context);
        // It exists: the first failure is the real problem.
        if (!made.changed) throw error;
        context.onEvent?.({ type: 'note', level: 'info', code: 'database-created', message: made.message });
        return { conn: await openConnection(context), created: true };
    }
}
