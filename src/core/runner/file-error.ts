import { ScriptFailure } from '../dialect/types.js';
import { FileError, NoormError, messageOf } from '../errors.js';

/** Anything a file's reading or execution threw, as a FileError naming that file (and line). */
export function asFileError(caught: unknown, file: string, extraHint?: string): FileError {
    if (caught instanceof ScriptFailure) {
        // The database saw the rendered SQL, so that is what a template's line counts.
        const rendered = /\.eta$/i.test(file) && caught.line !== undefined ? `Line ${caught.line} is of the SQL the template rendered (print it with --dry-run).` : undefined;
        const hint = [caught.hint, rendered, extraHint].filter(Boolean).join(' ') || undefined;
        return new FileError('sql-failed', caught.message, { file, line: caught.line, hint, cause: caught });
    }
    if (caught instanceof NoormError) {
        return new FileError(caught.code, caught.message, { file, line: caught.line, hint: caught.hint ?? extraHint, cause: caught });
    }
    return new FileError('sql-failed', messageOf(caught), { file, hint: extraHint, cause: caught });
}
