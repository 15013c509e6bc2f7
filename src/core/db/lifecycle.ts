import { waitForServer } from '../connection.js';
import { abortReason } from '../abort.js';
import type { DialectName } from '../config/types.js';
import { loadDialect } from '../dialect/load.js';
import { describeTarget } from '../dialect/registry.js';
import type { ServerAdmin } from '../dialect/types.js';
import { UsageError } from '../errors.js';
import { assertAllowed } from '../protection.js';
import type { CommandContext } from '../context.js';

export interface DatabaseResult {
    ok: true;
    command: 'db create' | 'db destroy';
    config: string;
    dialect: DialectName;
    target: string;
    database: string;
    /** False when there was nothing to do (it already existed, or was already gone). */
    changed: boolean;
    message: string;
}

/** `db create`: creates the configured database through the server; a no-op when it exists. */
export async function createDatabase(context: CommandContext): Promise<DatabaseResult> {
    await assertAllowed(context, 'db:create');
    return createIfMissing(context);
}

/** Creates the configured database through the server unless it exists; the caller has confirmed. */
export function createIfMissing(context: CommandContext): Promise<DatabaseResult> {
    return withServer(context, 'db create', async (admin, name) => {
        if (await admin.databaseExists(name)) return { changed: false, message: `database ${name} already exists; nothing to do` };
        try {
            await admin.createDatabase(name);
        } catch (error) {
            // Created by someone else in between: the outcome the user asked for.
            if (await admin.databaseExists(name)) return { changed: false, message: `database ${name} already exists; nothing to do` };
            throw error;
        }
        return { changed: true, message: `created database ${name}` };
    });
}

/**
 * `db destroy`: drops the configured database, ending other sessions on it where the server
 * allows. Always needs confirmation; refused outright on a protected config.
 */
export async function destroyDatabase(context: CommandContext): Promise<DatabaseResult> {
    await assertAllowed(context, 'db:destroy', { always: true });
    return withServer(context, 'db destroy', async (admin, name) => {
        if (!(await admin.databaseExists(name))) return { changed: false, message: `database ${name} does not exist; nothing to do` };
        await admin.dropDatabase(name);
        return { changed: true, message: `dropped database ${name}` };
    });
}

export interface DatabaseWaitResult {
    ok: true;
    command: 'db wait';
    config: string;
    dialect: DialectName;
    target: string;
    waitedMs: number;
}

/** `db wait`: returns once the server accepts connections; exit 5 after the timeout. */
export async function waitForDatabase(context: CommandContext, timeoutSeconds: number): Promise<DatabaseWaitResult> {
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 0) throw new UsageError('bad-option', `The timeout must be a number of seconds, got "${timeoutSeconds}"`);
    const { config } = context;
    const dialect = await loadDialect(config.connection.dialect);
    const { waitedMs } = await waitForServer(context, dialect, timeoutSeconds);
    return { ok: true, command: 'db wait', config: config.name, dialect: dialect.name, target: describeTarget(config.connection), waitedMs };
}

async function withServer(
    context: CommandContext,
    command: DatabaseResult['command'],
    work: (admin: ServerAdmin, name: string) => Promise<{ changed: boolean; message: string }>,
): Promise<DatabaseResult> {
    const { config } = context;
    const name = config.connection.database;
    if (!name) throw new UsageError('no-database', `${command} needs a database name`, { hint: 'Set --database or NOORM_DATABASE.' });
    const dialect = await loadDialect(config.connection.dialect);
    dialect.validateDatabaseName(name);
    if (config.waitSeconds > 0) await waitForServer(context, dialect, config.waitSeconds);
    const admin = await dialect.connectServer(config.connection, { root: config.paths.root });
    // A signal closes the connection, which stops the statement (a drop waiting on other sessions).
    const stop = () => void admin.close();
    context.signal?.addEventListener('abort', stop, { once: true });
    try {
        const outcome = await work(admin, name);
        if (context.signal?.aborted) throw abortReason(context.signal);
        return { ok: true, command, config: config.name, dialect: dialect.name, target: describeTarget(config.connection), database: name, ...outcome };
    } catch (error) {
        throw context.signal?.aborted ? abortReason(context.signal) : error;
    } finally {
        context.signal?.removeEventListener('abort', stop);
        await admin.close();
    }
}
