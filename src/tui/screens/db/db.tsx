import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { createDatabase, destroyDatabase, terminalSafe } from '../../../core/index.js';
import { ActFlow } from '../../components/act-flow.js';
import { useApp } from '../../context.js';
import { Menu } from '../menu.js';

export function DbScreen(): ReactNode {
    return (
        <Menu
            title="Database"
            items={[
                { route: 'db/create', label: 'create', description: "create the config's database on its server (nothing when it exists)" },
                { route: 'db/destroy', label: 'destroy', description: 'drop the database (asks for yes-<config>; refused on protected configs)' },
            ]}
        />
    );
}

/** `db create|destroy`: names the database and its server, then asks. A protected destroy is refused with the reason. */
export function DbActScreen({ verb }: { verb: 'create' | 'destroy' }): ReactNode {
    const app = useApp();
    return (
        <ActFlow
            action={verb === 'create' ? 'create the database' : 'destroy the database'}
            plan={async (session) => {
                const config = await session.config();
                return { config: config.name, protected: config.protected, database: config.connection.database ?? '?', target: session.where()?.target ?? '' };
            }}
            renderPlan={(plan) => (
                <Box flexDirection="column">
                    <Text>
                        {verb === 'create' ? 'Create' : 'Drop'} database <Text bold>{terminalSafe(plan.database)}</Text> ({terminalSafe(plan.target)}) of config{' '}
                        <Text bold>{plan.config}</Text>
                        {plan.protected ? <Text color="red"> 🔒 protected</Text> : null}.
                    </Text>
                    {verb === 'destroy' ? (
                        plan.protected ? (
                            <Text color="red">Refused: noorm never destroys the database of a protected config. Remove the protection from the config first if you mean it.</Text>
                        ) : (
                            <Text color="yellow">Everything in it is lost. You will be asked to type yes-{plan.config}.</Text>
                        )
                    ) : null}
                </Box>
            )}
            nothingToDo={(plan) => (verb === 'destroy' && plan.protected ? 'nothing will be done' : null)}
            execute={async (session) => (verb === 'create' ? createDatabase(await session.context()) : destroyDatabase(await session.context()))}
            onDone={() => app.refreshActive()}
            renderResult={(result) => <Text color="green">✓ {terminalSafe(result.message)}</Text>}
        />
    );
}
