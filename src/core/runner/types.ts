import type { DialectName } from '../config/types.js';
import type { NoormError } from '../errors.js';

export interface RunOptions {
    /** Re-run files whose checksum is unchanged. */
    force?: boolean;
    /** Plan only: read the tracking state, render, report; never execute or record anything. */
    dryRun?: boolean;
    /**
     * Every file that runs, and its tracking row, in one transaction on one session (as `psql -1`):
     * the run commits once or not at all. Only where DDL is transactional.
     */
    singleTransaction?: boolean;
}

/** `success`/`skipped`/`failed` after a run; `new`/`changed`/`unchanged`/`failed` in a dry run. */
export type FileStatus = 'success' | 'skipped' | 'failed' | 'new' | 'changed' | 'unchanged';

export interface FileResult {
    path: string;
    status: FileStatus;
    checksum: string;
    durationMs: number;
    error?: { message: string; line?: number };
    /** Dry run: an unchanged file that runs only because of --force. */
    forced?: true;
    /** The SQL that would run (dry run only, for files that would run). */
    sql?: string;
    /** Dry run: what the file would do that its SQL does not show at a glance (rows each COPY would load, a dump's own transaction). */
    notes?: string[];
}

export interface RunResult {
    ok: boolean;
    command: string;
    config: string;
    dialect: DialectName;
    target: string;
    dryRun: boolean;
    files: FileResult[];
    /** Files that were due to run but were not reached because an earlier file failed. */
    notRun: string[];
    /** `run build` on a database never built before: changesets recorded as baseline. */
    baselined?: string[];
    error?: NoormError;
}
