import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { KeyBinding } from '../keys.js';

const SHORT: Record<string, string> = { esc: 'back', '?': 'help', q: 'quit' };

function label(binding: KeyBinding, i: number): ReactNode {
    return (
        <Text key={binding.label}>
            {i ? '  ' : ''}
            <Text bold color="cyan">
                {binding.label}
            </Text>{' '}
            {binding.description}
        </Text>
    );
}

/** The keys of the screen, then the global ones worth a reminder; drawn from the same registry as the help. */
export function Footer({ screenKeys, globalKeys }: { screenKeys: readonly KeyBinding[]; globalKeys: readonly KeyBinding[] }): ReactNode {
    const own = screenKeys.filter((binding) => !binding.helpOnly);
    const always = globalKeys.filter((binding) => ['esc', '?', 'q'].includes(binding.label) && !screenKeys.some((mine) => mine.label === binding.label));
    // The screen's keys may be cut at the right; esc, ? and q always show (? lists what was cut).
    return (
        <Box>
            <Box flexGrow={1} flexShrink={1}>
                <Text wrap="truncate-end">{own.map((binding, i) => label(binding, i))}</Text>
            </Box>
            <Box flexShrink={0} marginLeft={own.length ? 2 : 0}>
                <Text>{always.map((binding, i) => label({ ...binding, description: SHORT[binding.label] ?? binding.description }, i))}</Text>
            </Box>
        </Box>
    );
}
