import { Spinner, TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { asNoormError, copyConfig, listConfigs, removeConfig, useConfig, validateConfigName, messageOf, type NoormError } from '../../../core/index.js';
import { ActFlow } from '../../components/act-flow.js';
import { ErrorView } from '../../components/error-view.js';
import { useApp } from '../../context.js';
import { useScreenKeys } from '../../hooks.js';
import { key } from '../../keys.js';
import { ConfigList } from './list.js';

/** `config use <name>`: makes it active and goes back; without a name, the list to pick from. */
export function ConfigUseScreen(): ReactNode {
    const app = useApp();
    const name = app.location.params['name'];
    const [error, setError] = useState<NoormError | null>(null);
    useEffect(() => {
        if (!name) return;
        useConfig(app.engine.open().store, name).then(
            () => {
                app.refreshActive();
                app.back();
            },
            (thrown: unknown) => setError(asNoormError(thrown)),
        );
    }, [name]);
    if (!name)
        return (
            <Box flexDirection="column">
                <Text bold>Pick the config to use (enter)</Text>
                <ConfigList rows={app.bodyRows - 2} />
            </Box>
        );
    return error ? <ErrorView error={error} /> : <Spinner label={`using ${name}…`} />;
}

/** `config rm <name>`: says what goes, asks (typed on a protected config), removes. */
export function ConfigRmScreen(): ReactNode {
    const app = useApp();
    const name = app.location.params['name'];
    if (!name)
        return (
            <Box flexDirection="column">
                <Text bold>Pick the config to remove (d)</Text>
                <ConfigList rows={app.bodyRows - 2} />
            </Box>
        );
    return (
        <ActFlow
            action={`remove config ${name}`}
            plan={async (session) => {
                const found = (await listConfigs(session.store)).configs.find((config) => config.name === name);
                if (!found) return null;
                return found;
            }}
            nothingToDo={(config) => (config ? null : `there is no config named ${name}`)}
            renderPlan={(config) =>
                config ? (
                    <Box flexDirection="column">
                        <Text>
                            Remove config <Text bold>{config.name}</Text>
                            {config.protected ? <Text color="red"> 🔒 protected</Text> : ''} ({config.target ?? '?'}) and its {config.secretKeys.length} secret(s).
                        </Text>
                        <Text dimColor>The database itself is not touched.</Text>
                    </Box>
                ) : null
            }
            execute={(session) => removeConfig(session.store, name, session.guard)}
            onDone={() => app.refreshActive()}
            renderResult={(result) => <Text color="green">✓ removed config {result.name}</Text>}
        />
    );
}

/** `config cp <from> [to]`: asks for the new name (checked as you type), copies with its secrets. */
export function ConfigCpScreen(): ReactNode {
    const app = useApp();
    const from = app.location.params['from'];
    const [to, setTo] = useState(app.location.params['to'] ?? '');
    const [outcome, setOutcome] = useState<{ done?: string; error?: NoormError } | null>(null);
    const problem = (() => {
        if (!to) return 'type the new name';
        try {
            validateConfigName(to);
            return null;
        } catch (error) {
            return messageOf(error);
        }
    })();
    const save = () => {
        if (!from || problem) return;
        copyConfig(app.engine.open().store, from, to).then(
            () => setOutcome({ done: `copied ${from} to ${to}` }),
            (error: unknown) => setOutcome({ error: asNoormError(error) }),
        );
    };
    useScreenKeys(outcome ? [key('enter', 'back', app.back)] : [key('enter', 'copy', save), key('esc', 'cancel', app.back)], { textField: !outcome });
    if (!from) return <Text>Pick a config in the list and press c to copy it.</Text>;
    if (outcome?.done) return <Text color="green">✓ {outcome.done}</Text>;
    return (
        <Box flexDirection="column">
            <Text>
                Copy config <Text bold>{from}</Text> (with its secrets) as:
            </Text>
            <Box>
                <Text>new name: </Text>
                <TextInput defaultValue={to} onChange={setTo} isDisabled={app.overlayOpen} />
            </Box>
            <Text color={problem ? 'yellow' : 'green'}>{problem ?? '✓ ok'}</Text>
            {outcome?.error ? <ErrorView error={outcome.error} /> : null}
        </Box>
    );
}
