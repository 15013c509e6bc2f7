/** `1`, `true`, `yes`, `on` (any case). Kept here so deciding the mode loads nothing else. */
export function envFlag(value: string | undefined): boolean {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

/** How a command's output is shaped, decided from flags and environment before anything runs. */
export interface OutputMode {
    json: boolean;
    yes: boolean;
    headless: boolean;
}

export function outputMode(flags: { json?: boolean; yes?: boolean; headless?: boolean }, env: NodeJS.ProcessEnv, interactive: boolean): OutputMode {
    const json = Boolean(flags.json) || envFlag(env['NOORM_JSON']);
    return {
        json,
        yes: Boolean(flags.yes) || envFlag(env['NOORM_YES']),
        // -H, CI, NOORM_HEADLESS, --json or a non-interactive stdin/stdout: nobody is there to drive a UI.
        headless: Boolean(flags.headless) || envFlag(env['CI']) || envFlag(env['NOORM_HEADLESS']) || json || !interactive,
    };
}
