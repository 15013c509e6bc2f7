import { Kysely, MssqlDialect, sql, type CompiledQuery } from 'kysely';
import type * as TediousModule from 'tedious';
import type { ConnectionSettings } from '../../config/types.js';
import { messageOf, type ConnectError } from '../../errors.js';
import { CREDENTIALS_HINT, connectFailure, connectTimeoutMs } from '../connect-error.js';
import type { TrackingDatabase } from '../../tracking/schema.js';
import { tlsSettings } from '../tls.js';
import { hex, literal, standardString, utcDateTime, type LiteralStyle } from '../literal.js';
import { checkDatabaseName } from '../database-name.js';
import { describeTarget } from '../registry.js';
import { ScriptFailure, type ConnectOptions, type Dialect, type DialectConnection, type PreparedScript, type ScriptSession, type ServerAdmin } from '../types.js';
import { splitGoBatches, tsqlHasStatement, type TsqlBatch } from './mssql-script.js';

interface MssqlScript extends PreparedScript {
    batches: TsqlBatch[];
}

type Tedious = typeof TediousModule;

const MSSQL_LITERALS: LiteralStyle = {
    string: (s) => `N${standardString(s)}`,
    boolean: (b) => (b ? '1' : '0'),
    date: (d) => `'${utcDateTime(d, 'T')}'`,
    bytes: (b) => `0x${hex(b)}`,
};
type TediousConnection = TediousModule.Connection;

export const mssqlDialect: Dialect = {
    name: 'mssql',
    // DDL is transactional in SQL Server; a unit runs with XACT_ABORT ON so any error aborts it.
    capabilities: { transactionalDdl: true, createTableIfNotExists: false, selectTop: true },
    tracking: {
        id: { type: 'integer', build: (column) => column.identity().primaryKey() },
        timestamp: 'datetime2',
        defaultNow: sql`SYSUTCDATETIME()`,
        json: sql`nvarchar(max)`,
        text: sql`nvarchar(max)`,
        now: () => sql`SYSUTCDATETIME()`,
        nowPlusSeconds: (seconds) => sql`DATEADD(second, ${seconds}, SYSUTCDATETIME())`,
    },
    sessionLock: {
        tryAcquire: (name) =>
            sql`DECLARE @r int; EXEC @r = sp_getapplock @Resource = ${name}, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END AS ok`,
        release: (name) => sql`EXEC sp_releaseapplock @Resource = ${name}, @LockOwner = 'Session'`,
        isHeld: (name) => sql`SELECT CASE WHEN APPLOCK_TEST('public', ${name}, 'Exclusive', 'Session') = 0 THEN 1 ELSE 0 END AS held`,
        sessionId: () => sql`SELECT @@SPID AS id`,
        findSession: (id, lockedAt) =>
            sql`SELECT session_id AS id FROM sys.dm_exec_sessions WHERE session_id = ${Number(id)} AND program_name = 'noorm' AND login_time <= ${lockedAt}`,
        endSession: (id) => sql`${sql.raw(`KILL ${Number(id)}`)}`,
    },
    quoteIdentifier: (name) => quoteIdentifier(name),
    quoteLiteral: (value) => literal(value, MSSQL_LITERALS),
    logicalTypes: {
        text: 'nvarchar(max)',
        int: 'int',
        bigint: 'bigint',
        bool: 'bit',
        json: 'nvarchar(max)',
        timestamp: 'datetime2',
        uuid: 'uniqueidentifier',
        serial: 'int IDENTITY(1,1)',
    },
    prepareScript(text): MssqlScript {
        return { dialect: 'mssql', batches: splitGoBatches(text) };
    },
    hasStatement: (text) => splitGoBatches(text).some((batch) => tsqlHasStatement(batch.sql)),
    connect: connectMssql,
    connectServer: connectMssqlServer,
    validateDatabaseName: (name) => checkDatabaseName(name, { max: 128, unit: 'characters', server: 'SQL Server' }),
};

function connectionConfig(settings: ConnectionSettings, root: string, readOnly: boolean): TediousModule.ConnectionConfiguration {
    const tls = tlsSettings(settings, root);
    return {
        server: settings.host ?? '127.0.0.1',
        authentication: { type: 'default', options: { userName: settings.user ?? 'sa', password: settings.password ?? '' } },
        options: {
            port: settings.port ?? 1433,
            ...(settings.database !== undefined ? { database: settings.database } : {}),
            encrypt: tls.enabled,
            trustServerCertificate: !tls.verifyChain,
            connectTimeout: connectTimeoutMs(settings),
            requestTimeout: 0,
            appName: 'noorm',
            ...(readOnly ? { readOnlyIntent: true } : {}),
        },
    };
}

async function connectMssql(settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection> {
    const tedious = await import('tedious');
    const tarn = await import('tarn');
    const config = connectionConfig(settings, options.root, Boolean(options.readOnly));
    const target = describeTarget(settings);
    const db = new Kysely<TrackingDatabase>({
        dialect: new MssqlDialect({
            // propagateCreateError: a connection that fails is reported at once, instead of tarn
            // trying again for its own 30 s; a server that does not answer ends at the connect timeout.
            tarn: { ...tarn, options: { min: 0, max: 4, propagateCreateError: true } },
            tedious: { ...tedious, connectionFactory: () => new tedious.Connection(config) },
        }),
    });
    let trackingSchema: string;
    try {
        const result = await sql<{ name: string | null }>`SELECT SCHEMA_NAME() AS name`.execute(db);
        trackingSchema = result.rows[0]?.name ?? 'dbo';
    } catch (error) {
        await db.destroy().catch(() => undefined);
        throw connectError(error, target);
    }

    const database = settings.database;
    // Scripts run on a connection of their own, reset after each file.
    let scriptConnection: TediousConnection | null = null;

    return {
        dialect: mssqlDialect,
        db,
        trackingSchema,
        target,
        exists: true,
        async existingTables(names) {
            if (!names.length) return new Set();
            const result = await sql<{
                name: string;
            }>`SELECT TABLE_NAME AS name FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ${trackingSchema} AND TABLE_NAME IN (${sql.join(names)})`.execute(db);
            return new Set(result.rows.map((row) => row.name));
        },
        async withScriptSession(sessionOptions, fn) {
            scriptConnection ??= await openConnection(tedious, config).catch((error: unknown) => {
                throw connectError(error, target);
            });
            const connection = scriptConnection;
            const session: ScriptSession = {
                async execute(script) {
                    for (const batch of (script as MssqlScript).batches) {
                        for (let round = 0; round < batch.count; round++) {
                            try {
                                await execBatch(tedious, connection, batch.sql);
                            } catch (error) {
                                // A batch with several errors arrives as an AggregateError: report them all, at the first one's line.
                                const errors =
                                    error instanceof AggregateError && error.errors.length
                                        ? (error.errors as Array<{ message?: string; lineNumber?: number }>)
                                        : [error as { message?: string; lineNumber?: number }];
                                const lineNumber = errors.find((e) => e.lineNumber)?.lineNumber;
                                const message =
                                    errors
                                        .map((e) => messageOf(e))
                                        .filter(Boolean)
                                        .join(' / ') || 'SQL Server reported an error without a message';
                                throw new ScriptFailure(message, lineNumber ? batch.line + lineNumber - 1 : batch.line, error);
                            }
                        }
                    }
                },
                async run(query: CompiledQuery) {
                    // Without a transaction the script's session may be in any state: use noorm's own.
                    if (!sessionOptions.transaction) return void (await db.executeQuery(query));
                    // The script may have switched databases (USE): noorm's row goes to its own.
                    if (database) await execBatch(tedious, connection, `USE ${quoteIdentifier(database)};`);
                    await execQuery(tedious, connection, query);
                },
            };
            let broken = false;
            try {
                if (!sessionOptions.transaction) return await fn(session);
                await execBatch(tedious, connection, 'SET XACT_ABORT ON; BEGIN TRANSACTION;');
                try {
                    const result = await fn(session);
                    await execBatch(tedious, connection, 'COMMIT TRANSACTION;');
                    return result;
                } catch (error) {
                    await execBatch(tedious, connection, 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;').catch(() => {
                        broken = true;
                    });
                    throw error;
                }
            } finally {
                // sp_reset_connection: session settings, temp tables and the current database
                // return to how the connection started.
                try {
                    await new Promise<void>((resolve, reject) => connection.reset((error) => (error ? reject(error) : resolve())));
                } catch {
                    broken = true;
                }
                if (broken) {
                    connection.close();
                    scriptConnection = null;
                }
            }
        },
        async scriptSessionId() {
            scriptConnection ??= await openConnection(tedious, config).catch((error: unknown) => {
                throw connectError(error, target);
            });
            const connection = scriptConnection;
            return new Promise<string | null>((resolve, reject) => {
                let id: string | null = null;
                const request = new tedious.Request('SELECT @@SPID AS id', (error) => (error ? reject(error) : resolve(id)));
                request.on('row', (columns: Array<{ value: unknown }>) => (id = String(columns[0]?.value)));
                connection.execSql(request);
            });
        },
        async cancelRunning() {
            scriptConnection?.cancel();
        },
        async close() {
            scriptConnection?.close();
            await db.destroy();
        },
    };
}

export function quoteIdentifier(name: string): string {
    return `[${name.replace(/]/g, ']]')}]`;
}

async function connectMssqlServer(settings: ConnectionSettings, options: ConnectOptions): Promise<ServerAdmin> {
    const tedious = await import('tedious');
    const config = connectionConfig({ ...settings, database: 'master' }, options.root, false);
    const target = describeTarget(settings);
    const connection = await openConnection(tedious, config).catch((error: unknown) => {
        throw connectError(error, target);
    });
    const rows = (text: string, name: string) =>
        new Promise<number>((resolve, reject) => {
            let count = 0;
            const request = new tedious.Request(text, (error) => (error ? reject(error) : resolve(count)));
            request.addParameter('name', tedious.TYPES.NVarChar, name);
            request.on('row', () => count++);
            connection.execSql(request);
        });
    return {
        async databaseExists(name) {
            return (await rows('SELECT 1 FROM sys.databases WHERE name = @name', name)) > 0;
        },
        async createDatabase(name) {
            await execBatch(tedious, connection, `CREATE DATABASE ${quoteIdentifier(name)}`);
        },
        async dropDatabase(name) {
            // Other sessions are rolled back and disconnected first, as WITH (FORCE) does on Postgres.
            await execBatch(
                tedious,
                connection,
                `IF DB_ID(${quoteString(name)}) IS NOT NULL BEGIN ALTER DATABASE ${quoteIdentifier(name)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${quoteIdentifier(name)}; END`,
            );
        },
        async close() {
            connection.close();
        },
    };
}

function quoteString(value: string): string {
    return `N'${value.replace(/'/g, "''")}'`;
}

function openConnection(tedious: Tedious, config: TediousModule.ConnectionConfiguration): Promise<TediousConnection> {
    return new Promise((resolve, reject) => {
        const connection = new tedious.Connection(config);
        connection.connect((error) => (error ? reject(error) : resolve(connection)));
    });
}

/** A batch as sqlcmd sends it: plain text, no sp_executesql, so CREATE PROCEDURE and friends work. */
function execBatch(tedious: Tedious, connection: TediousConnection, text: string): Promise<void> {
    return new Promise((resolve, reject) => {
        connection.execSqlBatch(new tedious.Request(text, (error) => (error ? reject(error) : resolve())));
    });
}

function execQuery(tedious: Tedious, connection: TediousConnection, query: CompiledQuery): Promise<void> {
    return new Promise((resolve, reject) => {
        const request = new tedious.Request(query.sql, (error) => (error ? reject(error) : resolve()));
        query.parameters.forEach((value, index) => request.addParameter(String(index + 1), tediousType(tedious, value), value));
        connection.execSql(request);
    });
}

function tediousType(tedious: Tedious, value: unknown): Parameters<TediousModule.Request['addParameter']>[1] {
    const { TYPES } = tedious;
    if (value === null || value === undefined) return TYPES.NVarChar;
    if (typeof value === 'boolean') return TYPES.Bit;
    if (typeof value === 'bigint') return TYPES.BigInt;
    if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? TYPES.Int : TYPES.Float;
    if (value instanceof Date) return TYPES.DateTime2;
    if (value instanceof Uint8Array) return TYPES.VarBinary;
    return TYPES.NVarChar;
}

function connectError(error: unknown, target: string): ConnectError {
    return connectFailure(
        error,
        target,
        {
            ELOGIN: `${CREDENTIALS_HINT} Also check that the database exists.`,
            ESOCKET: 'Is the server running and listening on that host and port?',
        },
        (error as { code?: unknown }).code === 'ELOGIN',
    );
}
