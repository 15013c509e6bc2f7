import type { DialectName } from './config/types.js';
import { ExitCode, NoormError, messageOf, type ErrorCode, type ExitCodeValue } from './errors.js';
import type { NoteCode } from './events.js';
import type { Redactor } from './redact.js';

/**
 * The one result contract: every verb returns an object with this envelope, and one function turns
 * it (or an error) into the JSON document every face shows: `--json` on the CLI, the Action's `json`
 * output, the TUI's result screens.
 */
export interface ResultEnvelope {
    ok: boolean;
    /** The verb as a user types it: `run build`, `config add`, `change run`. */
    command: string;
    /** Where a database is involved: the config's name, its dialect and the target it points at. */
    config?: string;
    dialect?: DialectName;
    target?: string;
    /** Set when `ok` is false. */
    error?: NoormError | undefined;
}

/** Where a command runs, once its config is resolved (also known when it failed later). */
export interface Where {
    config: string;
    dialect: DialectName;
    target: string;
}

/** A warning the command met on its way (also printed as it happened). */
export interface Warning {
    code: NoteCode | 'lock-taken-over';
    message: string;
    changeset?: string;
    file?: string;
}

/** An error as every document shows it. */
export interface ErrorDocument {
    code: ErrorCode;
    exitCode: ExitCodeValue;
    message: string;
    hint: string | null;
    file: string | null;
    line: number | null;
}

export type JsonDocument = Record<string, unknown> & { ok: boolean; command: string | null };

const ENVELOPE_KEYS = new Set(['ok', 'command', 'config', 'dialect', 'target', 'error']);

/**
 * A verb's result as its JSON document: `ok`, `command`, then `config`, `dialect`, `target` where
 * a database is involved, the verb's own fields, `warnings` when there are some and `error` on
 * failure; every string redacted.
 */
export function resultDocument(result: ResultEnvelope, options: { warnings?: readonly Warning[]; redactor?: Redactor } = {}): JsonDocument {
    const document: JsonDocument = { ok: result.ok, command: result.command };
    if (result.config !== undefined) document['config'] = result.config;
    if (result.dialect !== undefined) document['dialect'] = result.dialect;
    if (result.target !== undefined) document['target'] = result.target;
    for (const [key, value] of Object.entries(result)) {
        if (!ENVELOPE_KEYS.has(key) && value !== undefined) document[key] = jsonValue(value);
    }
    return finish(document, result.error, options);
}

/**
 * The document of a command that failed before it had a result (a config error, a refused
 * connection): the envelope with what was known by then, and the error.
 */
export function failureDocument(
    command: string | null,
    error: NoormError,
    options: { where?: Where | null; warnings?: readonly Warning[]; redactor?: Redactor } = {},
): JsonDocument {
    const document: JsonDocument = { ok: false, command };
    if (options.where) Object.assign(document, options.where);
    return finish(document, error, options);
}

export function errorDocument(error: NoormError): ErrorDocument {
    return {
        code: error.code,
        exitCode: error.exitCode,
        message: error.message,
        hint: error.hint ?? null,
        file: error.file ?? null,
        line: error.line ?? null,
    };
}

/** The process exit code a result stands for. */
export function exitCodeOf(result: Pick<ResultEnvelope, 'ok' | 'error'>): ExitCodeValue {
    if (result.ok) return ExitCode.ok;
    return result.error?.exitCode ?? ExitCode.failure;
}

/**
 * Anything a command threw, as a NoormError: the engine's own errors as they are, anything else as
 * an internal error (a bug in noorm, with the hint to report it).
 */
export function asNoormError(thrown: unknown): NoormError {
    if (thrown instanceof NoormError) return thrown;
    return new NoormError('internal', ExitCode.failure, messageOf(thrown), {
        hint: 'This looks like a bug in noorm. Run again with NOORM_DEBUG=1 for a stack trace and report it.',
        cause: thrown,
    });
}

function finish(document: JsonDocument, error: NoormError | undefined, options: { warnings?: readonly Warning[]; redactor?: Redactor }): JsonDocument {
    if (options.warnings?.length) document['warnings'] = options.warnings.map((warning) => ({ ...warning }));
    if (error) document['error'] = errorDocument(error);
    return options.redactor ? options.redactor.redactValue(document) : document;
}

/** Plain JSON of a result's field: errors as error documents, no undefined members. */
function jsonValue(value: unknown): unknown {
    if (value instanceof NoormError) return errorDocument(value);
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(jsonValue);
    if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = jsonValue(item);
        return out;
    }
    return value;
}
