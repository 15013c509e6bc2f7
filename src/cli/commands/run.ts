import type { Command } from 'commander';
import { printRunResult } from '../output.js';
import { runCommand, type CliIo } from '../run-command.js';

interface RunVerb {
    name: 'build' | 'file' | 'dir';
    usage: string;
    description: string;
}

/** `noorm run build|file|dir`. */
export function registerRunCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const run = program.command('run').description('execute SQL files: the schema folder, one folder or one file');
    const verbs: RunVerb[] = [
        {
            name: 'build',
            usage: 'build',
            description: 'run the schema folder recursively in filename order; new and changed files run, unchanged ones are skipped',
        },
        {
            name: 'file',
            usage: 'file <path>',
            description: 'run one SQL file (tracked like any other: skipped when unchanged)',
        },
        {
            name: 'dir',
            usage: 'dir <path>',
            description: 'run every SQL file below a folder, in the same order and with the same tracking as build',
        },
    ];

    for (const verb of verbs) {
        run.command(verb.usage)
            .description(verb.description)
            .option('--force', 're-run files whose checksum is unchanged')
            .option('--dry-run', 'show the plan and the SQL that would run; executes and records nothing')
            .option('--single-transaction', 'run every file in one transaction on one session, as psql -1: all of it commits or none (not on MySQL/MariaDB)')
            .action(async (...args: unknown[]) => {
                const command = args.at(-1) as Command;
                const flags = args.at(-2) as { force?: boolean; dryRun?: boolean; singleTransaction?: boolean };
                const target = args.length > 2 ? (args[0] as string) : undefined;
                const options = { force: Boolean(flags.force), dryRun: Boolean(flags.dryRun), singleTransaction: Boolean(flags.singleTransaction) };
                setExit(
                    await runCommand(io, command, `run ${verb.name}`, async ({ core, session }) => {
                        const result = await core.runVerbLine(session, { command: `run ${verb.name}`, args: target === undefined ? [] : [target], options }, io.cwd);
                        return { result, print: (r) => printRunResult(result, r) };
                    }),
                );
            });
    }
}
