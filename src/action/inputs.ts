import * as actions from '@actions/core';
import { ENV_VARIABLES, parseTemplateVars, UsageError } from '../core/index.js';

/**
 * The action's inputs, declared once: action.yml, the README table and this face agree (a test
 * compares them). `env` names the NOORM_* variable an input sets, so the engine reads inputs through
 * the same layer the CLI reads the job's environment through.
 */
export const INPUTS = {
    command: {
        description:
            'The noorm verb line to run (`up`, `run build`, `change ff`, `change run <name>`, `change list`, `status --exit-code`, `history`, `lock status`, `db create`, …). Empty: only put `noorm` on PATH for later steps.',
    },
    'working-directory': { description: 'The project folder, relative to the workspace.', default: '.' },
    dialect: { description: 'postgres, mysql, sqlite or mssql.', env: ENV_VARIABLES.dialect },
    url: { description: 'Connection URL, e.g. postgres://user:pass@host/db or sqlite:app.db (masked).', env: ENV_VARIABLES.url },
    host: { description: 'Database server host.', env: ENV_VARIABLES.host },
    port: { description: 'Database server port.', env: ENV_VARIABLES.port },
    database: { description: 'Database name (SQLite: the database file).', env: ENV_VARIABLES.database },
    user: { description: 'Database user.', env: ENV_VARIABLES.user },
    password: { description: 'Database password (masked).', env: ENV_VARIABLES.password },
    config: { description: 'Stored config to use (`.noorm/state.enc`), or the name the environment config is recorded under.', env: ENV_VARIABLES.config },
    'schema-path': { description: 'Schema folder (default ./schema).', env: ENV_VARIABLES.schemaPath },
    'changeset-path': { description: 'Changesets folder (default ./changesets).', env: ENV_VARIABLES.changesetPath },
    identity: { description: 'Who runs this, `Name <email>`, recorded with every tracking row.', env: ENV_VARIABLES.identity },
    'dry-run': { description: 'Add --dry-run to the command: show the plan and its SQL, execute and record nothing.', default: 'false' },
    wait: { description: 'First wait this many seconds for the server to accept connections.', env: ENV_VARIABLES.wait },
    'lock-wait': { description: "Wait this many seconds for another run's lock (default 60).", env: ENV_VARIABLES.lockWait },
    vars: { description: 'Template variables, one `key=value` a line.' },
    'github-token': { description: 'Token for the pull request plan comment (the job token, github.token, works given `pull-requests: write`).' },
    comment: { description: 'On pull_request events with github-token: post the plan as one comment, updated in place.', default: 'true' },
} as const satisfies Record<string, { description: string; default?: string; env?: string }>;

export type InputName = keyof typeof INPUTS;

export interface ActionInputs {
    command: string;
    workingDirectory: string;
    /** NOORM_* variables from the inputs that are set. */
    env: Record<string, string>;
    dryRun: boolean;
    vars: Record<string, string>;
    githubToken: string;
    comment: boolean;
}

/** An input as the runner gives it (`INPUT_<NAME>`), trimmed; empty when unset. */
const input = (name: InputName): string => actions.getInput(name);

function boolean(name: InputName): boolean {
    const value = input(name) || ((INPUTS[name] as { default?: string }).default ?? 'false');
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    throw new UsageError('bad-option', `Input ${name} must be true or false, got "${value}"`);
}

/** Reads every input. Inputs that are set win over the job's NOORM_* variables; unset ones leave them alone. */
export function readInputs(): ActionInputs {
    const env: Record<string, string> = {};
    for (const [name, spec] of Object.entries(INPUTS) as Array<[InputName, { env?: string }]>) {
        if (spec.env && input(name) !== '') env[spec.env] = input(name);
    }
    // `password` is taken as given: leading or trailing spaces can be part of it.
    const password = actions.getInput('password', { trimWhitespace: false });
    if (password !== '') env[ENV_VARIABLES.password] = password;
    const lines = actions.getMultilineInput('vars').filter((line) => line.trim() !== '');
    return {
        command: input('command'),
        workingDirectory: input('working-directory') || INPUTS['working-directory'].default,
        env,
        dryRun: boolean('dry-run'),
        vars: parseTemplateVars(lines, 'vars:'),
        githubToken: input('github-token'),
        comment: boolean('comment'),
    };
}
