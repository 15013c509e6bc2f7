import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { sourceExcerpt, terminalSafe, type NoormError, type Redactor } from '../../core/index.js';

/** An error as the engine describes it: the message, the file and line, the failing statement, the hint. */
export function ErrorView({ error, root, redactor }: { error: NoormError; root?: string; redactor?: Redactor }): ReactNode {
    const show = (text: string) => (redactor ? redactor.redact(terminalSafe(text)) : terminalSafe(text));
    const excerpt = root ? sourceExcerpt(root, error.file, error.line) : null;
    const width = excerpt ? String(excerpt.at(-1)!.number).length : 0;
    return (
        <Box flexDirection="column">
            <Text color="red" bold>
                ✗ error: {show(error.message)}
            </Text>
            {error.file ? (
                <Text>
                    {'  '}at{' '}
                    <Text bold>
                        {show(error.file)}
                        {error.line ? `:${error.line}` : ''}
                    </Text>
                </Text>
            ) : null}
            {excerpt ? (
                <Box flexDirection="column" marginLeft={2} marginTop={1}>
                    {excerpt.map((line) => (
                        <Text key={line.number} color={line.failing ? 'red' : undefined} dimColor={!line.failing} wrap="truncate-end">
                            {line.failing ? '>' : ' '} {String(line.number).padStart(width)} │ {redactor ? redactor.redact(line.text) : line.text}
                        </Text>
                    ))}
                </Box>
            ) : null}
            {error.hint ? (
                <Box marginLeft={2}>
                    <Text>hint: {show(error.hint)}</Text>
                </Box>
            ) : null}
            <Box marginLeft={2}>
                <Text dimColor>
                    code {error.code}, exit {error.exitCode}
                </Text>
            </Box>
        </Box>
    );
}
