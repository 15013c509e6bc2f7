import { createHash } from 'node:crypto';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { ConnectionSettings } from '../../config/types.js';
import { messageOf, type ConnectError } from '../../errors.js';
import { CREDENTIALS_HINT, MISSING_DATABASE_HINT, connectFailure } from '../connect-error.js';
import type { TrackingDatabase } from '../../tracking/schema.js';
import { tlsSettings } from '../tls.js';
import { assertNoTransactionControl } from '../transaction-control.js';
import { checkDatabaseName } from '../database-name.js';
import { ScriptFailure, type ConnectOptions, type Dialect, type DialectConnection, type PreparedScript, type ScriptSession, type ServerAdmin } from '../types.js';
import { makeLineCounter } from '../script-text.js';
import { offsetOfPosition, scanPostgresScript, type PgStatement } from './postgres-script.js';

interface PostgresScript extends PreparedScript {
    /** The text sent: psql-only `\restrict` lines turned into comments of the same length. */
    text: string;
    statements: PgStatement[];
    /** Send statements one by one (outside a transaction, as psql does), not the file as one query. */
    oneByOne: boolean;
}

/** psql meta-commands a pg_dump file may hold that mean nothing to the server. */
const IGNORED_META = new Set(['restrict', 'unrestrict']);

export const postgresDialect: Dialect = {
    name: 'postgres',
    capabilities: { transactionalDdl: true },
    tracking: {
        id: { type: 'serial', build: (column) => column.primaryKey() },
        timestamp: 'timestamptz',
        json: 'jsonb',
        text: 'text',
        now: () => sql`now()`,
        nowPlusSeconds: (seconds) => sql`now() + ${`${seconds} seconds`}::interval`,
    },
    sessionLock: {
        // Advisory locks are per database; the key is derived from the lock's name.
        tryAcquire: (name) => sql`SELECT pg_try_advisory_lock(${advisoryKey(name)[0]}, ${advisoryKey(name)[1]}) AS ok`,
        release: (name) => sql`SELECT pg_advisory_unlock(${advisoryKey(name)[0]}, ${advisoryKey(name)[1]})`,
        isHeld: (name) =>
            sql`SELECT count(*) > 0 AS held FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
                AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
                AND classid = ${advisoryKey(name)[0]}::oid AND objid = ${advisoryKey(name)[1]}::oid`,
        sessionId: () => sql`SELECT pg_backend_pid() AS id`,
        // The same noorm connection: same pid, this database, started before the lock was taken.
        findSession: (id, lockedAt) =>
            sql`SELECT pid AS id FROM pg_catalog.pg_stat_activity WHERE pid = ${Number(id)} AND application_name = 'noorm'
                AND datname = current_database() AND backend_start <= ${lockedAt}::timestamptz`,
        endSession: (id) => sql`SELECT pg_terminate_backend(${Number(id)})`,
    },
    quoteIdentifier: (name) => `"${name.replace(/"/g, '""')}"`,
    prepareScript: preparePostgresScript,
    connect: connectPostgres,
    connectServer: connectPostgresServer,
    validateDatabaseName: (name) => checkDatabaseName(name, { max: 63, unit: 'bytes', server: 'PostgreSQL' }),
};

export function preparePostgresScript(source: string, options: { transaction: boolean }): PostgresScript {
    const scan = scanPostgresScript(source);
    let text = source;
    // COPY first: its data lines (ending in `\.`) would otherwise be reported as meta-commands.
    for (const statement of scan.statements) {
        const [first] = statement.words;
        if (first === 'copy' && /\b(from\s+stdin|to\s+stdout)\b/i.test(text.slice(statement.start, Math.min(statement.end, statement.start + 4000)))) {
            throw new ScriptFailure('COPY … FROM stdin / TO stdout needs psql to feed or read the data', statement.line, undefined, COPY_HINT);
        }
    }
    for (const meta of scan.metaCommands) {
        if (!IGNORED_META.has(meta.name)) {
            throw new ScriptFailure(`psql meta-command \\${meta.name} cannot run outside psql`, meta.line, undefined, META_HINT);
        }
        // `\restrict key` → `--estrict key`: a comment of the same length keeps server positions true.
        text = text.slice(0, meta.start) + '--' + text.slice(meta.start + 2);
    }
    if (options.transaction) {
        assertNoTransactionControl(scan.statements, ([first, second]) =>
            first === 'begin' ||
            first === 'start' ||
            first === 'commit' ||
            first === 'end' ||
            first === 'abort' ||
            (first === 'rollback' && second !== 'to') ||
            (first === 'prepare' && second === 'transaction'),
        );
    }
    return { dialect: 'postgres', text, statements: scan.statements, oneByOne: !options.transaction };
}

/** Two non-negative int4 keys for pg_advisory_lock, from a name. */
function advisoryKey(name: string): [number, number] {
    const digest = createHash('sha256').update(name).digest();
    return [digest.readUInt32BE(0) & 0x7fffffff, digest.readUInt32BE(4) & 0x7fffffff];
}

const META_HINT =
    'noorm sends SQL to the server; psql commands such as \\connect, \\i or \\set only work in psql. Remove them (pg_dump\'s \\restrict lines are ignored for you).';
const COPY_HINT = 'Dump data as INSERT statements (pg_dump --inserts or --column-inserts), or load this file with psql.';

/** Connection settings for the pg driver, without the database. */
function baseClientConfig(settings: ConnectionSettings, options: ConnectOptions): pg.ClientConfig {
    const tls = tlsSettings(settings, options.root);
    const ssl: false | TlsOptions = !tls.enabled
        ? false
        : {
              rejectUnauthorized: tls.verifyChain,
              ...(tls.ca ? { ca: tls.ca } : {}),
              ...(tls.verifyHost ? {} : { checkServerIdentity: () => undefined }),
          };
    return {
        host: settings.host ?? '127.0.0.1',
        port: settings.port ?? 5432,
        ...(settings.user !== undefined ? { user: settings.user } : {}),
        ...(settings.password !== undefined ? { password: settings.password } : {}),
        ssl,
        connectionTimeoutMillis: 15000,
        application_name: 'noorm',
    };
}

function targetOf(settings: ConnectionSettings): string {
    return `postgres ${settings.host ?? '127.0.0.1'}:${settings.port ?? 5432}/${settings.database ?? ''}`;
}

async function connectPostgresServer(settings: ConnectionSettings, options: ConnectOptions): Promise<ServerAdmin> {
    const { default: pgModule } = await import('pg');
    const target = targetOf(settings);
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
    const quote = postgresDialect.quoteIdentifier;
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

async function connectPostgres(settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection> {
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
    const target = targetOf(settings);
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
        dialect: postgresDialect,
        db,
        trackingSchema,
        target,
        exists: true,
        async tableExists(table) {
            const result = await sql<{ found: number }>`SELECT 1 AS found FROM pg_catalog.pg_tables WHERE schemaname = ${trackingSchema} AND tablename = ${table}`.execute(db);
            return result.rows.length > 0;
        },
        withScriptSession: (sessionOptions, fn) => scripts.session(sessionOptions.transaction, fn, pool),
        async scriptSessionId() {
            return String(await scripts.ensureConnected());
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

/**
 * The one connection scripts run on. A file costs three round trips: BEGIN with the script; then
 * noorm's tracking rows with the COMMIT, after resetting the role and settings the file may have
 * changed (so the rows are written as noorm, not as whatever the file became); then the rest of
 * what DISCARD ALL does, so the next file starts on a clean session.
 */
class ScriptConnection {
    private client: pg.Client | null = null;
    /** ReadyForQuery's transaction status after the last query: I idle, T in a block, E failed block. */
    private status = 'I';
    private busy: Promise<unknown> = Promise.resolve();

    constructor(
        private readonly pgModule: typeof pg,
        private readonly config: pg.ClientConfig,
        private readonly target: string,
    ) {}

    /** `main` runs noorm's rows for files without a transaction: the script's session may be in any state. */
    session<T>(transaction: boolean, fn: (session: ScriptSession) => Promise<T>, main: pg.Pool): Promise<T> {
        // Files run one after another; should two sessions ever overlap, the second waits.
        const run = this.busy.then(() => this.run(transaction, fn, main));
        this.busy = run.catch(() => undefined);
        return run;
    }

    async close(): Promise<void> {
        const client = this.client;
        this.client = null;
        await client?.end().catch(() => undefined);
    }

    /** Opens the connection now and returns its server process id. */
    async ensureConnected(): Promise<number | null> {
        await this.connect();
        return this.backendPid();
    }

    /** The server process of the script session, to cancel its statement. */
    backendPid(): number | null {
        return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
    }

    private async connect(): Promise<pg.Client> {
        if (this.client) return this.client;
        const client = new this.pgModule.Client(this.config);
        client.on('error', () => undefined);
        try {
            await client.connect();
            (client as unknown as { connection: NodeJS.EventEmitter }).connection.on('readyForQuery', (message: { status?: string }) => {
                this.status = message.status ?? 'I';
            });
        } catch (error) {
            await client.end().catch(() => undefined);
            throw connectError(error, this.target);
        }
        this.client = client;
        return client;
    }

    private async discard(client: pg.Client): Promise<void> {
        this.client = null;
        await client.end().catch(() => undefined);
    }

    private async run<T>(transaction: boolean, fn: (session: ScriptSession) => Promise<T>, main: pg.Pool): Promise<T> {
        const client = await this.connect();
        // In a transaction, noorm's own rows are sent with the COMMIT, in the same round trip.
        const deferred: string[] = [];
        let begun = false;
        const session: ScriptSession = {
            execute: async (script) => {
                const prepared = script as PostgresScript;
                if (prepared.oneByOne) {
                    await executeScript(this.pgModule, client, prepared, '', 0);
                    if (this.status !== 'I') {
                        throw new ScriptFailure('The file left a transaction open (a BEGIN without its COMMIT); it was rolled back', undefined, undefined, 'End every transaction the file opens, or leave transactions to noorm by removing `-- noorm:no-transaction`.');
                    }
                    return;
                }
                const prefix = transaction && !begun ? 'BEGIN;\n' : '';
                begun = true;
                return executeScript(this.pgModule, client, prepared, prefix, prefix ? 1 : 0);
            },
            run: async (query: CompiledQuery) => {
                if (transaction) deferred.push(inlineParameters(client, query));
                else await main.query(query.sql, query.parameters as unknown[]);
            },
        };
        let result: T;
        try {
            result = await fn(session);
            if (transaction) {
                // One round trip: noorm's rows (as noorm, not as whatever role the file set), the
                // COMMIT, then the reset for the next file, which may follow a COMMIT in one query.
                const head = [begun ? '' : 'BEGIN', 'SET SESSION AUTHORIZATION DEFAULT', 'RESET ALL', ...deferred, 'COMMIT'].filter(Boolean);
                const { completed, error } = await countedQuery(this.pgModule, client, [...head, ...RESET_SESSION].join(';\n'));
                if (error && completed < head.length) throw error;
                // Committed; only the reset failed: the session is not used again.
                if (error) await this.discard(client);
                return result;
            }
        } catch (error) {
            if (this.status !== 'I') {
                try {
                    await client.query('ROLLBACK');
                } catch {
                    await this.discard(client);
                    throw error;
                }
            }
            await this.reset(client);
            throw error;
        }
        await this.reset(client);
        return result;
    }

    /** What DISCARD ALL does, in one round trip outside any transaction. */
    private async reset(client: pg.Client): Promise<void> {
        if (this.client !== client) return;
        try {
            await client.query(RESET_SESSION.join(';\n'));
        } catch {
            // A session that cannot be reset is not used again.
            await this.discard(client);
        }
    }
}

/** The statements DISCARD ALL stands for (it cannot share a query with another statement). */
const RESET_SESSION = [
    'CLOSE ALL',
    'SET SESSION AUTHORIZATION DEFAULT',
    'RESET ALL',
    'DEALLOCATE ALL',
    'UNLISTEN *',
    'SELECT pg_advisory_unlock_all()',
    'DISCARD PLANS',
    'DISCARD TEMP',
    'DISCARD SEQUENCES',
];

/** A compiled query of noorm's own ($1, $2, … placeholders) as literal SQL for a simple query. */
function inlineParameters(client: pg.ClientBase, query: CompiledQuery): string {
    return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
        const value = query.parameters[Number(n) - 1];
        if (value === null || value === undefined) return 'NULL';
        if (typeof value === 'number' && Number.isFinite(value)) return String(value);
        if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
        if (value instanceof Date) return client.escapeLiteral(value.toISOString());
        return client.escapeLiteral(String(value));
    });
}

/**
 * Runs a prepared script. `prefix` holds statements sent in the same query before it (BEGIN, a
 * session setting): `prefixStatements` of them, whose length the error positions skip.
 */
async function executeScript(pgModule: typeof pg, client: pg.ClientBase, script: PostgresScript, prefix: string, prefixStatements: number): Promise<void> {
    if (script.oneByOne) {
        // Outside a transaction psql sends each statement on its own, so VACUUM, CREATE INDEX
        // CONCURRENTLY and friends run; one multi-statement query would be one implicit transaction.
        for (const statement of script.statements) {
            try {
                await client.query(script.text.slice(statement.start, statement.end));
            } catch (error) {
                throw scriptFailure(error, script, { prefix: 0, base: statement.start }, statement.line);
            }
        }
        return;
    }
    // The whole file as one simple-protocol query: $$ bodies, DO blocks and many statements run as
    // psql would run them, in one round trip. Counting completed statements tells which one failed.
    const { completed, error } = await countedQuery(pgModule, client, prefix + script.text);
    if (error) {
        const failed = completed - prefixStatements;
        throw scriptFailure(error, script, { prefix: prefix.length, base: 0 }, failed >= 0 ? script.statements[failed]?.line : undefined);
    }
}

/**
 * Sends a multi-statement simple query and reports how many statements completed before an
 * error, if any. Rows of SELECTs are not kept (a row listener stops pg from accumulating them).
 */
function countedQuery(pgModule: typeof pg, client: pg.ClientBase, text: string): Promise<{ completed: number; error?: unknown }> {
    let completed = 0;
    const query = new pgModule.Query(text) as pg.Query & { handleCommandComplete(...args: unknown[]): void };
    const handleCommandComplete = query.handleCommandComplete.bind(query);
    query.handleCommandComplete = (...args: unknown[]) => {
        completed++;
        handleCommandComplete(...args);
    };
    query.on('row', () => undefined);
    return new Promise((resolve) => {
        query.on('end', () => resolve({ completed }));
        query.on('error', (error: unknown) => resolve({ completed, error }));
        void client.query(query as unknown as pg.QueryConfig);
    });
}

/**
 * A server error as a ScriptFailure at the right line: the server's position where it gives one.
 * The query sent was `prefix` (ASCII) followed by the script from offset `base`.
 */
function scriptFailure(error: unknown, script: PostgresScript, sent: { prefix: number; base: number }, fallbackLine: number | undefined): ScriptFailure {
    const e = error as Partial<pg.DatabaseError>;
    let line = fallbackLine;
    const position = Number(e.position) - sent.prefix;
    if (e.position && position >= 1) line = makeLineCounter(script.text)(offsetOfPosition(script.text, position, sent.base));
    const detail = e.detail ? ` (${e.detail})` : '';
    const where = e.where && !e.position ? ` [${e.where.split('\n')[0]}]` : '';
    const hints = [e.hint, e.code === '25001' ? NO_TRANSACTION_HINT : undefined].filter(Boolean).join(' ');
    return new ScriptFailure(`${messageOf(error)}${detail}${where}`, line, error, hints || undefined);
}

const NO_TRANSACTION_HINT = 'Put `-- noorm:no-transaction` on the first line of this file so it runs outside a transaction, statement by statement, as psql runs it.';

function connectError(error: unknown, target: string): ConnectError {
    return connectFailure(error, target, {
        '28P01': CREDENTIALS_HINT,
        '28000': 'The server refused this user from this host; check pg_hba.conf and the user name.',
        '3D000': MISSING_DATABASE_HINT,
    });
}
