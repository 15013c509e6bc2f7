import type { LockHolder } from './lock/lock.js';

/**
 * Progress reported by the engine while it works. One event type feeds the CLI's progress lines,
 * the TUI's progress bar and the Action's job summary; the engine itself never prints. Events
 * carry fields, not sentences, so each face lays them out its own way; `message` on a note is the
 * engine's one-line wording for faces that only print.
 */
export type NoormEvent =
    | { type: 'run:start'; command: string; target: string; total: number; toRun: number; dryRun: boolean }
    | { type: 'file:start'; path: string; index: number; count: number }
    | { type: 'file:done'; path: string; status: 'success' | 'failed'; durationMs: number; error?: { message: string; line?: number } }
    | { type: 'file:skip'; path: string; reason: 'unchanged' }
    | { type: 'lock:wait'; holder: LockHolder }
    | { type: 'lock:acquired'; tookOver?: LockTakeover }
    | NoteEvent
    | { type: 'changeset:start'; name: string; direction: 'change' | 'revert'; files: number; atomic: boolean }
    | { type: 'changeset:done'; name: string; direction: 'change' | 'revert'; status: 'success' | 'failed'; durationMs: number; error?: string };

/** The lock of a run that is gone, taken over by this one. */
export interface LockTakeover {
    holder: LockHolder;
    reason: 'session-ended' | 'process-gone' | 'expired';
}

/** What a note is about: stable, so faces can pick their own wording or an icon. */
export type NoteCode =
    /** MySQL/MariaDB: files are not all-or-nothing. */
    | 'ddl-autocommit'
    /** The first build recorded the changesets on disk as baseline. */
    | 'baseline-recorded'
    /** A changeset's templates could not be rendered for its baseline row. */
    | 'baseline-unrendered'
    /** A changeset older than one already applied is being applied. */
    | 'out-of-order'
    /** Changesets whose names cannot tell which was made first (one date, no time). */
    | 'order-ambiguous'
    /** `--allow-stale`: an applied changeset was edited since, and the run went on. */
    | 'stale-changeset'
    /** `--allow-empty`: a changeset without a statement was recorded as applied. */
    | 'empty-changeset'
    /** Whether an applied changeset is stale could not be told (its templates do not render). */
    | 'stale-unknown'
    | 'waiting-for-server'
    | 'server-answered'
    /** A crashed run's script session was still on the server and was ended before the takeover. */
    | 'crashed-session-ended'
    | 'lock-refresh-failed'
    | 'lock-release-failed'
    | 'close-failed'
    /** The environment is a complete config, so the state file was not read. */
    | 'state-not-read'
    /** What a file's dialect decided about it as it starts (a dump's own BEGIN … COMMIT taken as noorm's). */
    | 'run-note'
    /** What a dry run says a file would do that its SQL does not show (the rows each COPY would load). */
    | 'plan-note'
    /** A secret too short to mask was stored. */
    | 'secret-too-short'
    /** `up` created the missing database. */
    | 'database-created'
    /** noorm's tracking tables were upgraded to this release's shape (once per database). */
    | 'tracking-upgraded'
    /** The run's end could not be written to the history (the run itself is recorded). */
    | 'history-not-recorded'
    /** The database's tracking tables predate the history: `history` starts at the next run. */
    | 'history-unavailable';

export interface NoteEvent {
    type: 'note';
    level: 'info' | 'warn';
    code: NoteCode;
    message: string;
    /** The changeset or file the note is about, where there is one. */
    changeset?: string;
    file?: string;
}

export type EventSink = (event: NoormEvent) => void;
