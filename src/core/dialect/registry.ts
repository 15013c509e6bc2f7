import type { DialectName } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { Dialect } from './types.js';

/**
 * Dialect modules load on first use, so a command pays only for the driver it talks to (and
 * `--help` for none).
 */
const LOADERS: Record<DialectName, (() => Promise<Dialect>) | undefined> = {
    sqlite: async () => (await import('./sqlite/sqlite-dialect.js')).sqliteDialect,
    postgres: undefined,
    mysql: undefined,
    mssql: undefined,
};

export async function loadDialect(name: DialectName): Promise<Dialect> {
    const load = LOADERS[name];
    if (!load) {
        throw new UsageError('dialect-unavailable', `The ${name} dialect is not available in this build of noorm yet`, {
            hint: 'SQLite works today; the server dialects are on their way.',
        });
    }
    return load();
}
