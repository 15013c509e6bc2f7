import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { KeyBinding } from '../keys.js';

/** The keys of the screen, then the global ones worth a reminder; drawn from the same registry as the help. */
export function Footer({ screenKeys, globalKeys }: { screenKeys: readonly KeyBinding[]; globalKeys: readonly KeyBinding[] }): ReactNode {
    const shown = [
        ...screenKeys.filter((binding) => !binding.helpOnly),
        ...globalKeys.filter((binding) => ['esc', '?', 'q'].includes(binding.label) && !screenKeys.some((own) => own.label === binding.label)),
    ];
    return (
        <Box>
            <Text wrap="truncate-end">
                {shown.map((binding, i) => (
                    <Text key={binding.label}>
                        {i ? '  ' : ''}
                        <Text bold color="cyan">
                            {binding.label}
                        </Text>{' '}
                        {binding.description}
                    </Text>
                ))}
            </Text>
        </Box>
    );
}
