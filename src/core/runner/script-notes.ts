import type { PreparedScript } from '../dialect/types.js';
import type { EventSink } from '../events.js';

/** Says, when a file starts, what its dialect decided about it (a dump's own BEGIN … COMMIT taken as noorm's). */
export function announceRun(onEvent: EventSink | undefined, path: string, script: PreparedScript): void {
    for (const note of script.notes ?? []) {
        if (note.run) onEvent?.({ type: 'note', level: 'info', code: 'run-note', file: path, message: `${path}:${note.line}: ${note.run}` });
    }
}

/** What a dry run says about a file instead of running it (the rows each COPY would load); also announced. */
export function planNotes(onEvent: EventSink | undefined, path: string, script: PreparedScript): string[] {
    const notes = (script.notes ?? []).map((note) => note.plan);
    for (const note of notes) onEvent?.({ type: 'note', level: 'info', code: 'plan-note', file: path, message: `${path}: ${note}` });
    return notes;
}
