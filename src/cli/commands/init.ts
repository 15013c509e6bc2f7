import type { Command } from 'commander';
import { runCommand, type CliIo } from '../run-command.js';

/** `noorm init`: the project's folders, and what to do next. */
export function registerInitCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
    program
        .command('init')
        .description('create schema/, changesets/ and .noorm/ (with its own .gitignore) in the current folder')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'init', async ({ core }) => {
                    const result = core.initProject(io.cwd);
                    return {
                        result,
                        print: (r) =>
                            r.out(
                                [
                                    result.created.length ? `created ${result.created.join(', ')} in ${r.safe(result.root)}` : `already set up: ${r.safe(result.root)}`,
                                    '.noorm/ holds your encrypted configs; its own .gitignore keeps it out of version control.',
                                    '',
                                    'Next:',
                                    '  noorm config add dev --dialect postgres --host localhost --database app --user app',
                                    '  echo "CREATE TABLE IF NOT EXISTS users (id int PRIMARY KEY);" > schema/001_users.sql',
                                    '  noorm run build',
                                    '',
                                ].join('\n'),
                            ),
                    };
                }),
            );
        });
}
