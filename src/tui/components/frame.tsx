import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { AppApi } from '../context.js';
import { SECTIONS, SECTION_TITLES, routeInfo, sectionOf, type Location } from '../routes.js';

/**
 * The frame around every screen: which config commands run on (a protected one turns the frame red
 * and says PROTECTED, so colour is never the only signal), the sections, and where you are.
 */
export function Frame({
    width,
    height,
    location,
    active,
    children,
}: {
    width: number;
    height: number;
    location: Location;
    active: AppApi['active'];
    children: ReactNode;
}): ReactNode {
    const config = active.config;
    const danger = Boolean(config?.protected);
    const here = sectionOf(location.route);
    return (
        <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={danger ? 'red' : 'gray'} paddingX={1}>
            <Box justifyContent="space-between">
                <Text bold>noorm</Text>
                {config ? (
                    <Text color={danger ? 'red' : 'green'} bold={danger} wrap="truncate-start">
                        {danger ? '🔒 PROTECTED ' : ''}config {config.name} · {config.target}
                    </Text>
                ) : (
                    <Text color="yellow" wrap="truncate-end">
                        {active.error ? `no config: ${active.error}` : 'reading the config…'}
                    </Text>
                )}
            </Box>
            <Box>
                {(['home', ...SECTIONS] as const).map((section) => {
                    const current = section === 'home' ? here === null : here === section;
                    const title = section === 'home' ? 'Home' : SECTION_TITLES[section];
                    return (
                        <Box key={section} marginRight={2} flexShrink={0}>
                            <Text inverse={current} bold={current}>
                                {current ? `[${title}]` : ` ${title} `}
                            </Text>
                        </Box>
                    );
                })}
                <Box flexGrow={1} flexShrink={1} justifyContent="flex-end">
                    <Text dimColor wrap="truncate-start">
                        {location.route === 'home' ? '' : routeInfo(location.route).title}
                        {Object.values(location.params).length ? `: ${Object.values(location.params).join(' ')}` : ''}
                    </Text>
                </Box>
            </Box>
            <Text dimColor>{'─'.repeat(Math.max(0, width - 4))}</Text>
            {children}
        </Box>
    );
}
