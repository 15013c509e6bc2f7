import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import type { KeyBinding } from '../keys.js';

/** `?`: every key of the current screen and the global ones, from the registry, with a search box. */
export function HelpOverlay({ screenKeys, globalKeys, rows }: { screenKeys: readonly KeyBinding[]; globalKeys: readonly KeyBinding[]; rows: number }): ReactNode {
    const [search, setSearch] = useState('');
    const needle = search.trim().toLowerCase();
    const matches = (binding: KeyBinding) => !needle || binding.label.toLowerCase().includes(needle) || binding.description.toLowerCase().includes(needle);
    const groups: Array<[string, KeyBinding[]]> = [
        ['This screen', screenKeys.filter(matches)],
        ['Everywhere', globalKeys.filter(matches)],
    ];
    const width = Math.max(...[...screenKeys, ...globalKeys].map((binding) => binding.label.length), 3) + 2;
    // Everything as lines, cut to the space there is: a box taller than its room would overlap its lines.
    const lines: ReactNode[] = [];
    for (const [title, bindings] of groups) {
        lines.push(
            <Text key={`title:${title}`} underline>
                {title}
            </Text>,
        );
        if (!bindings.length) lines.push(<Text key={`none:${title}`} dimColor>{`no key matches “${search}”`}</Text>);
        for (const binding of bindings)
            lines.push(
                <Text key={`${title}:${binding.label}`} wrap="truncate-end">
                    <Text bold color="cyan">
                        {binding.label.padEnd(width)}
                    </Text>
                    {binding.description}
                </Text>,
            );
    }
    const room = Math.max(1, rows - 3);
    return (
        <Box flexDirection="column">
            <Text bold>Help · type to search · esc closes</Text>
            <Box>
                <Text>search: </Text>
                <TextInput placeholder="a key or a word" onChange={setSearch} />
            </Box>
            {lines.length > room ? [...lines.slice(0, room - 1), <Text key="more" dimColor>{`… ${lines.length - room + 1} more lines: type to narrow`}</Text>] : lines}
        </Box>
    );
}
