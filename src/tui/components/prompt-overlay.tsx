import { PasswordInput, TextInput } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import type { ReactNode } from 'react';

/** A question the engine asks through the app: the typed confirmation of a protected config, a passphrase. */
export interface PromptRequest {
    title: string;
    message: string;
    /** The phrase to type, shown again under the field. */
    expected?: string;
    mask?: boolean;
    resolve(answer: string | null): void;
}

export function PromptOverlay({ request }: { request: PromptRequest }): ReactNode {
    useInput((_input, key) => {
        if (key.escape) request.resolve(null);
    });
    return (
        <Box flexDirection="column" borderStyle="double" borderColor="red" paddingX={1}>
            <Text bold color="red">
                {request.title}
            </Text>
            <Text>{request.message}</Text>
            <Box marginTop={1}>
                <Text>&gt; </Text>
                {request.mask ? <PasswordInput onSubmit={(value) => request.resolve(value)} /> : <TextInput onSubmit={(value) => request.resolve(value)} />}
            </Box>
            <Text dimColor>enter confirms · esc cancels (nothing is done)</Text>
        </Box>
    );
}
