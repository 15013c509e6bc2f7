import { Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useEffect, type ReactNode } from 'react';
import { describeHolder, lockStatus, releaseLock, terminalSafe } from '../../../core/index.js';
import { ActFlow } from '../../components/act-flow.js';
import { ErrorView } from '../../components/error-view.js';
import { useApp } from '../../context.js';
import { useScreenKeys, useTask } from '../../hooks.js';
import { key } from '../../keys.js';

const REFRESH_MS = 2000;

/** `lock status`: who holds the lock, since when, until when, alive or not; refreshes by itself. */
export function LockStatusScreen(): ReactNode {
    const app = useApp();
    const [task, reload] = useTask(async () => lockStatus(await app.engine.open().context()), []);
    useEffect(() => {
        const timer = setInterval(reload, REFRESH_MS);
        return () => clearInterval(timer);
    }, [reload]);
    useScreenKeys([key('r', 'refresh now', reload), key('x', 'release the lock', () => app.navigate('lock/release'))]);
    if (task.state === 'loading') return <Spinner label="reading the lock…" />;
    if (task.state === 'error') return <ErrorView error={task.error} />;
    const status = task.value;
    const h = status.holder;
    return (
        <Box flexDirection="column">
            <Text bold underline>
                Lock on {terminalSafe(status.target)}
            </Text>
            {h ? (
                <>
                    <Text color="yellow">● locked</Text>
                    <Text>holder: {terminalSafe(h.lockedBy)}</Text>
                    <Text>
                        where: {terminalSafe(h.host ?? '?')}
                        {h.pid ? ` pid ${h.pid}` : ''}
                        {h.sessionId ? `, server session ${terminalSafe(h.sessionId)}` : ''}
                    </Text>
                    <Text>since: {terminalSafe(h.lockedAt)}</Text>
                    <Text>expires: {terminalSafe(h.expiresAt)}</Text>
                    <Text>
                        holder is{' '}
                        {status.liveness === 'alive'
                            ? 'alive'
                            : status.liveness === 'dead'
                              ? 'gone (the next run takes the lock over)'
                              : h.expired
                                ? 'unknown, expired'
                                : 'unknown'}
                    </Text>
                </>
            ) : (
                <Text color="green">○ not locked</Text>
            )}
            <Text dimColor>refreshes every {REFRESH_MS / 1000} s</Text>
        </Box>
    );
}

/** `lock release`: frees the lock of a run that is gone; a live holder keeps it. */
export function LockReleaseScreen(): ReactNode {
    return (
        <ActFlow
            action="release the lock"
            plan={async (session) => lockStatus(await session.context())}
            nothingToDo={(status) => (status.holder ? null : 'the lock is not held')}
            renderPlan={(status) => (status.holder ? <Text>Release the lock held by {terminalSafe(describeHolder(status.holder))}.</Text> : <Text>Nobody holds the lock.</Text>)}
            execute={async (session) => releaseLock(await session.context())}
            renderResult={(result) => (
                <Text color="green">{result.holder ? `✓ released the lock held by ${terminalSafe(result.holder.lockedBy)}` : 'the lock was not held; nothing to do'}</Text>
            )}
        />
    );
}
