import type { Guard } from './config/manager.js';
import { environmentIsComplete, resolveConfig, resolvePaths } from './config/resolve.js';
import { ENV_VARIABLES, layerFromEnv, secretsFromEnv } from './config/env.js';
import type { ConfigLayer, ResolvedConfig } from './config/types.js';
import { parseConnectionUrl } from './config/url.js';
import type { CommandContext } from './context.js';
import { describeTarget } from './dialect/registry.js';
import { InterruptedError, UsageError, messageOf, type ErrorCode } from './errors.js';
import type { EventSink, NoormEvent } from './events.js';
import { describeTakeover } from './lock/lock.js';
import { findProjectRoot } from './project/root.js';
import type { Confirmer } from './protection.js';
import { Redactor } from './redact.js';
import type { Warning, Where } from './result.js';
import { StateStore } from './state/state-store.js';

/** What a face (CLI, TUI, Action) hands the engine to run commands for one user action. */
export interface SessionOptions {
    /** Where the command was started: the project root is found from here. */
    cwd: string;
    /** The environment: `NOORM_*` variables configure noorm, templates see it as `env`. */
    env: NodeJS.ProcessEnv;
    /** Config values given to the face directly (CLI flags): the highest layer. */
    flags?: ConfigLayer;
    /** Variables for templates. */
    vars?: Record<string, string>;
    /** Protected actions were confirmed up front (`--yes`, `NOORM_YES`). */
    yes?: boolean;
    /** Asks a person to type a protected config's confirmation phrase; absent where nobody can answer. */
    confirm?: Confirmer;
    /** Asks a person for the state file's passphrase; absent where nobody can answer. */
    askPassphrase?: () => Promise<string | null>;
    /** The face's progress renderer. */
    onEvent?: EventSink;
}

/** Everything a command needs, set up the same way for every face. */
export interface Session {
    /** The project root (the nearest folder upwards holding `.noorm/`, else `cwd`). */
    readonly root: string;
    readonly env: NodeJS.ProcessEnv;
    /** The project's encrypted state (configs, secrets). */
    readonly store: StateStore;
    /** Masks every password and secret this session knows of, in every form noorm writes it. */
    readonly redactor: Redactor;
    /** Aborted by `interrupt()`: the running unit rolls back and is recorded failed, the lock is released. */
    readonly signal: AbortSignal;
    /** Protection inputs of the config verbs (`--yes`, the confirmation prompt). */
    readonly guard: Guard;
    /** Warnings met so far (also sent to `onEvent` as they happened). */
    readonly warnings: readonly Warning[];
    /** Stops the running command, as SIGINT or SIGTERM would. */
    interrupt(signal: 'SIGINT' | 'SIGTERM'): void;
    /** The sink that collects warnings and forwards to the face's `onEvent`: give it to verbs that take one. */
    readonly onEvent: EventSink;
    /** The selected config, resolved once: flags > NOORM_* > the stored config > defaults. */
    config(): Promise<ResolvedConfig>;
    /** Only the project paths, for commands that need no database (no dialect required). */
    paths(): Promise<ResolvedConfig['paths']>;
    /** The engine's context for a command on the selected config's database. */
    context(): Promise<CommandContext>;
    /** The stored config the secret verbs work on: --config, NOORM_CONFIG, else the active one. */
    storedConfigName(): Promise<string>;
    /** Config name, dialect and target, once the config is resolved; null before. */
    where(): Where | null;
}

/**
 * Sets up a session: the redactor seeded with every secret the environment and the flags hold,
 * an abort signal the face triggers, the state store with the face's passphrase prompt, warnings
 * collected from events. Nothing is read or connected until a command asks.
 */
export function openSession(options: SessionOptions): Session {
    const { env } = options;
    const flags = options.flags ?? {};
    const root = findProjectRoot(options.cwd);
    const redactor = new Redactor().addEnvironment(env).add(flags.password, ...urlPasswords(flags.url, env[ENV_VARIABLES.url]), ...Object.values(secretsFromEnv(env)));
    const controller = new AbortController();
    const warnings: Warning[] = [];
    const onEvent: EventSink = (event) => {
        const warning = warningOf(event);
        if (warning) warnings.push(warning);
        options.onEvent?.(event);
    };
    const ask = options.askPassphrase;
    const store = new StateStore({
        root,
        env,
        // A key derivation stops waiting at Ctrl-C / SIGTERM.
        signal: controller.signal,
        ...(ask
            ? {
                  askPassphrase: async () => {
                      const typed = await ask();
                      redactor.add(typed);
                      return typed;
                  },
              }
            : {}),
    });
    const guard: Guard = { ...(options.yes ? { yes: true } : {}), ...(options.confirm ? { confirm: options.confirm } : {}) };

    let resolved: Promise<ResolvedConfig> | undefined;
    let where: Where | null = null;
    const config = (): Promise<ResolvedConfig> => {
        resolved ??= (async () => {
            let result: ResolvedConfig;
            try {
                result = await resolveConfig({ cwd: options.cwd, flags, env, store });
            } catch (error) {
                // A state file that does not open here (another machine's, mounted into a container or
                // a CI job) is no reason to stop when the environment is a whole config by itself.
                if (!(stateWontOpen(error) && environmentIsComplete(env, flags))) throw error;
                onEvent({
                    type: 'note',
                    level: 'info',
                    code: 'state-not-read',
                    message: `${messageOf(error)}; the environment describes the whole connection, so it is the config (name a stored config with --config or ${ENV_VARIABLES.config} to need the state file)`,
                });
                result = await resolveConfig({ cwd: options.cwd, flags, env });
            }
            redactor.addConfig(result);
            where = { config: result.name, dialect: result.connection.dialect, target: describeTarget(result.connection) };
            return result;
        })();
        return resolved;
    };

    return {
        root,
        env,
        store,
        redactor,
        signal: controller.signal,
        guard,
        warnings,
        onEvent,
        interrupt(signal) {
            if (!controller.signal.aborted) controller.abort(new InterruptedError(signal));
        },
        config,
        async paths() {
            try {
                return await resolvePaths({ cwd: options.cwd, flags, env, store });
            } catch (error) {
                if (!(stateWontOpen(error) && environmentIsComplete(env, flags))) throw error;
                return resolvePaths({ cwd: options.cwd, flags, env });
            }
        },
        async context() {
            return { config: await config(), onEvent, signal: controller.signal, vars: options.vars ?? {}, env, redactor, ...guard };
        },
        async storedConfigName() {
            const state = await store.read();
            const name = flags.config ?? layerFromEnv(env).config ?? state?.activeConfig ?? undefined;
            if (!name) {
                throw new UsageError('no-config', 'Secrets belong to a stored config, and none is selected', {
                    hint: `Pick one with --config <name>, ${ENV_VARIABLES.config}, or \`noorm config use <name>\`.`,
                });
            }
            return name;
        },
        where: () => where,
    };
}

const STATE_WONT_OPEN: ReadonlySet<ErrorCode> = new Set([
    'state-damaged',
    'state-other-machine',
    'state-passphrase-required',
    'state-wrong-passphrase',
    'state-tampered',
    'state-unsupported',
]);

/** The state file exists but does not open here (another machine's, damaged, a passphrase not given). */
function stateWontOpen(error: unknown): boolean {
    return error instanceof UsageError && STATE_WONT_OPEN.has(error.code);
}

/** A warning for the result document, from the events that carry one. */
function warningOf(event: NoormEvent): Warning | null {
    if (event.type === 'note' && event.level === 'warn') {
        return { code: event.code, message: event.message, ...(event.changeset ? { changeset: event.changeset } : {}), ...(event.file ? { file: event.file } : {}) };
    }
    if (event.type === 'lock:acquired' && event.tookOver) return { code: 'lock-taken-over', message: describeTakeover(event.tookOver) };
    return null;
}

/** `scheme://user:password@`: the password exactly as written in the URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:([^@\s/]+)@/i;

/**
 * Passwords inside connection URLs: as written (percent-encoded however the user encoded it) and
 * decoded as the driver will see them.
 */
function urlPasswords(...urls: Array<string | undefined>): string[] {
    const passwords: string[] = [];
    for (const url of urls) {
        if (!url) continue;
        const written = URL_PASSWORD.exec(url.trim())?.[1];
        if (written) passwords.push(written);
        try {
            const password = parseConnectionUrl(url).fields.password;
            if (password) passwords.push(password);
        } catch {
            // Reported when the config is resolved; the redactor's URL rule masks it meanwhile.
        }
    }
    return passwords;
}
