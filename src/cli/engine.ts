import type { Command } from 'commander';
import type { CommandContext, NoormError, Redactor } from '../core/index.js';
import { NO_TUI_NOTE, outputMode } from './mode.js';
import { layerFromFlags, type GlobalFlags } from './options.js';
import { errorJson, printError, printJson, progressPrinter, type Streams } from './output.js';

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

/**
 * The one path from a parsed command to the engine and back: loads the engine (lazily, so
 * `--help` never does), resolves the config, wires progress, signals and redaction, renders the
 * result or the error, and returns the exit code.
 */
export async function runEngineCommand(
    io: CliIo,
    command: Command,
    name: string,
    invoke: (core: Core, context: CommandContext) => Promise<Presentable>,
): Promise<number> {
    const flags = command.optsWithGlobals<GlobalFlags>();
    const mode = outputMode(flags, io.env, io.interactive);
    if (!mode.headless) io.stderr.write(NO_TUI_NOTE);
    const core = await import('../core/index.js');
    const redactor = new core.Redactor().add(flags.password, io.env['NOORM_PASSWORD']);

    const controller = new AbortController();
    const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
        if (controller.signal.aborted) return;
        io.stderr.write(`\n${signal}: stopping after the current file (the lock is released, unfinished work is not recorded as successful)\n`);
        controller.abort(new core.InterruptedError(signal));
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    const proc = io.process ?? process;
    proc.on('SIGINT', handlers.SIGINT);
    proc.on('SIGTERM', handlers.SIGTERM);

    let config: { name: string; dialect: string } | null = null;
    try {
        const resolved = await core.resolveConfig({ cwd: io.cwd, flags: layerFromFlags(flags), env: io.env });
        redactor.add(resolved.connection.password);
        config = { name: resolved.name, dialect: resolved.connection.dialect };
        const outcome = await invoke(core, {
            config: resolved,
            onEvent: progressPrinter(io, redactor),
            signal: controller.signal,
            yes: mode.yes,
        });
        if (mode.json) printJson(outcome.json, io, redactor);
        else outcome.print(io, redactor);
        return outcome.ok ? 0 : (outcome.error?.exitCode ?? 1);
    } catch (caught) {
        const error = core.isNoormError(caught)
            ? caught
            : new core.NoormError('internal', core.ExitCode.failure, core.messageOf(caught), {
                  hint: 'This looks like a bug in noorm. Run again with NOORM_DEBUG=1 for a stack trace and report it.',
                  cause: caught,
              });
        if (io.env['NOORM_DEBUG'] && caught instanceof Error && caught.stack) io.stderr.write(redactor.redact(caught.stack) + '\n');
        if (mode.json) {
            printJson({ ok: false, command: name, config: config?.name ?? null, dialect: config?.dialect ?? null, error: errorJson(error) }, io, redactor);
        } else {
            printError(error, io, redactor);
        }
        return error.exitCode;
    } finally {
        proc.off('SIGINT', handlers.SIGINT);
        proc.off('SIGTERM', handlers.SIGTERM);
    }
}
