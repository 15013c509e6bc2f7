import { Kysely, MysqlDialect, sql, type CompiledQuery } from 'kysely';
import type { PoolConnection, PoolOptions } from 'mysql2';
import type { ConnectionSettings } from '../../config/types.js';
import { ConnectError, messageOf } from '../../errors.js';
import type { TrackingDatabase } from '../../tracking/schema.js';
import { tlsSettings } from '../tls.js';
import { ScriptFailure, type ConnectOptions, type Dialect, type DialectConnection, type PreparedScript, type ScriptSession } from '../types.js';
import { splitMysqlStatements, type MysqlStatement } from './mysql-script.js';

interface MysqlScript extends PreparedScript {
    statements: MysqlStatement[];
}

export const mysqlDialect: Dialect = {
    name: 'mysql',
    // DDL commits implicitly: a file is not all-or-nothing, so each file's status is recorded as
    // it completes and a re-run resumes at the first file that did not succeed.
    capabilities: { transactionalDdl: false },
    tracking: {
        id: { type: 'integer', build: (column) => column.primaryKey().autoIncrement() },
        timestamp: sql`datetime(3)`,
        defaultNow: sql`CURRENT_TIMESTAMP(3)`,
        json: sql`mediumtext`,
        text: 'text',
        // UTC, so sessions with different time_zone settings agree on lock times.
        now: () => sql`UTC_TIMESTAMP(3)`,
        nowPlusSeconds: (seconds) => sql`UTC_TIMESTAMP(3) + INTERVAL ${seconds} SECOND`,
    },
    prepareScript(text): MysqlScript {
        return { dialect: 'mysql', statements: splitMysqlStatements(text) };
    },
    connect: connectMysql,
};

async function connectMysql(settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection> {
    const { default: mysql } = await import('mysql2');
    const tls = tlsSettings(settings, options.root);
    const target = `mysql ${settings.host ?? '127.0.0.1'}:${settings.port ?? 3306}/${settings.database ?? ''}`;
    if (!settings.database) {
        throw new ConnectError('connect-failed', `No database named for ${target}`, {
            hint: 'Set --database or NOORM_DATABASE (noorm keeps its tracking tables in that database).',
        });
    }
    const poolOptions: PoolOptions = {
        host: settings.host ?? '127.0.0.1',
        port: settings.port ?? 3306,
        database: settings.database,
        ...(settings.user !== undefined ? { user: settings.user } : { user: 'root' }),
        ...(settings.password !== undefined ? { password: settings.password } : {}),
        ...(tls.enabled ? { ssl: { rejectUnauthorized: tls.verifyChain, ...(tls.ca ? { ca: tls.ca } : {}) } } : {}),
        charset: 'utf8mb4',
        dateStrings: true,
        connectionLimit: 4,
        connectTimeout: 15000,
    };
    const pool = mysql.createPool(poolOptions);
    // A dry run cannot write even by accident.
    if (options.readOnly) pool.on('connection', (connection) => connection.query('SET SESSION TRANSACTION READ ONLY'));
    // Script sessions have their own connections, never shared with noorm's own queries.
    const scriptPool = mysql.createPool({ ...poolOptions, connectionLimit: 2 }).promise();
    const db = new Kysely<TrackingDatabase>({ dialect: new MysqlDialect({ pool }) });

    try {
        await sql`SELECT 1`.execute(db);
    } catch (error) {
        await db.destroy().catch(() => undefined);
        await scriptPool.end().catch(() => undefined);
        throw connectError(error, target);
    }
    const database = settings.database;

    return {
        dialect: mysqlDialect,
        db,
        trackingSchema: database,
        target,
        exists: true,
        async tableExists(table) {
            const result = await sql<{ found: number }>`SELECT 1 AS found FROM information_schema.tables WHERE table_schema = ${database} AND table_name = ${table}`.execute(db);
            return result.rows.length > 0;
        },
        async withScriptSession(sessionOptions, fn) {
            const connection = await scriptPool.getConnection().catch((error: unknown) => {
                throw connectError(error, target);
            });
            let broken = false;
            const session: ScriptSession = {
                async execute(script) {
                    for (const statement of (script as MysqlScript).statements) {
                        try {
                            await connection.query(statement.sql);
                        } catch (error) {
                            throw scriptFailure(error, statement);
                        }
                    }
                },
                async run(query: CompiledQuery) {
                    await connection.query(query.sql, query.parameters as unknown[]);
                },
            };
            try {
                if (!sessionOptions.transaction) return await fn(session);
                await connection.query('START TRANSACTION');
                try {
                    const result = await fn(session);
                    await connection.query('COMMIT');
                    return result;
                } catch (error) {
                    await connection.query('ROLLBACK').catch(() => {
                        broken = true;
                    });
                    throw error;
                }
            } finally {
                // COM_RESET_CONNECTION drops what the file did to its session (variables, temp
                // tables, autocommit, sql_mode); USE undoes a `USE other_db`.
                try {
                    await new Promise<void>((resolve, reject) => (connection.connection as unknown as PoolConnection).reset((error) => (error ? reject(error) : resolve())));
                    await connection.query(`USE ${quoteIdentifier(database)}`);
                } catch {
                    broken = true;
                }
                if (broken) connection.destroy();
                else connection.release();
            }
        },
        async close() {
            await db.destroy();
            await scriptPool.end();
        },
    };
}

export function quoteIdentifier(name: string): string {
    return '`' + name.replace(/`/g, '``') + '`';
}

/** The server's "at line N" counts from the statement's first line. */
function scriptFailure(error: unknown, statement: MysqlStatement): ScriptFailure {
    const message = messageOf(error);
    const at = /at line (\d+)\s*$/.exec(message);
    const line = at ? statement.line + Number(at[1]) - 1 : statement.line;
    return new ScriptFailure(message, line, error);
}

function connectError(error: unknown, target: string): ConnectError {
    const e = error as { code?: string };
    const hints: Record<string, string> = {
        ER_ACCESS_DENIED_ERROR: 'Check the user and password (--user/--password, NOORM_USER/NOORM_PASSWORD or the URL).',
        ER_BAD_DB_ERROR: 'Create the database first (CREATE DATABASE, or noorm db create once it exists), or check --database.',
        ER_DBACCESS_DENIED_ERROR: 'This user may not use that database; check its grants.',
        ECONNREFUSED: 'Is the server running and listening on that host and port?',
        ENOTFOUND: 'Check the host name.',
        ETIMEDOUT: 'The server did not answer; check host, port and firewalls.',
    };
    return new ConnectError('connect-failed', `Cannot connect to ${target}: ${messageOf(error) || e.code || 'unknown error'}`, {
        hint: (e.code && hints[e.code]) ?? 'Check the connection settings (--url or NOORM_HOST, NOORM_PORT, NOORM_DATABASE, NOORM_USER).',
        cause: error,
    });
}
