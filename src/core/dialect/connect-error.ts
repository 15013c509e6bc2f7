import { DEFAULT_CONNECT_TIMEOUT_SECONDS, type ConnectionSettings } from '../config/types.js';
import { ConnectError, messageOf } from '../errors.js';

/** The connect timeout of these settings, in the milliseconds drivers take. */
export function connectTimeoutMs(settings: ConnectionSettings): number {
    return Math.max(1, Math.round((settings.connectTimeoutSeconds ?? DEFAULT_CONNECT_TIMEOUT_SECONDS) * 1000));
}

const TIMEOUT_HINT = 'The server did not answer within the connect timeout: check host, port and firewalls, or allow longer with --connect-timeout or NOORM_CONNECT_TIMEOUT.';

/** Hints for the network failures every server dialect meets. */
const NETWORK_HINTS: Record<string, string> = {
    ECONNREFUSED: 'Is the server running and listening on that host and port?',
    ENOTFOUND: 'Check the host name.',
    ETIMEDOUT: TIMEOUT_HINT,
    ETIMEOUT: TIMEOUT_HINT,
};

export const CREDENTIALS_HINT = 'Check the user and password: --user and --password, NOORM_USER and NOORM_PASSWORD, or the URL.';
export const MISSING_DATABASE_HINT = 'Create the database first (noorm db create), or check --database.';

/**
 * A failure to reach the database as exit 5, with a hint chosen by the driver's error code. The
 * driver's message names the user at most, never the password. `serverAnswered`: the dialect
 * recognised an error sent by the server itself (the server is up, waiting longer will not help).
 */
export function connectFailure(error: unknown, target: string, hints: Record<string, string>, serverAnswered: boolean): ConnectError {
    // Already mapped on the way up (a pool's connect callback): wrapping it again would repeat its prefix.
    if (error instanceof ConnectError) return error;
    const code = (error as { code?: string }).code;
    return new ConnectError('connect-failed', `Cannot connect to ${target}: ${messageOf(error) || code || 'unknown error'}`, {
        // pg's own timeout carries no code, only its message.
        hint:
            (code && (hints[code] ?? NETWORK_HINTS[code])) ||
            (!code && /\btimeout\b/i.test(messageOf(error)) ? TIMEOUT_HINT : undefined) ||
            'Check the connection settings (--url or NOORM_HOST, NOORM_PORT, NOORM_DATABASE, NOORM_USER).',
        cause: error,
        serverAnswered,
    });
}
