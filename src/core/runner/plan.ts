import type { Dialect, PreparedScript } from '../dialect/types.js';
import { asFileError } from './file-error.js';
import type { FileState } from '../tracking/files.js';
import { prepareSource } from './script.js';
import type { SourceFile } from './source.js';

/** A file read and prepared by its dialect: everything known before connecting. */
export interface RunnableFile {
    source: SourceFile;
    script: PreparedScript;
    /** Runs inside a transaction (the dialect has transactional DDL and the file does not opt out). */
    transaction: boolean;
}

/** How a file compares with what the database recorded for it. */
export type PlanStatus = 'new' | 'changed' | 'unchanged' | 'failed';

export interface PlannedFile extends RunnableFile {
    status: PlanStatus;
    /** New, changed and previously failed files run; unchanged ones only with --force. */
    willRun: boolean;
    previous: FileState | undefined;
}

export function planFiles(files: readonly RunnableFile[], states: ReadonlyMap<string, FileState>, force: boolean): PlannedFile[] {
    return files.map((file) => {
        const { source } = file;
        const previous = states.get(source.path);
        const status: PlanStatus = !previous ? 'new' : previous.status === 'failed' ? 'failed' : previous.checksum !== source.checksum ? 'changed' : 'unchanged';
        return { ...file, status, willRun: force || status !== 'unchanged', previous };
    });
}

/**
 * Lets the dialect read each file as its own client would, before anything connects: a file
 * that cannot run refuses the whole run with its file and line.
 */
export function prepareFiles(dialect: Dialect, sources: readonly SourceFile[]): RunnableFile[] {
    return sources.map((source) => {
        const transaction = dialect.capabilities.transactionalDdl && !source.noTransaction;
        try {
            return { source, transaction, script: prepareSource(dialect, source, transaction) };
        } catch (error) {
            throw asFileError(error, source.path);
        }
    });
}
