import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DialectName, ResolvedConfig } from '../config/types.js';
import { openConnection } from '../connection.js';
import { loadDialect } from '../dialect/load.js';
import { describeTarget } from '../dialect/registry.js';
import type { DialectConnection, PreparedScript } from '../dialect/types.js';
import { isTruthy } from '../config/env.js';
import { NotUpToDateError, UsageError, messageOf, type NoormError } from '../errors.js';
import { resolveIdentity } from '../identity/resolver.js';
import { acquireCommandLock, type HeldRun } from '../lock/lock.js';
import { assertAllowed, type GuardedAction } from '../protection.js';
import { prepareFiles, type RunnableFile } from '../runner/plan.js';
import { planNotes } from '../runner/script-notes.js';
import { assertSingleTransactionSupported } from '../runner/single-transaction.js';
import { toTrackedPath } from '../project/root.js';
import { GeneratedSource, loadSource, type SourceFile } from '../runner/source.js';
import { type TemplateRender } from '../sql/parts.js';
import { templateRenderer } from '../template/renderer-for.js';
import type { CommandContext } from '../context.js';
import { assertRecordable } from '../tracking/limits.js';
import { ensureTrackingTables, readTrackingVersion } from '../tracking/tables.js';
import { upgradeTrackingTables } from '../tracking/upgrade.js';
import { NON_ATOMIC_MARKER, findChangeset, listChangesets, type Changeset, type Direction } from './discover.js';
import { ambiguousOrder, changesetStamp, compareChangesetNames, newChangesetName, slugOf } from './naming.js';
import { applyChangeset, applyChangesetsAsOne, resumedFiles, type ChangesetRunResult, type ResumeHistory } from './execute.js';
import { readChangesetHistory, type ExecutedFile } from './history.js';
import { appliedNames, changesetInfos, isDue, staleChangesets, type ChangesetInfo, type History, type StaleChangeset } from './status.js';

export interface ChangeListResult {
    ok: true;
    command: 'change list';
    config: string;
    dialect: DialectName;
    target: string;
    /** In the order `change ff` applies them; orphaned ones (folder gone) last. */
    changesets: ChangesetInfo[];
    /** The changesets `change ff` would apply, in that order. */
    due: string[];
}

/** `change run|revert|next|ff`. */
export interface ChangeRunResult {
    ok: boolean;
    command: 'change run' | 'change revert' | 'change next' | 'change ff';
    config: string;
    dialect: DialectName;
    target: string;
    dryRun: boolean;
    changesets: Array<ChangesetRunResult | PlannedChangeset>;
    /** `ff`, `next`, `run --all`: applied changesets whose files were edited since they ran. */
    stale?: StaleChangeset[];
    /** Why nothing ran, when nothing did (`change ff` with nothing pending, an applied changeset). */
    message?: string;
    error?: NoormError;
}

/** A changeset a dry run would run, with the SQL of its files. */
export interface PlannedChangeset {
    name: string;
    direction: Direction;
    status: 'planned';
    atomic: boolean;
    /** `skipped`: done by the previous attempt, which this run resumes after. */
    files: Array<{ path: string; checksum: string; status: 'planned'; sql: string; notes?: string[] } | { path: string; checksum: string; status: 'skipped' }>;
}

/** `change list`: every changeset with its status on the current database (read-only). */
export async function changeList(context: CommandContext): Promise<ChangeListResult> {
    const { config } = context;
    const changesets = listChangesets(config.paths, config.paths.changesets);
    const conn = await openConnection(context, { readOnly: true });
    try {
        const history: History = (await readTrackingVersion(conn)) === null ? new Map() : await readChangesetHistory(conn);
        const infos = await infosOf(context, conn, changesets, history, true);
        warnAmbiguousOrder(context, changesets);
        const due = infos.filter((info) => info.status !== 'orphaned' && isDue(info)).map((info) => info.name);
        return { ok: true, command: 'change list', config: config.name, dialect: conn.dialect.name, target: conn.target, changesets: infos, due };
    } finally {
        await conn.close();
    }
}

/** Changesets whose relative order their names cannot tell, as a warning each group. */
function warnAmbiguousOrder(context: CommandContext, changesets: readonly Changeset[], concerning?: readonly Changeset[]): void {
    for (const group of ambiguousOrder(changesets.map((changeset) => changeset.name))) {
        if (concerning && !concerning.some((changeset) => group.includes(changeset.name))) continue;
        context.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'order-ambiguous',
            changeset: group[0]!,
            message: `${group.join(', ')} carry the same ${changesetStamp(group[0]!)!.time === null ? 'date and no time' : 'date and time'}, so their names cannot tell which was made first; they apply in this (name) order. Rename a folder to put them in the order they must run (before any is applied).`,
        });
    }
}

export interface ChangeOptions {
    dryRun?: boolean;
    /** `change run`: run an applied changeset again. */
    force?: boolean;
    /**
     * `ff`, `next`, `run --all`: go on (with a warning) although an applied changeset was edited
     * since it ran. Unset: the environment's NOORM_ALLOW_STALE decides.
     */
    allowStale?: boolean;
    /** Record a changeset whose files hold no statement as applied. Unset: NOORM_ALLOW_EMPTY decides. */
    allowEmpty?: boolean;
}

export interface FfOptions extends ChangeOptions {
    /** Every pending changeset and its history row in one transaction on one session: all or nothing. */
    singleTransaction?: boolean;
}

/** A switch given to the verb, else its environment twin. */
function allowed(option: boolean | undefined, context: CommandContext, variable: 'NOORM_ALLOW_STALE' | 'NOORM_ALLOW_EMPTY'): boolean {
    return option ?? isTruthy(context.env?.[variable]);
}

function describeStale(changeset: StaleChangeset): string {
    return `${changeset.name} was applied, and since then ${changeset.files.map((file) => `${file.path} ${file.change === 'changed' ? 'was edited' : file.change === 'added' ? 'was added' : 'was removed'}`).join(', ')}`;
}

function staleRefusal(command: string, stale: readonly StaleChangeset[]): NoormError {
    const first = stale[0]!;
    return new NotUpToDateError(
        'stale-changesets',
        `${command} refused: ${stale.length === 1 ? 'an applied changeset was' : `${stale.length} applied changesets were`} edited since ${stale.length === 1 ? 'it' : 'they'} ran: ${stale.map(describeStale).join('; ')}`,
        {
            ...(first.files[0] ? { file: first.files[0].path } : {}),
            hint: `The database does not have those edits. Undo the edit and put the change in a new changeset (noorm change add), or re-apply it with \`noorm change run ${first.name} --force\`; --allow-stale (NOORM_ALLOW_STALE=1) goes on with a warning.`,
        },
    );
}

/**
 * `change run <name>`: one changeset (a no-op when already applied, unless `force`). With `all`
 * and no name, every pending changeset, as `change ff`.
 */
export function changeRun(context: CommandContext, name: string | undefined, options: ChangeOptions & { all?: boolean } = {}): Promise<ChangeRunResult> {
    if (options.all)
        return runChangesets(context, 'change run', 'change:run', 'change', options, (changesets, infos) => dueChangesets(context, changesets, infos, Infinity), { stale: true });
    if (!name) throw new UsageError('missing-name', 'change run needs a changeset name, or --all', { hint: 'noorm change list shows them.' });
    return runChangesets(context, 'change run', 'change:run', 'change', options, (changesets, infos) => {
        const changeset = findChangeset(changesets, name);
        const info = infos.get(changeset.name)!;
        if (!options.force && (info.status === 'applied' || info.status === 'baseline' || info.status === 'stale')) {
            return {
                targets: [],
                message: `${changeset.name} is already ${info.status === 'stale' ? 'applied (its files changed since: stale)' : info.status}; --force runs it again`,
            };
        }
        if (!options.force && info.status === 'failed' && info.direction === 'revert') {
            throw new UsageError('revert-incomplete', `${changeset.name} was part-way reverted when its revert failed`, {
                hint: 'Finish the revert (fix it and run `noorm change revert` again), or pass --force to run its change files anyway.',
            });
        }
        return { targets: [changeset] };
    });
}

/** `change revert <name>`: runs its revert/ files; refused when it was never applied. */
export function changeRevert(context: CommandContext, name: string, options: ChangeOptions = {}): Promise<ChangeRunResult> {
    return runChangesets(context, 'change revert', 'change:revert', 'revert', options, (changesets, infos) => {
        const changeset = findChangeset(changesets, name);
        const info = infos.get(changeset.name)!;
        const revertable = info.status === 'applied' || info.status === 'baseline' || info.status === 'stale' || (info.status === 'failed' && info.direction === 'revert');
        if (!revertable) {
            throw new UsageError('not-applied', `${changeset.name} is ${info.status === 'failed' ? 'failed (not applied)' : info.status}, so there is nothing to revert`, {
                hint:
                    info.status === 'failed'
                        ? 'Fix and run it with `noorm change run`, or undo its partial effects by hand.'
                        : 'Only applied or baseline changesets can be reverted.',
            });
        }
        if (!changeset.revert.length)
            throw new UsageError('no-revert-files', `${changeset.name} has no files in revert/`, { hint: `Add the SQL that undoes it to ${path.join(changeset.dir, 'revert')}.` });
        return { targets: [changeset] };
    });
}

/** `change next [n]`: the next n due changesets in name order. */
export function changeNext(context: CommandContext, count: number, options: ChangeOptions = {}): Promise<ChangeRunResult> {
    if (!Number.isInteger(count) || count < 1) throw new UsageError('bad-option', `change next takes a whole number of changesets, got ${count}`);
    return runChangesets(context, 'change next', 'change:run', 'change', options, (changesets, infos) => dueChangesets(context, changesets, infos, count), { stale: true });
}

/** `change ff`: every due changeset, in name order. */
export function changeFf(context: CommandContext, options: FfOptions = {}): Promise<ChangeRunResult> {
    return ffWith(context, options);
}

/** `change ff`, under a lock a larger command (`up`) already holds when `held` is given. */
export function ffWith(context: CommandContext, options: FfOptions, held?: HeldRun): Promise<ChangeRunResult> {
    return runChangesets(context, 'change ff', 'change:run', 'change', options, (changesets, infos) => dueChangesets(context, changesets, infos, Infinity), { stale: true }, held);
}

function dueChangesets(context: CommandContext, changesets: readonly Changeset[], infos: Map<string, ChangesetInfo>, count: number) {
    const due = changesets.filter((changeset) => isDue(infos.get(changeset.name)!)).slice(0, count);
    if (!due.length) return { targets: [], message: 'no pending changesets: the database is up to date' };
    warnAmbiguousOrder(context, changesets, due);
    // A changeset older than one already applied arrived late (a merged branch): apply it, but say so.
    const applied = changesets.filter((changeset) => ['applied', 'stale', 'baseline'].includes(infos.get(changeset.name)!.status));
    const newest = applied.at(-1);
    for (const changeset of due) {
        if (newest && compareChangesetNames(changeset.name, newest.name) < 0) {
            context.onEvent?.({
                type: 'note',
                level: 'warn',
                code: 'out-of-order',
                changeset: changeset.name,
                message: `${changeset.name} is older than ${newest.name}, which is already applied; applying it out of order`,
            });
        }
    }
    return { targets: due };
}

type Pick = (changesets: Changeset[], infos: Map<string, ChangesetInfo>) => { targets: Changeset[]; message?: string };

/**
 * Status of every changeset. With `stale`, the current files of applied changesets are read (and
 * rendered) to tell `stale` from `applied`; one that cannot be rendered (a --var not given) counts
 * as applied, with a warning. Running changesets does not need it, and renders only its targets.
 */
async function infosOf(context: CommandContext, conn: DialectConnection, changesets: readonly Changeset[], history: History, stale: boolean): Promise<ChangesetInfo[]> {
    const current = new Map<string, ExecutedFile[]>();
    if (stale) {
        const render = templateRenderer(context, conn.dialect);
        const applied = appliedNames(history);
        for (const changeset of changesets) {
            if (!applied.has(changeset.name)) continue;
            try {
                current.set(changeset.name, await currentFiles(context.config.paths.root, changeset, render));
            } catch (error) {
                context.onEvent?.({
                    type: 'note',
                    level: 'warn',
                    code: 'stale-unknown',
                    changeset: changeset.name,
                    message: `${changeset.name}: cannot tell whether it is stale: ${messageOf(error)}`,
                });
            }
        }
    }
    return changesetInfos(changesets, history, current);
}

async function runChangesets(
    context: CommandContext,
    command: ChangeRunResult['command'],
    action: GuardedAction,
    direction: Direction,
    options: FfOptions,
    pick: Pick,
    guard: { stale: boolean } = { stale: false },
    held?: HeldRun,
): Promise<ChangeRunResult> {
    const { config } = context;
    if (options.singleTransaction) {
        assertSingleTransactionSupported(
            await loadDialect(config.connection.dialect),
            'a run of changesets',
            'Run without --single-transaction: each changeset is recorded as it completes, and a re-run goes on from the first that did not succeed.',
        );
    }
    const changesets = listChangesets(config.paths, config.paths.changesets);
    assertRecordable({ configName: config.name, changesets: changesets.map((changeset) => changeset.name) });
    if (!options.dryRun) await assertAllowed(context, action);
    const conn = held?.conn ?? (await openConnection(context, options.dryRun ? { readOnly: true } : {}));
    const base = { command, config: config.name, dialect: conn.dialect.name, target: conn.target, dryRun: Boolean(options.dryRun) };
    // ff and next check every applied changeset first: one edited since it ran stops them (exit 6).
    const choose = async (history: History): Promise<ReturnType<Pick> & { stale?: StaleChangeset[]; refusal?: NoormError }> => {
        const infos = await infosOf(context, conn, changesets, history, guard.stale);
        if (!guard.stale) return pick(changesets, byName(infos));
        const stale = staleChangesets(infos);
        if (stale.length && !allowed(options.allowStale, context, 'NOORM_ALLOW_STALE')) return { targets: [], stale, refusal: staleRefusal(command, stale) };
        for (const changeset of stale) {
            context.onEvent?.({
                type: 'note',
                level: 'warn',
                code: 'stale-changeset',
                changeset: changeset.name,
                message: `${describeStale(changeset)}; going on (--allow-stale): the database does not have that edit`,
            });
        }
        return { ...pick(changesets, byName(infos)), stale };
    };
    try {
        if (options.dryRun) {
            const history: History = (await readTrackingVersion(conn)) === null ? new Map() : await readChangesetHistory(conn);
            const { targets, message, stale, refusal } = await choose(history);
            const seen = stale ? { stale } : {};
            if (refusal) return { ...base, ok: false, changesets: [], ...seen, error: refusal };
            const planned: PlannedChangeset[] = [];
            for (const changeset of targets) {
                const entry = history.get(changeset.name);
                planned.push(await plan(context, conn, changeset, direction, { previous: entry?.[direction], newestId: entry?.newest.id }, options));
            }
            return { ...base, ok: true, changesets: planned, ...seen, ...(message ? { message } : {}) };
        }
        const identity = held?.identity ?? context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        if (!held) await ensureTrackingTables(conn);
        const lock = held?.lock ?? (await acquireCommandLock(conn, context, identity));
        try {
            await upgradeTrackingTables(conn, context.onEvent);
            // Read after taking the lock: the state another run just left behind.
            const history = await readChangesetHistory(conn);
            const { targets, message, stale, refusal } = await choose(history);
            const seen = stale ? { stale } : {};
            if (refusal) return { ...base, ok: false, changesets: [], ...seen, error: refusal };
            // Every target's files are read, rendered and checked before the first one runs.
            const prepared = [];
            for (const changeset of targets) prepared.push({ changeset, ...(await prepareChangeset(context, conn, changeset, direction, options)) });
            if (!conn.dialect.capabilities.transactionalDdl && prepared.length) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'ddl-autocommit',
                    message: `${conn.dialect.name} commits DDL implicitly: each file of a changeset applies as it runs and is recorded as it completes.`,
                });
            }
            if (options.singleTransaction) {
                const queue = prepared.map(({ changeset, files }) => {
                    const entry = history.get(changeset.name);
                    return { name: changeset.name, files, history: { previous: entry?.[direction], newestId: entry?.newest.id } };
                });
                const { results, error } = await applyChangesetsAsOne(conn, direction, queue, context, { identity, lock });
                return { ...base, ok: !error, changesets: results, ...seen, ...(error ? { error } : {}), ...(message && !results.length ? { message } : {}) };
            }
            const results: ChangesetRunResult[] = [];
            for (const { changeset, files, atomic } of prepared) {
                const entry = history.get(changeset.name);
                const result = await applyChangeset(conn, changeset.name, direction, files, atomic, context, {
                    identity,
                    lock,
                    previous: entry?.[direction],
                    newestId: entry?.newest.id,
                });
                results.push(result);
                if (result.error) return { ...base, ok: false, changesets: results, ...seen, error: result.error };
            }
            return { ...base, ok: true, changesets: results, ...seen, ...(message && !results.length ? { message } : {}) };
        } finally {
            if (!held) await lock.release().catch(() => undefined);
        }
    } finally {
        if (!held) await conn.close().catch(() => undefined);
    }
}

function byName(infos: ChangesetInfo[]): Map<string, ChangesetInfo> {
    return new Map(infos.map((info) => [info.name, info]));
}

/** Reads, renders, checks and prepares one direction of a changeset. */
async function prepareChangeset(
    context: CommandContext,
    conn: DialectConnection,
    changeset: Changeset,
    direction: Direction,
    options: FfOptions,
): Promise<{ files: RunnableFile[]; atomic: boolean }> {
    if (options.singleTransaction && changeset.nonAtomic) throw singleTransactionOptOut(changeset.name, `is non-atomic (${NON_ATOMIC_MARKER}): its files run one by one`);
    const atomic = conn.dialect.capabilities.transactionalDdl && !changeset.nonAtomic;
    const render = templateRenderer(context, conn.dialect);
    const sources: SourceFile[] = [];
    for (const file of changeset[direction]) {
        const source = await loadSource(context.config.paths.root, file.absolute, render);
        // Worked out now: a changeset records its files' checksums, and rows read from a CSV as they
        // are written (loadRows) are then checked before any target runs.
        void source.checksum;
        sources.push(source);
    }
    assertHasStatement(context, conn, changeset, direction, sources, options);
    if (atomic) {
        const outside = sources.find((source) => source.noTransaction);
        if (outside && options.singleTransaction) throw singleTransactionOptOut(changeset.name, `has ${outside.path}, marked -- noorm:no-transaction`, outside.path);
        if (outside) {
            throw new UsageError(
                'no-transaction-in-atomic-changeset',
                `${outside.path} is marked -- noorm:no-transaction, but changeset ${changeset.name} runs all its files in one transaction`,
                {
                    file: outside.path,
                    hint: `Mark the changeset non-atomic by creating an empty file named "${NON_ATOMIC_MARKER}" in ${changeset.dir}: its files then run one by one, each recorded as it completes.`,
                },
            );
        }
    }
    // All files of an atomic changeset share one transaction; prepare them as transactional.
    const files = prepareFiles(conn.dialect, sources).map((file) => (atomic ? { ...file, transaction: true } : file));
    return { files, atomic };
}

/** Under --single-transaction every changeset runs inside the one transaction: one that must not is refused before anything runs. */
function singleTransactionOptOut(name: string, why: string, file?: string): NoormError {
    return new UsageError('single-transaction-opt-out', `--single-transaction runs every changeset in one transaction, but ${name} ${why}`, {
        ...(file ? { file } : {}),
        hint: 'Run without --single-transaction, or apply that changeset on its own first (noorm change run <name>).',
    });
}

async function plan(
    context: CommandContext,
    conn: DialectConnection,
    changeset: Changeset,
    direction: Direction,
    history: ResumeHistory,
    options: ChangeOptions,
): Promise<PlannedChangeset> {
    const { files, atomic } = await prepareChangeset(context, conn, changeset, direction, options);
    const done = resumedFiles(
        atomic,
        history,
        files.map((file) => file.source),
    );
    return {
        name: changeset.name,
        direction,
        status: 'planned',
        atomic,
        // A resumed run skips what succeeded last time: the plan says so and shows no SQL for it.
        files: files.map((file) =>
            done.has(file.source.path)
                ? { path: file.source.path, checksum: file.source.checksum, status: 'skipped' }
                : { path: file.source.path, checksum: file.source.checksum, status: 'planned', sql: file.source.sql, ...notesOf(context, file) },
        ),
    };
}

function notesOf(context: CommandContext, file: { source: { path: string }; script: PreparedScript }): { notes?: string[] } {
    const notes = planNotes(context.onEvent, file.source.path, file.script);
    return notes.length ? { notes } : {};
}

/**
 * A changeset that would run no statement (a fresh scaffold holds only a comment) is refused: once
 * recorded as applied, the SQL written into it later would never run. `allowEmpty` records it.
 */
function assertHasStatement(
    context: CommandContext,
    conn: DialectConnection,
    changeset: Changeset,
    direction: Direction,
    sources: readonly SourceFile[],
    options: ChangeOptions,
): void {
    // A template's generated statements (insertRows) count without writing its whole text out.
    if (sources.some((source) => source instanceof GeneratedSource || conn.dialect.hasStatement(source.sql))) return;
    const folder = toTrackedPath(context.config.paths.root, path.join(changeset.dir, direction));
    const what = sources.length
        ? `its ${direction} files hold only comments or blank lines: ${sources.map((source) => source.path).join(', ')}`
        : `it has no files in ${direction}/`;
    if (allowed(options.allowEmpty, context, 'NOORM_ALLOW_EMPTY')) {
        context.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'empty-changeset',
            changeset: changeset.name,
            message: `${changeset.name}: ${what}; recorded as run (--allow-empty)`,
        });
        return;
    }
    throw new UsageError('empty-changeset', `${changeset.name} has no statement to run: ${what}`, {
        ...(sources[0] ? { file: sources[0].path } : {}),
        hint: `Write its SQL in ${folder}. If running nothing is intended, pass --allow-empty (NOORM_ALLOW_EMPTY=1) to record it anyway.`,
    });
}

/** The current change files of a changeset with their checksums (what `stale` compares against). */
export async function currentFiles(root: string, changeset: Changeset, render: TemplateRender): Promise<ExecutedFile[]> {
    const files: ExecutedFile[] = [];
    for (const file of changeset.change) {
        const source = await loadSource(root, file.absolute, render);
        files.push({ path: source.path, checksum: source.checksum, status: 'success' });
    }
    return files;
}

// ---------------------------------------------------------------- files on disk

export interface ChangeAddResult {
    ok: true;
    command: 'change add';
    /** The folder name, which is the changeset's name. */
    name: string;
    dir: string;
    files: string[];
}

export interface ChangeRmResult {
    ok: true;
    command: 'change rm';
    config: string;
    dialect: DialectName;
    target: string;
    name: string;
    dir: string;
}

export interface ChangeEditResult {
    ok: true;
    command: 'change edit';
    name: string;
    dir: string;
}

/**
 * `change add`: a folder named for the UTC date and time it was made (`YYYY-MM-DDTHHMMSS_slug`, so
 * name order is creation order) with change/ and revert/ and a first numbered file in each.
 */
export function changeAdd(paths: ResolvedConfig['paths'], name: string, options: { nonAtomic?: boolean; date?: Date } = {}): ChangeAddResult {
    if (/[\\/]|\.\./.test(name))
        throw new UsageError('bad-changeset-name', `"${name}" would leave the changesets folder`, { hint: 'Give a plain name, e.g. "add email verification".' });
    const slug = slugOf(name);
    const names = listChangesets(paths, paths.changesets).map((changeset) => changeset.name);
    const folderName = newChangesetName(slug, options.date ?? new Date(), names);
    const dir = path.join(paths.changesets, folderName);
    const existing = names.find((other) => (changesetStamp(other)?.slug ?? other) === slug);
    if (existsSync(dir) || existing) {
        throw new UsageError('changeset-exists', `A changeset named ${existing ?? folderName} already exists`, {
            hint: 'Pick another name, or edit it: noorm change edit <name>.',
        });
    }
    const files = [path.join(dir, 'change', `001_${slug}.sql`), path.join(dir, 'revert', `001_${slug}.sql`)];
    mkdirSync(path.dirname(files[0]!), { recursive: true });
    mkdirSync(path.dirname(files[1]!), { recursive: true });
    writeFileSync(files[0]!, `-- ${folderName}: the change. Files here run in filename order; a .txt file lists files to run.\n`);
    writeFileSync(files[1]!, `-- ${folderName}: undoes the change (noorm change revert ${folderName}).\n`);
    if (options.nonAtomic) writeFileSync(path.join(dir, NON_ATOMIC_MARKER), 'Files of this changeset run one by one, each recorded as it completes (not in one transaction).\n');
    return { ok: true, command: 'change add', name: folderName, dir, files };
}

/** `change rm`: removes a changeset's folder; refused while it is applied on the database unless forced. */
export async function changeRm(context: CommandContext, name: string, options: { force?: boolean } = {}): Promise<ChangeRmResult> {
    const changesets = listChangesets(context.config.paths, context.config.paths.changesets);
    const changeset = findChangeset(changesets, name);
    const where = { config: context.config.name, dialect: context.config.connection.dialect, target: describeTarget(context.config.connection) };
    if (!options.force) {
        const { changesets: infos } = await changeList(context);
        const info = infos.find((candidate) => candidate.name === changeset.name)!;
        if (['applied', 'baseline', 'stale', 'failed'].includes(info.status)) {
            throw new UsageError('changeset-applied', `${changeset.name} is ${info.status} on ${context.config.name}; removing it would leave history without its files`, {
                hint: 'Revert it first (noorm change revert), or pass --force to remove the folder anyway.',
            });
        }
    }
    await assertAllowed(context, 'change:rm', { always: true });
    rmSync(changeset.dir, { recursive: true, force: true });
    return { ok: true, command: 'change rm', ...where, name: changeset.name, dir: changeset.dir };
}

/** `change edit`: the folder of a changeset, for the face to open in an editor. */
export function changeEdit(paths: ResolvedConfig['paths'], name: string): ChangeEditResult {
    const changeset = findChangeset(listChangesets(paths, paths.changesets), name);
    return { ok: true, command: 'change edit', name: changeset.name, dir: changeset.dir };
}
