import type { Command } from 'commander';
import type { CommandContext, Confirmer, NoormError, Redactor, StateStore } from '../core/index.js';
import { NO_TUI_NOTE, outputMode, type OutputMode } from './mode.js';
import { layerFromFlags, parseVars, type GlobalFlags } from './options.js';
import { errorJson, printError, printJson, progressPrinter, safe, type Streams } from './output.js';
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

/** What a command hands back for rendering: one JSON document or human text, and its success. */
export interface Presentable {
    ok: boolean;
    error?: NoormError | undefined;
    json: Record<string, unknown>;
    print(streams: Streams, redactor: Redactor): void;
}

/** Everything a command handler gets: the engine, flags, output mode, the state and confirmations. */
export interface Session {
    core: Core;
    io: CliIo;
    flags: GlobalFlags;
    mode: OutputMode;
    redactor: Redactor;
    /** The project's encrypted state (configs, secrets). */
    store: StateStore;
    /** `--yes`, and a prompt for the confirmation phrase when a person is there to type it. */
    guard: { yes: boolean; confirm?: Confirmer };
    /** Resolves the config (flags > NOORM_* > stored > defaults) into the engine's command context. */
    context(): Promise<CommandContext>;
    /** Only the project paths, for commands that need no database. */
    paths(): Promise<import('../core/index.js').ResolvedConfig['paths']>;
}

/**
 * The one path from a parsed command to the engine and back: loads the engine (lazily, so
 * `--help` never does), wires progress, signals, confirmations and redaction, renders the result
 * or the error, and returns the exit code.
 */
export async function runCommand(io: CliIo, command: Command, name: string, invoke: (session: Session) => Promise<Presentable>): Promise<number> {
    const flags = command.optsWithGlobals<GlobalFlags>();
    const mode = outputMode(flags, io.env, io.interactive);
    if (!mode.headless) io.stderr.write(NO_TUI_NOTE);
    const core = await import('../core/index.js');
    const redactor = new core.Redactor().add(flags.password).addEnvironment(io.env);

    const controller = new AbortController();
    const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
        if (controller.signal.aborted) {
            // A second signal: leave now. The server drops the session and its locks with the connection.
            io.stderr.write(`\n${signal} again: exiting at once\n`);
            process.exit(signal === 'SIGINT' ? 130 : 143);
        }
        io.stderr.write(
            `\n${signal}: stopping: the running statement is cancelled where the database allows, unfinished work is not recorded as successful, the lock is released (again to exit at once)\n`,
        );
        controller.abort(new core.InterruptedError(signal));
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    const proc = io.process ?? process;
    proc.on('SIGINT', handlers.SIGINT);
    proc.on('SIGTERM', handlers.SIGTERM);

    const store = new core.StateStore({
        root: core.findProjectRoot(io.cwd),
        env: io.env,
        signal: controller.signal,
        ...(io.interactive ? { askPassphrase: () => askLine('Passphrase for .noorm/state.enc: ', { hidden: true }) } : {}),
    });
    const guard = {
        yes: mode.yes,
        ...(!mode.headless
            ? {
                  confirm: ((request) =>
                      askLine(
                          `${request.protected ? `Config "${safe(request.config)}" is protected. ` : ''}Type ${safe(request.phrase)} to confirm ${request.action}: `,
                      )) as Confirmer,
              }
            : {}),
    };
    let resolved: { name: string; dialect: string } | null = null;
    // Warnings also reach --json readers (CI, the Action), not only the progress lines on stderr.
    const warnings: string[] = [];
    const printer = progressPrinter(io, redactor);
    const onEvent = (event: Parameters<typeof printer>[0]) => {
        if (event.type === 'note' && event.level === 'warn') warnings.push(redactor.redact(event.message));
        if (event.type === 'lock:acquired' && event.tookOver) warnings.push(redactor.redact(`took over the lock from ${event.tookOver}`));
        printer(event);
    };
    const withWarnings = (document: Record<string, unknown>) => (warnings.length ? { ...document, warnings } : document);
    const session: Session = {
        core,
        io,
        flags,
        mode,
        redactor,
        store,
        guard,
        async context() {
            const vars = parseVars(flags.var);
            if (typeof vars === 'string') throw new core.UsageError('bad-var', vars);
            const config = await core.resolveConfig({ cwd: io.cwd, flags: layerFromFlags(flags), env: io.env, store });
            redactor.addConfig(config);
            resolved = { name: config.name, dialect: config.connection.dialect };
            return { config, onEvent, signal: controller.signal, vars, env: io.env, redactor, ...guard };
        },
        paths: () => core.resolvePaths({ cwd: io.cwd, flags: layerFromFlags(flags), env: io.env, store }),
    };

    try {
        const outcome = await invoke(session);
        if (mode.json) printJson(withWarnings(outcome.json), io, redactor);
        else outcome.print(io, redactor);
        return outcome.ok ? 0 : (outcome.error?.exitCode ?? 1);
    } catch (thrown) {
        // Ctrl-C at a prompt is an interruption, not a bug.
        const caught = thrown instanceof PromptCancelled ? new core.InterruptedError('SIGINT') : thrown;
        const error = core.isNoormError(caught)
            ? caught
            : new core.NoormError('internal', core.ExitCode.failure, core.messageOf(caught), {
                  hint: 'This looks like a bug in noorm. Run again with NOORM_DEBUG=1 for a stack trace and report it.',
                  cause: caught,
              });
        if (io.env['NOORM_DEBUG'] && caught instanceof Error && caught.stack) io.stderr.write(redactor.redact(safe(caught.stack, { keepLineBreaks: true })) + '\n');
        if (mode.json) {
            const where = resolved as { name: string; dialect: string } | null;
            printJson(withWarnings({ ok: false, command: name, config: where?.name ?? null, dialect: where?.dialect ?? null, error: errorJson(error) }), io, redactor);
        } else {
            printError(error, io, redactor);
        }
        return error.exitCode;
    } finally {
        proc.off('SIGINT', handlers.SIGINT);
        proc.off('SIGTERM', handlers.SIGTERM);
    }
}
