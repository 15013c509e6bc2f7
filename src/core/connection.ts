import { loadDialect } from './dialect/registry.js';
import { abortReason, sleep } from './abort.js';
import type { Dialect, DialectConnection } from './dialect/types.js';
import { ConnectError, isNoormError, messageOf } from './errors.js';
import type { CommandContext } from './runner/types.js';

/**
 * Every command's way to its database: loads the dialect, waits for the server when the config asks
 * (`--wait`, NOORM_WAIT), then connects.
 */
export async function openConnection(context: CommandContext, options: { readOnly?: boolean } = {}): Promise<DialectConnection> {
    const { config } = context;
    const dialect = await loadDialect(config.connection.dialect);
    if (config.waitSeconds > 0) await waitForServer(context, dialect, config.waitSeconds);
    return dialect.connect(config.connection, { root: config.paths.root, ...(options.readOnly ? { readOnly: true } : {}) });
}

/**
 * Retries reaching the server until it answers (Docker Compose, CI services starting up), with a
 * progress note; exit 5 when it does not within `timeoutSeconds`.
 */
export async function waitForServer(context: CommandContext, dialect: Dialect, timeoutSeconds: number): Promise<{ waitedMs: number }> {
    const { config } = context;
    const started = Date.now();
    const deadline = started + timeoutSeconds * 1000;
    let announced = false;
    for (let attempt = 1; ; attempt++) {
        try {
            const server = await dialect.connectServer(config.connection, { root: config.paths.root });
            await server.close();
            if (announced) context.onEvent?.({ type: 'note', level: 'info', message: `the server answered after ${((Date.now() - started) / 1000).toFixed(1)} s` });
            return { waitedMs: Date.now() - started };
        } catch (error) {
            if (!(error instanceof ConnectError) && isNoormError(error)) throw error;
            // Refused credentials or a missing database: the server is up and answering. The
            // command that follows reports the real problem.
            if (answeredByServer(error)) return { waitedMs: Date.now() - started };
            if (Date.now() >= deadline) {
                throw new ConnectError('wait-timeout', `The server did not accept connections within ${timeoutSeconds} s (${attempt} attempts): ${messageOf(error)}`, {
                    hint: 'Check that the server is starting and that host and port are right, or wait longer with --wait / --timeout.',
                    cause: error,
                });
            }
            if (!announced) {
                announced = true;
                context.onEvent?.({ type: 'note', level: 'info', message: `waiting up to ${timeoutSeconds} s for the server to accept connections (${messageOf(error)})` });
            }
            await sleep(Math.min(500, Math.max(0, deadline - Date.now())), context.signal);
            if (context.signal?.aborted) throw abortReason(context.signal);
        }
    }
}

/** The driver error behind a connection failure came from the server itself, not the network. */
function answeredByServer(error: unknown): boolean {
    const cause = (error as { cause?: { code?: unknown; errno?: unknown } }).cause;
    if (!cause) return false;
    if (typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code)) return true; // PostgreSQL SQLSTATE
    if (typeof cause.errno === 'number' && cause.errno >= 1000) return true; // MySQL server error
    return cause.code === 'ELOGIN'; // SQL Server login refused
}
