import { CompiledQuery } from 'kysely';
import { RecordFailure, type DialectConnection, type ServerExpression } from '../dialect/types.js';
import { FileError, NoormError, messageOf } from '../errors.js';
import { formatIdentity, type Identity } from '../identity/resolver.js';
import { checkedStatus } from './corrupt.js';
import { historyFileQuery, type HistoryRun } from './run-history.js';
import { TABLES, type RunStatus } from './schema.js';

/** What the database says about a file: its newest row, whichever config ran it. */
export interface FileState {
    checksum: string;
    status: RunStatus;
}

/** Longest error text kept in the tracking table; the full text is in the command's output. */
const MAX_ERROR_LENGTH = 8000;

/**
 * Every tracked file's newest state in one query, whatever the number of files. Rows are replaced
 * on each run (delete + insert), so the highest id of a path is its newest run across configs.
 */
export async function readFileStates(conn: DialectConnection): Promise<Map<string, FileState>> {
    const rows = await conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.files)
        // Only what a plan compares: on 10,000 files, parsing the other columns (dates) cost as much as reading them.
        .select(['id', 'filepath', 'checksum', 'status'])
        .orderBy('id')
        .execute();
    const states = new Map<string, FileState>();
    for (const row of rows) {
        states.set(row.filepath, { checksum: row.checksum, status: checkedStatus(TABLES.files, row.id, row.status) });
    }
    return states;
}

export interface FileRecord {
    filepath: string;
    checksum: string;
    sizeBytes: number;
    status: RunStatus;
    errorMessage?: string;
    /** Milliseconds, or what the server measures when the file goes with its row (ScriptSession.recordedDuration). */
    durationMs: number | ServerExpression;
    /**
     * No row of this path exists (the plan, read under the lock, found none): nothing to replace.
     * On a fresh build this saves a statement per file, a tenth of each file's time on Postgres.
     * Should a row exist after all, the insert fails on the table's unique key, with the file's
     * transaction rolled back.
     */
    first?: boolean;
}

/** Runs one of noorm's compiled queries: on a script's own session, or on the main connection. */
export type QueryRunner = (query: CompiledQuery) => Promise<unknown>;

/** The main connection as a QueryRunner. */
export function mainRunner(conn: DialectConnection): QueryRunner {
    return (query) => conn.db.executeQuery(query);
}

/** The two statements recording a file, compiled once per connection (a build may record thousands). */
interface RecordStatements {
    remove: CompiledQuery;
    insert: CompiledQuery;
    /** Parameters of the time expression after the columns' (SQLite's format string). */
    trailing: readonly unknown[];
}

const INSERT_COLUMNS = ['filepath', 'checksum', 'size_bytes', 'executed_by', 'identity_source', 'config_name', 'status', 'error_message', 'duration_ms'] as const;
const compiled = new WeakMap<DialectConnection, RecordStatements>();

function recordStatements(conn: DialectConnection): RecordStatements {
    let statements = compiled.get(conn);
    if (!statements) {
        const scoped = conn.db.withSchema(conn.trackingSchema);
        // Placeholder values: every column becomes a parameter, filled in per file below.
        const placeholders = Object.fromEntries(INSERT_COLUMNS.map((column) => [column, column]));
        statements = {
            remove: scoped.deleteFrom(TABLES.files).where('filepath', '=', '?').where('config_name', '=', '?').compile(),
            // The time is written, not left to the column default: MySQL's CURRENT_TIMESTAMP is
            // in the session's time zone, and every tracking time is UTC.
            insert: scoped
                .insertInto(TABLES.files)
                .values({ ...placeholders, executed_at: conn.dialect.tracking.now() } as never)
                .compile(),
            trailing: [],
        };
        statements.trailing = statements.insert.parameters.slice(INSERT_COLUMNS.length);
        compiled.set(conn, statements);
    }
    return statements;
}

/** The columns every tracking row shares: who ran it, under which config, and its error if any. */
export function runColumns(context: { identity: Identity; configName: string }, errorMessage: string | undefined) {
    return {
        // Checked against the column before anything ran (tracking/limits.ts): never cut.
        executed_by: formatIdentity(context.identity),
        identity_source: context.identity.source,
        config_name: context.configName,
        error_message: errorMessage === undefined ? null : errorMessage.slice(0, MAX_ERROR_LENGTH),
    };
}

/** A failure of noorm's row written in a unit's transaction, told apart from the script's own (see notRecorded). */
export function asRecordFailure(error: unknown): unknown {
    return error instanceof NoormError || error instanceof RecordFailure ? error : new RecordFailure(error);
}

/**
 * What failed, as it is reported: noorm's own row that could not be written once the unit's SQL had
 * run (a RecordFailure) is said as noorm's failure to record in `table`, not as an SQL error of the
 * user's file.
 */
export function notRecorded(error: unknown, table: string): unknown {
    if (!(error instanceof RecordFailure)) return error;
    return new FileError('sql-failed', `The SQL ran, but noorm could not record it in ${table}: ${messageOf(error.cause)}`, {
        hint: `Its transaction was rolled back, so nothing of it stayed. A file that drops or changes ${table} (or another of noorm's tracking tables) causes this: leave them to noorm.`,
        cause: error.cause,
    });
}

/**
 * Records one execution of a file, replacing the previous row of that (file, config) pair, and
 * appends it to the run's history entry: both through `run`, so they commit with the file.
 */
export async function recordFile(
    conn: DialectConnection,
    run: QueryRunner,
    context: { identity: Identity; configName: string; history?: HistoryRun | undefined },
    record: FileRecord,
): Promise<void> {
    const { remove, insert, trailing } = recordStatements(conn);
    const row: Record<(typeof INSERT_COLUMNS)[number], string | number | ServerExpression | null> = {
        filepath: record.filepath,
        checksum: record.checksum,
        size_bytes: record.sizeBytes,
        ...runColumns(context, record.errorMessage),
        status: record.status,
        duration_ms: typeof record.durationMs === 'number' ? Math.round(record.durationMs) : record.durationMs,
    };
    if (!record.first) await run(CompiledQuery.raw(remove.sql, [record.filepath, context.configName]));
    await run(CompiledQuery.raw(insert.sql, [...INSERT_COLUMNS.map((column) => row[column]), ...trailing]));
    if (context.history) {
        await run(
            historyFileQuery(conn, context.history, {
                filepath: record.filepath,
                checksum: record.checksum,
                status: record.status,
                durationMs: record.durationMs,
                errorMessage: row.error_message === null ? undefined : String(row.error_message),
            }),
        );
    }
}
