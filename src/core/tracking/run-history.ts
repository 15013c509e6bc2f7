import { randomUUID } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import type { CommandContext } from '../context.js';
import type { DialectConnection, ServerExpression } from '../dialect/types.js';
import { messageOf } from '../errors.js';
import { commandRedactor } from '../redact.js';
import { formatIdentity, type Identity } from '../identity/resolver.js';
import { TABLES, type HistoryKind, type HistoryStatus } from './schema.js';

/** Longest error text kept in the history; the full text is in the command's output. */
const MAX_ERROR_LENGTH = 8000;

/** A run being written to the history: its key joins the entry to its files. */
export interface HistoryRun {
    key: string;
    started: number;
}

export interface HistoryStart {
    kind: HistoryKind;
    name: string;
    direction?: 'change' | 'revert' | null;
    /** `change rebase --reason`. */
    reason?: string | null;
    status?: HistoryStatus;
}

/** Who runs it and under which config, as every tracking row records. */
export interface HistoryContext {
    identity: Identity;
    configName: string;
}

/**
 * Opens a history entry (`running`) before the run changes anything, on the main connection, so
 * it is there even when the run crashes: a run whose end never came stays `running`.
 */
export async function startHistory(conn: DialectConnection, context: HistoryContext, start: HistoryStart): Promise<HistoryRun> {
    const run = { key: randomUUID(), started: performance.now() };
    const now = conn.dialect.tracking.now();
    await conn.db
        .withSchema(conn.trackingSchema)
        .insertInto(TABLES.history)
        .values({
            run_key: run.key,
            kind: start.kind,
            name: start.name,
            direction: start.direction ?? null,
            status: start.status ?? 'running',
            executed_by: formatIdentity(context.identity),
            identity_source: context.identity.source,
            config_name: context.configName,
            started_at: now,
            finished_at: start.status && start.status !== 'running' ? now : null,
            duration_ms: start.status && start.status !== 'running' ? 0 : null,
            error_message: null,
            reason: start.reason ?? null,
        })
        .execute();
    return run;
}

/**
 * A history entry for something recorded without running (a baseline, an accepted edit): written
 * finished, with its files, on the main connection.
 */
export async function appendHistory(
    conn: DialectConnection,
    context: HistoryContext,
    start: HistoryStart & { status: HistoryStatus },
    files: readonly HistoryFileWrite[],
): Promise<void> {
    const run = await startHistory(conn, context, start);
    for (const file of files) await conn.db.executeQuery(historyFileQuery(conn, run, file));
}

/** Closes a history entry with how it ended. */
export async function finishHistory(conn: DialectConnection, run: HistoryRun, end: { status: HistoryStatus; errorMessage?: string | undefined }): Promise<void> {
    await conn.db
        .withSchema(conn.trackingSchema)
        .updateTable(TABLES.history)
        .set({
            status: end.status,
            finished_at: conn.dialect.tracking.now(),
            duration_ms: Math.round(performance.now() - run.started),
            error_message: end.errorMessage === undefined ? null : end.errorMessage.slice(0, MAX_ERROR_LENGTH),
        })
        .where('run_key', '=', run.key)
        .execute();
}

/**
 * Ends a run's history entry: `failed` with the (redacted) error, else `success`. A history that
 * cannot be written is a warning: the run's own tracking rows are what later runs go by.
 */
export async function endHistory(conn: DialectConnection, run: HistoryRun, context: CommandContext, error: unknown, success: HistoryStatus = 'success'): Promise<void> {
    try {
        await finishHistory(
            conn,
            run,
            error === undefined || error === null ? { status: success } : { status: 'failed', errorMessage: commandRedactor(context).redact(messageOf(error)) },
        );
    } catch (failure) {
        context.onEvent?.({ type: 'note', level: 'warn', code: 'history-not-recorded', message: `The end of this run could not be written to the history: ${messageOf(failure)}` });
    }
}

export interface HistoryFileWrite {
    filepath: string;
    checksum: string;
    status: string;
    /** Milliseconds, or what the server measures when the file goes with its rows (ScriptSession.recordedDuration). */
    durationMs: number | ServerExpression;
    errorMessage?: string | undefined;
}

const FILE_COLUMNS = ['run_key', 'filepath', 'checksum', 'status', 'duration_ms', 'error_message'] as const;
const compiledFileInsert = new WeakMap<DialectConnection, { sql: string; trailing: readonly unknown[] }>();

/**
 * The statement appending one file of a run to the history, compiled once per connection (a build
 * may write thousands); it goes through the same runner as the file's tracking row, so it commits
 * with the file's transaction.
 */
export function historyFileQuery(conn: DialectConnection, run: HistoryRun, file: HistoryFileWrite): CompiledQuery {
    let statement = compiledFileInsert.get(conn);
    if (!statement) {
        const placeholders = Object.fromEntries(FILE_COLUMNS.map((column) => [column, column]));
        const compiled = conn.db
            .withSchema(conn.trackingSchema)
            .insertInto(TABLES.historyFiles)
            // The time last: its own parameters (SQLite's format) follow the columns'.
            .values({ ...placeholders, executed_at: conn.dialect.tracking.now() } as never)
            .compile();
        statement = { sql: compiled.sql, trailing: compiled.parameters.slice(FILE_COLUMNS.length) };
        compiledFileInsert.set(conn, statement);
    }
    const row: Record<(typeof FILE_COLUMNS)[number], string | number | ServerExpression | null> = {
        run_key: run.key,
        filepath: file.filepath,
        checksum: file.checksum,
        status: file.status,
        duration_ms: typeof file.durationMs === 'number' ? Math.round(file.durationMs) : file.durationMs,
        error_message: file.errorMessage === undefined ? null : file.errorMessage.slice(0, MAX_ERROR_LENGTH),
    };
    return CompiledQuery.raw(statement.sql, [...FILE_COLUMNS.map((column) => row[column]), ...statement.trailing]);
}
