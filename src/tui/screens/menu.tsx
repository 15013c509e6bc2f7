import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { FilterList } from '../components/filter-list.js';
import { useApp } from '../context.js';
import { key } from '../keys.js';
import type { Route } from '../routes.js';

export interface MenuItem {
    route: Route;
    label: string;
    description: string;
}

/** A section's verbs as a list: enter opens one. */
export function Menu({ title, items, intro }: { title: string; items: MenuItem[]; intro?: ReactNode }): ReactNode {
    const app = useApp();
    return (
        <Box flexDirection="column">
            <Text bold underline>
                {title}
            </Text>
            {intro}
            <FilterList
                items={items}
                id={(item) => item.route}
                text={(item) => `${item.label} ${item.description}`}
                rows={app.bodyRows - 2}
                empty={null}
                keys={(item) => (item ? [key('enter', `open ${item.label}`, () => app.navigate(item.route))] : [])}
                render={(item, selected) => (
                    <Text>
                        <Text bold={selected}>{item.label.padEnd(10)}</Text> <Text dimColor={!selected}>{item.description}</Text>
                    </Text>
                )}
            />
        </Box>
    );
}
