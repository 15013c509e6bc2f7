import { statSync } from 'node:fs';
import path from 'node:path';
import { abortReason, nextTurn } from '../abort.js';
import type { ResolvedConfig } from '../config/types.js';
import type { CommandContext } from '../context.js';
import { openConnection } from '../connection.js';
import { loadDialect } from '../dialect/load.js';
import type { Dialect, DialectConnection } from '../dialect/types.js';
import { UsageError, messageOf } from '../errors.js';
import type { EventSink } from '../events.js';
import { resolveIdentity, type Identity } from '../identity/resolver.js';
import { acquireCommandLock, type HeldLock, type HeldRun } from '../lock/lock.js';
import { assertAllowedPath } from '../project/allowed-paths.js';
import { assertAllowed, type GuardedAction } from '../protection.js';
import { readFileStates, type FileState } from '../tracking/files.js';
import { assertRecordable } from '../tracking/limits.js';
import { endHistory, startHistory } from '../tracking/run-history.js';
import type { HistoryKind } from '../tracking/schema.js';
import { ensureTrackingTables, readTrackingVersion } from '../tracking/tables.js';
import { upgradeTrackingTables } from '../tracking/upgrade.js';
import { discoverSqlFiles } from './discover.js';
import { executePlan, skipFile } from './execute.js';
import { planFiles, prepareFiles, type PlannedFile, type RunnableFile } from './plan.js';
import type { TemplateRender } from '../sql/parts.js';
import { templateRenderer } from '../template/renderer-for.js';
import { planNotes } from './script-notes.js';
import { assertSingleTransactionSupported } from './single-transaction.js';
import { loadSource, type SourceFile } from './source.js';
import type { RunOptions, RunResult } from './types.js';

/** `run dir <path>`: like a build, over any folder inside the project. */
export async function runDir(context: CommandContext, dir: string, options: RunOptions = {}): Promise<RunResult> {
    const absolute = path.resolve(dir);
    assertAllowedPath(context.config.paths, absolute);
    return runFiles(context, 'run dir', 'run:dir', discoverSqlFiles(context.config.paths, absolute), options, {
        history: { kind: 'dir', name: projectPath(context.config, absolute) },
    });
}

/** `run file <path>`: one file, tracked like any other. */
export async function runFile(context: CommandContext, file: string, options: RunOptions = {}): Promise<RunResult> {
    const absolute = path.resolve(file);
    assertAllowedPath(context.config.paths, absolute);
    let isFile: boolean;
    try {
        isFile = statSync(absolute).isFile();
    } catch {
        throw new UsageError('missing-file', `The file ${absolute} does not exist`);
    }
    if (!isFile) throw new UsageError('not-a-file', `${absolute} is not a file`, { hint: 'Use `noorm run dir` for folders.' });
    if (!/\.sql(\.eta)?$/i.test(absolute)) {
        throw new UsageError('not-sql', `${absolute} is not a .sql or .sql.eta file`);
    }
    return runFiles(context, 'run file', 'run:file', [absolute], options, { history: { kind: 'file', name: projectPath(context.config, absolute) } });
}

/** A path as history names it: relative to the project root, with forward slashes. */
export function projectPath(config: ResolvedConfig, absolute: string): string {
    return path.relative(config.paths.root, absolute).split(path.sep).join('/') || '.';
}

/** How one run of files is told apart: its history entry, its hint, its work after success, and a lock it runs under. */
export interface RunFilesOptions {
    history: { kind: HistoryKind; name: string };
    /** Adds advice to a failure, given the file's plan (e.g. a changed schema file). */
    hintFor?: (file: PlannedFile) => string | undefined;
    afterSuccess?: AfterSuccess;
    /** Already connected and locked by a command made of several runs (`up`): used, not closed or released. */
    held?: HeldRun;
}

/** Work after a successful run (the build's baseline of changesets), and how to tell it was done already. */
export interface AfterSuccess {
    after(
        conn: DialectConnection,
        config: ResolvedConfig,
        identity: Identity,
        render: TemplateRender,
        state: { fileRows: number },
        onEvent: EventSink | undefined,
    ): Promise<string[]>;
    done(conn: DialectConnection): Promise<boolean>;
}

/**
 * Runs files in order, each new, changed or previously failed one as its own unit, and tracks
 * them: the one way `run build`, `run dir` and `run file` execute.
 */
export async function runFiles(
    context: CommandContext,
    command: string,
    action: GuardedAction,
    absolutePaths: readonly string[],
    options: RunOptions,
    run: RunFilesOptions,
): Promise<RunResult> {
    const { hintFor, afterSuccess, held } = run;
    const { config } = context;
    const dialect = await loadDialect(config.connection.dialect);
    const render = templateRenderer(context, dialect);
    const base = { command, config: config.name, dialect: dialect.name, dryRun: Boolean(options.dryRun) };
    if (options.singleTransaction) {
        assertSingleTransactionSupported(
            dialect,
            'a run',
            'Run without --single-transaction: each file is recorded as it completes, and a re-run resumes at the first file that did not succeed.',
        );
    }

    /** The run itself, once the lock is held: noorm's tables brought up to date, the files, the history. */
    const underLock = async (conn: DialectConnection, identity: Identity, lock: HeldLock, runnable: readonly RunnableFile[]): Promise<RunResult> => {
        await upgradeTrackingTables(conn, context.onEvent);
        const history = await startHistory(conn, { identity, configName: config.name }, run.history);
        try {
            const states = await readFileStates(conn);
            const plan = planFiles(runnable, states, Boolean(options.force));
            context.onEvent?.({ type: 'run:start', command, target: conn.target, total: plan.length, toRun: plan.filter((f) => f.willRun).length, dryRun: false });
            if (!dialect.capabilities.transactionalDdl && plan.some((f) => f.willRun)) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'ddl-autocommit',
                    message: `${dialect.name} commits DDL implicitly: each file's statements apply as they run, and each file is recorded as it completes.`,
                });
            }
            const outcome = await executePlan(conn, plan, context, {
                identity,
                lock,
                history,
                singleTransaction: Boolean(options.singleTransaction),
                ...(hintFor ? { hintFor } : {}),
            });
            const baselined = !outcome.error && afterSuccess ? await afterSuccess.after(conn, config, identity, render, { fileRows: states.size }, context.onEvent) : [];
            if (baselined.length) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'baseline-recorded',
                    message: `first build of this database: recorded ${baselined.length} changeset${baselined.length === 1 ? '' : 's'} as baseline (schema/ already contains them)`,
                });
            }
            await endHistory(conn, history, context, outcome.error);
            return { ...base, ok: !outcome.error, target: conn.target, ...outcome, ...(baselined.length ? { baselined } : {}) };
        } catch (error) {
            await endHistory(conn, history, context, error);
            throw error;
        }
    };

    if (options.dryRun) {
        // Read-only by construction: a read-only connection, no tracking tables, no lock, and the
        // executor is never reached.
        const runnable = await readFiles(config.paths.root, absolutePaths, dialect, render, context.signal);
        // What a real run would refuse, a dry run reports.
        assertRecordable({ configName: config.name, paths: runnable.map((file) => file.source.path) });
        const conn = await openConnection(context, { readOnly: true });
        try {
            const states = (await readTrackingVersion(conn)) === null ? new Map<string, FileState>() : await readFileStates(conn);
            const plan = planFiles(runnable, states, Boolean(options.force));
            context.onEvent?.({ type: 'run:start', command, target: conn.target, total: plan.length, toRun: plan.filter((f) => f.willRun).length, dryRun: true });
            const files = plan.map((file) => {
                const notes = file.willRun ? planNotes(context.onEvent, file.source.path, file.script) : [];
                return {
                    path: file.source.path,
                    status: file.status,
                    checksum: file.source.checksum,
                    durationMs: 0,
                    ...(file.willRun && file.status === 'unchanged' ? { forced: true as const } : {}),
                    ...(file.willRun ? { sql: file.source.sql } : {}),
                    ...(notes.length ? { notes } : {}),
                };
            });
            return { ...base, ok: true, target: conn.target, files, notRun: [] };
        } finally {
            await conn.close();
        }
    }

    await assertAllowed(context, action);
    assertRecordable({ configName: config.name });
    if (held) {
        const runnable = await readFiles(config.paths.root, absolutePaths, dialect, render, context.signal);
        assertRecordable({ paths: runnable.map((file) => file.source.path) });
        const plan = planFiles(runnable, await readFileStates(held.conn), Boolean(options.force));
        if (!plan.some((file) => file.willRun) && (!afterSuccess || (await afterSuccess.done(held.conn)))) {
            context.onEvent?.({ type: 'run:start', command, target: held.conn.target, total: plan.length, toRun: 0, dryRun: false });
            return { ...base, ok: true, target: held.conn.target, files: plan.map((file) => skipFile(file, context)), notRun: [] };
        }
        return underLock(held.conn, held.identity, held.lock, runnable);
    }
    // Every file is read (checked for encoding, templates rendered) before anything is written, so
    // a refused file leaves no trace, not even noorm's tables. Meanwhile the run connects and reads
    // what the database recorded, where connecting creates nothing.
    // Given up when a file cannot be read, so its error is reported at once, not after --wait.
    const giveUp = new AbortController();
    const earlyContext = { ...context, signal: context.signal ? AbortSignal.any([context.signal, giveUp.signal]) : giveUp.signal };
    const early = dialect.capabilities.connectCreatesDatabase ? null : connectAndRead(earlyContext, Boolean(options.force));
    // Awaited below; a failure while the files are still being read must not count as unhandled.
    early?.catch(() => undefined);
    let runnable: RunnableFile[];
    try {
        runnable = await readFiles(config.paths.root, absolutePaths, dialect, render, context.signal);
        assertRecordable({ paths: runnable.map((file) => file.source.path) });
        if (options.singleTransaction) assertNoOptOut(runnable);
    } catch (error) {
        // The file's problem is the one to report.
        giveUp.abort();
        await early?.then(
            (database) => closeQuietly(database.conn, context),
            () => undefined,
        );
        throw error;
    }
    const { conn, tracked, states: recorded, identity: known } = await (early ?? connectAndRead(context, Boolean(options.force)));
    try {
        // Nothing new or changed: report that without writing anything or taking the lock (a
        // rebuild of an up-to-date database costs one query for all the checksums). The lock is
        // only needed to change the database; what committed runs recorded is already final.
        if (recorded) {
            const plan = planFiles(runnable, recorded, false);
            if (!plan.some((file) => file.willRun) && (!afterSuccess || (await afterSuccess.done(conn)))) {
                context.onEvent?.({ type: 'run:start', command, target: conn.target, total: plan.length, toRun: 0, dryRun: false });
                return { ...base, ok: true, target: conn.target, files: plan.map((file) => skipFile(file, context)), notRun: [] };
            }
        }
        conn.openScriptSession?.();
        // Asked only now: a run with nothing to do never starts git.
        const identity = known ?? context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        if (!tracked) await ensureTrackingTables(conn);
        const lock = await acquireCommandLock(conn, context, identity);
        try {
            return await underLock(conn, identity, lock, runnable);
        } finally {
            await releaseQuietly(lock.release(), context);
        }
    } finally {
        await closeQuietly(conn, context);
    }
}

/** Under --single-transaction every file runs inside the one transaction: a file that must not is refused before anything runs. */
function assertNoOptOut(runnable: readonly RunnableFile[]): void {
    const optOut = runnable.filter((file) => file.source.noTransaction).map((file) => file.source.path);
    if (!optOut.length) return;
    throw new UsageError(
        'single-transaction-opt-out',
        `--single-transaction runs every file in one transaction, but ${optOut.join(', ')} ${optOut.length === 1 ? 'asks' : 'ask'} to run outside one (-- noorm:no-transaction)`,
        {
            file: optOut[0],
            hint: 'Run without --single-transaction, or run those files on their own first (noorm run file).',
        },
    );
}

/** Reads and renders every file, then lets the dialect read each one (see prepareFiles). */
async function readFiles(root: string, absolutePaths: readonly string[], dialect: Dialect, render: TemplateRender, signal: AbortSignal | undefined): Promise<RunnableFile[]> {
    const sources: SourceFile[] = [];
    for (const file of absolutePaths) {
        sources.push(await loadSource(root, file, render));
        await nextTurn();
        if (signal?.aborted) throw abortReason(signal);
    }
    return prepareFiles(dialect, sources);
}

/** The connection, and what the database recorded (its file states when they can make the run a no-op). */
interface RecordedState {
    conn: DialectConnection;
    tracked: boolean;
    /** A tracked database's file states, unless --force runs everything anyway. */
    states?: Map<string, FileState>;
    /** Who runs this, when it was clear early that the run will change the database. */
    identity?: Identity;
}

/**
 * Connects and reads the tracking state; writes nothing. On a database noorm has not tracked yet,
 * where every file will run, it also asks who runs this and starts opening the session scripts
 * run on, where the dialect can open it early (not MySQL, whose script session holds a named lock
 * of its own).
 */
async function connectAndRead(context: CommandContext, force: boolean): Promise<RecordedState> {
    const conn = await openConnection(context);
    try {
        const tracked = (await readTrackingVersion(conn)) !== null;
        if (tracked) return force ? { conn, tracked } : { conn, tracked, states: await readFileStates(conn) };
        // Untracked: every file will run.
        conn.openScriptSession?.();
        return { conn, tracked, identity: context.identity ?? (await resolveIdentity(context.config)) };
    } catch (error) {
        await closeQuietly(conn, context);
        throw error;
    }
}

async function releaseQuietly(release: Promise<void>, context: CommandContext): Promise<void> {
    try {
        await release;
    } catch (error) {
        context.onEvent?.({ type: 'note', level: 'warn', code: 'lock-release-failed', message: `Could not release the lock: ${messageOf(error)}` });
    }
}

async function closeQuietly(conn: DialectConnection, context: CommandContext): Promise<void> {
    try {
        await conn.close();
    } catch (error) {
        context.onEvent?.({ type: 'note', level: 'warn', code: 'close-failed', message: `Could not close the connection: ${messageOf(error)}` });
    }
}
