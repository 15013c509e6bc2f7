import { Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { asNoormError, type NoormError, type ResultEnvelope, type Session } from '../../core/index.js';
import { useApp } from '../context.js';
import { useScreenKeys } from '../hooks.js';
import { key } from '../keys.js';
import { ErrorView } from './error-view.js';
import { NO_PROGRESS, Progress, progressReducer } from './progress.js';

export interface ActFlowProps<P, R extends ResultEnvelope> {
    /** What will run, read without writing anything (a dry run); null where there is no plan to read. */
    plan(session: Session): Promise<P>;
    renderPlan(plan: P, session: Session): ReactNode;
    /** Why there is nothing to do, when there is nothing (no confirmation is asked then). */
    nothingToDo?(plan: P): string | null;
    /** The verb itself; protected configs ask for the typed confirmation through the session. */
    execute(session: Session): Promise<R>;
    renderResult(result: R, session: Session): ReactNode;
    /** What enter does on the plan (`run the build`). */
    action: string;
    /** Done: the app's header may change (db created, config removed). */
    onDone?(result: R): void;
}

type Phase<P, R> =
    { phase: 'planning' } | { phase: 'plan'; plan: P } | { phase: 'running' } | { phase: 'result'; result: R } | { phase: 'error'; error: NoormError; during: 'plan' | 'run' };

/**
 * Plan → confirm → progress → result, for everything that writes: the plan is read first (nothing is
 * written), enter runs it, the engine's events draw the progress, and the result (or the error, with
 * file and line) stays on screen. Ctrl-C while it runs is the engine's interruption.
 */
export function ActFlow<P, R extends ResultEnvelope>(props: ActFlowProps<P, R>): ReactNode {
    const app = useApp();
    const [state, setState] = useState<Phase<P, R>>({ phase: 'planning' });
    const [progress, onEvent] = useReducer(progressReducer, NO_PROGRESS);
    const [round, setRound] = useState(0);
    const planSession = useRef<Session | null>(null);
    const runSession = useRef<Session | null>(null);

    useEffect(() => {
        let current = true;
        const session = app.engine.open();
        planSession.current = session;
        setState({ phase: 'planning' });
        props.plan(session).then(
            (plan) => current && setState({ phase: 'plan', plan }),
            (error: unknown) => current && setState({ phase: 'error', error: asNoormError(error), during: 'plan' }),
        );
        return () => {
            current = false;
        };
        // The plan is read when the screen opens and on `r`.
    }, [round]);

    const start = () => {
        const session = app.engine.open(onEvent);
        runSession.current = session;
        app.setRunning(session);
        setState({ phase: 'running' });
        props.execute(session).then(
            (result) => {
                app.setRunning(null);
                setState({ phase: 'result', result });
                props.onDone?.(result);
            },
            (error: unknown) => {
                app.setRunning(null);
                setState({ phase: 'error', error: asNoormError(error), during: 'run' });
            },
        );
    };

    const nothing = state.phase === 'plan' ? (props.nothingToDo?.(state.plan) ?? null) : null;
    const keys =
        state.phase === 'plan'
            ? [...(nothing ? [] : [key('enter', props.action, start)]), key('r', 'read the plan again', () => setRound((n) => n + 1))]
            : state.phase === 'result' || (state.phase === 'error' && state.during === 'run')
              ? [key('enter', 'back', app.back), key('r', 'read the plan again', () => setRound((n) => n + 1))]
              : state.phase === 'error'
                ? [key('r', 'try again', () => setRound((n) => n + 1))]
                : [];
    useScreenKeys(keys);

    const session = (state.phase === 'plan' || state.phase === 'planning' ? planSession.current : runSession.current) ?? planSession.current;
    switch (state.phase) {
        case 'planning':
            return <Spinner label="reading the plan (nothing is written)…" />;
        case 'plan':
            return (
                <Box flexDirection="column">
                    {props.renderPlan(state.plan, session!)}
                    <Box marginTop={1}>
                        {nothing ? (
                            <Text color="green">✓ {nothing}</Text>
                        ) : (
                            <Text>
                                Press{' '}
                                <Text bold color="cyan">
                                    enter
                                </Text>{' '}
                                to {props.action}, esc to go back.
                            </Text>
                        )}
                    </Box>
                </Box>
            );
        case 'running':
            return <Progress state={progress} rows={app.bodyRows} />;
        case 'result':
            return props.renderResult(state.result, session!);
        case 'error':
            return (
                <Box flexDirection="column">
                    <Text bold>{state.during === 'plan' ? 'The plan could not be read:' : 'It did not finish:'}</Text>
                    <ErrorView error={state.error} root={session?.root} redactor={session?.redactor} />
                    {state.during === 'run' && progress.done.length ? (
                        <Text dimColor>
                            {progress.done.filter((file) => file.status === 'success').length} file(s) completed and recorded before the stop; the rest did not run.
                        </Text>
                    ) : null}
                </Box>
            );
    }
}
