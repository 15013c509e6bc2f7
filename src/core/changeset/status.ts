import type { Changeset, Direction } from './discover.js';
import type { ExecutedFile, VersionRecord } from './history.js';

/**
 * A changeset's state on one database: `pending` (never applied), `applied`, `baseline` (part of the
 * schema when the database was first built), `reverted`, `failed`, `stale` (its change files
 * differ from what was applied), or `orphaned` (recorded, but its folder is gone).
 */
export type ChangesetStatus = 'pending' | 'applied' | 'baseline' | 'reverted' | 'failed' | 'stale' | 'orphaned';

export interface ChangesetInfo {
    name: string;
    status: ChangesetStatus;
    /** Direction of the newest record, if any. */
    direction: Direction | null;
    executedAt: string | null;
    executedBy: string | null;
    configName: string | null;
    error: string | null;
    /** Files of the newest record. */
    files: ExecutedFile[];
    /** `stale` only: how its change files differ from what was applied. */
    changed?: StaleFile[];
}

/** A change file of a stale changeset: edited, new since it was applied, or gone. */
export interface StaleFile {
    path: string;
    change: 'changed' | 'added' | 'removed';
}

/** An applied changeset whose change files differ from what was applied. */
export interface StaleChangeset {
    name: string;
    files: StaleFile[];
}

export type History = Map<string, { change?: VersionRecord; revert?: VersionRecord; newest: VersionRecord }>;

/**
 * The status of every changeset on disk and of every recorded one whose folder is gone.
 * `checksums` gives the current checksums of each changeset's change files (for `stale`).
 */
export function changesetInfos(changesets: readonly Changeset[], history: History, current: ReadonlyMap<string, ExecutedFile[]>): ChangesetInfo[] {
    const infos = changesets.map((changeset) => infoOf(changeset.name, history.get(changeset.name), () => current.get(changeset.name) ?? null));
    const onDisk = new Set(changesets.map((changeset) => changeset.name));
    for (const [name, entry] of history) {
        if (!onDisk.has(name)) infos.push({ ...infoOf(name, entry, () => null), status: 'orphaned' });
    }
    return infos;
}

/** A failed attempt after which nothing stayed (rolled back, or failed at its first file). */
export function changedNothing(record: VersionRecord): boolean {
    return record.status === 'failed' && !record.files.some((file) => file.status === 'success');
}

/**
 * The record that says where the database stands: the newest one, unless it is a failed attempt
 * that changed nothing, in which case the one before it (in the other direction) still holds.
 */
export function effectiveRecord(entry: { change?: VersionRecord; revert?: VersionRecord; newest: VersionRecord }): VersionRecord {
    if (!changedNothing(entry.newest)) return entry.newest;
    const other = entry.newest.direction === 'change' ? entry.revert : entry.change;
    return other && !changedNothing(other) ? other : entry.newest;
}

function infoOf(name: string, entry: { change?: VersionRecord; revert?: VersionRecord; newest: VersionRecord } | undefined, current: () => ExecutedFile[] | null): ChangesetInfo {
    if (!entry) return { name, status: 'pending', direction: null, executedAt: null, executedBy: null, configName: null, error: null, files: [] };
    const record = effectiveRecord(entry);
    const base = {
        name,
        direction: record.direction,
        executedAt: record.executedAt,
        executedBy: record.executedBy,
        configName: record.configName,
        // The newest attempt's error, even when it changed nothing and an older record still holds.
        error: entry.newest.errorMessage ?? record.errorMessage,
        files: record.files,
    };
    if (record.status === 'failed') return { ...base, status: 'failed' };
    if (record.direction === 'revert') return { ...base, status: 'reverted' };
    const applied = record.status === 'baseline' ? 'baseline' : 'applied';
    const files = current();
    // Without the current files (not asked for, or not renderable), stale cannot be told.
    const changed = files === null ? [] : staleFiles(record.files, files);
    return changed.length ? { ...base, status: 'stale', changed } : { ...base, status: applied };
}

/** How the current change files differ from the recorded ones (only files that succeeded count). */
export function staleFiles(recorded: readonly ExecutedFile[], current: readonly ExecutedFile[]): StaleFile[] {
    const done = new Map(recorded.filter((file) => file.status === 'success').map((file) => [file.path, file.checksum]));
    const now = new Map(current.map((file) => [file.path, file.checksum]));
    const changes: StaleFile[] = [];
    for (const file of current) {
        const checksum = done.get(file.path);
        if (checksum === undefined) changes.push({ path: file.path, change: 'added' });
        else if (checksum !== file.checksum) changes.push({ path: file.path, change: 'changed' });
    }
    for (const path of done.keys()) if (!now.has(path)) changes.push({ path, change: 'removed' });
    // Same files, same checksums, in another order: the order they run in changed.
    if (!changes.length && [...done.keys()].join('\n') !== current.map((file) => file.path).join('\n')) {
        for (const file of current) changes.push({ path: file.path, change: 'changed' });
    }
    return changes;
}

/** The stale changesets among `infos`, with what changed in each. */
export function staleChangesets(infos: readonly ChangesetInfo[]): StaleChangeset[] {
    return infos.filter((info) => info.status === 'stale').map((info) => ({ name: info.name, files: info.changed ?? [] }));
}

/** The changesets whose current files matter for `stale`: those whose newest record applied them. */
export function appliedNames(history: History): Set<string> {
    const names = new Set<string>();
    for (const [name, entry] of history) {
        if (entry.newest.direction === 'change' && (entry.newest.status === 'success' || entry.newest.status === 'baseline')) names.add(name);
    }
    return names;
}

/** Changesets `ff` and `next` apply: never applied, reverted, or failed on the way in. */
export function isDue(info: ChangesetInfo): boolean {
    return info.status === 'pending' || info.status === 'reverted' || (info.status === 'failed' && info.direction === 'change');
}
