export const id = 583;
export const ids = [583];
export const modules = {

/***/ 33583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/cli/output.js
function makeRender(streams, redactor, core) {
    return {
        out: (text) => streams.stdout.write(redactor.redact(text)),
        err: (text) => streams.stderr.write(redactor.redact(text)),
        safe: (text) => core.terminalSafe(text),
    };
}
/** Renders engine events as progress lines on stderr (stdout stays clean for results and JSON). */
function progressPrinter(r, core) {
    const err = (line) => r.err(line + '\n');
    const { safe } = r;
    return (event) => {
        switch (event.type) {
            case 'run:start': {
                const plan = event.dryRun ? 'would run' : 'to run';
                err(`noorm ${event.command} on ${safe(event.target)}: ${event.total} file${event.total === 1 ? '' : 's'}, ${event.toRun} ${plan}`);
                break;
            }
            case 'file:start':
                break;
            case 'file:done':
                err(`  ${event.status === 'success' ? 'ok  ' : 'FAIL'}  ${safe(event.path)}  ${formatMs(event.durationMs)}`);
                break;
            case 'file:skip':
                // Unchanged files are counted in the summary; a line each would bury the ones that ran.
                break;
            case 'lock:wait':
                err(`waiting for the lock held by ${safe(event.holder.lockedBy)} since ${safe(event.holder.lockedAt)} (expires ${safe(event.holder.expiresAt)})`);
                break;
            case 'lock:acquired':
                if (event.tookOver)
                    err(safe(core.describeTakeover(event.tookOver)));
                break;
            case 'note':
                err(`${event.level === 'warn' ? 'warning: ' : ''}${safe(event.message)}`);
                break;
            case 'changeset:start':
                err(`${event.direction === 'revert' ? 'reverting' : 'applying'} ${safe(event.name)}: ${event.files} file${event.files === 1 ? '' : 's'}${event.atomic ? ', all or nothing' : ', one by one'}`);
                break;
            case 'changeset:done':
                err(`  ${event.status === 'success' ? 'done' : 'FAILED'}  ${safe(event.name)}  ${formatMs(event.durationMs)}`);
                break;
        }
    };
}
/** The human summary of a run: dry-run plan and SQL, or counts; errors go to stderr. */
function printRunResult(result, r) {
    const { safe } = r;
    if (result.dryRun) {
        // An unchanged file that --force runs says both, so the list and the summary agree.
        const label = (file) => (file.forced ? 'unchanged, runs (--force)' : file.status);
        for (const file of result.files)
            r.err(`  ${label(file).padEnd(9)}  ${safe(file.path)}\n`);
        for (const file of result.files) {
            if (file.sql === undefined)
                continue;
            r.out(`-- ${safe(file.path)} (${label(file)})\n${file.sql}${file.sql.endsWith('\n') ? '' : '\n'}\n`);
        }
        const due = result.files.filter((file) => file.sql !== undefined).length;
        r.err(`dry run: ${due} would run, ${result.files.length - due} skipped (unchanged); nothing was executed or recorded\n`);
        return;
    }
    const count = (status) => result.files.filter((file) => file.status === status).length;
    const parts = [`${count('success')} run`, `${count('skipped')} skipped`];
    if (count('failed'))
        parts.push(`${count('failed')} failed`);
    if (result.notRun.length)
        parts.push(`${result.notRun.length} not reached`);
    r.out(`${result.command}: ${parts.join(', ')}\n`);
    if (result.baselined?.length)
        r.out(`recorded ${result.baselined.length} changeset${result.baselined.length === 1 ? '' : 's'} as baseline: ${result.baselined.map(safe).join(', ')}\n`);
    if (result.error)
        printError(result.error, r);
}
function printError(error, r) {
    const lines = [`error: ${r.safe(error.message)}`];
    if (error.file)
        lines.push(`  at ${r.safe(error.file)}${error.line ? `:${error.line}` : ''}`);
    if (error.hint)
        lines.push(`  hint: ${r.safe(error.hint)}`);
    r.err(lines.join('\n') + '\n');
}
/** The one JSON document of `--json`, on stdout. */
function printJson(document, streams, redactor) {
    streams.stdout.write(JSON.stringify(redactor.redactValue(document), null, 2) + '\n');
}
function formatMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
//# sourceMappingURL=output.js.map
;// CONCATENATED MODULE: ./lib/cli/mode.js
/** `1`, `true`, `yes`, `on` (any case). Kept here so deciding the mode loads nothing else. */
function envFlag(value) {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
function outputMode(flags, env, interactive) {
    const json = Boolean(flags.json) || envFlag(env['NOORM_JSON']);
    return {
        json,
        yes: Boolean(flags.yes) || envFlag(env['NOORM_YES']),
        // -H, CI, NOORM_HEADLESS, --json or a non-interactive stdin/stdout: nobody is there to drive a UI.
        headless: Boolean(flags.headless) || envFlag(env['CI']) || envFlag(env['NOORM_HEADLESS']) || json || !interactive,
    };
}
//# sourceMappingURL=mode.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/cli/options.js

/** The connection and path flags, each with its NOORM_* twin; declared once for options and help. */
const CONNECTION_FLAGS = [
    { flag: '--config <name>', field: 'config', env: 'NOORM_CONFIG', help: 'stored config to use' },
    { flag: '--dialect <dialect>', field: 'dialect', env: 'NOORM_DIALECT', help: 'postgres | mysql | sqlite | mssql (no default)' },
    { flag: '--url <url>', field: 'url', env: 'NOORM_URL', help: 'connection URL, e.g. postgres://user@host/db or sqlite:app.db' },
    { flag: '--host <host>', field: 'host', env: 'NOORM_HOST', help: 'database server host' },
    { flag: '--port <port>', field: 'port', env: 'NOORM_PORT', help: 'database server port' },
    { flag: '--database <name>', field: 'database', env: 'NOORM_DATABASE', help: 'database name (SQLite: the database file)' },
    { flag: '--user <user>', field: 'user', env: 'NOORM_USER', help: 'database user' },
    { flag: '--password <password>', field: 'password', env: 'NOORM_PASSWORD', help: 'database password (prefer the variable)' },
    { flag: '--ssl <mode>', field: 'ssl', env: 'NOORM_SSL', help: 'TLS mode: disable | require | verify-ca | verify-full' },
    { flag: '--ssl-ca <file>', field: 'sslCa', env: 'NOORM_SSL_CA', help: 'CA certificate (PEM) to verify the server with' },
    { flag: '--schema-path <path>', field: 'schemaPath', env: 'NOORM_SCHEMA_PATH', help: 'schema folder (default ./schema)' },
    { flag: '--changeset-path <path>', field: 'changesetPath', env: 'NOORM_CHANGESET_PATH', help: 'changesets folder (default ./changesets)' },
    {
        flag: '--allow-path <dir>',
        field: 'allowPath',
        env: 'NOORM_ALLOW_PATHS',
        help: `a folder outside the project whose files may be run and loaded too (repeatable; the variable separates folders with "${external_node_path_.delimiter}")`,
        repeat: (value, previous) => (previous === undefined ? value : `${previous}${external_node_path_.delimiter}${value}`),
    },
    { flag: '--identity <who>', field: 'identity', env: 'NOORM_IDENTITY', help: 'who runs this, "Name <email>"' },
    { flag: '--lock-wait <seconds>', field: 'lockWait', env: 'NOORM_LOCK_WAIT', help: "wait this long for another run's lock (default 60)" },
    { flag: '--lock-expiry <seconds>', field: 'lockExpiry', env: 'NOORM_LOCK_EXPIRY', help: 'lock validity without refresh (default 600)' },
    { flag: '--wait <seconds>', field: 'wait', env: 'NOORM_WAIT', help: 'first wait this long for the server to accept connections' },
    {
        flag: '--connect-timeout <seconds>',
        field: 'connectTimeout',
        env: 'NOORM_CONNECT_TIMEOUT',
        help: 'give up on a server that does not answer a connection within this long (default 10)',
    },
];
/** Flags → the highest-priority config layer. */
function layerFromFlags(flags) {
    const layer = {};
    for (const { field } of CONNECTION_FLAGS) {
        const value = flags[field];
        if (typeof value === 'string')
            layer[field] = value;
    }
    return layer;
}
//# sourceMappingURL=options.js.map
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./lib/cli/prompt.js

/**
 * Line prompts on the terminal, for the few things a headless command may still ask a person:
 * a protected config's confirmation phrase, a passphrase, a secret's value. Prompts go to stderr,
 * so stdout stays clean for results.
 */
function askLine(question, options = {}) {
    return new Promise((resolve, reject) => {
        const rl = external_node_readline_.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        if (options.hidden) {
            // Echo nothing of what is typed (the question itself is written before muting).
            const output = rl;
            let asked = false;
            output._writeToOutput = (text) => {
                if (!asked) {
                    process.stderr.write(text);
                    asked = true;
                }
            };
        }
        rl.question(question, (answer) => {
            rl.close();
            if (options.hidden)
                process.stderr.write('\n');
            resolve(answer);
        });
        rl.on('SIGINT', () => {
            rl.close();
            process.stderr.write('\n');
            reject(new PromptCancelled());
        });
    });
}
/** Ctrl-C at a prompt. */
class PromptCancelled extends Error {
    constructor() {
        super('cancelled at the prompt');
        this.name = 'PromptCancelled';
    }
}
/** Everything piped to stdin, without the final line break. */
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}
/** A new passphrase typed twice, so a typo does not lock the user out. */
async function askNewPassphrase(what, core) {
    const first = await askLine(`New passphrase for ${what}: `, { hidden: true });
    const second = await askLine('Repeat it: ', { hidden: true });
    if (first !== second)
        throw new core.UsageError('passphrase-mismatch', 'The two passphrases differ; nothing was changed', { hint: 'Run the command again and type the same passphrase twice.' });
    return first;
}
//# sourceMappingURL=prompt.js.map
;// CONCATENATED MODULE: ./lib/cli/run-command.js




/**
 * The one path from a parsed command to the engine and back: loads the engine (lazily, so
 * `--help` never does), opens a core session with the terminal's prompts, turns signals into the
 * session's interruption, renders the result or the error (text, or the one JSON document), and
 * returns the exit code.
 */
async function runCommand(io, command, name, invoke) {
    const flags = command.optsWithGlobals();
    const mode = outputMode(flags, io.env, io.interactive);
    const core = await Promise.all(/* import() */[__webpack_require__.e(602), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 12915));
    let session;
    let printEvent;
    const onSignal = (signal) => () => {
        if (session?.signal.aborted) {
            // A second signal: leave now. The server drops the session and its locks with the connection.
            io.stderr.write(`\n${signal} again: exiting at once\n`);
            process.exit(signal === 'SIGINT' ? core.ExitCode.sigint : core.ExitCode.sigterm);
        }
        io.stderr.write(`\n${signal}: stopping: the running statement is cancelled where the database allows, unfinished work is not recorded as successful, the lock is released (again to exit at once)\n`);
        session?.interrupt(signal);
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    const proc = io.process ?? process;
    proc.on('SIGINT', handlers.SIGINT);
    proc.on('SIGTERM', handlers.SIGTERM);
    try {
        const safe = core.terminalSafe;
        const confirm = (request) => askLine(`${request.protected ? `Config "${safe(request.config)}" is protected. ` : ''}Type ${safe(request.phrase)} to confirm ${request.action}: `);
        session = core.openSession({
            cwd: io.cwd,
            env: io.env,
            flags: layerFromFlags(flags),
            vars: core.parseTemplateVars(flags.var),
            yes: mode.yes,
            ...(!mode.headless ? { confirm } : {}),
            ...(io.interactive ? { askPassphrase: () => askLine('Passphrase for .noorm/state.enc: ', { hidden: true }) } : {}),
            onEvent: (event) => printEvent?.(event),
        });
        const render = makeRender(io, session.redactor, core);
        printEvent = progressPrinter(render, core);
        const outcome = await invoke({ core, session, io, flags, mode, render });
        if (mode.json)
            printJson(core.resultDocument(outcome.result, { warnings: session.warnings }), io, session.redactor);
        else
            outcome.print(render);
        return core.exitCodeOf(outcome.result);
    }
    catch (thrown) {
        // Ctrl-C at a prompt is an interruption, not a bug.
        const error = core.asNoormError(thrown instanceof PromptCancelled ? new core.InterruptedError('SIGINT') : thrown);
        const redactor = session?.redactor ?? new core.Redactor();
        if (io.env['NOORM_DEBUG'] && thrown instanceof Error && thrown.stack)
            io.stderr.write(redactor.redact(core.terminalSafe(thrown.stack, { keepLineBreaks: true })) + '\n');
        if (mode.json)
            printJson(core.failureDocument(name, error, { where: session?.where() ?? null, warnings: session?.warnings ?? [] }), io, redactor);
        else
            printError(error, makeRender(io, redactor, core));
        return error.exitCode;
    }
    finally {
        proc.off('SIGINT', handlers.SIGINT);
        proc.off('SIGTERM', handlers.SIGTERM);
    }
}
//# sourceMappingURL=run-command.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/change.js



/** `noorm change add|edit|rm|list|run|revert|next|ff`. */
function registerChangeCommands(program, io, setExit) {
    const change = program.command('change').description('changesets: dated folders of change/ and revert/ SQL that evolve existing databases');
    const act = (name, body) => async (...args) => {
        const command = args.at(-1);
        const flags = args.at(-2);
        const positional = args.slice(0, -2).map((value) => (value === undefined ? undefined : String(value)));
        setExit(await runCommand(io, command, `change ${name}`, (cli) => body(cli, flags, ...positional)));
    };
    const withRunOptions = (command) => command
        .option('--dry-run', 'show the plan and the SQL that would run; executes and records nothing')
        .option('--allow-empty', 'record a changeset whose files hold no statement (only comments or blank lines) instead of refusing it (NOORM_ALLOW_EMPTY=1)');
    const withStaleOption = (command) => command.option('--allow-stale', 'go on, with a warning, although an applied changeset was edited since it ran (NOORM_ALLOW_STALE=1); refused with exit 6 otherwise');
    // Unset flags stay undefined, so the engine falls back to their NOORM_* twins.
    const runOptions = (flags) => ({
        dryRun: Boolean(flags.dryRun),
        ...(flags.allowEmpty ? { allowEmpty: true } : {}),
        ...(flags.allowStale ? { allowStale: true } : {}),
    });
    change
        .command('add <name>')
        .description('create changesets/YYYY-MM-DDTHHMMSS_<slug>/ (UTC; name order is creation order) with change/ and revert/ and a first file in each')
        .option('--non-atomic', 'run its files one by one instead of in one transaction (for -- noorm:no-transaction files)')
        .action(act('add', async ({ core, session }, flags, name) => {
        const result = core.changeAdd(await session.paths(), name, { nonAtomic: Boolean(flags.nonAtomic) });
        return said(result, (safe) => `created ${safe(result.dir)}\n  ${result.files.map(safe).join('\n  ')}\n`);
    }));
    change
        .command('edit <name>')
        .description('open a changeset folder in $VISUAL / $EDITOR (headless: print its path)')
        .action(act('edit', async ({ core, session, mode }, _flags, name) => {
        const result = core.changeEdit(await session.paths(), name);
        const editor = io.env['VISUAL'] || io.env['EDITOR'];
        if (editor && !mode.headless) {
            const opened = (0,external_node_child_process_.spawnSync)(editor, [result.dir], { stdio: 'inherit', shell: true });
            if (opened.status !== 0)
                throw new core.UsageError('editor-failed', `${editor} exited with ${opened.status ?? opened.signal}`);
        }
        return said(result, (safe) => `${safe(result.dir)}\n`);
    }));
    change
        .command('rm <name>')
        .description('remove a changeset folder (confirmation); refused while it is applied on the database unless --force')
        .option('--force', 'remove it even though the database has it applied')
        .action(act('rm', async ({ core, session }, flags, name) => {
        const result = await core.changeRm(await session.context(), name, { force: Boolean(flags.force) });
        return said(result, (safe) => `removed ${safe(result.dir)}\n`);
    }));
    change
        .command('list')
        .description('every changeset in the order change ff applies them (# numbers the pending ones) and its status: pending, applied, baseline, reverted, failed, stale, orphaned')
        .action(act('list', async ({ core, session }) => {
        const result = await core.runVerbLine(session, { command: 'change list', args: [], options: {} }, io.cwd);
        return { result, print: (r) => r.out(formatList(result, r.safe)) };
    }));
    withStaleOption(withRunOptions(change.command('run [name]')))
        .description('apply one changeset (nothing to do when applied, unless --force, which also re-applies a stale one); --all applies every pending one')
        .option('--force', 're-run a changeset that is already applied')
        .option('--all', 'apply all pending changesets (same as change ff)')
        .action(act('run', async ({ core, session }, flags, name) => presentRun(await core.runVerbLine(session, { command: 'change run', args: name === undefined ? [] : [name], options: { ...runOptions(flags), force: Boolean(flags.force), all: Boolean(flags.all) } }, io.cwd))));
    withRunOptions(change.command('revert <name>'))
        .description("run a changeset's revert/ files; it counts as pending again afterwards")
        .action(act('revert', async ({ core, session }, flags, name) => presentRun(await core.runVerbLine(session, { command: 'change revert', args: [name], options: runOptions(flags) }, io.cwd))));
    change
        .command('rebase <name>')
        .description('accept the edited files of an applied (stale) changeset as applied, without running them; recorded in history with who and why')
        .requiredOption('--reason <text>', 'why the edit needs no run (recorded in history)')
        .action(act('rebase', async ({ core, session }, flags, name) => {
        const result = await core.changeRebase(await session.context(), name, { reason: flags.reason ?? '' });
        return said(result, (safe) => `${safe(result.message)}\n`);
    }));
    withStaleOption(withRunOptions(change.command('next [count]')))
        .description('apply the next <count> pending changesets in creation order (default 1); refused (exit 6) while an applied one is stale')
        .action(act('next', async ({ core, session }, flags, count) => presentRun(await core.runVerbLine(session, { command: 'change next', args: count === undefined ? [] : [count], options: runOptions(flags) }, io.cwd))));
    withStaleOption(withRunOptions(change.command('ff')))
        .description('fast-forward: apply every pending changeset in creation order (as change list numbers them); refused (exit 6) while an applied one is stale')
        .option('--single-transaction', 'apply every pending changeset in one transaction on one session: all of them commit or none (not on MySQL/MariaDB)')
        .action(act('ff', async ({ core, session }, flags) => presentRun(await core.runVerbLine(session, { command: 'change ff', args: [], options: { ...runOptions(flags), ...(flags.singleTransaction ? { singleTransaction: true } : {}) } }, io.cwd))));
}
/** A result and its line of text; `text` gets `safe` for the values noorm did not write. */
function said(result, text) {
    return { result, print: (r) => r.out(text(r.safe)) };
}
function presentRun(result) {
    return {
        result,
        print: (r) => {
            const { safe } = r;
            if (result.dryRun && result.error)
                return printError(result.error, r);
            if (result.dryRun) {
                for (const changeset of result.changesets) {
                    for (const file of changeset.files) {
                        if ('sql' in file)
                            r.out(`-- ${safe(changeset.name)} (${changeset.direction}): ${safe(file.path)}\n${file.sql}${file.sql.endsWith('\n') ? '' : '\n'}\n`);
                        else
                            r.err(`  skipped  ${safe(changeset.name)}: ${safe(file.path)} (succeeded in the attempt this run resumes)\n`);
                    }
                }
                r.err(`dry run: ${result.changesets.length ? result.changesets.map((c) => `${c.direction} ${safe(c.name)}`).join(', ') : 'nothing to run'}; nothing was executed or recorded\n`);
                if (result.message)
                    r.err(`${safe(result.message)}\n`);
                return;
            }
            if (result.message)
                r.out(`${safe(result.message)}\n`);
            const applied = result.changesets.filter((changeset) => changeset.status === 'success');
            if (applied.length)
                r.out(`${result.command}: ${applied.length} changeset${applied.length === 1 ? '' : 's'} ${applied[0].direction === 'revert' ? 'reverted' : 'applied'}\n`);
            if (result.error)
                printError(result.error, r);
        },
    };
}
function formatList(result, safe) {
    if (!result.changesets.length)
        return 'no changesets yet; create one with: noorm change add <name>\n';
    // `#`: the position in which `change ff` would apply a due changeset.
    const rows = result.changesets.map((info) => {
        const position = result.due.indexOf(info.name);
        return [position < 0 ? '' : String(position + 1), info.status, safe(info.name), detail(info, safe)];
    });
    const widths = [1, 6, 9].map((min, i) => Math.max(min, ...rows.map((row) => row[i].length)));
    return ([['#', 'STATUS', 'CHANGESET', ''], ...rows]
        .map((row) => `${row[0].padStart(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padEnd(widths[2])}  ${row[3]}`.trimEnd())
        .join('\n') + '\n');
}
function detail(info, safe) {
    if (!info.executedAt)
        return '';
    const when = `${info.direction === 'revert' ? 'reverted' : info.status === 'baseline' ? 'baselined' : 'run'} ${safe(info.executedAt)} by ${safe(info.executedBy ?? '')}`;
    if (info.status === 'stale' && info.changed?.length)
        return `${when}; since then ${info.changed.map((file) => `${file.change} ${safe(file.path)}`).join(', ')}`;
    return info.status === 'failed' && info.error ? `${when}: ${safe(info.error.split('\n')[0])}` : when;
}
//# sourceMappingURL=change.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/config.js




/** `noorm config add|edit|rm|list|cp|use|export|import|passphrase`. */
function registerConfigCommands(program, io, setExit) {
    const config = program.command('config').description('named database configs, stored encrypted in .noorm/state.enc');
    const act = (name, body) => async (...args) => {
        const command = args.at(-1);
        const positional = args.slice(0, -2).filter((value) => typeof value === 'string');
        setExit(await runCommand(io, command, `config ${name}`, (cli) => body(cli, ...positional)));
    };
    const withFieldOptions = (command) => command
        .option('--name <name>', 'config name (or give it as the argument)')
        .option('--protected', 'state-changing commands need confirmation; db destroy is refused')
        .option('--no-protected', 'lift the protection (needs confirmation)')
        .option('--test', 'mark as a test database')
        .option('--no-test', 'unmark as a test database')
        .addOption(new esm/* Option */.c$('--type <type>', 'local or remote').choices(['local', 'remote']))
        .addHelpText('after', '\nConnection fields come from the connection options (--dialect, --host, --port, --database, --user, --password, --url, --ssl, --ssl-ca, --schema-path, --changeset-path, --identity). An empty value removes a field.');
    withFieldOptions(config.command('add [name]'))
        .description('add a config (the first one becomes active)')
        .action(act('add', async ({ core, session, flags }, positional) => {
        const given = flags;
        const name = positional ?? given.name;
        if (!name)
            throw new core.UsageError('missing-name', 'config add needs a name', { hint: 'noorm config add dev --dialect postgres --database app' });
        return config_said(await core.addConfig(session.store, name, fieldInput(given)), `added config "${name}"`);
    }));
    withFieldOptions(config.command('edit <name>'))
        .description('change fields of a config; only the options given change')
        .action(act('edit', async ({ core, session, flags }, name) => config_said(await core.editConfig(session.store, name, fieldInput(flags), session.guard), `updated config "${name}"`)));
    config
        .command('rm <name>')
        .description('remove a config and its secrets (confirmation on protected configs)')
        .action(act('rm', async ({ core, session }, name) => config_said(await core.removeConfig(session.store, name, session.guard), `removed config "${name}"`)));
    config
        .command('list')
        .description('show all configs (never passwords or secret values)')
        .action(act('list', async ({ core, session }) => {
        const result = await core.listConfigs(session.store);
        return { result, print: (r) => r.out(config_formatList(result.configs, r.safe)) };
    }));
    config
        .command('cp <from> <to>')
        .description('copy a config (with its secrets) under a new name')
        .action(act('cp', async ({ core, session }, from, to) => config_said(await core.copyConfig(session.store, from, to), `copied config "${from}" to "${to}"`)));
    config
        .command('use <name>')
        .description('make a config the active one (NOORM_CONFIG and --config still override it)')
        .action(act('use', async ({ core, session }, name) => config_said(await core.useConfig(session.store, name), `"${name}" is now the active config`)));
    config
        .command('export <name>')
        .description('write a config and its secrets to a file encrypted with a passphrase, for another machine')
        .option('--out <file>', 'where to write it (default: <name>.noorm-config)')
        .option('--force', 'overwrite the file if it exists')
        .addHelpText('after', '\nThe passphrase comes from NOORM_EXPORT_PASSPHRASE, or is asked for (twice).')
        .action(act('export', async ({ core, session, flags }, name) => {
        const given = flags;
        const file = external_node_path_.resolve(io.cwd, given.out ?? `${name}.noorm-config`);
        const passphrase = io.env['NOORM_EXPORT_PASSPHRASE'] || (io.interactive ? await askNewPassphrase('the export', core) : '');
        session.redactor.add(passphrase);
        const result = await core.exportConfig(session.store, name, passphrase, { file, ...(given.force ? { force: true } : {}) });
        // Said relative to where the user is, so the hint works as typed (and names the folder).
        const shown = external_node_path_.relative(io.cwd, result.file) || result.file;
        return config_said(result, (safe) => `exported config "${name}" to ${safe(result.file)}; import it with: noorm config import ${safe(shown)}`);
    }));
    config
        .command('import <file>')
        .description('add a config from a file written by config export')
        .option('--name <name>', 'import under another name')
        .option('--force', 'replace a config of the same name')
        .addHelpText('after', '\nThe passphrase comes from NOORM_EXPORT_PASSPHRASE, or is asked for.')
        .action(act('import', async ({ core, session, flags }, file) => {
        const given = flags;
        const passphrase = io.env['NOORM_EXPORT_PASSPHRASE'] || (io.interactive ? await askLine('Passphrase of the export: ', { hidden: true }) : '');
        session.redactor.add(passphrase);
        const result = await core.importConfig(session.store, external_node_path_.resolve(io.cwd, file), passphrase, {
            ...(given.name ? { name: given.name } : {}),
            ...(given.force ? { force: true } : {}),
        });
        return config_said(result, `imported config "${result.stored.name}"`);
    }));
    config
        .command('passphrase')
        .description('re-encrypt the state with a new passphrase, or with the machine id alone (--remove)')
        .option('--remove', 'remove the passphrase: the machine id alone protects the state')
        .addHelpText('after', '\nThe current passphrase comes from NOORM_PASSPHRASE; the new one from NOORM_NEW_PASSPHRASE, a prompt (twice), or a line on stdin.')
        .action(act('passphrase', async ({ core, session, flags }) => {
        const remove = Boolean(flags.remove);
        const next = remove
            ? ''
            : io.env['NOORM_NEW_PASSPHRASE'] || (io.interactive ? await askNewPassphrase('.noorm/state.enc', core) : process.stdin.isTTY ? '' : await readStdin());
        session.redactor.add(next);
        // An empty answer is never taken as "remove": that takes --remove, said on purpose.
        if (!remove && !next)
            throw new core.UsageError('passphrase-required', 'No new passphrase given', {
                hint: 'Set NOORM_NEW_PASSPHRASE or pipe it on stdin; to remove the passphrase, pass --remove.',
            });
        const result = await core.changePassphrase(session.store, next);
        return config_said(result, result.passphrase
            ? 'the state is now encrypted with the new passphrase; set NOORM_PASSPHRASE to it from now on'
            : 'the state is now encrypted with the machine id alone');
    }));
}
/** Flags → config fields. Only what was given: an edit changes nothing else. */
function fieldInput(flags) {
    const input = {};
    const copy = ['dialect', 'url', 'host', 'port', 'database', 'user', 'password', 'ssl', 'sslCa', 'schemaPath', 'changesetPath', 'identity', 'type'];
    for (const key of copy) {
        const value = flags[key];
        if (typeof value === 'string')
            input[key] = value;
    }
    if (flags.protected !== undefined)
        input.protected = flags.protected;
    if (flags.test !== undefined)
        input.test = flags.test;
    return input;
}
/** A result, and the one line that tells a person what happened (`safe` for what noorm did not write). */
function config_said(result, message) {
    return { result, print: (r) => r.out(`${typeof message === 'string' ? message : message(r.safe)}\n`) };
}
function config_formatList(configs, safe) {
    if (!configs.length)
        return 'No configs yet. Add one: noorm config add dev --dialect postgres --host localhost --database app\n';
    const rows = configs.map((c) => [
        c.active ? '*' : ' ',
        c.name,
        safe(c.target ?? '?'),
        safe(c.user ?? ''),
        [
            c.protected ? 'protected' : '',
            c.isTest ? 'test' : '',
            c.type === 'remote' ? 'remote' : '',
            c.secretKeys.length ? `${c.secretKeys.length} secret${c.secretKeys.length === 1 ? '' : 's'}` : '',
        ]
            .filter(Boolean)
            .join(', '),
    ]);
    const widths = [1, 4, 6, 4].map((min, i) => Math.max(min, ...rows.map((row) => row[i].length)));
    const header = ['', 'NAME', 'TARGET', 'USER', ''];
    return ([header, ...rows]
        .map((row) => row
        .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell))
        .join('  ')
        .trimEnd())
        .join('\n') + '\n');
}
//# sourceMappingURL=config.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/db.js

/** `noorm db create|destroy|wait`. */
function registerDbCommands(program, io, setExit) {
    const db = program.command('db').description('database lifecycle: create, destroy, wait for the server');
    const present = (result) => ({
        result,
        print: (r) => r.out(`${r.safe(result.message)}\n`),
    });
    db.command('create')
        .description('create the configured database (SQLite: the file); nothing to do when it exists')
        .action(async (_flags, command) => {
        setExit(await runCommand(io, command, 'db create', async ({ core, session }) => present(await core.runVerbLine(session, { command: 'db create', args: [], options: {} }, io.cwd))));
    });
    db.command('destroy')
        .description('drop the configured database, ending its other sessions; needs confirmation, refused on protected configs')
        .action(async (_flags, command) => {
        setExit(await runCommand(io, command, 'db destroy', async ({ core, session }) => present(await core.runVerbLine(session, { command: 'db destroy', args: [], options: {} }, io.cwd))));
    });
    db.command('wait')
        .description('wait until the server accepts connections (Docker Compose, CI); exit 5 on timeout')
        .option('--timeout <seconds>', 'how long to wait', '60')
        .action(async (flags, command) => {
        setExit(await runCommand(io, command, 'db wait', async ({ core, session }) => {
            const result = await core.runVerbLine(session, { command: 'db wait', args: [], options: { timeout: flags.timeout } }, io.cwd);
            return {
                result,
                print: (r) => r.out(`the server accepts connections (waited ${(result.waitedMs / 1000).toFixed(1)} s)\n`),
            };
        }));
    });
}
//# sourceMappingURL=db.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/status.js


/** `noorm status`. */
function registerStatusCommand(program, io, setExit) {
    program
        .command('status')
        .description('where the database stands: schema files, changesets, the lock and the last run (read-only)')
        .option('--exit-code', 'exit 6 when anything is pending, new, changed, failed or stale (for CI gates)')
        .action(async (flags, command) => {
        setExit(await runCommand(io, command, 'status', async ({ core, session }) => {
            const result = await core.runVerbLine(session, { command: 'status', args: [], options: { exitCode: Boolean(flags.exitCode) } }, io.cwd);
            return { result, print: (r) => printStatus(result, r) };
        }));
    });
}
function printStatus(result, r) {
    const { safe } = r;
    const list = (names) => (names.length ? `: ${names.map(safe).join(', ')}` : '');
    const { schema, changesets } = result;
    const lines = [
        `${safe(result.config)}: ${safe(result.target)}${result.trackingVersion === null ? ' (noorm has not run here)' : ''}`,
        `  ${result.upToDate ? 'up to date' : 'NOT up to date'}`,
        `schema files: ${schema.new.length} new, ${schema.changed.length} changed, ${schema.unchanged.length} unchanged, ${schema.failed.length} failed, ${schema.missingOnDisk.length} missing on disk`,
    ];
    for (const [label, names] of [
        ['new', schema.new],
        ['changed', schema.changed],
        ['failed', schema.failed],
        ['missing on disk', schema.missingOnDisk],
    ]) {
        if (names.length)
            lines.push(`  ${label}${list(names)}`);
    }
    lines.push(`changesets: ${changesets.applied.length} applied, ${changesets.pending.length} pending, ${changesets.stale.length} stale, ${changesets.orphaned.length} orphaned, ${changesets.failed.length} failed`);
    for (const [label, names] of [
        ['pending', changesets.pending],
        ['stale', changesets.stale],
        ['orphaned', changesets.orphaned],
        ['failed', changesets.failed],
    ]) {
        if (names.length)
            lines.push(`  ${label}${list(names)}`);
    }
    const holder = result.lock.holder;
    lines.push(holder ? `lock: held by ${safe(holder.lockedBy)}${holder.host ? ` on ${safe(holder.host)}` : ''} since ${safe(holder.lockedAt)}` : 'lock: free');
    const last = result.lastRun;
    lines.push(last
        ? `last run: ${last.kind} ${safe(last.name)}${last.direction === 'revert' ? ' (revert)' : ''} ${last.status} by ${safe(last.executedBy)} at ${last.startedAt}${last.error ? `: ${safe(last.error.split('\n')[0])}` : ''}`
        : 'last run: none recorded');
    r.out(lines.join('\n') + '\n');
    if (result.error)
        printError(result.error, r);
}
//# sourceMappingURL=status.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/up.js



/** `noorm up`. */
function registerUpCommand(program, io, setExit) {
    program
        .command('up')
        .description('deploy in one step, under one lock: create the database if it is missing, run build, then change ff (as dbmate up)')
        .option('--allow-empty', 'record empty changesets as applied (NOORM_ALLOW_EMPTY=1); refused otherwise')
        .option('--allow-stale', 'go on, with a warning, although an applied changeset was edited since it ran (NOORM_ALLOW_STALE=1); refused with exit 6 otherwise')
        .action(async (flags, command) => {
        setExit(await runCommand(io, command, 'up', async ({ core, session }) => {
            // Unset flags stay unset, so the engine falls back to their NOORM_* twins.
            const options = { ...(flags.allowEmpty ? { allowEmpty: true } : {}), ...(flags.allowStale ? { allowStale: true } : {}) };
            const result = await core.runVerbLine(session, { command: 'up', args: [], options }, io.cwd);
            return {
                result,
                print: (r) => {
                    if (result.created)
                        r.out(`created the database (${r.safe(result.target)})\n`);
                    printRunResult(result.build, r);
                    if (result.changes)
                        presentRun(result.changes).print(r);
                },
            };
        }));
    });
}
//# sourceMappingURL=up.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/history.js

/** `noorm history`. */
function registerHistoryCommand(program, io, setExit) {
    program
        .command('history')
        .description('the runs recorded in the database, newest first: builds, files, folders and changesets, who ran them, when, and how they ended (read-only)')
        .option('--limit <n>', 'at most this many runs', '50')
        .option('--since <time>', 'only runs started at or after this time (ISO 8601, e.g. 2026-12-01 or 2026-12-01T08:00:00Z)')
        .option('--files', "each run's files and how each ended (with checksums in --json)")
        .action(async (flags, command) => {
        setExit(await runCommand(io, command, 'history', async ({ core, session }) => {
            const options = {
                files: Boolean(flags.files),
                ...(flags.limit === undefined ? {} : { limit: flags.limit }),
                ...(flags.since === undefined ? {} : { since: flags.since }),
            };
            const result = await core.runVerbLine(session, { command: 'history', args: [], options }, io.cwd);
            return { result, print: (r) => r.out(formatHistory(result, r.safe)) };
        }));
    });
}
function formatHistory(result, safe) {
    if (!result.entries.length)
        return `no runs recorded on ${safe(result.target)}\n`;
    const rows = result.entries.map((entry) => [
        entry.startedAt,
        entry.kind,
        `${safe(entry.name)}${entry.direction === 'revert' ? ' (revert)' : ''}`,
        entry.status,
        safe(entry.executedBy),
        entry.durationMs === null ? '' : `${entry.durationMs} ms`,
    ]);
    const header = ['STARTED (UTC)', 'KIND', 'NAME', 'STATUS', 'BY', 'DURATION'];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (row) => row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const out = [line(header)];
    result.entries.forEach((entry, i) => {
        out.push(line(rows[i]));
        out.push(...details(entry, safe));
    });
    if (result.truncated)
        out.push(`… older runs left out; --limit shows more`);
    return out.join('\n') + '\n';
}
function details(entry, safe) {
    const lines = [];
    if (entry.reason)
        lines.push(`    reason: ${safe(entry.reason)}`);
    if (entry.error)
        lines.push(`    error: ${safe(entry.error.split('\n')[0])}`);
    for (const file of entry.files ?? []) {
        lines.push(`    ${file.status.padEnd(11)} ${safe(file.path)}${file.durationMs === null ? '' : `  ${file.durationMs} ms`}${file.error ? `: ${safe(file.error.split('\n')[0])}` : ''}`);
    }
    return lines;
}
//# sourceMappingURL=history.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/init.js

/** `noorm init`: the project's folders, and what to do next. */
function registerInitCommand(program, io, setExit) {
    program
        .command('init')
        .description('create schema/, changesets/ and .noorm/ (with its own .gitignore) in the current folder')
        .action(async (_flags, command) => {
        setExit(await runCommand(io, command, 'init', async ({ core }) => {
            const result = core.initProject(io.cwd);
            return {
                result,
                print: (r) => r.out([
                    result.created.length ? `created ${result.created.join(', ')} in ${r.safe(result.root)}` : `already set up: ${r.safe(result.root)}`,
                    '.noorm/ holds your encrypted configs; its own .gitignore keeps it out of version control.',
                    '',
                    'Next:',
                    '  noorm config add dev --dialect postgres --host localhost --database app --user app',
                    '  echo "CREATE TABLE IF NOT EXISTS users (id int PRIMARY KEY);" > schema/001_users.sql',
                    '  noorm run build',
                    '',
                ].join('\n')),
            };
        }));
    });
}
//# sourceMappingURL=init.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/lock.js

/** `noorm lock status|release`. */
function registerLockCommands(program, io, setExit) {
    const lock = program.command('lock').description("noorm's lock on the database: who holds it, and freeing it after a crash");
    lock.command('status')
        .description('show who holds the lock, since when, until when, and whether that run is still alive')
        .action(async (_flags, command) => {
        setExit(await runCommand(io, command, 'lock status', async ({ core, session }) => {
            const status = await core.runVerbLine(session, { command: 'lock status', args: [], options: {} }, io.cwd);
            return { result: status, print: (r) => r.out(formatStatus(status, r.safe)) };
        }));
    });
    lock.command('release')
        .description('free the lock of a run that is gone (confirmation on protected configs); a live run keeps its lock')
        .option('--force', 'SQLite: free it even though this host believes the holder is alive')
        .action(async (flags, command) => {
        setExit(await runCommand(io, command, 'lock release', async ({ core, session }) => {
            const result = await core.runVerbLine(session, { command: 'lock release', args: [], options: { force: Boolean(flags.force) } }, io.cwd);
            return {
                result,
                print: (r) => r.out(result.holder ? `released the lock held by ${describe(result.holder, r.safe)}\n` : 'the lock was not held; nothing to do\n'),
            };
        }));
    });
}
function formatStatus(status, safe) {
    if (!status.holder)
        return `not locked (${safe(status.target)})\n`;
    const h = status.holder;
    const state = status.liveness === 'alive'
        ? 'alive'
        : status.liveness === 'dead'
            ? 'gone (the next run takes the lock over)'
            : h.expired
                ? 'unknown, expired (the next run takes it over)'
                : 'unknown (cannot tell from here)';
    return [
        `locked on ${safe(status.target)}`,
        `  holder:   ${safe(h.lockedBy)}`,
        `  where:    ${safe(h.host ?? '?')}${h.pid ? ` pid ${h.pid}` : ''}${h.sessionId ? `, server session ${safe(h.sessionId)}` : ''}`,
        `  since:    ${safe(h.lockedAt)}`,
        `  expires:  ${safe(h.expiresAt)}`,
        `  holder is ${state}`,
        '',
    ].join('\n');
}
function describe(holder, safe) {
    return `${safe(holder.lockedBy)}${holder.host ? ` on ${safe(holder.host)}` : ''}${holder.pid ? ` (pid ${holder.pid})` : ''} since ${safe(holder.lockedAt)}`;
}
//# sourceMappingURL=lock.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/run.js


/** `noorm run build|file|dir`. */
function registerRunCommands(program, io, setExit) {
    const run = program.command('run').description('execute SQL files: the schema folder, one folder or one file');
    const verbs = [
        {
            name: 'build',
            usage: 'build',
            description: 'run the schema folder recursively in filename order; new and changed files run, unchanged ones are skipped',
        },
        {
            name: 'file',
            usage: 'file <path>',
            description: 'run one SQL file (tracked like any other: skipped when unchanged)',
        },
        {
            name: 'dir',
            usage: 'dir <path>',
            description: 'run every SQL file below a folder, in the same order and with the same tracking as build',
        },
    ];
    for (const verb of verbs) {
        run.command(verb.usage)
            .description(verb.description)
            .option('--force', 're-run files whose checksum is unchanged')
            .option('--dry-run', 'show the plan and the SQL that would run; executes and records nothing')
            .option('--single-transaction', 'run every file in one transaction on one session, as psql -1: all of it commits or none (not on MySQL/MariaDB)')
            .action(async (...args) => {
            const command = args.at(-1);
            const flags = args.at(-2);
            const target = args.length > 2 ? args[0] : undefined;
            const options = { force: Boolean(flags.force), dryRun: Boolean(flags.dryRun), singleTransaction: Boolean(flags.singleTransaction) };
            setExit(await runCommand(io, command, `run ${verb.name}`, async ({ core, session }) => {
                const result = await core.runVerbLine(session, { command: `run ${verb.name}`, args: target === undefined ? [] : [target], options }, io.cwd);
                return { result, print: (r) => printRunResult(result, r) };
            }));
        });
    }
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./lib/cli/commands/secret.js


/** `noorm secret set|rm|list`, for the stored config chosen by --config, NOORM_CONFIG or `config use`. */
function registerSecretCommands(program, io, setExit) {
    const secret = program.command('secret').description('per-config secrets, stored encrypted; available to templates');
    secret
        .command('set <key>')
        .description('set a secret; the value is read from a prompt or stdin, never from the command line unless --value is given')
        .option('--value <value>', 'the value itself (it ends up in shell history and the process list)')
        .action(async (key, flags, command) => {
        setExit(await runCommand(io, command, 'secret set', async ({ core, session }) => {
            const name = await session.storedConfigName();
            let value;
            if (flags.value !== undefined) {
                io.stderr.write('warning: --value puts the secret in your shell history and the process list; prefer the prompt or stdin\n');
                value = flags.value;
            }
            else if (process.stdin.isTTY) {
                value = await askLine(`Value of ${key} for config "${name}": `, { hidden: true });
            }
            else {
                value = await readStdin();
            }
            session.redactor.add(value);
            const result = await core.setSecret(session.store, name, key, value, session.onEvent);
            return { result, print: (r) => r.out(`set secret ${r.safe(key)} for config "${r.safe(name)}"\n`) };
        }));
    });
    secret
        .command('rm <key>')
        .description('remove a secret')
        .action(async (key, _flags, command) => {
        setExit(await runCommand(io, command, 'secret rm', async ({ core, session }) => {
            const name = await session.storedConfigName();
            const result = await core.removeSecret(session.store, name, key);
            return { result, print: (r) => r.out(`removed secret ${r.safe(key)} from config "${r.safe(name)}"\n`) };
        }));
    });
    secret
        .command('list')
        .description('list the secret keys of a config (never their values)')
        .action(async (_flags, command) => {
        setExit(await runCommand(io, command, 'secret list', async ({ core, session }) => {
            const name = await session.storedConfigName();
            const result = await core.listSecrets(session.store, name);
            return {
                result,
                print: (r) => r.out(result.keys.length ? `${result.keys.map(r.safe).join('\n')}\n` : `config "${r.safe(name)}" has no secrets\n`),
            };
        }));
    });
}
//# sourceMappingURL=secret.js.map
;// CONCATENATED MODULE: ./lib/cli/help.js

const TUI_HELP = `
In a terminal, \`noorm\` alone opens the full-screen app, and \`noorm <area> [verb] [args]\` (config,
change, run, db, lock) opens that screen; acting verbs show their plan and wait for enter.
With -H, --json, --yes, an option, CI=1, NOORM_HEADLESS=1 or no terminal, noorm runs headless.`;
const EXIT_CODES_HELP = `
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
const ENVIRONMENT_HELP = `
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
const GLOBAL_OPTIONS_POINTER = `
Global options (--config, --dialect, --url and the other connection flags, -H,
--json, --yes, --var) work with every command: noorm --help lists them, their
NOORM_* variables and the exit codes.
`;
//# sourceMappingURL=help.js.map
;// CONCATENATED MODULE: ./lib/cli/main.js














/**
 * The headless CLI: argv → engine → text or one JSON document, and an exit code. Returns the exit
 * code instead of exiting, so tests and other front ends can call it.
 */
async function main(argv, io, version) {
    // ExitCode.ok and ExitCode.usage are written as numbers only here and below: loading the engine
    // for its constants would make `--help` and every command pay for the whole engine at start.
    let exitCode = 0;
    const program = buildProgram(io, version, (code) => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    }
    catch (error) {
        if (!(error instanceof esm/* CommanderError */.b7))
            throw error;
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
            return 0; // ExitCode.ok
        // Everything else commander rejects (unknown verb or flag, missing argument, a group
        // without its verb) is a usage error. Only then is the engine loaded, for its document.
        const core = await Promise.all(/* import() */[__webpack_require__.e(602), __webpack_require__.e(915)]).then(__webpack_require__.bind(__webpack_require__, 12915));
        if (wantsJson(argv, io.env) && error.code !== 'commander.help') {
            const usage = new core.UsageError('usage', error.message.replace(/^error: /, ''), { hint: 'See noorm --help.' });
            io.stdout.write(JSON.stringify(core.failureDocument(commandOf(program, argv), usage), null, 2) + '\n');
        }
        return core.ExitCode.usage;
    }
}
function buildProgram(io, version, setExit) {
    const program = new esm/* Command */.uB('noorm')
        .description('Database schema & changeset manager: plain SQL in your own dialect, tracked by checksum.')
        .usage('[-H] <area> <verb> [args] [options]')
        .version(version, '-V, --version', 'print the version')
        .helpOption('-h, --help', 'show help for a command')
        .option('-H, --headless', 'no interactive UI (implied by CI=1|true, NOORM_HEADLESS=1, --json and --yes)')
        .option('--json', 'print one JSON document on stdout; progress stays on stderr')
        .option('-y, --yes', 'confirm actions on protected configs (headless)');
    for (const { flag, help, repeat } of CONNECTION_FLAGS)
        program.addOption(repeat ? new esm/* Option */.c$(flag, help).argParser(repeat) : new esm/* Option */.c$(flag, help));
    program.option('--var <key=value>', 'a variable for templates, available by name (repeatable)', (value, previous = []) => [...previous, value]);
    program
        .configureHelp({ sortSubcommands: false })
        .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
    })
        .showHelpAfterError('(run with --help for usage)')
        // The global options, exit codes and variables are listed once, here; a verb's help points to them.
        .addHelpText('afterAll', ({ command }) => (command === program ? `${TUI_HELP}\n${EXIT_CODES_HELP}\n${ENVIRONMENT_HELP}\n` : GLOBAL_OPTIONS_POINTER))
        .exitOverride();
    registerInitCommand(program, io, setExit);
    registerUpCommand(program, io, setExit);
    registerStatusCommand(program, io, setExit);
    registerConfigCommands(program, io, setExit);
    registerSecretCommands(program, io, setExit);
    registerRunCommands(program, io, setExit);
    registerChangeCommands(program, io, setExit);
    registerDbCommands(program, io, setExit);
    registerLockCommands(program, io, setExit);
    registerHistoryCommand(program, io, setExit);
    for (const command of program.commands)
        command.exitOverride().configureOutput(program.configureOutput());
    return program;
}
/** The verb typed, as far as commander knows it (`run build`, `config`), or null. */
function commandOf(program, argv) {
    const words = [];
    let current = program;
    for (const word of argv) {
        const next = current.commands.find((command) => command.name() === word || command.aliases().includes(word));
        if (!next)
            break;
        words.push(next.name());
        current = next;
    }
    return words.length ? words.join(' ') : null;
}
function wantsJson(argv, env) {
    return argv.includes('--json') || outputMode({}, env, false).json;
}
//# sourceMappingURL=main.js.map

/***/ })

};
