/** What every connection of noorm's to a PostgreSQL server shares: client settings, identifier quoting, error mapping. */
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import type pg from 'pg';
import type { ConnectionSettings } from '../../config/types.js';
import type { ConnectError } from '../../errors.js';
import { CREDENTIALS_HINT, MISSING_DATABASE_HINT, connectFailure, connectTimeoutMs } from '../connect-error.js';
import { tlsSettings } from '../tls.js';
import type { ConnectOptions } from '../types.js';

/** Connection settings for the pg driver, without the database. */
export function baseClientConfig(settings: ConnectionSettings, options: ConnectOptions): pg.ClientConfig {
    const tls = tlsSettings(settings, options.root);
    const ssl: false | TlsOptions = !tls.enabled
        ? false
        : {
              rejectUnauthorized: tls.verifyChain,
              ...(tls.ca ? { ca: tls.ca } : {}),
              ...(tls.verifyHost ? {} : { checkServerIdentity: () => undefined }),
          };
    return {
        host: settings.host ?? '127.0.0.1',
        port: settings.port ?? 5432,
        ...(settings.user !== undefined ? { user: settings.user } : {}),
        ...(settings.password !== undefined ? { password: settings.password } : {}),
        ssl,
        connectionTimeoutMillis: connectTimeoutMs(settings),
        application_name: 'noorm',
    };
}

/** A name as a PostgreSQL identifier. */
export function quotePostgresIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
}

export function connectError(error: unknown, target: string): ConnectError {
    return connectFailure(
        error,
        target,
        {
            '28P01': CREDENTIALS_HINT,
            '28000':
                "The server refused this user from this host: check the user and password (--user and --password, NOORM_USER and NOORM_PASSWORD, or the URL) and the server's pg_hba.conf.",
            '3D000': MISSING_DATABASE_HINT,
        },
        isServerError(error),
    );
}

/** A SQLSTATE code means the server itself answered. */
function isServerError(error: unknown): boolean {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
