import path from 'node:path';
import { runBuild } from '../build/run-build.js';
import { changeList } from '../changeset/commands.js';
import type { ChangesetInfo } from '../changeset/status.js';
import type { DialectName } from '../config/types.js';
import { openConnection } from '../connection.js';
import type { CommandContext } from '../context.js';
import { NotUpToDateError, type NoormError } from '../errors.js';
import type { EventSink } from '../events.js';
import { readHistory, type HistoryEntry } from '../history/history.js';
import { lockStatus } from '../lock/commands.js';
import type { LockHolder } from '../lock/lock.js';
import { readFileStates } from '../tracking/files.js';
import { readTrackingVersion } from '../tracking/tables.js';

/** Where the selected config's database stands. */
export interface StatusResult {
    ok: boolean;
    command: 'status';
    config: string;
    dialect: DialectName;
    target: string;
    /** The version of noorm's tracking tables there; null when noorm never ran there. */
    trackingVersion: number | null;
    /** Schema files (project paths): as `run build` would see them now. */
    schema: {
        new: string[];
        changed: string[];
        unchanged: string[];
        /** Failed on their last run (they run again on the next build). */
        failed: string[];
        /** Recorded as run, gone from the schema folder since. */
        missingOnDisk: string[];
    };
    /** Changesets by name. Reverted ones count as pending: `change ff` applies them. */
    changesets: {
        applied: string[];
        pending: string[];
        stale: string[];
        orphaned: string[];
        failed: string[];
    };
    lock: { held: boolean; holder: LockHolder | null };
    /** The newest run in the history (a build's baselined changesets are part of that build). */
    lastRun: HistoryEntry | null;
    /** Nothing pending, new, changed, failed or stale. */
    upToDate: boolean;
    /** With `exitCode`, when not up to date: exit 6. */
    error?: NoormError;
}

/**
 * `status`: one view of the selected config's database: schema files, changesets, the lock, the
 * last run. Read-only by construction: it is made of read-only verbs (a dry-run build, `change
 * list`, `lock status`, `history`), none of which creates tracking tables or takes the lock.
 * With `exitCode`, a database that is not up to date fails with exit 6 (CI gates on it).
 */
export async function status(context: CommandContext, options: { exitCode?: boolean } = {}): Promise<StatusResult> {
    // The parts report their own progress; only warnings are passed on.
    const quiet: CommandContext = { ...context, onEvent: warningsOnly(context.onEvent) };
    const build = await runBuild(quiet, { dryRun: true });
    const list = await changeList(quiet);
    const lock = await lockStatus(quiet);
    const history = await readHistory(quiet, { limit: 1, runsOnly: true });
    const { version, recorded } = await trackingState(quiet);

    const files = (wanted: string) => build.files.filter((file) => file.status === wanted).map((file) => file.path);
    const onDisk = new Set(build.files.map((file) => file.path));
    const schemaFolder = path.relative(context.config.paths.root, context.config.paths.schema).split(path.sep).join('/');
    const schema = {
        new: files('new'),
        changed: files('changed'),
        unchanged: files('unchanged'),
        failed: files('failed'),
        missingOnDisk: recorded.filter((file) => (schemaFolder === '' || file.startsWith(`${schemaFolder}/`)) && !onDisk.has(file)),
    };
    const named = (test: (info: ChangesetInfo) => boolean) => list.changesets.filter(test).map((info) => info.name);
    const changesets = {
        applied: named((info) => info.status === 'applied' || info.status === 'baseline'),
        pending: named((info) => info.status === 'pending' || info.status === 'reverted'),
        stale: named((info) => info.status === 'stale'),
        orphaned: named((info) => info.status === 'orphaned'),
        failed: named((info) => info.status === 'failed'),
    };
    const behind = [
        schema.new.length && `${schema.new.length} new schema file${schema.new.length === 1 ? '' : 's'}`,
        schema.changed.length && `${schema.changed.length} changed schema file${schema.changed.length === 1 ? '' : 's'}`,
        schema.failed.length && `${schema.failed.length} failed schema file${schema.failed.length === 1 ? '' : 's'}`,
        changesets.pending.length && `${changesets.pending.length} pending changeset${changesets.pending.length === 1 ? '' : 's'}`,
        changesets.stale.length && `${changesets.stale.length} stale changeset${changesets.stale.length === 1 ? '' : 's'} (${changesets.stale.join(', ')})`,
        changesets.failed.length && `${changesets.failed.length} failed changeset${changesets.failed.length === 1 ? '' : 's'}`,
    ].filter((part): part is string => Boolean(part));
    const upToDate = behind.length === 0;
    const error =
        options.exitCode && !upToDate
            ? new NotUpToDateError('not-up-to-date', `${context.config.name} is not up to date: ${behind.join(', ')}`, {
                  hint: 'Run `noorm up` (or `noorm run build` and `noorm change ff`) to bring it up to date; a stale changeset is re-applied with `noorm change run <name> --force` or accepted with `noorm change rebase <name>`.',
              })
            : undefined;
    return {
        ok: !error,
        command: 'status',
        config: context.config.name,
        dialect: build.dialect,
        target: build.target,
        trackingVersion: version,
        schema,
        changesets,
        lock: { held: lock.held, holder: lock.holder },
        lastRun: history.entries[0] ?? null,
        upToDate,
        ...(error ? { error } : {}),
    };
}

function warningsOnly(sink: EventSink | undefined): EventSink | undefined {
    if (!sink) return undefined;
    return (event) => {
        if (event.type === 'note' && event.level === 'warn') sink(event);
    };
}

/** The tracking tables' version and the files they recorded (any config), read-only. */
async function trackingState(context: CommandContext): Promise<{ version: number | null; recorded: string[] }> {
    const conn = await openConnection(context, { readOnly: true });
    try {
        const version = await readTrackingVersion(conn);
        return { version, recorded: version === null ? [] : [...(await readFileStates(conn)).keys()] };
    } finally {
        await conn.close();
    }
}
