import type pg from 'pg';
import type { ConnectionSettings } from '../../config/types.js';
import { describeTarget } from '../registry.js';
import type { ConnectOptions, ServerAdmin } from '../types.js';
import { baseClientConfig, connectError, quotePostgresIdentifier } from './postgres-client.js';

/** The server itself, through its maintenance database: `db create`, `db destroy`, `db wait`. */
export async function connectPostgresServer(settings: ConnectionSettings, options: ConnectOptions): Promise<ServerAdmin> {
    const { default: pgModule } = await import('pg');
    const target = describeTarget(settings);
    // The maintenance database; template1 where a server has no `postgres` database.
    let client: pg.Client | null = null;
    for (const database of ['postgres', 'template1']) {
        const candidate = new pgModule.Client({ ...baseClientConfig(settings, options), database });
        candidate.on('error', () => undefined);
        try {
            await candidate.connect();
            client = candidate;
            break;
        } catch (error) {
            await candidate.end().catch(() => undefined);
            if ((error as { code?: string }).code !== '3D000' || database === 'template1') throw connectError(error, target);
        }
    }
    const admin = client!;
    const quote = quotePostgresIdentifier;
    return {
        async databaseExists(name) {
            return (await admin.query('SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1', [name])).rows.length > 0;
        },
        async createDatabase(name) {
            await admin.query(`CREATE DATABASE ${quote(name)}`);
        },
        async dropDatabase(name) {
            const version = Number((await admin.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v);
            if (version >= 130000) {
                await admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
                return;
            }
            await admin.query('SELECT pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
            await admin.query(`DROP DATABASE IF EXISTS ${quote(name)}`);
        },
        async close() {
            await admin.end().catch(() => undefined);
        },
    };
}
