import { TextInput } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import { useState, type ReactNode } from 'react';
import { ROUTES, type Route } from '../routes.js';

/** `:`: jump to any screen by typing part of its name (`build`, `config add`, `lock`); enter goes. */
export function Palette({ rows, onPick, onCancel }: { rows: number; onPick: (route: Route) => void; onCancel: () => void }): ReactNode {
    const [typed, setTyped] = useState('');
    const [cursor, setCursor] = useState(0);
    const found = filterRoutes(typed);
    const selected = found[Math.min(cursor, found.length - 1)];
    useInput((_input, key) => {
        if (key.escape) onCancel();
        else if (key.upArrow) setCursor((n) => Math.max(0, n - 1));
        else if (key.downArrow) setCursor((n) => Math.min(found.length - 1, n + 1));
        else if (key.return && selected) onPick(selected.route);
    });
    return (
        <Box flexDirection="column">
            <Box>
                <Text bold color="cyan">
                    :{' '}
                </Text>
                <TextInput
                    placeholder="screen name (config add, build, lock…)"
                    onChange={(value) => {
                        setTyped(value);
                        setCursor(0);
                    }}
                />
            </Box>
            {found.slice(0, Math.max(1, rows - 2)).map((info) => (
                <Text key={info.route} inverse={info === selected}>
                    {info === selected ? '> ' : '  '}
                    {info.route.replace('/', ' ').padEnd(16)} {info.title}
                </Text>
            ))}
            {found.length ? null : <Text dimColor>no screen matches “{typed}”</Text>}
        </Box>
    );
}

/** Routes whose name or title holds every typed word; routes with parameters open their pickers. */
export function filterRoutes(typed: string): typeof ROUTES {
    const words = typed
        .toLowerCase()
        .split(/[\s/]+/)
        .filter(Boolean);
    return ROUTES.filter((info) => {
        const text = `${info.route.replace('/', ' ')} ${info.title}`.toLowerCase();
        return words.every((word) => text.includes(word));
    });
}
