import type { Command } from 'commander';
import type { DatabaseResult } from '../../core/index.js';
import { runCommand, type CliIo, type Outcome } from '../run-command.js';

/** `noorm db create|destroy|wait`. */
export function registerDbCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const db = program.command('db').description('database lifecycle: create, destroy, wait for the server');

    const present = (result: DatabaseResult): Outcome => ({
        result,
        print: (r) => r.out(`${r.safe(result.message)}\n`),
    });

    db.command('create')
        .description('create the configured database (SQLite: the file); nothing to do when it exists')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'db create', async ({ core, session }) =>
                    present(await core.runVerbLine(session, { command: 'db create', args: [], options: {} }, io.cwd)),
                ),
            );
        });

    db.command('destroy')
        .description('drop the configured database, ending its other sessions; needs confirmation, refused on protected configs')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'db destroy', async ({ core, session }) =>
                    present(await core.runVerbLine(session, { command: 'db destroy', args: [], options: {} }, io.cwd)),
                ),
            );
        });

    db.command('wait')
        .description('wait until the server accepts connections (Docker Compose, CI); exit 5 on timeout')
        .option('--timeout <seconds>', 'how long to wait', '60')
        .action(async (flags: { timeout: string }, command: Command) => {
            setExit(
                await runCommand(io, command, 'db wait', async ({ core, session }) => {
                    const result = await core.runVerbLine(session, { command: 'db wait', args: [], options: { timeout: flags.timeout } }, io.cwd);
                    return {
                        result,
                        print: (r) => r.out(`the server accepts connections (waited ${(result.waitedMs / 1000).toFixed(1)} s)\n`),
                    };
                }),
            );
        });
}
