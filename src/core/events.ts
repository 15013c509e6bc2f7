/**
 * Progress reported by the engine while it works. One event type feeds the CLI's progress lines,
 * the TUI's progress bar and the Action's job summary; the engine itself never prints.
 */
export type NoormEvent =
    | { type: 'run:start'; command: string; target: string; total: number; toRun: number; dryRun: boolean }
    | { type: 'file:start'; path: string; index: number; count: number }
    | { type: 'file:done'; path: string; status: 'success' | 'failed'; durationMs: number; error?: string }
    | { type: 'file:skip'; path: string; reason: 'unchanged' }
    | { type: 'lock:wait'; holder: string; since: string; expiresAt: string }
    | { type: 'lock:acquired'; tookOver?: string }
    | { type: 'note'; level: 'info' | 'warn'; message: string }
    | { type: 'changeset:start'; name: string; direction: 'change' | 'revert'; files: number; atomic: boolean }
    | { type: 'changeset:done'; name: string; direction: 'change' | 'revert'; status: 'success' | 'failed'; durationMs: number; error?: string };

export type EventSink = (event: NoormEvent) => void;
