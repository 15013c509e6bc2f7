import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useApp } from '../context.js';
import { key } from '../keys.js';
import { ConfigList } from './config/list.js';

/** Home: the configs (enter uses one) and the sections, one key each. */
export function HomeScreen(): ReactNode {
    const app = useApp();
    const sections = [
        key('b', 'build the schema', () => app.navigate('run/build')),
        key('g', 'changesets', () => app.navigate('change')),
        key('x', 'database create/destroy', () => app.navigate('db'), { helpOnly: true }),
        key('l', 'lock status', () => app.navigate('lock/status'), { helpOnly: true }),
    ];
    return (
        <Box flexDirection="column">
            <Text bold underline>
                Configs
            </Text>
            <ConfigList rows={app.bodyRows - 4} extraKeys={sections} />
            <Box marginTop={1}>
                <Text dimColor>tab: next section · : jump to a screen · ? every key</Text>
            </Box>
        </Box>
    );
}
