import type { Command } from 'commander';
import type { Confirmer, NoormEvent, ResultEnvelope, Session } from '../core/index.js';
import { outputMode, type OutputMode } from './mode.js';
import { layerFromFlags, type GlobalFlags } from './options.js';
import { makeRender, printError, printJson, progressPrinter, type Render, type Streams } from './output.js';
import { PromptCancelled, askLine } from './prompt.js';

export type Core = typeof import('../core/index.js');

export interface CliIo extends Streams {
    cwd: string;
    env: NodeJS.ProcessEnv;
    /** stdin and stdout are terminals: a person could answer prompts or drive a UI. */
    interactive: boolean;
    /** Signals the CLI listens to; tests pass their own emitter. */
    process?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/** What a command hands back: the engine's result, and how to show it as text. */
export interface Outcome {
    result: ResultEnvelope;
    print(render: Render): void;
}

/** What a command handler gets: the engine, the session core opened for it, the flags and the output mode. */
export interface CliSession {
    core: Core;
    session: Session;
    io: CliIo;
    flags: GlobalFlags;
    mode: OutputMode;
    /** Text output: redacted, with `safe()` for values noorm did not write. */
    render: Render;
}

/**
 * The one path from a parsed command to the engine and back: loads the engine (lazily, so
 * `--help` never does), opens a core session with the terminal's prompts, turns signals into the
 * session's interruption, renders the result or the error (text, or the one JSON document), and
 * returns the exit code.
 */
export async function runCommand(io: CliIo, command: Command, name: string, invoke: (cli: CliSession) => Promise<Outcome>): Promise<number> {
    const flags = command.optsWithGlobals<GlobalFlags>();
    const mode = outputMode(flags, io.env, io.interactive);
    const core = await import('../core/index.js');

    let session: Session | undefined;
    let printEvent: ((event: NoormEvent) => void) | undefined;
    const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
        if (session?.signal.aborted) {
            // A second signal: leave now. The server drops the session and its locks with the connection.
            io.stderr.write(`\n${signal} again: exiting at once\n`);
            process.exit(signal === 'SIGINT' ? core.ExitCode.sigint : core.ExitCode.sigterm);
        }
        io.stderr.write(
            `\n${signal}: stopping: the running statement is cancelled where the database allows, unfinished work is not recorded as successful, the lock is released (again to exit at once)\n`,
        );
        session?.interrupt(signal);
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    const proc = io.process ?? process;
    proc.on('SIGINT', handlers.SIGINT);
    proc.on('SIGTERM', handlers.SIGTERM);

    try {
        const safe = core.terminalSafe;
        const confirm: Confirmer = (request) =>
            askLine(`${request.protected ? `Config "${safe(request.config)}" is protected. ` : ''}Type ${safe(request.phrase)} to confirm ${request.action}: `);
        session = core.openSession({
            cwd: io.cwd,
            env: io.env,
            flags: layerFromFlags(flags),
            vars: core.parseTemplateVars(flags.var),
            yes: mode.yes,
            ...(!mode.headless ? { confirm } : {}),
            ...(io.interactive ? { askPassphrase: () => askLine('Passphrase for .noorm/state.enc: ', { hidden: true }) } : {}),
            onEvent: (event) => printEvent?.(event),
        });
        const render = makeRender(io, session.redactor, core);
        printEvent = progressPrinter(render, core);
        const outcome = await invoke({ core, session, io, flags, mode, render });
        if (mode.json) printJson(core.resultDocument(outcome.result, { warnings: session.warnings }), io, session.redactor);
        else outcome.print(render);
        return core.exitCodeOf(outcome.result);
    } catch (thrown) {
        // Ctrl-C at a prompt is an interruption, not a bug.
        const error = core.asNoormError(thrown instanceof PromptCancelled ? new core.InterruptedError('SIGINT') : thrown);
        const redactor = session?.redactor ?? new core.Redactor();
        if (io.env['NOORM_DEBUG'] && thrown instanceof Error && thrown.stack) io.stderr.write(redactor.redact(core.terminalSafe(thrown.stack, { keepLineBreaks: true })) + '\n');
        if (mode.json) printJson(core.failureDocument(name, error, { where: session?.where() ?? null, warnings: session?.warnings ?? [] }), io, redactor);
        else printError(error, makeRender(io, redactor, core));
        return error.exitCode;
    } finally {
        proc.off('SIGINT', handlers.SIGINT);
        proc.off('SIGTERM', handlers.SIGTERM);
    }
}
