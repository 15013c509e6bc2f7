import { CONNECTION_FLAGS } from './options.js';

export const TUI_HELP = `
In a terminal, \`noorm\` alone opens the full-screen app, and \`noorm <area> [verb] [args]\` (config,
change, run, db, lock) opens that screen; acting verbs show their plan and wait for enter.
With -H, --json, --yes, an option, CI=1, NOORM_HEADLESS=1 or no terminal, noorm runs headless.`;

export const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    a SQL file failed or could not be read
  2    usage or configuration error (unknown verb, missing folder, no dialect,
       unknown config, a state file that does not open)
  3    the lock is held by another run
  4    refused: protected config without confirmation
  5    cannot connect to the database
  6    not up to date: change ff|next refused an applied changeset edited since
       it ran (--allow-stale goes on); status --exit-code: something pending,
       changed or stale
  130  interrupted (SIGINT), 143 terminated (SIGTERM), 141 output closed
       (noorm ... | head: the reader went away, noorm stops at once, quietly)`;

export const ENVIRONMENT_HELP = `
Environment (flags win over variables, variables over the stored config):
${CONNECTION_FLAGS.map(({ flag, env }) => `  ${env.padEnd(22)} ${flag.split(' ')[0]}`).join('\n')}
  NOORM_JSON=1           --json
  NOORM_YES=1            --yes
  NOORM_ALLOW_STALE=1    change ff|next|run --allow-stale
  NOORM_ALLOW_EMPTY=1    change run|revert|next|ff --allow-empty
  CI=1|true              -H (headless)
  NOORM_HEADLESS=1       -H (headless)
  NOORM_PROTECTED=1      mark an environment-only config as protected
  NOORM_PASSPHRASE       passphrase of .noorm/state.enc, when it uses one
  NOORM_MACHINE_ID       override the machine id the state is encrypted with`;

/** Under every verb's help: where the options every verb takes are described. */
export const GLOBAL_OPTIONS_POINTER = `
Global options (--config, --dialect, --url and the other connection flags, -H,
--json, --yes, --var) work with every command: noorm --help lists them, their
NOORM_* variables and the exit codes.
`;
