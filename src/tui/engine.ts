/**
 * The TUI's edge to the engine. Each user action opens its own core session (a config chosen a
 * moment ago is the one the next action resolves; an interruption ends one action, not the app),
 * with the app's prompts for protected-config confirmation and the state file's passphrase.
 */
import { openSession, type EventSink, type GuardedAction, type Session } from '../core/index.js';

export interface ConfirmRequest {
    config: string;
    action: GuardedAction;
    phrase: string;
    protected: boolean;
}

/** What the app asks a person on the engine's behalf; null when they cancel. */
export interface Prompts {
    confirm(request: ConfirmRequest): Promise<string | null>;
    passphrase(): Promise<string | null>;
}

export interface Engine {
    /** Where noorm was started (the project is found from here). */
    readonly cwd: string;
    /** A session for one action; `onEvent` receives its progress. */
    open(onEvent?: EventSink): Session;
}

export function createEngine(cwd: string, env: NodeJS.ProcessEnv, prompts: Prompts): Engine {
    // The passphrase typed once serves the rest of the app's sessions, as NOORM_PASSPHRASE would.
    let sessionEnv: NodeJS.ProcessEnv = env;
    return {
        cwd,
        open(onEvent) {
            return openSession({
                cwd,
                env: sessionEnv,
                confirm: (request) => prompts.confirm(request),
                askPassphrase: async () => {
                    const typed = await prompts.passphrase();
                    if (typed) sessionEnv = { ...sessionEnv, NOORM_PASSPHRASE: typed };
                    return typed;
                },
                ...(onEvent ? { onEvent } : {}),
            });
        },
    };
}
