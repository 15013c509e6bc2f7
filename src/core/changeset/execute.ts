import { msSince } from '../clock.js';
import type { DialectConnection, ScriptSession } from '../dialect/types.js';
import { abortReason, nextTurn } from '../abort.js';
import { ConnectError, NoormError, messageOf } from '../errors.js';
import type { Identity } from '../identity/resolver.js';
import type { HeldLock } from '../lock/lock.js';
import { asFileError } from '../runner/file-error.js';
import type { RunnableFile } from '../runner/plan.js';
import { executeScript } from '../runner/script.js';
import { announceRun } from '../runner/script-notes.js';
import type { CommandContext } from '../context.js';
import { commandRedactor } from '../redact.js';
import { asRecordFailure, mainRunner, notRecorded } from '../tracking/files.js';
import { endHistory, historyFileQuery, startHistory, type HistoryRun } from '../tracking/run-history.js';
import { TABLES } from '../tracking/schema.js';
import { trackingTablesGone } from '../tracking/tables.js';
import type { Direction } from './discover.js';
import { recordChangeset, type ChangesetFileStatus, type ExecutedFile, type VersionRecord } from './history.js';

export interface ChangesetFileResult {
    path: string;
    checksum: string;
    status: ChangesetFileStatus | 'skipped';
    durationMs: number;
    error?: { message: string; line?: number };
}

export interface ChangesetRunResult {
    name: string;
    direction: Direction;
    /** `rolled-back`: applied in a `--single-transaction` run that a later changeset's failure undid. */
    status: 'success' | 'failed' | 'rolled-back';
    /** All files in one transaction (all-or-nothing), or one by one, each recorded as it completes. */
    atomic: boolean;
    files: ChangesetFileResult[];
    durationMs: number;
    error?: NoormError;
}

export interface ApplyOptions {
    identity: Identity;
    lock: HeldLock;
    /**
     * The newest record of this changeset in this direction. When it failed part-way in one-by-one
     * mode, files that succeeded then (unchanged since) are not run again: the run resumes.
     */
    previous: VersionRecord | undefined;
    /** Id of the changeset's newest record in either direction. */
    newestId: number | undefined;
}

/** What a run needs to know of a changeset's history to resume it. */
export type ResumeHistory = Pick<ApplyOptions, 'previous' | 'newestId'>;

/**
 * Resume: in one-by-one mode, the files (path and unchanged checksum) that succeeded in the previous
 * failed attempt stay done, as long as nothing ran since (that attempt is the newest record).
 */
export function resumedFiles(atomic: boolean, history: ResumeHistory, files: ReadonlyArray<{ path: string; checksum: string }>): Set<string> {
    const previous = history.previous;
    if (atomic || previous?.status !== 'failed' || previous.id !== history.newestId) return new Set();
    const succeeded = new Set(previous.files.filter((file) => file.status === 'success').map((file) => `${file.path}\n${file.checksum}`));
    return new Set(files.filter((file) => succeeded.has(`${file.path}\n${file.checksum}`)).map((file) => file.path));
}

/**
 * Runs one changeset in one direction. On databases with transactional DDL all its files and its
 * history row commit together, or nothing does. Otherwise (MySQL, or a changeset marked
 * non-atomic) each file runs on its own and the history row is updated after each, so a failed or
 * interrupted run resumes at the first file that did not succeed.
 */
export async function applyChangeset(
    conn: DialectConnection,
    name: string,
    direction: Direction,
    files: readonly RunnableFile[],
    atomic: boolean,
    context: CommandContext,
    options: ApplyOptions,
): Promise<ChangesetRunResult> {
    const track = { identity: options.identity, configName: context.config.name };
    const started = performance.now();
    context.onEvent?.({ type: 'changeset:start', name, direction, files: files.length, atomic });
    const results: ChangesetFileResult[] = files.map((file) => ({ path: file.source.path, checksum: file.source.checksum, status: 'not-run', durationMs: 0 }));
    const executed = (): ExecutedFile[] => results.map((file) => ({ path: file.path, checksum: file.checksum, status: file.status === 'skipped' ? 'success' : file.status }));

    const history = await startHistory(conn, track, { kind: 'changeset', name, direction });
    const finish = async (status: 'success' | 'failed', error?: NoormError): Promise<ChangesetRunResult> => {
        await recordHistory(conn, history, context, results, error);
        const result: ChangesetRunResult = { name, direction, status, atomic, files: results, durationMs: msSince(started), ...(error ? { error } : {}) };
        context.onEvent?.({ type: 'changeset:done', name, direction, status, durationMs: result.durationMs, ...(error ? { error: error.message } : {}) });
        return result;
    };
    const recordFailure = async (error: NoormError): Promise<NoormError> => {
        // Rolled back, so the database is as before: a success or baseline record of this direction
        // still tells the truth and is kept (the error is reported, not recorded over it).
        if (atomic && (options.previous?.status === 'success' || options.previous?.status === 'baseline')) return error;
        try {
            await recordChangeset(conn, mainRunner(conn), track, {
                name,
                direction,
                status: 'failed',
                errorMessage: commandRedactor(context).redact(error.message),
                files: executed(),
                durationMs: msSince(started),
            });
        } catch (recordError) {
            error.message += ` (and noorm could not record the failure: ${messageOf(recordError)})`;
        }
        return error;
    };

    const done = resumedFiles(atomic, options, results);
    for (const result of results) if (done.has(result.path)) result.status = 'skipped';

    let current = -1;
    const runFile = async (session: ScriptSession, index: number) => {
        current = index;
        const file = files[index]!;
        const result = results[index]!;
        options.lock.assertHeld();
        context.onEvent?.({ type: 'file:start', path: result.path, index: index + 1, count: files.length });
        announceRun(context.onEvent, result.path, file.script);
        const fileStarted = performance.now();
        await executeScript(session, conn.dialect, file.script, { transaction: file.transaction, signal: context.signal });
        result.durationMs = msSince(fileStarted);
        result.status = 'success';
        context.onEvent?.({ type: 'file:done', path: result.path, status: 'success', durationMs: result.durationMs });
    };
    const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
    context.signal?.addEventListener('abort', cancel, { once: true });

    try {
        if (atomic) {
            await conn.withScriptSession({ transaction: true }, async (session) => {
                for (let i = 0; i < files.length; i++) await runFile(session, i);
                await recordChangeset(conn, (query) => session.run(query), track, { name, direction, status: 'success', files: executed(), durationMs: msSince(started) }).catch(
                    (error: unknown) => Promise.reject(asRecordFailure(error)),
                );
            });
            return await finish('success');
        }
        let recorded = false;
        for (let i = 0; i < files.length; i++) {
            if (results[i]!.status === 'skipped') continue;
            await nextTurn();
            if (context.signal?.aborted) throw abortReason(context.signal);
            const last = results.slice(i + 1).every((result) => result.status === 'skipped');
            await conn.withScriptSession({ transaction: files[i]!.transaction }, async (session) => {
                await runFile(session, i);
                // Progress is recorded after every file: a crash leaves a record to resume from.
                await recordChangeset(conn, (query) => session.run(query), track, {
                    name,
                    direction,
                    status: last ? 'success' : 'failed',
                    ...(last ? {} : { errorMessage: `incomplete: stopped after ${results[i]!.path}` }),
                    files: executed(),
                    durationMs: msSince(started),
                });
            });
            recorded = last;
        }
        // Nothing left to run (an empty changeset, or every file done by an earlier attempt).
        if (!recorded) await recordChangeset(conn, mainRunner(conn), track, { name, direction, status: 'success', files: executed(), durationMs: msSince(started) });
        return await finish('success');
    } catch (thrown) {
        const caught = notRecorded(thrown, TABLES.versions);
        if (caught instanceof ConnectError) throw caught;
        const interrupted = context.signal?.aborted ? abortReason(context.signal) : null;
        const failing = current >= 0 && results[current]!.status !== 'success' ? results[current]! : undefined;
        if (failing) failing.status = 'failed';
        if (atomic) for (const result of results) if (result.status === 'success') result.status = 'rolled-back';
        // Nothing can be recorded without the tracking tables: that is what to report.
        const gone = interrupted ? null : await trackingTablesGone(conn, failing?.path ?? name);
        const error =
            interrupted ??
            gone ??
            (failing
                ? asFileError(caught, failing.path, atomic ? undefined : 'The files before it stayed applied; the next run of this changeset resumes at the file that failed.')
                : caught instanceof NoormError
                  ? caught
                  : asFileError(caught, name));
        if (failing) {
            failing.error = error.line === undefined ? { message: error.message } : { message: error.message, line: error.line };
            context.onEvent?.({ type: 'file:done', path: failing.path, status: 'failed', durationMs: failing.durationMs, error: failing.error });
        }
        return await finish('failed', gone ?? (await recordFailure(error)));
    } finally {
        context.signal?.removeEventListener('abort', cancel);
    }
}

/** One changeset of a `--single-transaction` run, prepared (every one atomic). */
export interface QueuedChangeset {
    name: string;
    files: readonly RunnableFile[];
    history: ResumeHistory;
}

/**
 * `change ff --single-transaction`: every changeset's files and history rows in one transaction on
 * one session, committed once at the end. The first failure rolls all of it back: only that
 * changeset's failure is recorded, the ones before it are reported `rolled-back`, and nothing of
 * the run is applied (as `run build --single-transaction`).
 */
export async function applyChangesetsAsOne(
    conn: DialectConnection,
    direction: Direction,
    queue: readonly QueuedChangeset[],
    context: CommandContext,
    options: Pick<ApplyOptions, 'identity' | 'lock'>,
): Promise<{ results: ChangesetRunResult[]; error?: NoormError }> {
    const track = { identity: options.identity, configName: context.config.name };
    const results: ChangesetRunResult[] = [];
    let running: { entry: QueuedChangeset; result: ChangesetRunResult; current: number; started: number; fileStarted: number } | null = null;
    // History entries are written once the one transaction has committed or rolled back: on SQLite
    // another connection cannot write while it is open, and a crash before then applied nothing.
    const closeHistories = async (all: readonly ChangesetRunResult[], error?: NoormError) => {
        for (const result of all) {
            const history = await startHistory(conn, track, { kind: 'changeset', name: result.name, direction });
            await recordHistory(conn, history, context, result.files, result.status === 'success' ? undefined : (result.error ?? error));
        }
    };
    const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
    context.signal?.addEventListener('abort', cancel, { once: true });
    try {
        await conn.withScriptSession({ transaction: true }, async (session) => {
            for (const entry of queue) {
                await nextTurn();
                if (context.signal?.aborted) throw abortReason(context.signal);
                const started = performance.now();
                context.onEvent?.({ type: 'changeset:start', name: entry.name, direction, files: entry.files.length, atomic: true });
                const files: ChangesetFileResult[] = entry.files.map((file) => ({ path: file.source.path, checksum: file.source.checksum, status: 'not-run', durationMs: 0 }));
                const result: ChangesetRunResult = { name: entry.name, direction, status: 'success', atomic: true, files, durationMs: 0 };
                running = { entry, result, current: -1, started, fileStarted: started };
                for (let i = 0; i < entry.files.length; i++) {
                    running.current = i;
                    const file = entry.files[i]!;
                    options.lock.assertHeld();
                    context.onEvent?.({ type: 'file:start', path: file.source.path, index: i + 1, count: entry.files.length });
                    announceRun(context.onEvent, file.source.path, file.script);
                    running.fileStarted = performance.now();
                    await executeScript(session, conn.dialect, file.script, { transaction: true, signal: context.signal });
                    files[i]!.durationMs = msSince(running.fileStarted);
                    files[i]!.status = 'success';
                    context.onEvent?.({ type: 'file:done', path: file.source.path, status: 'success', durationMs: files[i]!.durationMs });
                }
                running.current = -1;
                await recordChangeset(conn, (query) => session.run(query), track, {
                    name: entry.name,
                    direction,
                    status: 'success',
                    files: files.map((file) => ({ path: file.path, checksum: file.checksum, status: 'success' })),
                    durationMs: msSince(started),
                });
                result.durationMs = msSince(started);
                results.push(result);
                running = null;
                // Ran; it commits with the rest.
                context.onEvent?.({ type: 'changeset:done', name: entry.name, direction, status: 'success', durationMs: result.durationMs });
            }
        });
        await closeHistories(results);
        if (context.signal?.aborted) return { results, error: abortReason(context.signal) };
        return { results };
    } catch (caught) {
        if (caught instanceof ConnectError) throw caught;
        const interrupted = context.signal?.aborted ? abortReason(context.signal) : null;
        for (const result of results) {
            result.status = 'rolled-back';
            for (const file of result.files) file.status = 'rolled-back';
        }
        const undone = ` (--single-transaction: the whole run was rolled back${results.length ? `, with ${results.map((result) => result.name).join(', ')} applied before it` : ''}; nothing of it is applied)`;
        const failed = running as { entry: QueuedChangeset; result: ChangesetRunResult; current: number; started: number; fileStarted: number } | null;
        if (!failed) {
            // The COMMIT itself failed (or the signal came between changesets): nothing was applied,
            // and there is no one changeset to blame.
            const error = interrupted ?? (caught instanceof NoormError ? caught : asFileError(caught, queue.at(-1)?.name ?? ''));
            error.message += undone;
            await closeHistories(results, error);
            return { results, error };
        }
        const { entry, result, current, started, fileStarted } = failed;
        const failing = current >= 0 ? result.files[current]! : undefined;
        if (failing) failing.durationMs = msSince(fileStarted);
        for (const file of result.files) if (file.status === 'success') file.status = 'rolled-back';
        if (failing) failing.status = 'failed';
        const error = interrupted ?? (failing ? asFileError(caught, failing.path, undefined) : caught instanceof NoormError ? caught : asFileError(caught, entry.name));
        error.message += undone;
        if (failing) {
            failing.error = error.line === undefined ? { message: error.message } : { message: error.message, line: error.line };
            context.onEvent?.({ type: 'file:done', path: failing.path, status: 'failed', durationMs: failing.durationMs, error: failing.error });
        }
        result.status = 'failed';
        result.durationMs = msSince(started);
        result.error = error;
        // Rolled back, so a success or baseline record of this changeset still tells the truth.
        const previous = entry.history.previous?.status;
        if (previous !== 'success' && previous !== 'baseline') {
            try {
                await recordChangeset(conn, mainRunner(conn), track, {
                    name: entry.name,
                    direction,
                    status: 'failed',
                    errorMessage: commandRedactor(context).redact(error.message),
                    files: result.files.map((file) => ({ path: file.path, checksum: file.checksum, status: file.status === 'skipped' ? 'success' : file.status })),
                    durationMs: result.durationMs,
                });
            } catch (recordError) {
                error.message += ` (and noorm could not record the failure: ${messageOf(recordError)})`;
            }
        }
        context.onEvent?.({ type: 'changeset:done', name: entry.name, direction, status: 'failed', durationMs: result.durationMs, error: error.message });
        await closeHistories([...results, result], error);
        return { results: [...results, result], error };
    } finally {
        context.signal?.removeEventListener('abort', cancel);
    }
}

/** The changeset run's files and its end, appended to its history entry (on the main connection, after the run). */
async function recordHistory(
    conn: DialectConnection,
    history: HistoryRun,
    context: CommandContext,
    results: readonly ChangesetFileResult[],
    error: NoormError | undefined,
): Promise<void> {
    const redactor = commandRedactor(context);
    try {
        for (const file of results) {
            await conn.db.executeQuery(
                historyFileQuery(conn, history, {
                    filepath: file.path,
                    checksum: file.checksum,
                    status: file.status,
                    durationMs: file.durationMs,
                    errorMessage: file.error ? redactor.redact(file.error.message) : undefined,
                }),
            );
        }
    } catch (failure) {
        context.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'history-not-recorded',
            message: `The files of this run could not be written to the history: ${messageOf(failure)}`,
        });
    }
    await endHistory(conn, history, context, error);
}
