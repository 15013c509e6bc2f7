import type { ConnectionSettings, DialectName } from '../config/types.js';
import type { Dialect } from './types.js';

/**
 * What noorm knows about a database before loading its module: the names it goes by (as
 * `--dialect` and as a URL scheme), how its database is addressed, and where its module is. The
 * dialect module itself loads on first use, so a command pays only for the driver it talks to
 * (and `--help` for none).
 */
export interface DialectInfo {
    readonly name: DialectName;
    /** Names accepted for `--dialect` and as URL schemes, lower case, the canonical name first. */
    readonly aliases: readonly string[];
    /**
     * The database is a file named by a path (SQLite): there is no server, its URL is
     * `<scheme>:<path>`, and a config must name the file.
     */
    readonly fileDatabase: boolean;
    /** Where a server listens when the config does not say (server dialects). */
    readonly defaultHost?: string;
    readonly defaultPort?: number;
    load(): Promise<Dialect>;
}

export const DIALECTS: Readonly<Record<DialectName, DialectInfo>> = {
    postgres: {
        name: 'postgres',
        aliases: ['postgres', 'postgresql', 'pg'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 5432,
        load: async () => (await import('./postgres/postgres-dialect.js')).postgresDialect,
    },
    mysql: {
        name: 'mysql',
        aliases: ['mysql', 'mariadb'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 3306,
        load: async () => (await import('./mysql/mysql-dialect.js')).mysqlDialect,
    },
    sqlite: {
        name: 'sqlite',
        aliases: ['sqlite', 'sqlite3', 'file'],
        fileDatabase: true,
        load: async () => (await import('./sqlite/sqlite-dialect.js')).sqliteDialect,
    },
    mssql: {
        name: 'mssql',
        aliases: ['mssql', 'sqlserver'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 1433,
        load: async () => (await import('./mssql/mssql-dialect.js')).mssqlDialect,
    },
};

/** The dialect a name stands for (`postgresql`, `mariadb`, `sqlserver`, …), any case; undefined when none. */
export function dialectNamed(name: string): DialectInfo | undefined {
    const wanted = name.trim().toLowerCase();
    return Object.values(DIALECTS).find((info) => info.aliases.includes(wanted));
}

/** Every accepted name, for hints: `postgres (postgresql, pg), mysql (mariadb), …`. */
export function dialectNamesHint(): string {
    return Object.values(DIALECTS)
        .map((info) => `${info.name}${info.aliases.length > 1 ? ` (${info.aliases.slice(1).join(', ')})` : ''}`)
        .join(', ');
}

export function loadDialect(name: DialectName): Promise<Dialect> {
    return DIALECTS[name].load();
}

/**
 * The target of a connection for people to read, without secrets: `postgres 127.0.0.1:5432/app`,
 * `sqlite data/app.sqlite`. The same text whether or not the connection could be opened.
 */
export function describeTarget(connection: Pick<ConnectionSettings, 'dialect' | 'host' | 'port' | 'database'>): string {
    const info = DIALECTS[connection.dialect];
    if (info.fileDatabase) return `${info.name} ${connection.database ?? ''}`;
    return `${info.name} ${connection.host ?? info.defaultHost}:${connection.port ?? info.defaultPort}/${connection.database ?? ''}`;
}
