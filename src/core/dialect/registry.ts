import type { ConnectionSettings, DialectName } from '../config/types.js';

/**
 * What noorm knows about a database without loading its module (see `load.ts`): the names it goes
 * by (as `--dialect` and as a URL scheme), and how its database is addressed. A new dialect gets
 * an entry here, a loader in `load.ts` and its folder `<db>/`.
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
}

export const DIALECTS: Readonly<Record<DialectName, DialectInfo>> = {
    postgres: {
        name: 'postgres',
        aliases: ['postgres', 'postgresql', 'pg'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 5432,
    },
    mysql: {
        name: 'mysql',
        aliases: ['mysql', 'mariadb'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 3306,
    },
    sqlite: {
        name: 'sqlite',
        aliases: ['sqlite', 'sqlite3', 'file'],
        fileDatabase: true,
    },
    mssql: {
        name: 'mssql',
        aliases: ['mssql', 'sqlserver'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 1433,
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

/**
 * The target of a connection for people to read, without secrets: `postgres 127.0.0.1:5432/app`,
 * `sqlite data/app.sqlite`. The same text whether or not the connection could be opened.
 */
export function describeTarget(connection: Pick<ConnectionSettings, 'dialect' | 'host' | 'port' | 'database'>): string {
    const info = DIALECTS[connection.dialect];
    if (info.fileDatabase) return `${info.name} ${connection.database ?? ''}`;
    return `${info.name} ${connection.host ?? info.defaultHost}:${connection.port ?? info.defaultPort}/${connection.database ?? ''}`;
}
