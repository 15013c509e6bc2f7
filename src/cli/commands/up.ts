import type { Command } from 'commander';
import { printRunResult } from '../output.js';
import { runCommand, type CliIo } from '../run-command.js';
import { presentRun } from './change.js';

/** `noorm up`. */
export function registerUpCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
    program
        .command('up')
        .description('deploy in one step, under one lock: create the database if it is missing, run build, then change ff (as dbmate up)')
        .option('--allow-empty', 'record empty changesets as applied (NOORM_ALLOW_EMPTY=1); refused otherwise')
        .option('--allow-stale', 'go on, with a warning, although an applied changeset was edited since it ran (NOORM_ALLOW_STALE=1); refused with exit 6 otherwise')
        .action(async (flags: { allowEmpty?: boolean; allowStale?: boolean }, command: Command) => {
            setExit(
                await runCommand(io, command, 'up', async ({ core, session }) => {
                    // Unset flags stay unset, so the engine falls back to their NOORM_* twins.
                    const options = { ...(flags.allowEmpty ? { allowEmpty: true } : {}), ...(flags.allowStale ? { allowStale: true } : {}) };
                    const result = await core.runVerbLine(session, { command: 'up', args: [], options }, io.cwd);
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
