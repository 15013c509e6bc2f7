import path from 'node:path';
import type { ConfigLayer } from '../core/index.js';

/** Global flags as commander parses them (camel-cased): the config layer's fields plus the mode switches. */
export type GlobalFlags = Omit<ConfigLayer, 'protected' | 'test' | 'type'> & {
    headless?: boolean;
    json?: boolean;
    yes?: boolean;
    /** `--var key=value`, repeated. */
    var?: string[];
};

/** The connection and path flags, each with its NOORM_* twin; declared once for options and help. */
export const CONNECTION_FLAGS: ReadonlyArray<{
    flag: string;
    field: keyof ConfigLayer & keyof GlobalFlags;
    env: string;
    help: string;
    /** How a repeated flag adds to what came before (one value when absent). */
    repeat?: (value: string, previous: string | undefined) => string;
}> = [
    { flag: '--config <name>', field: 'config', env: 'NOORM_CONFIG', help: 'stored config to use' },
    { flag: '--dialect <dialect>', field: 'dialect', env: 'NOORM_DIALECT', help: 'postgres | mysql | sqlite | mssql (no default)' },
    { flag: '--url <url>', field: 'url', env: 'NOORM_URL', help: 'connection URL, e.g. postgres://user@host/db or sqlite:app.db' },
    { flag: '--host <host>', field: 'host', env: 'NOORM_HOST', help: 'database server host' },
    { flag: '--port <port>', field: 'port', env: 'NOORM_PORT', help: 'database server port' },
    { flag: '--database <name>', field: 'database', env: 'NOORM_DATABASE', help: 'database name (SQLite: the database file)' },
    { flag: '--user <user>', field: 'user', env: 'NOORM_USER', help: 'database user' },
    { flag: '--password <password>', field: 'password', env: 'NOORM_PASSWORD', help: 'database password (prefer the variable)' },
    { flag: '--ssl <mode>', field: 'ssl', env: 'NOORM_SSL', help: 'TLS mode: disable | require | verify-ca | verify-full' },
    { flag: '--ssl-ca <file>', field: 'sslCa', env: 'NOORM_SSL_CA', help: 'CA certificate (PEM) to verify the server with' },
    { flag: '--schema-path <path>', field: 'schemaPath', env: 'NOORM_SCHEMA_PATH', help: 'schema folder (default ./schema)' },
    { flag: '--changeset-path <path>', field: 'changesetPath', env: 'NOORM_CHANGESET_PATH', help: 'changesets folder (default ./changesets)' },
    {
        flag: '--allow-path <dir>',
        field: 'allowPath',
        env: 'NOORM_ALLOW_PATHS',
        help: `a folder outside the project whose files may be run and loaded too (repeatable; the variable separates folders with "${path.delimiter}")`,
        repeat: (value, previous) => (previous === undefined ? value : `${previous}${path.delimiter}${value}`),
    },
    { flag: '--identity <who>', field: 'identity', env: 'NOORM_IDENTITY', help: 'who runs this, "Name <email>"' },
    { flag: '--lock-wait <seconds>', field: 'lockWait', env: 'NOORM_LOCK_WAIT', help: "wait this long for another run's lock (default 60)" },
    { flag: '--lock-expiry <seconds>', field: 'lockExpiry', env: 'NOORM_LOCK_EXPIRY', help: 'lock validity without refresh (default 600)' },
    { flag: '--wait <seconds>', field: 'wait', env: 'NOORM_WAIT', help: 'first wait this long for the server to accept connections' },
    {
        flag: '--connect-timeout <seconds>',
        field: 'connectTimeout',
        env: 'NOORM_CONNECT_TIMEOUT',
        help: 'give up on a server that does not answer a connection within this long (default 10)',
    },
];

/** Flags → the highest-priority config layer. */
export function layerFromFlags(flags: GlobalFlags): ConfigLayer {
    const layer: ConfigLayer = {};
    for (const { field } of CONNECTION_FLAGS) {
        const value = flags[field];
        if (typeof value === 'string') layer[field] = value;
    }
    return layer;
}
