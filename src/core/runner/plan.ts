import type { FileState } from '../tracking/files.js';
import type { SourceFile } from './source.js';

/** How a file compares with what the database recorded for it. */
export type PlanStatus = 'new' | 'changed' | 'unchanged' | 'failed';

export interface PlannedFile {
    source: SourceFile;
    status: PlanStatus;
    /** New, changed and previously failed files run; unchanged ones only with --force. */
    willRun: boolean;
    previous: FileState | undefined;
}

export function planFiles(sources: readonly SourceFile[], states: ReadonlyMap<string, FileState>, force: boolean): PlannedFile[] {
    return sources.map((source) => {
        const previous = states.get(source.path);
        const status: PlanStatus = !previous
            ? 'new'
            : previous.status === 'failed'
              ? 'failed'
              : previous.checksum !== source.checksum
                ? 'changed'
                : 'unchanged';
        return { source, status, willRun: force || status !== 'unchanged', previous };
    });
}
