import type { DialectName, ResolvedConfig } from '../config/types.js';
import type { NoormError } from '../errors.js';
import type { EventSink } from '../events.js';
import type { Identity } from '../identity/resolver.js';
import type { Confirmer } from '../protection.js';
import type { Redactor } from '../redact.js';

/** What every engine command receives from its front end. */
export interface CommandContext {
    config: ResolvedConfig;
    onEvent?: EventSink;
    /** Aborting stops the run before the next file; the current file finishes or rolls back. */
    signal?: AbortSignal;
    /** The user confirmed up front (--yes / NOORM_YES). */
    yes?: boolean;
    /** Prompts for a protected config's confirmation phrase; absent when headless. */
    confirm?: Confirmer;
    /** Resolved from the config when absent. */
    identity?: Identity;
    /** Variables for templates (`--var key=value`). */
    vars?: Record<string, string>;
    /** The environment templates see as `env` (the CLI passes its own). */
    env?: NodeJS.ProcessEnv;
    /**
     * The face's redactor. Errors are masked with it (plus the config's password and secrets)
     * before they are recorded in the tracking tables.
     */
    redactor?: Redactor;
}

export interface RunOptions {
    /** Re-run files whose checksum is unchanged. */
    force?: boolean;
    /** Plan only: read the tracking state, render, report; never execute or record anything. */
    dryRun?: boolean;
}

/** `success`/`skipped`/`failed` after a run; `new`/`changed`/`unchanged`/`failed` in a dry run. */
export type FileStatus = 'success' | 'skipped' | 'failed' | 'new' | 'changed' | 'unchanged';

export interface FileResult {
    path: string;
    status: FileStatus;
    checksum: string;
    durationMs: number;
    error?: { message: string; line?: number };
    /** The SQL that would run (dry run only, for files that would run). */
    sql?: string;
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
