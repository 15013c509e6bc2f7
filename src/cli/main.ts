import { Command, CommanderError, Option } from 'commander';
import { registerChangeCommands } from './commands/change.js';
import { registerConfigCommands } from './commands/config.js';
import { registerDbCommands } from './commands/db.js';
import { registerStatusCommand } from './commands/status.js';
import { registerUpCommand } from './commands/up.js';
import { registerHistoryCommand } from './commands/history.js';
import { registerInitCommand } from './commands/init.js';
import { registerLockCommands } from './commands/lock.js';
import { registerRunCommands } from './commands/run.js';
import { registerSecretCommands } from './commands/secret.js';
import type { CliIo } from './run-command.js';
import { ENVIRONMENT_HELP, EXIT_CODES_HELP, GLOBAL_OPTIONS_POINTER, TUI_HELP } from './help.js';
import { outputMode } from './mode.js';
import { CONNECTION_FLAGS } from './options.js';

/**
 * The headless CLI: argv → engine → text or one JSON document, and an exit code. Returns the exit
 * code instead of exiting, so tests and other front ends can call it.
 */
export async function main(argv: readonly string[], io: CliIo, version: string): Promise<number> {
    // ExitCode.ok and ExitCode.usage are written as numbers only here and below: loading the engine
    // for its constants would make `--help` and every command pay for the whole engine at start.
    let exitCode = 0;
    const program = buildProgram(io, version, (code) => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    } catch (error) {
        if (!(error instanceof CommanderError)) throw error;
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0; // ExitCode.ok
        // Everything else commander rejects (unknown verb or flag, missing argument, a group
        // without its verb) is a usage error. Only then is the engine loaded, for its document.
        const core = await import('../core/index.js');
        if (wantsJson(argv, io.env) && error.code !== 'commander.help') {
            const usage = new core.UsageError('usage', error.message.replace(/^error: /, ''), { hint: 'See noorm --help.' });
            io.stdout.write(JSON.stringify(core.failureDocument(commandOf(program, argv), usage), null, 2) + '\n');
        }
        return core.ExitCode.usage;
    }
}

function buildProgram(io: CliIo, version: string, setExit: (code: number) => void): Command {
    const program = new Command('noorm')
        .description('Database schema & changeset manager: plain SQL in your own dialect, tracked by checksum.')
        .usage('[-H] <area> <verb> [args] [options]')
        .version(version, '-V, --version', 'print the version')
        .helpOption('-h, --help', 'show help for a command')
        .option('-H, --headless', 'no interactive UI (implied by CI=1|true, NOORM_HEADLESS=1, --json and --yes)')
        .option('--json', 'print one JSON document on stdout; progress stays on stderr')
        .option('-y, --yes', 'confirm actions on protected configs (headless)');
    for (const { flag, help, repeat } of CONNECTION_FLAGS) program.addOption(repeat ? new Option(flag, help).argParser(repeat) : new Option(flag, help));
    program.option('--var <key=value>', 'a variable for templates, available by name (repeatable)', (value: string, previous: string[] = []) => [...previous, value]);

    program
        .configureHelp({ sortSubcommands: false })
        .configureOutput({
            writeOut: (text) => io.stdout.write(text),
            writeErr: (text) => io.stderr.write(text),
        })
        .showHelpAfterError('(run with --help for usage)')
        // The global options, exit codes and variables are listed once, here; a verb's help points to them.
        .addHelpText('afterAll', ({ command }) => (command === program ? `${TUI_HELP}\n${EXIT_CODES_HELP}\n${ENVIRONMENT_HELP}\n` : GLOBAL_OPTIONS_POINTER))
        .exitOverride();

    registerInitCommand(program, io, setExit);
    registerUpCommand(program, io, setExit);
    registerStatusCommand(program, io, setExit);
    registerConfigCommands(program, io, setExit);
    registerSecretCommands(program, io, setExit);
    registerRunCommands(program, io, setExit);
    registerChangeCommands(program, io, setExit);
    registerDbCommands(program, io, setExit);
    registerLockCommands(program, io, setExit);
    registerHistoryCommand(program, io, setExit);
    for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
    return program;
}

/** The verb typed, as far as commander knows it (`run build`, `config`), or null. */
function commandOf(program: Command, argv: readonly string[]): string | null {
    const words: string[] = [];
    let current: Command = program;
    for (const word of argv) {
        const next = current.commands.find((command) => command.name() === word || command.aliases().includes(word));
        if (!next) break;
        words.push(next.name());
        current = next;
    }
    return words.length ? words.join(' ') : null;
}

function wantsJson(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
    return argv.includes('--json') || outputMode({}, env, false).json;
}
