import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import type { ConnectionSettings } from '../../config/types.js';
import type { TrackingDatabase } from '../../tracking/schema.js';
import { describeTarget } from '../registry.js';
import type { ConnectOptions, Dialect, DialectConnection } from '../types.js';
import { baseClientConfig, connectError } from './postgres-client.js';
import { ScriptConnection } from './postgres-session.js';

/** noorm's connection to one PostgreSQL database: a pool for its own queries, a session of its own for scripts. */
export async function connectPostgres(dialect: Dialect, settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection> {
    const { default: pgModule } = await import('pg');
    const baseConfig: pg.ClientConfig = {
        ...baseClientConfig(settings, options),
        ...(settings.database !== undefined ? { database: settings.database } : {}),
    };
    // Session settings in the startup packet survive RESET ALL. A dry run cannot write even by
    // accident; on PostgreSQL 14+ the server notices a vanished client during a long query and
    // cancels it, instead of holding its locks until the query ends.
    const startup = (checkInterval: boolean): pg.ClientConfig => {
        const settingsList = [...(options.readOnly ? ['default_transaction_read_only=on'] : []), ...(checkInterval ? ['client_connection_check_interval=2000'] : [])];
        return settingsList.length ? { ...baseConfig, options: settingsList.map((setting) => `-c ${setting}`).join(' ') } : baseConfig;
    };
    const target = describeTarget(settings);
    const open = async (clientConfig: pg.ClientConfig) => {
        // noorm's own queries (tracking, lock) use this pool; scripts get a connection of their own.
        const pool = new pgModule.Pool({ ...clientConfig, max: 2 });
        // An idle connection dropped by the server must not crash the process; the next query reports it.
        pool.on('error', () => undefined);
        try {
            const result = await pool.query<{ schema: string | null }>('SELECT current_schema() AS schema');
            return { pool, clientConfig, schema: result.rows[0]?.schema ?? null };
        } catch (error) {
            await pool.end().catch(() => undefined);
            throw error;
        }
    };
    let opened: Awaited<ReturnType<typeof open>>;
    try {
        opened = await open(startup(true)).catch((error: { code?: string }) => {
            // 42704: a server before 14 does not know client_connection_check_interval.
            if (error.code === '42704') return open(startup(false));
            throw error;
        });
    } catch (error) {
        throw connectError(error, target);
    }
    const { pool, clientConfig } = opened;
    const scripts = new ScriptConnection(pgModule, clientConfig, target);

    // A connection the pool cannot open mid-run (server gone, connection limit) is exit 5, not a SQL failure.
    const connectingPool = {
        options: pool.options,
        connect: async () => {
            const client = await pool.connect().catch((error: unknown) => Promise.reject(connectError(error, target)));
            // A checked-out client (the lock's pinned one) that loses its connection must not crash
            // the process: the next query on it fails, and the lock notices.
            if (!client.listenerCount('error')) client.on('error', () => undefined);
            return client;
        },
        end: () => pool.end(),
    };
    const db = new Kysely<TrackingDatabase>({ dialect: new PostgresDialect({ pool: connectingPool }) });
    const trackingSchema = opened.schema ?? 'public';

    return {
        dialect,
        db,
        trackingSchema,
        target,
        exists: true,
        async existingTables(names) {
            if (!names.length) return new Set();
            const result = await sql<{
                name: string;
            }>`SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = ${trackingSchema} AND tablename IN (${sql.join(names)})`.execute(db);
            return new Set(result.rows.map((row) => row.name));
        },
        withScriptSession: (sessionOptions, fn) => scripts.session(sessionOptions, fn, pool),
        async scriptSessionId() {
            return String(await scripts.ensureConnected());
        },
        openScriptSession() {
            scripts.openEarly();
        },
        async cancelRunning() {
            const pid = scripts.backendPid();
            if (pid) await pool.query('SELECT pg_cancel_backend($1)', [pid]);
        },
        async close() {
            await scripts.close();
            await db.destroy();
            // Kysely ends the pool only if it ever used it; the pool must end either way.
            if (!pool.ended) await pool.end();
        },
    };
}
