import { ProgressBar, Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { terminalSafe, type NoormEvent } from '../../core/index.js';

/** What the engine's events said so far about a running command. */
export interface ProgressState {
    target: string | null;
    total: number;
    toRun: number;
    skipped: number;
    running: string | null;
    done: Array<{ path: string; status: 'success' | 'failed'; durationMs: number }>;
    changesets: Array<{ name: string; direction: 'change' | 'revert'; status: 'running' | 'success' | 'failed'; durationMs?: number }>;
    notes: string[];
    waitingForLock: string | null;
}

export const NO_PROGRESS: ProgressState = { target: null, total: 0, toRun: 0, skipped: 0, running: null, done: [], changesets: [], notes: [], waitingForLock: null };

export function progressReducer(state: ProgressState, event: NoormEvent): ProgressState {
    switch (event.type) {
        case 'run:start':
            return { ...state, target: event.target, total: event.total, toRun: state.toRun + event.toRun };
        case 'file:start':
            return { ...state, running: event.path, waitingForLock: null };
        case 'file:done':
            return { ...state, running: null, done: [...state.done, { path: event.path, status: event.status, durationMs: event.durationMs }] };
        case 'file:skip':
            return { ...state, skipped: state.skipped + 1 };
        case 'lock:wait':
            return { ...state, waitingForLock: `${event.holder.lockedBy} since ${event.holder.lockedAt}` };
        case 'lock:acquired':
            return { ...state, waitingForLock: null };
        case 'note':
            return { ...state, notes: [...state.notes, `${event.level === 'warn' ? 'warning: ' : ''}${event.message}`] };
        case 'changeset:start':
            return { ...state, changesets: [...state.changesets, { name: event.name, direction: event.direction, status: 'running' }] };
        case 'changeset:done':
            return {
                ...state,
                changesets: state.changesets.map((changeset) => (changeset.name === event.name ? { ...changeset, status: event.status, durationMs: event.durationMs } : changeset)),
            };
    }
}

export function formatMs(ms: number): string {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** Each file: a spinner while it runs, then its status and time; a bar for the whole. */
export function Progress({ state, rows }: { state: ProgressState; rows: number }): ReactNode {
    const finished = state.done.length;
    const percent = state.toRun ? Math.round((finished / state.toRun) * 100) : 0;
    const recent = state.done.slice(-Math.max(1, rows - 5));
    return (
        <Box flexDirection="column">
            {state.waitingForLock ? <Spinner label={`waiting for the lock held by ${terminalSafe(state.waitingForLock)}`} /> : null}
            {state.changesets.map((changeset) => (
                <Text key={changeset.name}>
                    {changeset.status === 'running' ? '…' : changeset.status === 'success' ? '✓' : '✗'} {changeset.direction === 'revert' ? 'reverting' : 'applying'}{' '}
                    {terminalSafe(changeset.name)}
                    {changeset.durationMs !== undefined ? `  ${formatMs(changeset.durationMs)}` : ''}
                </Text>
            ))}
            {recent.map((file, i) => (
                <Text key={`${i}:${file.path}`} color={file.status === 'failed' ? 'red' : undefined} wrap="truncate-middle">
                    {file.status === 'success' ? '✓ ok  ' : '✗ FAIL'} <Text dimColor>{formatMs(file.durationMs).padStart(8)}</Text> {terminalSafe(file.path)}
                </Text>
            ))}
            {state.running ? <Spinner label={terminalSafe(state.running)} /> : null}
            <Box marginTop={1}>
                <Box width={30}>
                    <ProgressBar value={percent} />
                </Box>
                <Text>
                    {' '}
                    {finished}/{state.toRun} run{state.skipped ? `, ${state.skipped} unchanged` : ''} · ctrl+c stops (the current file rolls back)
                </Text>
            </Box>
        </Box>
    );
}
