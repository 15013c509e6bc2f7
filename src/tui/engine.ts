/**
 * The TUI's edge to the engine. Each user action opens its own core session (a config chosen a
 * moment ago is the one the next action resolves; an interruption ends one action, not the app),
 * with the app's prompts for protected-config confirmation and the state file's passphrase. The
 * sessions share one state store, so the state is decrypted once for the app, not once per action.
 */
import { StateStore, findProjectRoot, openSession, type EventSink, type GuardedAction, type Session } from '../core/index.js';

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
    const typed: string[] = [];
    const store = new StateStore({
        root: findProjectRoot(cwd),
        env,
        askPassphrase: async () => {
            const answer = await prompts.passphrase();
            if (answer) typed.push(answer);
            return answer;
        },
    });
    return {
        cwd,
        open(onEvent) {
            const session = openSession({ cwd, env, store, confirm: (request) => prompts.confirm(request), ...(onEvent ? { onEvent } : {}) });
            session.redactor.add(...typed);
            return session;
        },
    };
}
