import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import type { ConnectionSettings } from '../../config/types.js';
import { ConnectError, UsageError, messageOf } from '../../errors.js';
import type { TrackingDatabase } from '../../tracking/schema.js';
import { hex, literal, standardString, type LiteralStyle } from '../literal.js';
import { assertNoTransactionControl, dumpTransaction, dumpTransactionNote, type DumpTransactionWords } from '../transaction-control.js';
import { describeTarget } from '../registry.js';
import { ScriptFailure, type ConnectOptions, type Dialect, type DialectConnection, type PreparedScript } from '../types.js';
import { BOUNDARY_PROBE, leadingWords, probeLine } from '../script-text.js';
import { splitSqliteStatements, type ScriptStatement } from './sqlite-script.js';
import { loadSqliteDriver } from './sqlite-driver.js';

type Database = BetterSqlite3.Database;

interface SqliteScript extends PreparedScript {
    statements: ScriptStatement[];
}

const SQLITE_LITERALS: LiteralStyle = {
    string: standardString,
    boolean: (b) => (b ? '1' : '0'),
    date: (d) => `'${d.toISOString()}'`,
    bytes: (b) => `X'${hex(b)}'`,
};

/** Milliseconds a script's statement waits for another connection's write lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * noorm's own connection waits less: a run polling for the lock must come back to its own wait
 * loop (and its --lock-wait) instead of sitting in SQLite's busy handler while another run writes.
 */
const MAIN_BUSY_TIMEOUT_MS = 1000;
const TIMESTAMP_FORMAT = '%Y-%m-%d %H:%M:%f';

export const sqliteDialect: Dialect = {
    name: 'sqlite',
    capabilities: { transactionalDdl: true, connectCreatesDatabase: true },
    tracking: {
        id: { type: 'integer', build: (column) => column.primaryKey().autoIncrement() },
        timestamp: 'timestamp',
        json: 'text',
        text: 'text',
        now: () => sql`strftime(${TIMESTAMP_FORMAT}, 'now')`,
        nowPlusSeconds: (seconds) => sql`strftime(${TIMESTAMP_FORMAT}, 'now', ${`+${seconds} seconds`})`,
        timeValue: (time) => time.toISOString().slice(0, 23).replace('T', ' '),
    },
    quoteIdentifier: (name) => `"${name.replace(/"/g, '""')}"`,
    quoteLiteral: (value) => literal(value, SQLITE_LITERALS),
    logicalTypes: { text: 'text', int: 'integer', bigint: 'integer', bool: 'integer', json: 'text', timestamp: 'text', uuid: 'text', serial: 'integer' },
    prepareScript(text, options): SqliteScript {
        const statements = splitSqliteStatements(text);
        if (options.transaction) {
            const heads = statements.map((statement) => ({ line: statement.line, words: leadingWords(statement.sql, 4), statement }));
            const shape = dumpTransaction(heads, SQLITE_TRANSACTION_WORDS);
            if (shape) {
                // `sqlite3 .dump` output: its body runs in noorm's transaction instead.
                const body = statements.filter((statement) => statement !== shape.begin.statement && statement !== shape.commit.statement);
                return { dialect: 'sqlite', statements: body, notes: [dumpTransactionNote(shape.begin, shape.commit)] };
            }
            assertNoTransactionControl(heads, SQLITE_TRANSACTION_WORDS.isControl);
        }
        return { dialect: 'sqlite', statements };
    },
    hasStatement: (text) => splitSqliteStatements(text).length > 0,
    endsAtStatementBoundary(text) {
        const last = splitSqliteStatements(text + BOUNDARY_PROBE).at(-1);
        return last !== undefined && last.sql === BOUNDARY_PROBE && last.line === probeLine(text);
    },
    connect: connectSqlite,
    // The "server" of SQLite is the file system: create makes the file, drop removes it and its journals.
    async connectServer(_settings, options) {
        return {
            async databaseExists(name) {
                return name === ':memory:' || existsSync(path.resolve(options.root, name));
            },
            async createDatabase(name) {
                const Database = await loadSqliteDriver();
                const file = path.resolve(options.root, name);
                try {
                    new Database(file).close();
                } catch (error) {
                    throw new ConnectError('connect-failed', `Cannot create SQLite database ${file}: ${messageOf(error)}`, {
                        hint: 'Check that the folder exists and is writable.',
                        cause: error,
                    });
                }
            },
            async dropDatabase(name) {
                const file = path.resolve(options.root, name);
                for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
            },
            async close() {},
        };
    },
    validateDatabaseName(name) {
        if (name.trim() === '' || name.includes('\0')) throw new UsageError('invalid-database-name', 'The SQLite database file name is empty or holds a NUL character');
    },
};

/** How SQLite spells transaction control, and the BEGIN … COMMIT that `sqlite3 .dump` wraps its output in. */
const SQLITE_TRANSACTION_WORDS: DumpTransactionWords = {
    isControl: ([first, second]) => first === 'begin' || first === 'commit' || first === 'end' || (first === 'rollback' && second !== 'to'),
    isBegin: ([first, ...rest]) =>
        first === 'begin' &&
        rest.length <= 2 &&
        rest.every((word, i) => (i === rest.length - 1 && word === 'transaction') || (i === 0 && (word === 'deferred' || word === 'immediate' || word === 'exclusive'))),
    isCommit: ([first, ...rest]) => (first === 'commit' || first === 'end') && (rest.length === 0 || (rest.length === 1 && rest[0] === 'transaction')),
    // `PRAGMA foreign_keys=OFF` comes first in a dump; inside a transaction it changes nothing, and
    // noorm's script sessions start with foreign keys off anyway, as the shell's do.
    mayPrecede: ([first]) => first === 'pragma',
};

async function connectSqlite(settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection> {
    const Database = await loadSqliteDriver();
    const name = settings.database!;
    const memory = name === ':memory:';
    const file = memory ? name : path.resolve(options.root, name);
    // A read-only look at a database that does not exist must not create the file.
    const exists = memory || !options.readOnly || existsSync(file);

    const open = (busyTimeout = BUSY_TIMEOUT_MS): Database => {
        try {
            const handle = exists ? new Database(file, options.readOnly && !memory ? { readonly: true, fileMustExist: true } : {}) : new Database(':memory:');
            handle.pragma(`busy_timeout = ${busyTimeout}`);
            // Surfaces "file is not a database" here rather than in the middle of a run.
            handle.prepare('SELECT count(*) FROM sqlite_master').get();
            return handle;
        } catch (error) {
            throw new ConnectError('connect-failed', `Cannot open SQLite database ${file}: ${messageOf(error)}`, {
                hint: 'Check that the folder exists, that the file is a SQLite database, and that it is readable and writable.',
                cause: error,
            });
        }
    };

    const main = open(MAIN_BUSY_TIMEOUT_MS);
    const db = new Kysely<TrackingDatabase>({ dialect: new SqliteDialect({ database: main }) });

    return {
        dialect: sqliteDialect,
        db,
        trackingSchema: 'main',
        target: describeTarget(settings),
        exists,
        async existingTables(names) {
            if (!names.length) return new Set();
            const rows = main.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name IN (${names.map(() => '?').join(', ')})`).all(...names) as Array<{
                name: string;
            }>;
            return new Set(rows.map((row) => row.name));
        },
        async withScriptSession(sessionOptions, fn) {
            // A fresh connection per file: PRAGMAs, temp tables and attachments of one file never
            // reach the next file or noorm's own queries. An in-memory database has only one.
            const handle = memory ? main : open();
            // better-sqlite3 turns foreign keys on by default; the sqlite3 shell and SQLite itself
            // do not. Scripts run as the shell runs them: a file that wants enforcement says so.
            handle.pragma('foreign_keys = OFF');
            const session = {
                async execute(script: PreparedScript, executeOptions?: { continues?: boolean }) {
                    executeStatements(handle, (script as SqliteScript).statements);
                    // A BEGIN without its COMMIT would hold the write lock, and noorm's own row
                    // would then wait for it and fail with "database is locked": the file fails instead.
                    if (!sessionOptions.transaction && !executeOptions?.continues && handle.inTransaction) {
                        handle.exec('ROLLBACK');
                        throw new ScriptFailure(
                            'The file left a transaction open (a BEGIN without its COMMIT); it was rolled back',
                            undefined,
                            undefined,
                            'End every transaction the file opens, or leave transactions to noorm by removing `-- noorm:no-transaction`.',
                        );
                    }
                },
                async run(query: CompiledQuery) {
                    // Without a transaction the file may have left its handle mid-BEGIN: use noorm's own.
                    (sessionOptions.transaction ? handle : main).prepare(query.sql).run(...(query.parameters as unknown[]));
                },
            };
            try {
                if (!sessionOptions.transaction) return await fn(session);
                // IMMEDIATE takes the write lock up front (waiting for it): a deferred transaction
                // that reads first fails at once with "database is locked" when it must upgrade
                // while another connection writes, e.g. a second run polling for noorm's lock.
                handle.exec('BEGIN IMMEDIATE');
                try {
                    const result = await fn(session);
                    handle.exec('COMMIT');
                    return result;
                } catch (error) {
                    if (handle.inTransaction) handle.exec('ROLLBACK');
                    throw error;
                }
            } finally {
                if (!memory) handle.close();
            }
        },
        async close() {
            await db.destroy();
        },
    };
}

function executeStatements(handle: Database, statements: readonly ScriptStatement[]): void {
    for (const statement of statements) {
        try {
            handle.exec(statement.sql);
        } catch (error) {
            throw new ScriptFailure(messageOf(error), statement.line, error);
        }
    }
}
