import type { Generated } from 'kysely';

/** Table names, declared once. */
export const TABLES = {
    files: '__change_files__',
    versions: '__change_version__',
    lock: '__noorm_lock__',
    meta: '__noorm_meta__',
} as const;

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
} as const;

/** Bumped whenever the tracking tables change shape; the meta table records it per database. */
export const TRACKING_SCHEMA_VERSION = 1;

/** Every status noorm writes into a tracking row; any other value is a damaged row. */
export const RUN_STATUSES = ['success', 'failed', 'skipped', 'baseline'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

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

export interface MetaTable {
    name: string;
    value: string;
}

export interface TrackingDatabase {
    __change_files__: ChangeFilesTable;
    __change_version__: ChangeVersionTable;
    __noorm_lock__: LockTable;
    __noorm_meta__: MetaTable;
}
