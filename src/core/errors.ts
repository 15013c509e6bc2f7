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
    sigint: 130,
    sigterm: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export interface NoormErrorOptions {
    hint?: string;
    /** Project-relative path of the file the error is about. */
    file?: string;
    /** 1-based line in that file. */
    line?: number;
    cause?: unknown;
}

export class NoormError extends Error {
    readonly code: string;
    readonly exitCode: ExitCodeValue;
    readonly hint: string | undefined;
    readonly file: string | undefined;
    readonly line: number | undefined;

    constructor(code: string, exitCode: ExitCodeValue, message: string, options: NoormErrorOptions = {}) {
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
    constructor(code: string, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.usage, message, options);
    }
}

/** A file could not be read or its SQL failed (exit 1). */
export class FileError extends NoormError {
    constructor(code: string, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.failure, message, options);
    }
}

/** Another run holds the lock (exit 3). */
export class LockError extends NoormError {
    constructor(code: string, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.locked, message, options);
    }
}

/** Refused by protection, or a confirmation that could not be obtained (exit 4). */
export class RefusedError extends NoormError {
    constructor(code: string, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.refused, message, options);
    }
}

/** The database could not be reached or refused the credentials (exit 5). */
export class ConnectError extends NoormError {
    constructor(code: string, message: string, options?: NoormErrorOptions) {
        super(code, ExitCode.connect, message, options);
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
