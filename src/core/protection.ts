import type { ResolvedConfig } from './config/types.js';
import { RefusedError } from './errors.js';

/** Every state-changing action a protected config guards (`area:verb`). */
export type GuardedAction =
    | 'up'
    | 'run:build'
    | 'run:file'
    | 'run:dir'
    | 'change:run'
    | 'change:revert'
    | 'change:rebase'
    | 'change:rm'
    | 'db:create'
    | 'db:destroy'
    | 'lock:release'
    | 'config:rm'
    | 'config:edit';

/** Asks a human to type the confirmation phrase; front ends that can prompt provide it. */
export type Confirmer = (request: { config: string; action: GuardedAction; phrase: string; protected: boolean }) => Promise<string | null>;

export interface ProtectionContext {
    config: Pick<ResolvedConfig, 'name' | 'protected'>;
    /** `--yes` / NOORM_YES: the confirmation was given up front. */
    yes?: boolean;
    /** Absent in headless mode: there is nobody to ask. */
    confirm?: Confirmer;
}

/**
 * The one protection check every state-changing verb goes through. On a protected config the
 * user types `yes-<name>` (or passes --yes headless); `db:destroy` is refused whatever the flags.
 */
export async function assertAllowed(context: ProtectionContext, action: GuardedAction, options: { always?: boolean } = {}): Promise<void> {
    const { config } = context;
    // `always`: destructive enough to confirm on any config (db destroy).
    if (!config.protected && !options.always) return;
    if (config.protected && action === 'db:destroy') {
        throw new RefusedError('protected-destroy', `Refusing to destroy the database of protected config "${config.name}"`, {
            hint: 'Protected databases cannot be destroyed by noorm. Remove the protection from the config first if you really mean it.',
        });
    }
    if (context.yes) return;
    const phrase = `yes-${config.name}`;
    if (!context.confirm) {
        throw new RefusedError('confirmation-required', `${config.protected ? `Config "${config.name}" is protected: ` : ''}${action} needs confirmation`, {
            hint: 'Pass --yes (or set NOORM_YES=1) to confirm in headless mode.',
        });
    }
    const answer = await context.confirm({ config: config.name, action, phrase, protected: config.protected });
    if (answer?.trim() !== phrase) {
        throw new RefusedError('confirmation-mismatch', `Confirmation did not match "${phrase}"; nothing was done`);
    }
}
