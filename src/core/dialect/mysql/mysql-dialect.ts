import { Kysely, MysqlDialect, sql, type CompiledQuery } from 'kysely';
import type { Connection, PoolOptions } from 'mysql2';
import type { ConnectionSettings } from '../../config/types.js';
import { ConnectError, LockError, UsageError, messageOf } from '../../errors.js';
import { hex, literal, utcDateTime, type LiteralStyle } from '../literal.js';
import { checkDatabaseName } from '../database-name.js';
import { describeTarget } from '../registry.js';
import { CREDENTIALS_HINT, MISSING_DATABASE_HINT, connectFailure, connectTimeoutMs } from '../connect-error.js';
import type { TrackingDatabase } from '../../tracking/schema.js';
import { tlsSettings } from '../tls.js';
import {
    ScriptFailure,
    ServerExpression,
    type ScriptSessionOptions,
    type ConnectOptions,
    type Dialect,
    type DialectConnection,
    type PreparedScript,
    type ScriptSession,
    type ServerAdmin,
} from '../types.js';
import { splitMysqlScript, splitMysqlStatements, type MysqlStatement } from './mysql-script.js';
import { BOUNDARY_PROBE, probeLine } from '../script-text.js';

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
        timeValue: (time) => time.toISOString().slice(0, 23).replace('T', ' '),
        sessionZone: {
            offsetSeconds: () => sql`SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW()) AS utc_offset`,
            shift: (column, seconds) => sql`${sql.ref(column)} + INTERVAL ${seconds} SECOND`,
        },
    },
    sessionLock: {
        // Named locks are server-wide: the name carries the database (see lockName in the lock module).
        tryAcquire: (name) => sql`SELECT GET_LOCK(${name}, 0) AS ok`,
        release: (name) => sql`SELECT RELEASE_LOCK(${name})`,
        isHeld: (name) => sql`SELECT IS_USED_LOCK(${name}) IS NOT NULL AS held`,
        sessionId: () => sql`SELECT CONNECTION_ID() AS id`,
        // Ids restart from 1 when the server restarts, so the recorded id is not trusted: the script
        // connection holds a named lock, and the server says which connection still has it.
        findSession: () => sql`SELECT IS_USED_LOCK(${sql.raw(SCRIPT_LOCK)}) AS id`,
        endSession: (id) => sql`KILL ${sql.raw(String(Number(id)))}`,
    },
    quoteIdentifier: (name) => quoteIdentifier(name),
    quoteLiteral: (value) => literal(value, MYSQL_LITERALS),
    logicalTypes: { text: 'text', int: 'int', bigint: 'bigint', bool: 'boolean', json: 'json', timestamp: 'datetime(3)', uuid: 'char(36)', serial: 'int AUTO_INCREMENT' },
    prepareScript(text): MysqlScript {
        return { dialect: 'mysql', statements: splitMysqlStatements(text) };
    },
    hasStatement: (text) => splitMysqlStatements(text).length > 0,
    endsAtStatementBoundary(text) {
        const { statements, delimiter } = splitMysqlScript(text + BOUNDARY_PROBE);
        const last = statements.at(-1);
        return delimiter === ';' && last !== undefined && `${last.sql};` === BOUNDARY_PROBE && last.line === probeLine(text);
    },
    connect: connectMysql,
    connectServer: connectMysqlServer,
    validateDatabaseName(name) {
        checkDatabaseName(name, { max: 64, unit: 'characters', server: 'MySQL' });
        if (/\s$/.test(name)) throw new UsageError('invalid-database-name', 'MySQL database names cannot end with a space');
    },
};

/** Connection settings for mysql2, without the database. */
function baseOptions(settings: ConnectionSettings, options: ConnectOptions): PoolOptions {
    const tls = tlsSettings(settings, options.root);
    return {
        host: settings.host ?? '127.0.0.1',
        port: settings.port ?? 3306,
        ...(settings.user !== undefined ? { user: settings.user } : { user: 'root' }),
        ...(settings.password !== undefined ? { password: settings.password } : {}),
        ...(tls.enabled ? { ssl: { rejectUnauthorized: tls.verifyChain, ...(tls.ca ? { ca: tls.ca } : {}) } } : {}),
        charset: 'utf8mb4',
        dateStrings: true,
        connectTimeout: connectTimeoutMs(settings),
    };
}

async function connectMysqlServer(settings: ConnectionSettings, options: ConnectOptions): Promise<ServerAdmin> {
    const { default: mysql } = await import('mysql2');
    const target = describeTarget(settings);
    const connection = mysql.createConnection(baseOptions(settings, options));
    connection.on('error', () => undefined);
    try {
        await query(connection, 'SELECT 1');
    } catch (error) {
        connection.destroy();
        throw connectError(error, target);
    }
    return {
        async databaseExists(name) {
            return ((await query(connection, 'SELECT 1 FROM information_schema.schemata WHERE schema_name = ?', [name])) as unknown[]).length > 0;
        },
        async createDatabase(name) {
            await query(connection, `CREATE DATABASE ${quoteIdentifier(name)}`);
        },
        async dropDatabase(name) {
            // As WITH (FORCE) on Postgres: end the sessions using it (those this user may end), so
            // an open transaction cannot hold the drop on a metadata lock.
            const sessions = (await query(connection, 'SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()', [name])) as Array<{ id: number }>;
            for (const session of sessions) await query(connection, `KILL ${Number(session.id)}`).catch(() => undefined);
            await query(connection, 'SET SESSION lock_wait_timeout = 60');
            await query(connection, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
        },
        async close() {
            await new Promise<void>((resolve) => connection.end(() => resolve()));
        },
    };
}

async function connectMysql(settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection> {
    const { default: mysql } = await import('mysql2');
    const target = describeTarget(settings);
    if (!settings.database) {
        throw new ConnectError('connect-failed', `No database named for ${target}`, {
            hint: 'Set --database or NOORM_DATABASE (noorm keeps its tracking tables in that database).',
        });
    }
    const poolOptions: PoolOptions = { ...baseOptions(settings, options), database: settings.database, connectionLimit: 4 };
    const pool = mysql.createPool(poolOptions);
    pool.on('connection', (connection) => {
        connection.query(WITHOUT_BACKSLASH_MODE);
        // A dry run cannot write even by accident.
        if (options.readOnly) connection.query('SET SESSION TRANSACTION READ ONLY');
    });
    // Script sessions have their own connections, never shared with noorm's own queries.
    // Scripts run on a connection of their own that may send several statements per round trip.
    const scripts = new ScriptConnection(() => mysql.createConnection({ ...poolOptions, multipleStatements: true }), settings.database, target);
    // A connection the pool cannot open mid-run (server gone, connection limit) is exit 5, not a SQL failure.
    const connectingPool = {
        getConnection: (callback: Parameters<typeof pool.getConnection>[0]) =>
            pool.getConnection((error, connection) => callback(error ? (connectError(error, target) as unknown as typeof error) : null, connection)),
        end: (callback: (error: unknown) => void) => pool.end(callback),
    } as unknown as typeof pool;
    const db = new Kysely<TrackingDatabase>({ dialect: new MysqlDialect({ pool: connectingPool }) });

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
        async existingTables(names) {
            if (!names.length) return new Set();
            const result = await sql<{
                name: string;
            }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ${database} AND table_name IN (${sql.join(names)})`.execute(db);
            return new Set(result.rows.map((row) => row.name));
        },
        withScriptSession: (sessionOptions, fn) => scripts.session(sessionOptions, fn),
        async scriptSessionId() {
            return String(await scripts.ensureConnected());
        },
        async cancelRunning() {
            // The whole connection, not just the statement: KILL QUERY would let the rest of the
            // batch go on (and an interrupted SLEEP() even counts as success).
            const id = scripts.threadId();
            if (id) await sql`KILL ${sql.raw(String(Number(id)))}`.execute(db);
        },
        async close() {
            await scripts.close();
            await db.destroy();
        },
    };
}

const ER_EMPTY_QUERY = 1065;

const MYSQL_LITERALS: LiteralStyle = {
    // Right whatever the session's sql_mode: quotes doubled (read the same with or without
    // NO_BACKSLASH_ESCAPES), and text holding a backslash or NUL written as hex bytes, which no
    // mode reinterprets.
    string: (s) => {
        if (/[\\\0]/.test(s)) return `_utf8mb4 X'${Buffer.from(s, 'utf8').toString('hex')}'`;
        return s.includes("'") ? `'${s.replace(/'/g, "''")}'` : `'${s}'`;
    },
    boolean: (b) => (b ? 'TRUE' : 'FALSE'),
    // DATETIME has no zone: a Date is written as its UTC wall-clock time.
    date: (d) => `'${utcDateTime(d)}'`,
    bytes: (b) => `X'${hex(b)}'`,
};

/**
 * mysql2 fills `?` with backslash-escaped text, which a server running with NO_BACKSLASH_ESCAPES
 * misreads. Sessions noorm queries through the pool drop that mode (the user's scripts never run
 * there); on the script connection, whose mode is the user's, noorm fills values itself with
 * literals that read the same in every mode.
 */
const WITHOUT_BACKSLASH_MODE = "SET SESSION sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))";

function formatQuery(text: string, values: readonly unknown[]): string {
    const parts = text.split('?');
    if (parts.length - 1 !== values.length) throw new Error(`internal: ${values.length} values for ${parts.length - 1} placeholders`);
    let out = parts[0]!;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        out += (value instanceof ServerExpression ? value.sql : mysqlDialect.quoteLiteral(value)) + parts[i + 1]!;
    }
    return out;
}

/** Between the statements of a batch: a newline before the `;` keeps a trailing `-- comment` from swallowing it. */
const SEPARATOR = '\n;\n';

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
    /** The server reports changes to the session's state in its answers (session_track_state_change). */
    private tracksState = false;

    constructor(
        private readonly open: () => Connection,
        private readonly database: string,
        private readonly target: string,
    ) {}

    session<T>(options: ScriptSessionOptions, fn: (session: ScriptSession) => Promise<T>): Promise<T> {
        const run = this.busy.then(() => this.run(options, fn));
        this.busy = run.catch(() => undefined);
        return run;
    }

    /** Opens the connection now and returns its server thread id. */
    async ensureConnected(): Promise<number | null> {
        await this.connect();
        return this.threadId();
    }

    /** The server thread of the script session, to cancel its statement. */
    threadId(): number | null {
        return this.connection?.threadId ?? null;
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
        // Servers before MySQL 5.7 / MariaDB 10.2 cannot say: every file is followed by a reset.
        this.tracksState = await query(connection, TRACK_STATE).then(
            () => true,
            () => false,
        );
        try {
            await holdScriptLock(connection);
        } catch (error) {
            connection.destroy();
            throw error;
        }
        this.connection = connection;
        return connection;
    }

    private async run<T>(options: ScriptSessionOptions, fn: (session: ScriptSession) => Promise<T>): Promise<T> {
        const { transaction } = options;
        const connection = await this.connect();
        // Rows noorm writes after a file without a transaction wait for the session to be clean.
        const deferred: string[] = [];
        // Whether the file may have changed its session, so it needs the reset before noorm's rows.
        let touched = !this.tracksState;
        // A file of a session of one file that cannot touch its session, held back to go to the
        // server in one query with its tracking rows (see sendWithRows).
        let held: readonly MysqlStatement[] | null = null;
        const session: ScriptSession = {
            execute: async (script, executeOptions) => {
                const { statements } = script as MysqlScript;
                if (options.oneFile && !transaction && !touched && !executeOptions?.continues && canSendWithRows(statements)) {
                    held = statements;
                    return;
                }
                if (!touched && !statements.every(leavesSessionAlone)) touched = true;
                const { status, changed } = await executeBatches(connection, statements);
                if (changed) touched = true;
                // `SET autocommit = 0` or a START TRANSACTION without COMMIT: the reset would
                // silently throw that work away, so the file fails instead. The server says so in
                // its answer to the last statement; after a result set noorm asks.
                if (!transaction && !executeOptions?.continues && (status === undefined ? await inTransaction(connection) : (status & SERVER_STATUS_IN_TRANS) !== 0)) {
                    throw new ScriptFailure(
                        'The file left a transaction open (autocommit off, or a START TRANSACTION without COMMIT); its uncommitted work was rolled back',
                        undefined,
                        undefined,
                        'End the file with COMMIT, or leave autocommit on.',
                    );
                }
            },
            async run(compiled: CompiledQuery) {
                if (transaction) await query(connection, compiled.sql, compiled.parameters as unknown[]);
                else deferred.push(formatQuery(compiled.sql, compiled.parameters));
            },
            // Sent with its rows, a file is timed by the server: from its first statement to the row.
            recordedDuration: () => (held ? HELD_FILE_DURATION : undefined),
        };
        let result: T;
        try {
            if (transaction) await query(connection, 'START TRANSACTION');
            result = await fn(session);
            if (transaction) await query(connection, 'COMMIT');
            if (held) {
                const statements: readonly MysqlStatement[] = held;
                held = null;
                // What triggers or functions the statements fired may still have set variables:
                // then the reset follows, before the next file.
                if (await sendWithRows(connection, statements, deferred)) await this.reset(connection);
                return result;
            }
        } catch (error) {
            await query(connection, 'ROLLBACK').catch(() => undefined);
            await this.reset(connection);
            throw error;
        }
        // The tracking rows go on a clean session: this one once reset (in the query that restores
        // it), or a fresh one if the server (or a proxy in front of it) cannot reset sessions.
        const rows = deferred.length ? ['START TRANSACTION', ...deferred, 'COMMIT'] : [];
        if (!touched) {
            // Nothing the file ran changed its session (the statements' kinds say so, and the
            // server's own state tracking agrees): the rows need no reset before them.
            if (rows.length) await query(connection, rows.join(';\n'));
            return result;
        }
        if (await this.reset(connection, rows)) return result;
        const clean = await this.connect();
        if (rows.length) await query(clean, rows.join(';\n'));
        return result;
    }

    /**
     * COM_RESET_CONNECTION drops variables, temp tables, autocommit and sql_mode; USE undoes
     * `USE other_db`. `then` (noorm's own statements for the clean session) goes in the same query
     * as the USE and the script lock: one round trip after the reset. A connection that cannot be
     * reset is closed and `then` not run; false tells the caller.
     */
    private async reset(connection: Connection, then: readonly string[] = []): Promise<boolean> {
        try {
            await new Promise<void>((resolve, reject) => connection.reset((error) => (error ? reject(error) : resolve())));
        } catch {
            this.forget(connection);
            return false;
        }
        // The reset released the script lock too: it is taken again before noorm's rows are written.
        // The reset turned the server's state tracking off again.
        const restore = [`USE ${quoteIdentifier(this.database)}`, SCRIPT_LOCK_QUERY, ...(this.tracksState ? [TRACK_STATE] : [])];
        const { results, completed, error } = await countedQuery(connection, [...restore, ...then].join(';\n'));
        if (error && completed < restore.length) {
            // The session could not be restored; noorm's rows have not run.
            this.forget(connection);
            return false;
        }
        try {
            // Restored, then noorm's own statements failed: that error is the caller's.
            if (error) throw error;
            checkScriptLock(results[1]);
        } catch (failure) {
            this.forget(connection);
            throw failure;
        }
        return true;
    }

    private forget(connection: Connection): void {
        if (this.connection === connection) this.connection = null;
        connection.destroy();
    }
}

/** Named after the database (hashed: named locks are at most 64 characters). */
const SCRIPT_LOCK = "CONCAT('noorm-script:', LEFT(SHA1(DATABASE()), 40))";

/**
 * The script connection holds a named lock for as long as it lives, so after a crash the next run
 * can ask the server which connection, if any, is still running the crashed run's statement.
 */
async function holdScriptLock(connection: Connection): Promise<void> {
    checkScriptLock(await query(connection, SCRIPT_LOCK_QUERY));
}

const SCRIPT_LOCK_QUERY = `SELECT GET_LOCK(${SCRIPT_LOCK}, 10) AS ok`;

function checkScriptLock(rows: unknown): void {
    if (Number((rows as Array<{ ok: number | null }> | undefined)?.[0]?.ok) !== 1) {
        throw new LockError('script-session-busy', 'A script session of an earlier noorm run is still running a statement on this database', {
            hint: 'Wait for it to finish (or end it on the server), then run again.',
        });
    }
}

async function inTransaction(connection: Connection): Promise<boolean> {
    const rows = (await query(connection, 'SELECT @@in_transaction AS open')) as Array<{ open: number | string }>;
    return Number(rows[0]?.open) === 1;
}

/** Status flags of the protocol: a transaction is open; the statement changed the session's state. */
const SERVER_STATUS_IN_TRANS = 0x0001;
const SERVER_SESSION_STATE_CHANGED = 0x4000;

/**
 * Asks the server to flag every answer whose statement changed the session: user variables,
 * system variables, the default database, temporary tables, prepared statements.
 */
const TRACK_STATE = 'SET SESSION session_track_state_change = ON';

/**
 * Statements of these kinds leave the session as it was unless the server flags a change (a
 * trigger setting a variable, CREATE TEMPORARY TABLE). Not SET, USE, LOCK TABLES, DO, SELECT, CALL
 * or an executable comment, and nothing naming a variable outside quotes: the server does not
 * flag every effect of those (MariaDB leaves `INSERT … SELECT @v := 1` and `DO GET_LOCK(…)` unflagged).
 */
const SESSION_NEUTRAL = /^(?:create|alter|drop|insert|update|delete|replace|rename|truncate)\b/i;

/** Files bigger than this go on their own (one batch, as executeBatches cuts them). */
const HOLD_LIMIT = 256 * 1024;

/**
 * A file that can go to the server in one query with its tracking rows: each statement leaves the
 * session alone (so noorm's rows, fully qualified, stay immune to it) and can share a query (see
 * sentAlone); small enough for one batch.
 */
function canSendWithRows(statements: readonly MysqlStatement[]): boolean {
    let bytes = 0;
    for (const statement of statements) {
        if (sentAlone(statement) || !leavesSessionAlone(statement)) return false;
        bytes += statement.sql.length;
        if (bytes > HOLD_LIMIT) return false;
    }
    return statements.length > 0;
}

/** Started before the file's first statement, read by its tracking row (HELD_FILE_DURATION); cleared after. */
const CLOCK_START = 'SET @noorm_file_started = SYSDATE(6)';
const CLOCK_CLEAR = 'SET @noorm_file_started = NULL';
const HELD_FILE_DURATION = new ServerExpression('TIMESTAMPDIFF(MICROSECOND, @noorm_file_started, SYSDATE(6)) DIV 1000');

/**
 * The file's statements, then its tracking rows in a transaction, in one query: one round trip for
 * the file. The statements commit as they run, as the client's do; a failing one stops the query
 * there, so no row is written for a file that did not complete. True when the server says a
 * statement of the file changed the session after all (a trigger setting a variable).
 *
 * Where the file ends with an INSERT, UPDATE, DELETE or REPLACE, the transaction opens before that
 * statement, so it and the rows commit together: the rows cost no commit (log flush) of their own,
 * the file makes as many as under the client, and its last change and its record cannot part.
 * Should that statement fail, it is undone, as under autocommit, and no row is written.
 */
async function sendWithRows(connection: Connection, statements: readonly MysqlStatement[], rows: readonly string[]): Promise<boolean> {
    const fold = rows.length > 0 && DML.test(withoutLeadingComments(statements.at(-1)!.sql));
    // What the query sends, each with the file's statement it is, if it is one.
    const sent: Array<{ sql: string; statement?: MysqlStatement }> = [{ sql: CLOCK_START }];
    statements.forEach((statement, i) => {
        if (fold && i === statements.length - 1) sent.push({ sql: 'START TRANSACTION' });
        sent.push({ sql: statement.sql, statement });
    });
    if (rows.length) sent.push(...(fold ? [] : [{ sql: 'START TRANSACTION' }]), ...rows.map((sql) => ({ sql })), { sql: 'COMMIT' });
    sent.push({ sql: CLOCK_CLEAR });
    const { results, completed, error } = await countedQuery(connection, sent.map((part) => part.sql).join(SEPARATOR));
    if (error) {
        // The caller rolls back what a folded transaction holds: the failed statement, or noorm's rows.
        const failed = sent[completed]?.statement;
        throw failed ? scriptFailure(error, failed, 0, true) : error;
    }
    const flags = sent.flatMap((part, i) => (part.statement ? [statusOf(results[i])] : []));
    return !flags.every((status) => status !== undefined && (status & SERVER_SESSION_STATE_CHANGED) === 0);
}

/** Statements that change rows only, and can share a transaction with noorm's rows. */
const DML = /^(?:insert|update|delete|replace)\b/i;

function leavesSessionAlone(statement: MysqlStatement): boolean {
    const text = withoutLeadingComments(statement.sql);
    return SESSION_NEUTRAL.test(text) && !/\btemporary\b/i.test(text) && !text.replace(QUOTED, '').includes('@');
}

/** Strings and quoted identifiers, with either escape; what is left holds any `@variable`. */
const QUOTED = /'(?:[^'\\]|\\[\s\S]|'')*'|"(?:[^"\\]|\\[\s\S]|"")*"|`(?:[^`]|``)*`/g;

/** Leading blanks and plain comments; an executable comment (`/*!…`, `/*M!…`) is kept: it runs. */
function withoutLeadingComments(text: string): string {
    let rest = text;
    for (;;) {
        const next = rest.replace(/^\s+/, '').replace(/^(?:--[ \t][^\n]*(?:\n|$)|--(?:\n|$)|#[^\n]*(?:\n|$)|\/\*(?!!|M!)[\s\S]*?\*\/)/, '');
        if (next === rest) return rest;
        rest = next;
    }
}

/** A query of several statements: their results, and how many completed before an error. */
function countedQuery(connection: Connection, text: string): Promise<{ results: unknown[]; completed: number; error?: unknown }> {
    return new Promise((resolve) => {
        const command = connection.query(text, (error, results) => {
            if (!error) return resolve({ results: results as unknown[], completed: (results as unknown[]).length });
            resolve({ results: [], completed: (command as unknown as { _resultIndex?: number })._resultIndex ?? 0, error });
        });
    });
}

function query(connection: Connection, text: string, values?: unknown[]): Promise<unknown> {
    const sqlText = values ? formatQuery(text, values) : text;
    return new Promise((resolve, reject) => connection.query(sqlText, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * Sends statements in order, several per round trip. A CALL may return several result sets, so it
 * goes alone; elsewhere the number of result sets completed before an error names the statement
 * that failed.
 */
async function executeBatches(connection: Connection, statements: readonly MysqlStatement[]): Promise<{ status: number | undefined; changed: boolean }> {
    let status: number | undefined;
    let changed = false;
    let i = 0;
    while (i < statements.length) {
        const batch = [statements[i]!];
        let bytes = batch[0]!.sql.length;
        if (!sentAlone(batch[0]!)) {
            while (i + batch.length < statements.length) {
                const next = statements[i + batch.length]!;
                if (sentAlone(next) || bytes + next.sql.length > BATCH_BYTES) break;
                batch.push(next);
                bytes += next.sql.length;
            }
        }
        const text = batch.map((statement) => statement.sql).join(SEPARATOR);
        status = await new Promise<number | undefined>((resolve, reject) => {
            const command = connection.query(text, (error, results) => {
                if (!error) {
                    if (!statusOfAll(results, batch.length).every((flags) => flags !== undefined && (flags & SERVER_SESSION_STATE_CHANGED) === 0)) changed = true;
                    return resolve(statusOfAll(results, batch.length).at(-1));
                }
                // A statement the server found empty (a comment gated to another version) is what
                // the command-line client shrugs off too.
                if (batch.length === 1 && onlyGatedComments(batch[0]!) && (error as { errno?: number }).errno === ER_EMPTY_QUERY) {
                    changed = true;
                    return resolve(undefined);
                }
                const completed = (command as unknown as { _resultIndex?: number })._resultIndex ?? 0;
                // Alone, a statement's results count its own server statements.
                if (batch.length === 1) reject(scriptFailure(error, batch[0]!, completed));
                else {
                    const failed = Math.min(completed, batch.length - 1);
                    reject(scriptFailure(error, batch[failed]!, 0, failed < batch.length - 1));
                }
            });
        });
        i += batch.length;
    }
    return { status, changed };
}

/**
 * The server's status flags after each statement of a query, from their OK packets; undefined for
 * a statement that returned rows (the driver does not keep its end packet's flags) and, when the
 * results cannot be matched to the statements, for all of them.
 */
function statusOfAll(results: unknown, statements: number): Array<number | undefined> {
    // One statement: its OK packet or its rows. Several: a list of those, one per result set.
    const list = statements === 1 ? [results] : Array.isArray(results) ? results : [];
    const flags = list.map(statusOf);
    return flags.length === statements ? flags : [undefined];
}

/** One statement's status flags from its OK packet; undefined for one that returned rows. */
function statusOf(result: unknown): number | undefined {
    if ((result as object | undefined)?.constructor?.name !== 'ResultSetHeader') return undefined;
    const status = (result as { serverStatus?: unknown }).serverStatus;
    return typeof status === 'number' ? status : undefined;
}

/**
 * A CALL may return several result sets, a statement that is only a version-gated comment may be
 * empty for this server, and one holding several server statements (or a stray `;`) must fail on
 * its own to be placed: all go alone.
 */
function sentAlone(statement: MysqlStatement): boolean {
    return Boolean(statement.parts || statement.open) || statement.sql.startsWith(';') || /^\s*call\b/i.test(statement.sql) || onlyGatedComments(statement);
}

export function quoteIdentifier(name: string): string {
    return '`' + name.replace(/`/g, '``') + '`';
}

/**
 * A syntax error quotes the query from the failing token on ("near '…'"); where statements after
 * the failing one were sent with it, the quote is cut where its statement ends, as the client,
 * which sends one statement a query, shows it.
 */
function nearWithinStatement(message: string, sql: string): string {
    const near = /near '([\s\S]*)' at line \d+$/.exec(message);
    if (!near) return message;
    const quoted = near[1]!;
    for (let from = Math.max(0, sql.length - quoted.length); from <= sql.length; from++) {
        const tail = sql.slice(from);
        const rest = quoted.slice(tail.length);
        if (quoted.startsWith(tail) && rest && (rest.startsWith(SEPARATOR) || SEPARATOR.startsWith(rest))) {
            return message.slice(0, near.index + 6) + tail + message.slice(near.index + 6 + quoted.length);
        }
    }
    return message;
}

function onlyGatedComments(statement: MysqlStatement): boolean {
    return /^(\s*\/\*[!M][\s\S]*?\*\/)+\s*$/.test(statement.sql);
}

/**
 * The server's "at line N" counts from the first line of the server statement that failed: the
 * `part`-th one inside `statement` (0: the statement itself).
 */
function scriptFailure(error: unknown, statement: MysqlStatement, part: number, followed = false): ScriptFailure {
    const message = followed ? nearWithinStatement(messageOf(error), statement.sql) : messageOf(error);
    const at = /at line (\d+)\s*$/.exec(message);
    const first = part > 0 ? (statement.parts?.[part - 1] ?? statement.line) : statement.line;
    const line = at ? first + Number(at[1]) - 1 : first;
    return new ScriptFailure(message, line, error);
}

function connectError(error: unknown, target: string): ConnectError {
    return connectFailure(
        error,
        target,
        {
            ER_ACCESS_DENIED_ERROR: CREDENTIALS_HINT,
            ER_BAD_DB_ERROR: MISSING_DATABASE_HINT,
            ER_DBACCESS_DENIED_ERROR: 'This user may not use that database; check its grants.',
        },
        isServerError(error),
    );
}

/** Server error numbers start at 1000; client-side failures (network) have none or a lower one. */
function isServerError(error: unknown): boolean {
    const errno = (error as { errno?: unknown }).errno;
    return typeof errno === 'number' && errno >= 1000;
}
