import type { Generated } from 'kysely';

/** Table names, declared once. */
export const TABLES = {
    files: '__change_files__',
    versions: '__change_version__',
    lock: '__noorm_lock__',
    meta: '__noorm_meta__',
    history: '__noorm_history__',
    historyFiles: '__noorm_history_files__',
} as const;

/** The tables each tracking schema version has (the meta table last: it is created last). */
export const TABLES_OF_VERSION: Record<number, readonly string[]> = {
    1: [TABLES.files, TABLES.versions, TABLES.lock, TABLES.meta],
    2: [TABLES.files, TABLES.versions, TABLES.lock, TABLES.history, TABLES.historyFiles, TABLES.meta],
};

/**
 * Lengths of the tracking tables' text columns, in characters, declared once: the tables are created
 * with them, and every value is checked against them before anything runs (tracking/limits.ts).
 */
export const COLUMN_LENGTHS = {
    filepath: 500,
    checksum: 64,
    executedBy: 255,
    identitySource: 20,
    configName: 100,
    status: 20,
    changesetName: 255,
    direction: 10,
    lockedBy: 255,
    token: 64,
    host: 255,
    sessionId: 100,
    metaName: 100,
    metaValue: 255,
    runKey: 36,
    kind: 20,
    historyName: 500,
} as const;

/**
 * Bumped whenever the tracking tables change shape; the meta table records it per database.
 * v1: files, versions, lock, meta. v2: adds the append-only history (tracking/upgrade.ts).
 */
export const TRACKING_SCHEMA_VERSION = 2;

/** Every status noorm writes into a tracking row; any other value is a damaged row. */
export const RUN_STATUSES = ['success', 'failed', 'skipped', 'baseline'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What a history entry is: a build, a `run file`/`run dir`, or one changeset in one direction. */
export type HistoryKind = 'build' | 'file' | 'dir' | 'changeset';

/**
 * How a history entry ended. `running` until it ends (a run that crashed stays `running`), `accepted`
 * for an edit of an applied changeset taken as applied without running it (`change rebase`).
 */
export type HistoryStatus = 'running' | 'success' | 'failed' | 'baseline' | 'accepted';

/** One row per (file, config): the newest execution of that file. */
export interface ChangeFilesTable {
    id: Generated<number>;
    filepath: string;
    checksum: string;
    size_bytes: number | null;
    executed_at: Generated<Date | string>;
    executed_by: string;
    identity_source: string | null;
    config_name: string;
    status: RunStatus;
    error_message: string | null;
    duration_ms: number | null;
}

/** One row per (changeset, config, direction): the newest run of that changeset that way. */
export interface ChangeVersionTable {
    id: Generated<number>;
    changeset_name: string;
    direction: 'change' | 'revert';
    executed_at: Generated<Date | string>;
    executed_by: string;
    identity_source: string | null;
    config_name: string;
    status: RunStatus;
    error_message: string | null;
    files_executed: string | null;
    duration_ms: number | null;
}

/** A single row (id = 1) while a run holds the lock. */
export interface LockTable {
    id: number;
    locked_by: string;
    /** Random per acquisition: only the holder can refresh or release. */
    token: string;
    host: string | null;
    pid: number | null;
    /** The holder's server session (backend pid, connection id) where the server has one. */
    session_id: string | null;
    locked_at: Date | string;
    expires_at: Date | string;
}

/**
 * Append-only: one row per run (a build, a file, a dir, one changeset one way), never replaced,
 * so the newest-first read is an index scan of the primary key.
 */
export interface HistoryTable {
    id: Generated<number>;
    /** Random per run, written by noorm: joins the entry to its files without reading back an id. */
    run_key: string;
    kind: HistoryKind;
    name: string;
    direction: 'change' | 'revert' | null;
    status: HistoryStatus;
    executed_by: string;
    identity_source: string | null;
    config_name: string;
    started_at: Date | string;
    finished_at: Date | string | null;
    duration_ms: number | null;
    error_message: string | null;
    /** Why (`change rebase --reason`). */
    reason: string | null;
}

/** Append-only: one row per file a run executed (or, for a changeset, recorded). */
export interface HistoryFilesTable {
    id: Generated<number>;
    run_key: string;
    filepath: string;
    checksum: string;
    status: string;
    executed_at: Date | string;
    duration_ms: number | null;
    error_message: string | null;
}

export interface MetaTable {
    name: string;
    value: string;
}

export interface TrackingDatabase {
    __change_files__: ChangeFilesTable;
    __change_version__: ChangeVersionTable;
    __noorm_lock__: LockTable;
    __noorm_meta__: MetaTable;
    __noorm_history__: HistoryTable;
    __noorm_history_files__: HistoryFilesTable;
}
