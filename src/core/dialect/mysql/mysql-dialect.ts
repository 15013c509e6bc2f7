import { Kysely, MysqlDialect, sql, type CompiledQuery } from 'kysely';
import type { Connection, PoolOptions } from 'mysql2';
import type { ConnectionSettings } from '../../config/types.js';
import { ConnectError, messageOf } from '../../errors.js';
import { CREDENTIALS_HINT, MISSING_DATABASE_HINT, connectFailure } from '../connect-error.js';
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
    quoteIdentifier: (name) => quoteIdentifier(name),
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
    // Scripts run on a connection of their own that may send several statements per round trip.
    const scripts = new ScriptConnection(() => mysql.createConnection({ ...poolOptions, multipleStatements: true }), settings.database, target);
    const db = new Kysely<TrackingDatabase>({ dialect: new MysqlDialect({ pool }) });

    try {
        await sql`SELECT 1`.execute(db);
    } catch (error) {
        await db.destroy().catch(() => undefined);
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
        withScriptSession: (sessionOptions, fn) => scripts.session(sessionOptions.transaction, fn),
        async close() {
            await scripts.close();
            await db.destroy();
        },
    };
}

/** Largest batch of statements sent in one round trip (well under any max_allowed_packet). */
const BATCH_BYTES = 512 * 1024;

/**
 * The one connection scripts run on. Statements go in batches (several per round trip, as the
 * client's statements would, one after another); after each file COM_RESET_CONNECTION and USE undo
 * what the file did to its session, and the file's tracking rows follow on the clean session in
 * one transaction.
 */
class ScriptConnection {
    private connection: Connection | null = null;
    private busy: Promise<unknown> = Promise.resolve();

    constructor(
        private readonly open: () => Connection,
        private readonly database: string,
        private readonly target: string,
    ) {}

    session<T>(transaction: boolean, fn: (session: ScriptSession) => Promise<T>): Promise<T> {
        const run = this.busy.then(() => this.run(transaction, fn));
        this.busy = run.catch(() => undefined);
        return run;
    }

    async close(): Promise<void> {
        const connection = this.connection;
        this.connection = null;
        if (connection) await new Promise<void>((resolve) => connection.end(() => resolve()));
    }

    private async connect(): Promise<Connection> {
        if (this.connection) return this.connection;
        const connection = this.open();
        connection.on('error', () => undefined);
        try {
            await query(connection, 'SELECT 1');
        } catch (error) {
            connection.destroy();
            throw connectError(error, this.target);
        }
        this.connection = connection;
        return connection;
    }

    private async run<T>(transaction: boolean, fn: (session: ScriptSession) => Promise<T>): Promise<T> {
        const connection = await this.connect();
        // Rows noorm writes after a file without a transaction wait for the session to be clean.
        const deferred: string[] = [];
        const session: ScriptSession = {
            execute: (script) => executeBatches(connection, (script as MysqlScript).statements),
            async run(compiled: CompiledQuery) {
                if (transaction) await query(connection, compiled.sql, compiled.parameters as unknown[]);
                else deferred.push(connection.format(compiled.sql, compiled.parameters as unknown[]));
            },
        };
        let broken = false;
        let clean = false;
        try {
            if (transaction) await query(connection, 'START TRANSACTION');
            let result: T;
            try {
                result = await fn(session);
                if (transaction) await query(connection, 'COMMIT');
            } catch (error) {
                if (transaction) await query(connection, 'ROLLBACK').catch(() => (broken = true));
                throw error;
            }
            await this.reset(connection).catch((error: unknown) => {
                broken = true;
                throw error;
            });
            clean = true;
            if (deferred.length) await query(connection, ['START TRANSACTION', ...deferred, 'COMMIT'].join(';\n'));
            return result;
        } finally {
            if (!clean && !broken) await this.reset(connection).catch(() => (broken = true));
            if (broken) {
                this.connection = null;
                connection.destroy();
            }
        }
    }

    /** COM_RESET_CONNECTION drops variables, temp tables, autocommit and sql_mode; USE undoes `USE other_db`. */
    private async reset(connection: Connection): Promise<void> {
        await new Promise<void>((resolve, reject) => connection.reset((error) => (error ? reject(error) : resolve())));
        await query(connection, `USE ${quoteIdentifier(this.database)}`);
    }
}

function query(connection: Connection, text: string, values?: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => connection.query(text, values, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * Sends statements in order, several per round trip. A CALL may return several result sets, so it
 * goes alone; elsewhere the number of result sets completed before an error names the statement
 * that failed.
 */
async function executeBatches(connection: Connection, statements: readonly MysqlStatement[]): Promise<void> {
    let i = 0;
    while (i < statements.length) {
        const batch = [statements[i]!];
        let bytes = batch[0]!.sql.length;
        const alone = (s: MysqlStatement) => /^\s*call\b/i.test(s.sql);
        if (!alone(batch[0]!)) {
            while (i + batch.length < statements.length) {
                const next = statements[i + batch.length]!;
                if (alone(next) || bytes + next.sql.length > BATCH_BYTES) break;
                batch.push(next);
                bytes += next.sql.length;
            }
        }
        // A newline before each `;` keeps a trailing `-- comment` from swallowing it.
        const text = batch.map((statement) => statement.sql).join('\n;\n');
        await new Promise<void>((resolve, reject) => {
            const command = connection.query(text, (error) => {
                if (!error) return resolve();
                const completed = (command as unknown as { _resultIndex?: number })._resultIndex ?? 0;
                reject(scriptFailure(error, batch[Math.min(completed, batch.length - 1)]!));
            });
        });
        i += batch.length;
    }
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
    return connectFailure(error, target, {
        ER_ACCESS_DENIED_ERROR: CREDENTIALS_HINT,
        ER_BAD_DB_ERROR: MISSING_DATABASE_HINT,
        ER_DBACCESS_DENIED_ERROR: 'This user may not use that database; check its grants.',
    });
}
