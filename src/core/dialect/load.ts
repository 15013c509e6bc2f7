import type { DialectName } from '../config/types.js';
import type { Dialect } from './types.js';

/**
 * Dialect modules load on first use, so a command pays only for the driver it talks to (and
 * `--help` for none).
 */
const LOADERS: Record<DialectName, () => Promise<Dialect>> = {
    postgres: async () => (await import('./postgres/postgres-dialect.js')).postgresDialect,
    mysql: async () => (await import('./mysql/mysql-dialect.js')).mysqlDialect,
    sqlite: async () => (await import('./sqlite/sqlite-dialect.js')).sqliteDialect,
    mssql: async () => (await import('./mssql/mssql-dialect.js')).mssqlDialect,
};

export function loadDialect(name: DialectName): Promise<Dialect> {
    return LOADERS[name]();
}
