import { Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import path from 'node:path';
import type { ReactNode } from 'react';
import { discoverSqlFiles, runBuild, runDir, runFile, terminalSafe, type RunResult } from '../../../core/index.js';
import { ActFlow } from '../../components/act-flow.js';
import { ErrorView } from '../../components/error-view.js';
import { FilterList } from '../../components/filter-list.js';
import { PlanTable, RunResultView } from '../../components/run-views.js';
import { useApp } from '../../context.js';
import { useTask } from '../../hooks.js';
import { key } from '../../keys.js';
import { Menu } from '../menu.js';

export function RunScreen(): ReactNode {
    return (
        <Menu
            title="Run SQL"
            items={[
                { route: 'run/build', label: 'build', description: 'the schema folder, in filename order; unchanged files are skipped' },
                { route: 'run/file', label: 'file', description: 'one SQL file (pick it)' },
                { route: 'run/dir', label: 'dir', description: 'every SQL file below a folder (pick it)' },
            ]}
        />
    );
}

function RunFlow({ action, call }: { action: string; call: (session: import('../../../core/index.js').Session, dryRun: boolean) => Promise<RunResult> }): ReactNode {
    const app = useApp();
    return (
        <ActFlow
            action={action}
            plan={(session) => call(session, true)}
            nothingToDo={(plan) => (plan.files.some((file) => file.sql !== undefined) ? null : 'nothing to run: every file is unchanged since it last ran')}
            renderPlan={(plan) => <PlanTable plan={plan} rows={app.bodyRows - 3} />}
            execute={(session) => call(session, false)}
            renderResult={(result, session) => <RunResultView result={result} session={session} rows={app.bodyRows} />}
        />
    );
}

export function RunBuildScreen(): ReactNode {
    return <RunFlow action="run the build" call={async (session, dryRun) => runBuild(await session.context(), { dryRun })} />;
}

/** `run file|dir [path]`: a picker of the project's SQL files (or their folders), then the plan. */
export function RunPathScreen({ kind }: { kind: 'file' | 'dir' }): ReactNode {
    const app = useApp();
    const given = app.location.params['path'];
    if (given) {
        const target = path.resolve(app.engine.cwd, given);
        return (
            <RunFlow
                action={`run ${kind === 'file' ? 'the file' : 'the folder'}`}
                call={async (session, dryRun) => (kind === 'file' ? runFile(await session.context(), target, { dryRun }) : runDir(await session.context(), target, { dryRun }))}
            />
        );
    }
    return <PathPicker kind={kind} />;
}

function PathPicker({ kind }: { kind: 'file' | 'dir' }): ReactNode {
    const app = useApp();
    const [task, reload] = useTask(async () => {
        const session = app.engine.open();
        const paths = await session.paths();
        const files = discoverSqlFiles(paths, paths.root, 'project');
        const shown = kind === 'file' ? files : [...new Set(files.map((file) => path.dirname(file)))];
        return { root: paths.root, entries: shown.map((entry) => path.relative(paths.root, entry) || '.') };
    }, [kind]);
    if (task.state === 'loading') return <Spinner label="looking for SQL files…" />;
    if (task.state === 'error') return <ErrorView error={task.error} />;
    return (
        <Box flexDirection="column">
            <Text bold>Pick the {kind === 'file' ? 'file' : 'folder'} to run (/ filters)</Text>
            <FilterList
                items={task.value.entries}
                id={(entry) => entry}
                text={(entry) => entry}
                rows={app.bodyRows - 2}
                empty={<Text dimColor>No SQL files in this project.</Text>}
                keys={(entry) => [
                    ...(entry
                        ? [key('enter', `plan ${kind === 'file' ? 'this file' : 'this folder'}`, () => app.navigate(`run/${kind}`, { path: path.join(task.value.root, entry) }))]
                        : []),
                    key('r', 'look again', reload, { helpOnly: true }),
                ]}
                render={(entry) => <Text>{terminalSafe(entry)}</Text>}
            />
        </Box>
    );
}
