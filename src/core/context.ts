import type { ResolvedConfig } from './config/types.js';
import type { EventSink } from './events.js';
import type { Identity } from './identity/resolver.js';
import type { Confirmer } from './protection.js';
import type { Redactor } from './redact.js';

/** What every engine command receives from its front end. */
export interface CommandContext {
    config: ResolvedConfig;
    onEvent?: EventSink;
    /** Aborting stops the run before the next file; the current file finishes or rolls back. */
    signal?: AbortSignal;
    /** The user confirmed up front (--yes / NOORM_YES). */
    yes?: boolean;
    /** Prompts for a protected config's confirmation phrase; absent when headless. */
    confirm?: Confirmer;
    /** Resolved from the config when absent. */
    identity?: Identity;
    /** Variables for templates (`--var key=value`). */
    vars?: Record<string, string>;
    /** The environment templates see as `env` (the CLI passes its own). */
    env?: NodeJS.ProcessEnv;
    /**
     * The session's redactor. Errors are masked with it (plus the config's password and secrets)
     * before they are recorded in the tracking tables.
     */
    redactor?: Redactor;
}
