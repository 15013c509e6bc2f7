import { msSince } from '../clock.js';
import type { DialectConnection } from '../dialect/types.js';
import { abortReason, nextTurn } from '../abort.js';
import { ConnectError, type NoormError, messageOf } from '../errors.js';
import type { Identity } from '../identity/resolver.js';
import type { HeldLock } from '../lock/lock.js';
import { commandRedactor } from '../redact.js';
import { asRecordFailure, mainRunner, notRecorded, recordFile } from '../tracking/files.js';
import type { HistoryRun } from '../tracking/run-history.js';
import { TABLES } from '../tracking/schema.js';
import { trackingTablesGone } from '../tracking/tables.js';
import { asFileError } from './file-error.js';
import { executeScript } from './script.js';
import { announceRun } from './script-notes.js';
import { failedDigest } from './source.js';
import type { PlannedFile } from './plan.js';
import type { FileResult } from './types.js';
import type { CommandContext } from '../context.js';

export interface ExecuteOutcome {
    files: FileResult[];
    notRun: string[];
    error?: NoormError;
}

export interface ExecuteOptions {
    identity: Identity;
    lock: HeldLock;
    /** Adds advice to a failure, given the file's plan (e.g. a changed schema file). */
    hintFor?: (file: PlannedFile) => string | undefined;
    /** The run's history entry, which each file is appended to as it is recorded. */
    history?: HistoryRun;
    /** All files and their rows in one transaction (`--single-transaction`): see executeAsOne. */
    singleTransaction?: boolean;
}

/**
 * Runs planned files in order, each as one unit: in its own transaction where the dialect has
 * transactional DDL (the tracking row commits with the script), unless the file opts out. The first
 * failure is recorded as `failed` and stops the run; later files are reported as not run.
 */
export async function executePlan(conn: DialectConnection, plan: readonly PlannedFile[], context: CommandContext, options: ExecuteOptions): Promise<ExecuteOutcome> {
    if (options.singleTransaction) return executeAsOne(conn, plan, context, options);
    const files: FileResult[] = [];
    const due = plan.filter((file) => file.willRun);
    const track = { identity: options.identity, configName: context.config.name, history: options.history };
    let index = 0;

    for (let i = 0; i < plan.length; i++) {
        const file = plan[i]!;
        const { source } = file;
        if (!file.willRun) {
            files.push(skipFile(file, context));
            continue;
        }
        await nextTurn();
        if (context.signal?.aborted) {
            return { files, notRun: remaining(plan, i), error: abortReason(context.signal) };
        }
        options.lock.assertHeld();

        index++;
        context.onEvent?.({ type: 'file:start', path: source.path, index, count: due.length });
        announceRun(context.onEvent, source.path, file.script);
        const started = performance.now();
        // A signal during the file cancels its statement, so the unit rolls back now.
        const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
        context.signal?.addEventListener('abort', cancel, { once: true });
        try {
            await conn.withScriptSession({ transaction: file.transaction, oneFile: true }, async (session) => {
                await executeScript(session, conn.dialect, file.script, { transaction: file.transaction, signal: context.signal });
                // Inside a transaction the row commits with the script; without one the dialect
                // writes it on a clean session once the file is done.
                const recorded = recordFile(conn, (query) => session.run(query), track, {
                    filepath: source.path,
                    checksum: source.checksum,
                    sizeBytes: source.sizeBytes,
                    status: 'success',
                    durationMs: session.recordedDuration?.() ?? msSince(started),
                    first: file.previous === undefined,
                });
                await (file.transaction ? recorded.catch((error: unknown) => Promise.reject(asRecordFailure(error))) : recorded);
            });
        } catch (thrown) {
            const caught = notRecorded(thrown, TABLES.files);
            // The file never reached the database: nothing to record, and it is exit 5, not 1.
            if (caught instanceof ConnectError) throw caught;
            const { result, error } = await recordFailure(conn, file, caught, msSince(started), context, options);
            files.push(result);
            return { files, notRun: remaining(plan, i + 1), error };
        } finally {
            context.signal?.removeEventListener('abort', cancel);
        }
        const durationMs = msSince(started);
        files.push({ path: source.path, status: 'success', checksum: source.checksum, durationMs });
        context.onEvent?.({ type: 'file:done', path: source.path, status: 'success', durationMs });
    }
    // A signal during the last file: its work is done and recorded, but the run was interrupted.
    if (context.signal?.aborted) return { files, notRun: [], error: abortReason(context.signal) };
    return { files, notRun: [] };
}

/**
 * `--single-transaction`: the files that run share one session and one transaction, their rows
 * commit with them, once, at the end; the first failure rolls all of it back, so nothing of the
 * run is applied and only the failure is recorded (as psql -1, Flyway's group, Atlas's tx-mode all).
 */
async function executeAsOne(conn: DialectConnection, plan: readonly PlannedFile[], context: CommandContext, options: ExecuteOptions): Promise<ExecuteOutcome> {
    const files: FileResult[] = [];
    const due = plan.filter((file) => file.willRun);
    const track = { identity: options.identity, configName: context.config.name, history: options.history };
    let running: { file: PlannedFile; started: number; i: number } | null = null;
    const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
    context.signal?.addEventListener('abort', cancel, { once: true });
    try {
        await conn.withScriptSession({ transaction: true }, async (session) => {
            let index = 0;
            for (let i = 0; i < plan.length; i++) {
                const file = plan[i]!;
                if (!file.willRun) {
                    files.push(skipFile(file, context));
                    continue;
                }
                await nextTurn();
                if (context.signal?.aborted) throw abortReason(context.signal);
                options.lock.assertHeld();
                index++;
                context.onEvent?.({ type: 'file:start', path: file.source.path, index, count: due.length });
                announceRun(context.onEvent, file.source.path, file.script);
                running = { file, started: performance.now(), i };
                await executeScript(session, conn.dialect, file.script, { transaction: true, signal: context.signal });
                const durationMs = msSince(running.started);
                await recordFile(conn, (query) => session.run(query), track, {
                    filepath: file.source.path,
                    checksum: file.source.checksum,
                    sizeBytes: file.source.sizeBytes,
                    status: 'success',
                    durationMs,
                    first: file.previous === undefined,
                }).catch((error: unknown) => Promise.reject(asRecordFailure(error)));
                files.push({ path: file.source.path, status: 'success', checksum: file.source.checksum, durationMs });
                // Ran; it commits with the rest. A signal before the next file blames no file.
                running = null;
                context.onEvent?.({ type: 'file:done', path: file.source.path, status: 'success', durationMs });
            }
        });
    } catch (thrown) {
        const caught = notRecorded(thrown, TABLES.files);
        if (caught instanceof ConnectError) throw caught;
        // Rolled back: what ran before the failure is not applied, so it is not reported as run.
        const ran = files.filter((result) => result.status === 'success').map((result) => result.path);
        const kept = files.filter((result) => result.status !== 'success');
        const rolledBack = ` (--single-transaction: the whole run was rolled back${ran.length ? `, with the ${ran.length} file${ran.length === 1 ? '' : 's'} that ran before it` : ''}; nothing of it is applied)`;
        const failed = running as { file: PlannedFile; started: number; i: number } | null;
        if (!failed) {
            // The COMMIT itself failed (or the signal came between files): nothing was applied.
            const error = context.signal?.aborted ? abortReason(context.signal) : asFileError(caught, due.at(-1)?.source.path ?? '', undefined);
            error.message += rolledBack;
            return { files: kept, notRun: due.map((file) => file.source.path), error };
        }
        const { result, error } = await recordFailure(conn, failed.file, caught, msSince(failed.started), context, options, rolledBack);
        return { files: [...kept, result], notRun: [...ran, ...remaining(plan, failed.i + 1)], error };
    } finally {
        context.signal?.removeEventListener('abort', cancel);
    }
    if (context.signal?.aborted) return { files, notRun: [], error: abortReason(context.signal) };
    return { files, notRun: [] };
}

/** Records a file's failure (after its unit rolled back) and builds what the run reports of it. */
async function recordFailure(
    conn: DialectConnection,
    file: PlannedFile,
    caught: unknown,
    durationMs: number,
    context: CommandContext,
    options: ExecuteOptions,
    /** Appended to the error's message: what else the failure undid. */
    undone = '',
): Promise<{ result: FileResult; error: NoormError }> {
    const { source } = file;
    const transaction = file.transaction || Boolean(options.singleTransaction);
    const interrupted = context.signal?.aborted ? abortReason(context.signal) : null;
    // Nothing can be recorded without the tracking tables: that is what to report.
    const gone = interrupted ? null : await trackingTablesGone(conn, source.path);
    if (gone) {
        gone.message += undone;
        const failure = { message: gone.message };
        context.onEvent?.({ type: 'file:done', path: source.path, status: 'failed', durationMs, error: failure });
        return { result: { path: source.path, status: 'failed', checksum: failedDigest(source).checksum, durationMs, error: failure }, error: gone };
    }
    const partial = transaction
        ? undefined
        : 'This file ran outside a transaction, so the statements before the failing one stayed applied: make the file safe to run again (IF NOT EXISTS, DROP … IF EXISTS) or undo them before the next run.';
    const error = interrupted
        ? asFileError(new Error(`${interrupted.message} while this file ran${transaction ? '; its transaction was rolled back' : ''}`), source.path, partial)
        : asFileError(caught, source.path, [options.hintFor?.(file), partial].filter(Boolean).join(' ') || undefined);
    error.message += undone;
    const digest = failedDigest(source);
    try {
        await recordFile(
            conn,
            mainRunner(conn),
            { identity: options.identity, configName: context.config.name, history: options.history },
            {
                filepath: source.path,
                ...digest,
                status: 'failed',
                // The database's message may quote a secret the file used.
                errorMessage: commandRedactor(context).redact(error.message),
                durationMs,
            },
        );
    } catch (recordError) {
        error.message += ` (and noorm could not record the failure: ${messageOf(recordError)})`;
    }
    const failure = error.line === undefined ? { message: error.message } : { message: error.message, line: error.line };
    context.onEvent?.({ type: 'file:done', path: source.path, status: 'failed', durationMs, error: failure });
    return { result: { path: source.path, status: 'failed', checksum: digest.checksum, durationMs, error: failure }, error: interrupted ?? error };
}

/** An unchanged file: reported, not run. */
export function skipFile(file: PlannedFile, context: CommandContext): FileResult {
    context.onEvent?.({ type: 'file:skip', path: file.source.path, reason: 'unchanged' });
    return { path: file.source.path, status: 'skipped', checksum: file.source.checksum, durationMs: 0 };
}

function remaining(plan: readonly PlannedFile[], from: number): string[] {
    return plan
        .slice(from)
        .filter((file) => file.willRun)
        .map((file) => file.source.path);
}
