import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import type { ChangeListResult, ChangeRunResult, ChangesetInfo, ResultEnvelope } from '../../core/index.js';
import { printError, type Render } from '../output.js';
import { runCommand, type CliIo, type CliSession, type Outcome } from '../run-command.js';

interface ChangeFlags {
    dryRun?: boolean;
    force?: boolean;
    all?: boolean;
    nonAtomic?: boolean;
    allowStale?: boolean;
    allowEmpty?: boolean;
    singleTransaction?: boolean;
}

/** `noorm change add|edit|rm|list|run|revert|next|ff`. */
export function registerChangeCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const change = program.command('change').description('changesets: dated folders of change/ and revert/ SQL that evolve existing databases');
    const act =
        (name: string, body: (cli: CliSession, flags: ChangeFlags, ...args: string[]) => Promise<Outcome>) =>
        async (...args: unknown[]) => {
            const command = args.at(-1) as Command;
            const flags = args.at(-2) as ChangeFlags;
            const positional = args.slice(0, -2).map((value) => (value === undefined ? undefined : String(value))) as string[];
            setExit(await runCommand(io, command, `change ${name}`, (cli) => body(cli, flags, ...positional)));
        };
    const withRunOptions = (command: Command) =>
        command
            .option('--dry-run', 'show the plan and the SQL that would run; executes and records nothing')
            .option('--allow-empty', 'record a changeset whose files hold no statement (only comments or blank lines) instead of refusing it (NOORM_ALLOW_EMPTY=1)');
    const withStaleOption = (command: Command) =>
        command.option('--allow-stale', 'go on, with a warning, although an applied changeset was edited since it ran (NOORM_ALLOW_STALE=1); refused with exit 6 otherwise');
    // Unset flags stay undefined, so the engine falls back to their NOORM_* twins.
    const runOptions = (flags: ChangeFlags) => ({
        dryRun: Boolean(flags.dryRun),
        ...(flags.allowEmpty ? { allowEmpty: true } : {}),
        ...(flags.allowStale ? { allowStale: true } : {}),
    });

    change
        .command('add <name>')
        .description('create changesets/YYYY-MM-DDTHHMMSS_<slug>/ (UTC; name order is creation order) with change/ and revert/ and a first file in each')
        .option('--non-atomic', 'run its files one by one instead of in one transaction (for -- noorm:no-transaction files)')
        .action(
            act('add', async ({ core, session }, flags, name) => {
                const result = core.changeAdd(await session.paths(), name!, { nonAtomic: Boolean(flags.nonAtomic) });
                return said(result, (safe) => `created ${safe(result.dir)}\n  ${result.files.map(safe).join('\n  ')}\n`);
            }),
        );

    change
        .command('edit <name>')
        .description('open a changeset folder in $VISUAL / $EDITOR (headless: print its path)')
        .action(
            act('edit', async ({ core, session, mode }, _flags, name) => {
                const result = core.changeEdit(await session.paths(), name!);
                const editor = io.env['VISUAL'] || io.env['EDITOR'];
                if (editor && !mode.headless) {
                    const opened = spawnSync(editor, [result.dir], { stdio: 'inherit', shell: true });
                    if (opened.status !== 0) throw new core.UsageError('editor-failed', `${editor} exited with ${opened.status ?? opened.signal}`);
                }
                return said(result, (safe) => `${safe(result.dir)}\n`);
            }),
        );

    change
        .command('rm <name>')
        .description('remove a changeset folder (confirmation); refused while it is applied on the database unless --force')
        .option('--force', 'remove it even though the database has it applied')
        .action(
            act('rm', async ({ core, session }, flags, name) => {
                const result = await core.changeRm(await session.context(), name!, { force: Boolean(flags.force) });
                return said(result, (safe) => `removed ${safe(result.dir)}\n`);
            }),
        );

    change
        .command('list')
        .description(
            'every changeset in the order change ff applies them (# numbers the pending ones) and its status: pending, applied, baseline, reverted, failed, stale, orphaned',
        )
        .action(
            act('list', async ({ core, session }) => {
                const result = await core.runVerbLine(session, { command: 'change list', args: [], options: {} }, io.cwd);
                return { result, print: (r) => r.out(formatList(result, r.safe)) };
            }),
        );

    withStaleOption(withRunOptions(change.command('run [name]')))
        .description('apply one changeset (nothing to do when applied, unless --force, which also re-applies a stale one); --all applies every pending one')
        .option('--force', 're-run a changeset that is already applied')
        .option('--all', 'apply all pending changesets (same as change ff)')
        .action(
            act('run', async ({ core, session }, flags, name) =>
                presentRun(
                    await core.runVerbLine(
                        session,
                        { command: 'change run', args: name === undefined ? [] : [name], options: { ...runOptions(flags), force: Boolean(flags.force), all: Boolean(flags.all) } },
                        io.cwd,
                    ),
                ),
            ),
        );

    withRunOptions(change.command('revert <name>'))
        .description("run a changeset's revert/ files; it counts as pending again afterwards")
        .action(
            act('revert', async ({ core, session }, flags, name) =>
                presentRun(await core.runVerbLine(session, { command: 'change revert', args: [name!], options: runOptions(flags) }, io.cwd)),
            ),
        );

    change
        .command('rebase <name>')
        .description('accept the edited files of an applied (stale) changeset as applied, without running them; recorded in history with who and why')
        .requiredOption('--reason <text>', 'why the edit needs no run (recorded in history)')
        .action(
            act('rebase', async ({ core, session }, flags, name) => {
                const result = await core.changeRebase(await session.context(), name!, { reason: (flags as { reason?: string }).reason ?? '' });
                return said(result, (safe) => `${safe(result.message)}\n`);
            }),
        );

    withStaleOption(withRunOptions(change.command('next [count]')))
        .description('apply the next <count> pending changesets in creation order (default 1); refused (exit 6) while an applied one is stale')
        .action(
            act('next', async ({ core, session }, flags, count) =>
                presentRun(await core.runVerbLine(session, { command: 'change next', args: count === undefined ? [] : [count], options: runOptions(flags) }, io.cwd)),
            ),
        );

    withStaleOption(withRunOptions(change.command('ff')))
        .description('fast-forward: apply every pending changeset in creation order (as change list numbers them); refused (exit 6) while an applied one is stale')
        .option('--single-transaction', 'apply every pending changeset in one transaction on one session: all of them commit or none (not on MySQL/MariaDB)')
        .action(
            act('ff', async ({ core, session }, flags) =>
                presentRun(
                    await core.runVerbLine(
                        session,
                        { command: 'change ff', args: [], options: { ...runOptions(flags), ...(flags.singleTransaction ? { singleTransaction: true } : {}) } },
                        io.cwd,
                    ),
                ),
            ),
        );
}

/** A result and its line of text; `text` gets `safe` for the values noorm did not write. */
function said(result: ResultEnvelope, text: (safe: Render['safe']) => string): Outcome {
    return { result, print: (r) => r.out(text(r.safe)) };
}

export function presentRun(result: ChangeRunResult): Outcome {
    return {
        result,
        print: (r) => {
            const { safe } = r;
            if (result.dryRun && result.error) return printError(result.error, r);
            if (result.dryRun) {
                for (const changeset of result.changesets) {
                    for (const file of changeset.files) {
                        if ('sql' in file) r.out(`-- ${safe(changeset.name)} (${changeset.direction}): ${safe(file.path)}\n${file.sql}${file.sql.endsWith('\n') ? '' : '\n'}\n`);
                        else r.err(`  skipped  ${safe(changeset.name)}: ${safe(file.path)} (succeeded in the attempt this run resumes)\n`);
                    }
                }
                r.err(
                    `dry run: ${result.changesets.length ? result.changesets.map((c) => `${c.direction} ${safe(c.name)}`).join(', ') : 'nothing to run'}; nothing was executed or recorded\n`,
                );
                if (result.message) r.err(`${safe(result.message)}\n`);
                return;
            }
            if (result.message) r.out(`${safe(result.message)}\n`);
            const applied = result.changesets.filter((changeset) => changeset.status === 'success');
            if (applied.length)
                r.out(`${result.command}: ${applied.length} changeset${applied.length === 1 ? '' : 's'} ${applied[0]!.direction === 'revert' ? 'reverted' : 'applied'}\n`);
            if (result.error) printError(result.error, r);
        },
    };
}

function formatList(result: ChangeListResult, safe: Render['safe']): string {
    if (!result.changesets.length) return 'no changesets yet; create one with: noorm change add <name>\n';
    // `#`: the position in which `change ff` would apply a due changeset.
    const rows = result.changesets.map((info) => {
        const position = result.due.indexOf(info.name);
        return [position < 0 ? '' : String(position + 1), info.status, safe(info.name), detail(info, safe)];
    });
    const widths = [1, 6, 9].map((min, i) => Math.max(min, ...rows.map((row) => row[i]!.length)));
    return (
        [['#', 'STATUS', 'CHANGESET', ''], ...rows]
            .map((row) => `${row[0]!.padStart(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}`.trimEnd())
            .join('\n') + '\n'
    );
}

function detail(info: ChangesetInfo, safe: Render['safe']): string {
    if (!info.executedAt) return '';
    const when = `${info.direction === 'revert' ? 'reverted' : info.status === 'baseline' ? 'baselined' : 'run'} ${safe(info.executedAt)} by ${safe(info.executedBy ?? '')}`;
    if (info.status === 'stale' && info.changed?.length) return `${when}; since then ${info.changed.map((file) => `${file.change} ${safe(file.path)}`).join(', ')}`;
    return info.status === 'failed' && info.error ? `${when}: ${safe(info.error.split('\n')[0]!)}` : when;
}
