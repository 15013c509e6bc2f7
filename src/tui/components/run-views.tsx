import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { terminalSafe, type ChangeRunResult, type RunResult, type Session } from '../../core/index.js';
import { ErrorView } from './error-view.js';
import { formatMs } from './progress.js';

const PLAN_WORDS: Record<string, string> = { new: 'new      → runs', changed: 'changed  → runs', unchanged: 'unchanged, skipped', failed: 'failed before → runs' };

/** A dry run's files: what runs and what is skipped, and where. */
export function PlanTable({ plan, rows }: { plan: RunResult; rows: number }): ReactNode {
    const due = plan.files.filter((file) => file.sql !== undefined);
    const listed = plan.files.slice(0, Math.max(1, rows - 4));
    return (
        <Box flexDirection="column">
            <Text>
                <Text bold>{plan.command}</Text> on <Text bold>{terminalSafe(plan.target)}</Text> ({plan.config}): {plan.files.length} file{plan.files.length === 1 ? '' : 's'},{' '}
                {due.length} to run, {plan.files.length - due.length} unchanged
            </Text>
            {listed.map((file) => (
                <Text
                    key={file.path}
                    dimColor={file.sql === undefined}
                    color={file.status === 'new' || file.status === 'changed' || file.status === 'failed' ? 'yellow' : undefined}
                >
                    {file.sql === undefined ? '  · ' : '  ▸ '}
                    {terminalSafe(file.path).padEnd(40)} {PLAN_WORDS[file.status] ?? file.status}
                </Text>
            ))}
            {plan.files.length > listed.length ? <Text dimColor> … and {plan.files.length - listed.length} more</Text> : null}
        </Box>
    );
}

export function RunResultView({ result, session, rows }: { result: RunResult; session: Session; rows: number }): ReactNode {
    const count = (status: string) => result.files.filter((file) => file.status === status).length;
    const ran = result.files.filter((file) => file.status !== 'skipped');
    return (
        <Box flexDirection="column">
            <Text bold color={result.ok ? 'green' : 'red'}>
                {result.ok ? '✓ done' : '✗ failed'}: {result.command} on {terminalSafe(result.target)}: {count('success')} run, {count('skipped')} unchanged
                {count('failed') ? `, ${count('failed')} failed` : ''}
                {result.notRun.length ? `, ${result.notRun.length} not reached` : ''}
            </Text>
            {ran.length > Math.max(1, rows - 10) ? <Text dimColor> … {ran.length - Math.max(1, rows - 10)} earlier file(s) ran too</Text> : null}
            {ran.slice(-Math.max(1, rows - 10)).map((file) => (
                <Text key={file.path} color={file.status === 'failed' ? 'red' : undefined} wrap="truncate-middle">
                    {file.status === 'success' ? '  ✓ ok   ' : '  ✗ FAIL '}
                    <Text dimColor>{formatMs(file.durationMs).padStart(8)}</Text> {terminalSafe(file.path)}
                </Text>
            ))}
            {result.baselined?.length ? <Text>recorded as baseline: {result.baselined.map((name) => terminalSafe(name)).join(', ')}</Text> : null}
            {result.error ? (
                <Box marginTop={1}>
                    <ErrorView error={result.error} root={session.root} redactor={session.redactor} />
                </Box>
            ) : null}
        </Box>
    );
}

/** What a changeset command will run (its dry run): each changeset and its files. */
export function ChangePlanView({ plan, rows }: { plan: ChangeRunResult; rows: number }): ReactNode {
    const lines: ReactNode[] = [];
    for (const changeset of plan.changesets) {
        lines.push(
            <Text key={changeset.name} bold>
                {changeset.direction === 'revert' ? '↶ revert ' : '▸ apply '}
                {terminalSafe(changeset.name)} <Text dimColor>({changeset.atomic ? 'all or nothing' : 'one file at a time'})</Text>
            </Text>,
        );
        for (const file of changeset.files)
            lines.push(
                <Text key={`${changeset.name}/${file.path}`} dimColor={file.status === 'skipped'}>
                    {'    '}
                    {terminalSafe(file.path)}
                    {file.status === 'skipped' ? '  (done by the previous attempt)' : ''}
                </Text>,
            );
    }
    return (
        <Box flexDirection="column">
            <Text>
                <Text bold>{plan.command}</Text> on <Text bold>{terminalSafe(plan.target)}</Text> ({plan.config}): {plan.changesets.length} changeset
                {plan.changesets.length === 1 ? '' : 's'}
            </Text>
            {lines.slice(0, Math.max(1, rows - 4))}
            {lines.length > rows - 4 ? <Text dimColor> … {lines.length - (rows - 4)} more lines</Text> : null}
        </Box>
    );
}

export function ChangeResultView({ result, session }: { result: ChangeRunResult; session: Session }): ReactNode {
    return (
        <Box flexDirection="column">
            <Text bold color={result.ok ? 'green' : 'red'}>
                {result.ok ? '✓ done' : '✗ failed'}: {result.command} on {terminalSafe(result.target)}
            </Text>
            {result.message ? <Text>{terminalSafe(result.message)}</Text> : null}
            {result.changesets.map((changeset) => (
                <Text key={changeset.name} color={changeset.status === 'failed' ? 'red' : undefined}>
                    {'  '}
                    {changeset.status === 'success' ? '✓' : changeset.status === 'failed' ? '✗' : '·'} {terminalSafe(changeset.name)} {changeset.status}
                    {'durationMs' in changeset ? <Text dimColor> {formatMs(changeset.durationMs)}</Text> : null}
                </Text>
            ))}
            {result.error ? (
                <Box marginTop={1}>
                    <ErrorView error={result.error} root={session.root} redactor={session.redactor} />
                </Box>
            ) : null}
        </Box>
    );
}
