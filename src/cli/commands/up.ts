import type { Command } from 'commander';
import { printRunResult } from '../output.js';
import { runCommand, type CliIo } from '../run-command.js';
import { presentRun } from './change.js';

/** `noorm up`. */
export function registerUpCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
    program
        .command('up')
        .description('deploy in one step, under one lock: create the database if it is missing, run build, then change ff (as dbmate up)')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'up', async ({ core, session }) => {
                    const result = await core.up(await session.context());
                    return {
                        result,
                        print: (r) => {
                            if (result.created) r.out(`created the database (${r.safe(result.target)})\n`);
                            printRunResult(result.build, r);
                            if (result.changes) presentRun(result.changes).print(r);
                        },
                    };
                }),
            );
        });
}
