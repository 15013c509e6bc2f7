import { Spinner, TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import {
    asNoormError,
    changeAdd,
    changeEdit,
    changeFf,
    changeList,
    changeNext,
    changeRevert,
    changeRm,
    changeRun,
    terminalSafe,
    type ChangeAddResult,
    type ChangesetInfo,
    type NoormError,
    type Session,
} from '../../../core/index.js';
import { ActFlow } from '../../components/act-flow.js';
import { ErrorView } from '../../components/error-view.js';
import { FilterList } from '../../components/filter-list.js';
import { ChangePlanView, ChangeResultView } from '../../components/run-views.js';
import { useApp } from '../../context.js';
import { useScreenKeys, useTask } from '../../hooks.js';
import { key } from '../../keys.js';

const STATUS_SIGN: Record<ChangesetInfo['status'], string> = { pending: '○', applied: '●', baseline: '◆', reverted: '↶', failed: '✗', stale: '≠', orphaned: '?' };
const STATUS_COLOUR: Partial<Record<ChangesetInfo['status'], string>> = {
    pending: 'yellow',
    applied: 'green',
    baseline: 'green',
    failed: 'red',
    stale: 'magenta',
    orphaned: 'red',
};

/** `change`: every changeset with its state on the database and when; the verbs act on the one under the cursor. */
export function ChangeListScreen({ pick }: { pick?: 'run' | 'revert' }): ReactNode {
    const app = useApp();
    const [task, reload] = useTask(async () => changeList(await app.engine.open().context()), []);
    const [details, setDetails] = useState<string | null>(null);
    if (task.state === 'loading') return <Spinner label="reading the changesets and their history…" />;
    if (task.state === 'error') return <ChangeError error={task.error} reload={reload} />;
    const infos = task.value.changesets;
    const open = infos.find((info) => info.name === details);
    return (
        <Box flexDirection="column">
            <Text bold underline>
                {pick ? `Pick the changeset to ${pick} (enter)` : `Changesets on ${terminalSafe(task.value.target)}`}
            </Text>
            <FilterList
                items={infos}
                id={(info) => info.name}
                text={(info) => `${info.name} ${info.status}`}
                rows={app.bodyRows - (open ? 8 : 2)}
                empty={
                    <Text dimColor>
                        No changesets yet. Press <Text bold>a</Text> to add one.
                    </Text>
                }
                keys={(info) =>
                    pick
                        ? info
                            ? [key('enter', `${pick} it`, () => app.replace(`change/${pick}`, { name: info.name }))]
                            : []
                        : [
                              ...(info
                                  ? [
                                        key('enter', details === info.name ? 'hide details' : 'details', () => setDetails(details === info.name ? null : info.name)),
                                        key('r', 'run', () => app.navigate('change/run', { name: info.name })),
                                        key('v', 'revert', () => app.navigate('change/revert', { name: info.name })),
                                        key('e', 'edit', () => app.navigate('change/edit', { name: info.name }), { helpOnly: true }),
                                        key('d', 'delete', () => app.navigate('change/rm', { name: info.name }), { helpOnly: true }),
                                    ]
                                  : []),
                              key('n', 'next', () => app.navigate('change/next')),
                              key('f', 'ff: all pending', () => app.navigate('change/ff')),
                              key('a', 'add', () => app.navigate('change/add')),
                              key('g', 'read again', reload, { helpOnly: true }),
                          ]
                }
                render={(info) => (
                    <Text>
                        <Text color={STATUS_COLOUR[info.status]}>
                            {STATUS_SIGN[info.status]} {info.status.padEnd(9)}
                        </Text>{' '}
                        {terminalSafe(info.name).padEnd(36)}{' '}
                        <Text dimColor>
                            {info.executedAt
                                ? `${info.direction === 'revert' ? 'reverted' : 'applied'} ${terminalSafe(info.executedAt)} by ${terminalSafe(info.executedBy ?? '?')}`
                                : ''}
                        </Text>
                    </Text>
                )}
            />
            {open ? <ChangeDetails info={open} /> : null}
        </Box>
    );
}

function ChangeError({ error, reload }: { error: NoormError; reload: () => void }): ReactNode {
    const app = useApp();
    useScreenKeys([key('g', 'read again', reload), key('a', 'add', () => app.navigate('change/add'))]);
    return <ErrorView error={error} />;
}

function ChangeDetails({ info }: { info: ChangesetInfo }): ReactNode {
    return (
        <Box flexDirection="column" borderStyle="single" borderColor="gray" paddingX={1}>
            <Text bold>{terminalSafe(info.name)}</Text>
            <Text>
                {info.status}
                {info.configName ? ` on config ${terminalSafe(info.configName)}` : ''}
                {info.error ? <Text color="red"> · {terminalSafe(info.error)}</Text> : null}
            </Text>
            {info.files.length ? (
                info.files.slice(0, 4).map((file) => (
                    <Text key={file.path} dimColor>
                        {terminalSafe(file.path)} {file.status}
                    </Text>
                ))
            ) : (
                <Text dimColor>never run on this database</Text>
            )}
        </Box>
    );
}

/** `change run|revert <name>`, `change next [n]`, `change ff`: the changesets that will run and their files, then enter. */
export function ChangeActScreen({ verb }: { verb: 'run' | 'revert' | 'next' | 'ff' }): ReactNode {
    const app = useApp();
    const name = app.location.params['name'];
    const count = Number(app.location.params['count'] ?? 1);
    if ((verb === 'run' || verb === 'revert') && !name) return <ChangeListScreen pick={verb} />;
    const call = async (session: Session, dryRun: boolean) => {
        const context = await session.context();
        if (verb === 'run') return changeRun(context, name, { dryRun });
        if (verb === 'revert') return changeRevert(context, name!, { dryRun });
        if (verb === 'next') return changeNext(context, count, { dryRun });
        return changeFf(context, { dryRun });
    };
    return (
        <ActFlow
            action={verb === 'revert' ? 'revert it' : verb === 'run' ? 'apply it' : `apply ${verb === 'ff' ? 'them all' : 'them'}`}
            plan={(session) => call(session, true)}
            nothingToDo={(plan) => (plan.changesets.length ? null : (plan.message ?? 'nothing to do'))}
            renderPlan={(plan) => <ChangePlanView plan={plan} rows={app.bodyRows - 3} />}
            execute={(session) => call(session, false)}
            renderResult={(result, session) => <ChangeResultView result={result} session={session} />}
        />
    );
}

/** `change add [name]`: the name, then the dated folder with change/ and revert/ scaffolded. */
export function ChangeAddScreen(): ReactNode {
    const app = useApp();
    const [name, setName] = useState(app.location.params['name'] ?? '');
    const [outcome, setOutcome] = useState<{ result?: ChangeAddResult; error?: NoormError } | null>(null);
    const add = () => {
        if (!name.trim()) return;
        const session = app.engine.open();
        session
            .paths()
            .then((paths) => changeAdd(paths, name))
            .then(
                (result) => setOutcome({ result }),
                (error: unknown) => setOutcome({ error: asNoormError(error) }),
            );
    };
    useScreenKeys(outcome?.result ? [key('enter', 'to the changesets', () => app.replace('change'))] : [key('enter', 'create it', add), key('esc', 'cancel', app.back)], {
        textField: !outcome?.result,
    });
    if (outcome?.result)
        return (
            <Box flexDirection="column">
                <Text color="green">✓ created {terminalSafe(outcome.result.name)}</Text>
                {outcome.result.files.map((file) => (
                    <Text key={file}> {terminalSafe(file)}</Text>
                ))}
                <Text dimColor>Write the change in change/ and its undoing in revert/; files run in filename order.</Text>
            </Box>
        );
    return (
        <Box flexDirection="column">
            <Text bold underline>
                Add a changeset
            </Text>
            <Box>
                <Text>name: </Text>
                <TextInput defaultValue={name} onChange={setName} placeholder="add email verification" isDisabled={app.overlayOpen} />
            </Box>
            <Text dimColor>The folder is named with today&apos;s date: 2026-01-31_add-email-verification.</Text>
            {outcome?.error ? <ErrorView error={outcome.error} /> : null}
        </Box>
    );
}

/** `change edit <name>`: where its files are, to open in an editor. */
export function ChangeEditScreen(): ReactNode {
    const app = useApp();
    const name = app.location.params['name'];
    const [task] = useTask(async () => (name ? changeEdit(await app.engine.open().paths(), name) : null), [name]);
    if (!name) return <ChangeListScreen />;
    if (task.state === 'loading') return <Spinner label="finding the changeset…" />;
    if (task.state === 'error') return <ErrorView error={task.error} />;
    return (
        <Box flexDirection="column">
            <Text>
                <Text bold>{terminalSafe(task.value!.name)}</Text> is in:
            </Text>
            <Text> {terminalSafe(task.value!.dir)}</Text>
            <Text dimColor>Open it in your editor (change/ holds the change, revert/ its undoing).</Text>
        </Box>
    );
}

/** `change rm <name>`: removes its folder (refused while it is applied). */
export function ChangeRmScreen(): ReactNode {
    const app = useApp();
    const name = app.location.params['name'];
    if (!name) return <Text>Pick a changeset in the list and press d.</Text>;
    return (
        <ActFlow
            action={`delete ${name}`}
            plan={async () => name}
            renderPlan={(changeset) => <Text>Delete the folder of changeset {terminalSafe(changeset)} (refused while it is applied on the database).</Text>}
            execute={async (session) => changeRm(await session.context(), name)}
            renderResult={(result) => <Text color="green">✓ removed {terminalSafe(result.dir)}</Text>}
        />
    );
}
