import { Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { listConfigs, terminalSafe, type ConfigSummary } from '../../../core/index.js';
import { ErrorView } from '../../components/error-view.js';
import { FilterList } from '../../components/filter-list.js';
import { useApp } from '../../context.js';
import { useScreenKeys, useTask } from '../../hooks.js';
import { key, type KeyBinding } from '../../keys.js';

/** The stored configs with the keys that act on one: enter uses it, a adds, e edits, d removes, c copies. */
export function ConfigList({ rows, extraKeys = [] }: { rows: number; extraKeys?: KeyBinding[] }): ReactNode {
    const app = useApp();
    const [task, reload] = useTask(() => listConfigs(app.engine.open().store), []);
    if (task.state === 'loading') return <ConfigKeysOnly extraKeys={extraKeys} child={<Spinner label="reading the configs…" />} />;
    if (task.state === 'error') return <ConfigKeysOnly extraKeys={[key('r', 'read again', reload), ...extraKeys]} child={<ErrorView error={task.error} />} />;
    const configs = task.value.configs;
    return (
        <FilterList
            items={configs}
            id={(config) => config.name}
            text={(config) => `${config.name} ${config.target ?? ''}`}
            rows={rows}
            empty={
                <Text dimColor>
                    No configs yet. Press <Text bold>a</Text> to add one.
                </Text>
            }
            keys={(config) => [
                ...(config
                    ? [
                          key('enter', 'use', () => app.navigate('config/use', { name: config.name })),
                          key('e', 'edit', () => app.navigate('config/edit', { name: config.name })),
                          key('d', 'delete', () => app.navigate('config/rm', { name: config.name })),
                          key('c', 'copy', () => app.navigate('config/cp', { from: config.name })),
                      ]
                    : []),
                key('a', 'add', () => app.navigate('config/add')),
                ...extraKeys,
            ]}
            render={(config) => <ConfigLine config={config} />}
        />
    );
}

function ConfigKeysOnly({ extraKeys, child }: { extraKeys: KeyBinding[]; child: ReactNode }): ReactNode {
    const app = useApp();
    useScreenKeys([key('a', 'add', () => app.navigate('config/add')), ...extraKeys]);
    return child;
}

function ConfigLine({ config }: { config: ConfigSummary }): ReactNode {
    const marks = [config.isTest ? 'test' : '', config.type === 'remote' ? 'remote' : '', config.secretKeys.length ? `${config.secretKeys.length} secret(s)` : ''].filter(Boolean);
    return (
        <Text>
            <Text bold={config.active}>{config.name.padEnd(14)}</Text>
            {config.active ? <Text color="green"> (active)</Text> : '         '}
            {config.protected ? <Text color="red"> 🔒 protected</Text> : ''} <Text dimColor>{terminalSafe(config.target ?? '?')}</Text>
            {marks.length ? <Text dimColor> · {marks.join(', ')}</Text> : null}
        </Text>
    );
}

export function ConfigListScreen(): ReactNode {
    const app = useApp();
    return (
        <Box flexDirection="column">
            <Text bold underline>
                Configs
            </Text>
            <ConfigList rows={app.bodyRows - 2} />
        </Box>
    );
}
