/** The databases noorm has a dialect module for. */
export const DIALECT_NAMES = ['postgres', 'mysql', 'sqlite', 'mssql'] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

/**
 * Seconds a server dialect waits for the server to answer a connection: a refused or unroutable
 * server is reported this soon, on every dialect alike. The CLI's --help says it in words (help
 * loads no engine code).
 */
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

/** How to reach one database; built from flags, NOORM_* variables, a URL or a stored config. */
export interface ConnectionSettings {
    dialect: DialectName;
    host?: string;
    port?: number;
    /** Database name; for SQLite the database file (relative paths are relative to the project root). */
    database?: string;
    user?: string;
    password?: string;
    /** TLS mode: `disable`, `require`, `verify-ca` or `verify-full` (server dialects). */
    ssl?: string;
    /** CA certificate file (PEM) to verify the server with; relative to the project root. */
    sslCa?: string;
    /**
     * Seconds to wait for the server to answer when connecting (--connect-timeout,
     * NOORM_CONNECT_TIMEOUT); each dialect's default when absent.
     */
    connectTimeoutSeconds?: number;
    /** Extra URL query parameters, passed to the dialect untouched. */
    params: Record<string, string>;
}

export type ConfigSource = 'stored' | 'environment';

/** Everything a command needs to know about where and how it runs, after all layers are merged. */
export interface ResolvedConfig {
    /** Config name recorded with every tracking row (`default` when nothing names it). */
    name: string;
    source: ConfigSource;
    connection: ConnectionSettings;
    paths: {
        /** Absolute project root. */
        root: string;
        /** Absolute schema folder. */
        schema: string;
        /** Absolute changesets folder. */
        changesets: string;
        /**
         * Folders outside the project whose files noorm may read too (--allow-path, NOORM_ALLOW_PATHS),
         * absolute. Everything else outside the project root is refused, links followed.
         */
        allowed: string[];
    };
    protected: boolean;
    isTest: boolean;
    type: 'local' | 'remote';
    /** Identity override stored with the config or given by flag/env, `Name <email>`. */
    identity?: { value: string; source: 'cli' | 'env' | 'config' };
    /** The stored config's secrets (empty for environment-only configs). Never printed. */
    secrets: Record<string, string>;
    /** Wait this long for the server to accept connections before connecting (0: do not wait). */
    waitSeconds: number;
    lock: {
        /** How long a run waits for another run's lock before giving up. */
        waitSeconds: number;
        /** How long a lock stays valid without being refreshed. */
        expirySeconds: number;
    };
}

/**
 * One layer of configuration as strings, exactly as a user typed it (flag, variable or stored
 * field). Layers are merged field by field: flags > environment > stored config > defaults.
 */
export interface ConfigLayer {
    config?: string;
    dialect?: string;
    url?: string;
    host?: string;
    port?: string;
    database?: string;
    user?: string;
    password?: string;
    ssl?: string;
    sslCa?: string;
    schemaPath?: string;
    changesetPath?: string;
    /** Allowed folders outside the project, separated by the platform's path delimiter (`:`, `;` on Windows). */
    allowPath?: string;
    identity?: string;
    protected?: string;
    test?: string;
    type?: string;
    lockWait?: string;
    lockExpiry?: string;
    wait?: string;
    connectTimeout?: string;
}

/** A config as the encrypted state stores it (the state file itself is its own module). */
export interface StoredConfig {
    name: string;
    type?: 'local' | 'remote';
    isTest?: boolean;
    protected?: boolean;
    identity?: string;
    connection: Partial<Omit<ConnectionSettings, 'dialect' | 'params'>> & { dialect?: string; url?: string };
    paths?: { schema?: string; changesets?: string };
}

/** The parts of a config that may be shown: no password, no secrets. */
export interface ConfigSummary {
    name: string;
    active: boolean;
    dialect: string | null;
    /** Where it points, for people to read (`postgres db.internal:5432/app`, `sqlite app.sqlite`). */
    target: string | null;
    host: string | null;
    port: number | null;
    database: string | null;
    user: string | null;
    hasPassword: boolean;
    protected: boolean;
    isTest: boolean;
    type: 'local' | 'remote';
    identity: string | null;
    schemaPath: string | null;
    changesetPath: string | null;
    secretKeys: string[];
}

/** Where stored configs come from. The encrypted state file implements this; tests pass plain objects. */
export interface ConfigStore {
    /** Returns null when the project has no stored state at all. */
    load(root: string): Promise<{
        activeConfig: string | null;
        configs: Record<string, StoredConfig>;
        /** config name → secret key → value */
        secrets?: Record<string, Record<string, string>>;
    } | null>;
}
