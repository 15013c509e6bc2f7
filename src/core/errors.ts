/**
 * Typed errors of the engine. Every failure a user can meet is a NoormError with a stable `code`,
 * the process exit code a front end should use, and a hint that says what to do next. Only entry
 * points (CLI, TUI, Action) turn these into exit codes or screens.
 */

export const ExitCode = {
    ok: 0,
    failure: 1,
    usage: 2,
    locked: 3,
    refused: 4,
    connect: 5,
    /** `status --exit-code` found work to do, or `change ff|next` refused a stale changeset. */
    notUpToDate: 6,
    sigint: 130,
    /** The reader of stdout or stderr went away (`noorm … | head -1`): 128 + SIGPIPE, as git's death by SIGPIPE shows. */
    sigpipe: 141,
    sigterm: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Every error code noorm reports, grouped by what went wrong. Stable: scripts, the TUI and the
 * Action branch on them, and the README lists what they mean.
 */
export type ErrorCode =
    // invocation and configuration (exit 2)
    | 'usage'
    | 'bad-option'
    | 'bad-var'
    | 'single-transaction-unsupported'
    | 'single-transaction-opt-out'
    | 'missing-name'
    | 'bad-config-value'
    | 'bad-url'
    | 'invalid-config'
    | 'no-dialect'
    | 'unknown-dialect'
    | 'no-database'
    | 'invalid-database-name'
    | 'unknown-config'
    | 'config-exists'
    | 'config-changed'
    | 'no-configs'
    | 'no-config'
    | 'invalid-secret-key'
    | 'unknown-secret'
    | 'empty-secret'
    | 'missing-secret'
    | 'no-machine-id'
    | 'passphrase-required'
    | 'passphrase-mismatch'
    | 'file-exists'
    | 'editor-failed'
    // the encrypted state and exports (exit 2)
    | 'no-state'
    | 'state-damaged'
    | 'state-other-machine'
    | 'state-passphrase-required'
    | 'state-wrong-passphrase'
    | 'state-tampered'
    | 'state-locked'
    | 'import-damaged'
    | 'import-wrong-passphrase'
    | 'import-unsupported'
    | 'state-unsupported'
    // files and folders
    | 'missing-file'
    | 'missing-folder'
    | 'not-a-file'
    | 'not-a-folder'
    | 'not-sql'
    | 'unreadable-file'
    | 'not-utf8'
    | 'unreadable-folder'
    | 'path-outside-project'
    | 'manifest-outside-project'
    | 'manifest-missing-file'
    | 'manifest-not-sql'
    // templates
    | 'template-syntax'
    | 'template-failed'
    | 'template-undefined'
    | 'template-cycle'
    | 'template-path-outside-project'
    | 'template-unstable'
    | 'bad-data-file'
    | 'data-file-changed'
    | 'bad-literal'
    | 'bad-rows'
    | 'bad-batch'
    // running SQL (exit 1)
    | 'sql-failed'
    | 'script-session-busy'
    // changesets
    | 'unknown-changeset'
    | 'ambiguous-changeset'
    | 'bad-changeset-name'
    | 'changeset-exists'
    | 'changeset-applied'
    | 'not-applied'
    | 'no-revert-files'
    | 'missing-reason'
    | 'revert-incomplete'
    | 'no-transaction-in-atomic-changeset'
    | 'empty-changeset'
    // not up to date (exit 6)
    | 'stale-changesets'
    // tracking tables
    | 'tracking-tables-missing'
    | 'tracking-schema-too-new'
    | 'tracking-corrupt'
    | 'value-too-long'
    // lock (exit 3)
    | 'lock-held'
    | 'lock-alive'
    | 'lock-lost'
    // protection (exit 4)
    | 'protected-destroy'
    | 'confirmation-required'
    | 'confirmation-mismatch'
    // connection (exit 5)
    | 'connect-failed'
    | 'sqlite-platform-unsupported'
    | 'sqlite-binary-failed'
    | 'wait-timeout'
    // where a database stands (exit 6)
    | 'not-up-to-date'
    // the run itself
    | 'interrupted'
    | 'internal';

export interface NoormErrorOptions {
    hint?: string;
    /** Project-relative path of the file the error is about. */
    file?: string;
    /** 1-based line in that file. */
    line?: number;
    cause?: unknown;
}

export class NoormError extends Error {
    readonly code: ErrorCode;
    readonly exitCode: ExitCodeValue;
    readonly hint: string | undefined;
    readonly file: string | undefined;
    readonly line: number | undefined;

    constructor(code: ErrorCode, exitCode: ExitCodeValue, message: string, options: NoormErrorOptions = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.exitCode = exitCode;
        this.hint = options.hint;
        this.file = options.file;
        this.line = options.line;
    }
}

/** Bad flags, missing folders, unknown names: the user must change the invocation (exit 2). */
export class UsageError extends NoormError {
    constructor(code: ErrorCode, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.usage, message, options);
    }
}

/** A file could not be read or its SQL failed (exit 1). */
export class FileError extends NoormError {
    constructor(code: ErrorCode, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.failure, message, options);
    }
}

/** Another run holds the lock (exit 3). */
export class LockError extends NoormError {
    constructor(code: ErrorCode, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.locked, message, options);
    }
}

/** Refused by protection, or a confirmation that could not be obtained (exit 4). */
export class RefusedError extends NoormError {
    constructor(code: ErrorCode, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.refused, message, options);
    }
}

/** The database could not be reached or refused the credentials (exit 5). */
export class ConnectError extends NoormError {
    /**
     * The server itself answered (refused the login, has no such database): it is up. Set by each
     * dialect's error mapping, so waiting for a server needs no knowledge of driver error codes.
     */
    readonly serverAnswered: boolean;

    constructor(code: ErrorCode, message: string, options: NoormErrorOptions & { serverAnswered?: boolean } = {}) {
        super(code, ExitCode.connect, message, options);
        this.serverAnswered = Boolean(options.serverAnswered);
    }
}

/** The database is not where it should be for this command: an applied changeset was edited (exit 6). */
export class NotUpToDateError extends NoormError {
    constructor(code: ErrorCode, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.notUpToDate, message, options);
    }
}

/** The run was stopped by a signal (exit 130 for SIGINT, 143 for SIGTERM). */
export class InterruptedError extends NoormError {
    constructor(signal: 'SIGINT' | 'SIGTERM') {
        super('interrupted', signal === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm, `Interrupted by ${signal}`, {
            hint: 'Files that had not finished were not recorded as successful; run the command again to continue.',
        });
    }
}

export function isNoormError(value: unknown): value is NoormError {
    return value instanceof NoormError;
}

/** The message of anything thrown, without assuming it is an Error. */
export function messageOf(value: unknown): string {
    if (value instanceof Error) return value.message;
    return String(value);
}
