import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { useScreenKeys } from '../hooks.js';
import { key, type KeyBinding } from '../keys.js';

export interface FilterListProps<T> {
    items: readonly T[];
    /** The item's identity and the text `/` filters on. */
    id(item: T): string;
    text(item: T): string;
    render(item: T, selected: boolean): ReactNode;
    /** The screen's keys for the item under the cursor (undefined when the list is empty). */
    keys(item: T | undefined): KeyBinding[];
    rows: number;
    empty: ReactNode;
}

/** A list with a cursor and `/` to filter it; the screen's keys act on the item under the cursor. */
export function FilterList<T>({ items, id, text, render, keys, rows, empty }: FilterListProps<T>): ReactNode {
    const [cursor, setCursor] = useState(0);
    const [filter, setFilter] = useState('');
    const [filtering, setFiltering] = useState(false);
    const needle = filter.trim().toLowerCase();
    const shown = needle ? items.filter((item) => text(item).toLowerCase().includes(needle)) : items;
    const at = Math.max(0, Math.min(cursor, shown.length - 1));
    const current = shown[at];
    const move = (step: number) => setCursor(Math.max(0, Math.min(shown.length - 1, at + step)));
    const moves = [key('up', 'move up', () => move(-1), { helpOnly: true }), key('down', 'move down', () => move(1), { helpOnly: true })];
    const bindings = filtering
        ? [key('enter', 'keep the filter', () => setFiltering(false)), key('esc', 'clear the filter', () => (setFilter(''), setFiltering(false))), ...moves]
        : [
              ...keys(current),
              key('/', 'filter the list', () => setFiltering(true)),
              ...(filter ? [key('esc', 'clear the filter', () => setFilter(''))] : []),
              ...moves,
              key('k', 'move up', () => move(-1), { helpOnly: true }),
              key('j', 'move down', () => move(1), { helpOnly: true }),
          ];
    useScreenKeys(bindings, { textField: filtering });

    const visible = Math.max(1, rows - (filtering || filter ? 1 : 0));
    const start = Math.max(0, Math.min(at - Math.floor(visible / 2), shown.length - visible));
    return (
        <Box flexDirection="column">
            {filtering ? (
                <Box>
                    <Text color="cyan">/</Text>
                    <TextInput
                        defaultValue={filter}
                        placeholder="type to filter"
                        onChange={(value) => {
                            setFilter(value);
                            setCursor(0);
                        }}
                    />
                </Box>
            ) : filter ? (
                <Text dimColor>
                    filter: {filter} ({shown.length} of {items.length}; esc clears)
                </Text>
            ) : null}
            {items.length === 0 ? empty : shown.length === 0 ? <Text dimColor>nothing matches “{filter}”</Text> : null}
            {shown.slice(start, start + visible).map((item) => (
                <Box key={id(item)}>
                    <Text color={item === current ? 'cyan' : undefined}>{item === current ? '> ' : '  '}</Text>
                    {render(item, item === current)}
                </Box>
            ))}
        </Box>
    );
}
