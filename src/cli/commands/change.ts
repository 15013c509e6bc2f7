import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import type { ChangeListResult, ChangeRunResult, ChangesetInfo } from '../../core/index.js';
import { errorJson, printError, safe, type Streams } from '../output.js';
import { runCommand, type CliIo, type Presentable, type Session } from '../engine.js';
import type { Redactor } from '../../core/index.js';

interface ChangeFlags {
    dryRun?: boolean;
    force?: boolean;
    all?: boolean;
    nonAtomic?: boolean;
}

/** `noorm change add|edit|rm|list|run|revert|next|ff`. */
export function registerChangeCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const change = program.command('change').description('changesets: dated folders of change/ and revert/ SQL that evolve existing databases');
    const act =
        (name: string, body: (session: Session, flags: ChangeFlags, ...args: string[]) => Promise<Presentable>) =>
        async (...args: unknown[]) => {
            const command = args.at(-1) as Command;
            const flags = args.at(-2) as ChangeFlags;
            const positional = args.slice(0, -2).map((value) => (value === undefined ? undefined : String(value))) as string[];
            setExit(await runCommand(io, command, `change ${name}`, (session) => body(session, flags, ...positional)));
        };
    const withRunOptions = (command: Command) => command.option('--dry-run', 'show the plan and the SQL that would run; executes and records nothing');

    change
        .command('add <name>')
        .description('create changesets/YYYY-MM-DD_<slug>/ with change/ and revert/ and a first file in each')
        .option('--non-atomic', 'run its files one by one instead of in one transaction (for -- noorm:no-transaction files)')
        .action(
            act('add', async (session, flags, name) => {
                const result = session.core.changeAdd(await session.paths(), name!, { nonAtomic: Boolean(flags.nonAtomic) });
                return done(result, `created ${safe(result.dir)}\n  ${result.files.map((file) => safe(file)).join('\n  ')}\n`);
            }),
        );

    change
        .command('edit <name>')
        .description('open a changeset folder in $VISUAL / $EDITOR (headless: print its path)')
        .action(
            act('edit', async (session, _flags, name) => {
                const dir = session.core.changesetDir(await session.paths(), name!);
                const editor = io.env['VISUAL'] || io.env['EDITOR'];
                if (editor && !session.mode.headless) {
                    const result = spawnSync(editor, [dir], { stdio: 'inherit', shell: true });
                    if (result.status !== 0) throw new session.core.UsageError('editor-failed', `${editor} exited with ${result.status ?? result.signal}`);
                }
                return done({ ok: true, command: 'change edit', dir }, `${safe(dir)}\n`);
            }),
        );

    change
        .command('rm <name>')
        .description('remove a changeset folder (confirmation); refused while it is applied on the database unless --force')
        .option('--force', 'remove it even though the database has it applied')
        .action(
            act('rm', async (session, flags, name) => {
                const result = await session.core.changeRm(await session.context(), name!, { force: Boolean(flags.force) });
                return done(result, `removed ${safe(result.dir)}\n`);
            }),
        );

    change
        .command('list')
        .description('every changeset and its status on the database: pending, applied, baseline, reverted, failed, stale, orphaned')
        .action(
            act('list', async (session) => {
                const result = await session.core.changeList(await session.context());
                return { ok: true, json: { ...result }, print: (streams, redactor) => streams.stdout.write(redactor.redact(formatList(result))) };
            }),
        );

    withRunOptions(change.command('run [name]'))
        .description('apply one changeset (nothing to do when applied, unless --force); --all applies every pending one')
        .option('--force', 're-run a changeset that is already applied')
        .option('--all', 'apply all pending changesets (same as change ff)')
        .action(
            act('run', async (session, flags, name) => {
                const context = await session.context();
                if (flags.all) return presentRun(await session.core.changeFf(context, { dryRun: Boolean(flags.dryRun) }));
                if (!name) throw new session.core.UsageError('missing-name', 'change run needs a changeset name, or --all', { hint: 'noorm change list shows them.' });
                return presentRun(await session.core.changeRun(context, name, { dryRun: Boolean(flags.dryRun), force: Boolean(flags.force) }));
            }),
        );

    withRunOptions(change.command('revert <name>'))
        .description("run a changeset's revert/ files; it counts as pending again afterwards")
        .action(act('revert', async (session, flags, name) => presentRun(await session.core.changeRevert(await session.context(), name!, { dryRun: Boolean(flags.dryRun) }))));

    withRunOptions(change.command('next [count]'))
        .description('apply the next <count> pending changesets in name order (default 1)')
        .action(
            act('next', async (session, flags, count) => {
                const n = count === undefined ? 1 : Number(count);
                return presentRun(await session.core.changeNext(await session.context(), n, { dryRun: Boolean(flags.dryRun) }));
            }),
        );

    withRunOptions(change.command('ff'))
        .description('fast-forward: apply every pending changeset in name order')
        .action(act('ff', async (session, flags) => presentRun(await session.core.changeFf(await session.context(), { dryRun: Boolean(flags.dryRun) }))));
}

function done(json: object, text: string): Presentable {
    return { ok: true, json: { ok: true, ...json }, print: (streams, redactor) => streams.stdout.write(redactor.redact(text)) };
}

function presentRun(result: ChangeRunResult): Presentable {
    const json = {
        ok: result.ok,
        command: result.command,
        config: result.config,
        dialect: result.dialect,
        dryRun: result.dryRun,
        changesets: result.changesets.map((changeset) => ({
            name: changeset.name,
            status: changeset.status,
            direction: changeset.direction,
            atomic: changeset.atomic,
            files: changeset.files.map((file) => ({
                path: file.path,
                status: file.status,
                checksum: file.checksum,
                ...('durationMs' in file ? { durationMs: Math.round(file.durationMs) } : {}),
                ...('error' in file && file.error ? { error: file.error } : {}),
                ...('sql' in file ? { sql: file.sql } : {}),
            })),
        })),
        ...(result.message ? { message: result.message } : {}),
        ...(result.error ? { error: errorJson(result.error) } : {}),
    };
    return {
        ok: result.ok,
        error: result.error,
        json,
        print: (streams: Streams, redactor: Redactor) => {
            const out = (text: string) => streams.stdout.write(redactor.redact(text));
            if (result.dryRun) {
                for (const changeset of result.changesets) {
                    for (const file of changeset.files) {
                        if ('sql' in file) out(`-- ${safe(changeset.name)} (${changeset.direction}): ${safe(file.path)}\n${file.sql}${file.sql.endsWith('\n') ? '' : '\n'}\n`);
                        else streams.stderr.write(redactor.redact(`  skipped  ${safe(changeset.name)}: ${safe(file.path)} (succeeded in the attempt this run resumes)\n`));
                    }
                }
                streams.stderr.write(
                    redactor.redact(
                        `dry run: ${result.changesets.length ? result.changesets.map((c) => `${c.direction} ${safe(c.name)}`).join(', ') : 'nothing to run'}; nothing was executed or recorded\n`,
                    ),
                );
                if (result.message) streams.stderr.write(redactor.redact(`${safe(result.message)}\n`));
                return;
            }
            if (result.message) out(`${safe(result.message)}\n`);
            const applied = result.changesets.filter((changeset) => changeset.status === 'success');
            if (applied.length)
                out(`${result.command}: ${applied.length} changeset${applied.length === 1 ? '' : 's'} ${applied[0]!.direction === 'revert' ? 'reverted' : 'applied'}\n`);
            if (result.error) printError(result.error, streams, redactor);
        },
    };
}

function formatList(result: ChangeListResult): string {
    if (!result.changesets.length) return 'no changesets yet; create one with: noorm change add <name>\n';
    const rows = result.changesets.map((info) => [info.status, safe(info.name), detail(info)]);
    const widths = [6, 9].map((min, i) => Math.max(min, ...rows.map((row) => row[i]!.length)));
    return [['STATUS', 'CHANGESET', ''], ...rows].map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`.trimEnd()).join('\n') + '\n';
}

function detail(info: ChangesetInfo): string {
    if (!info.executedAt) return '';
    const when = `${info.direction === 'revert' ? 'reverted' : info.status === 'baseline' ? 'baselined' : 'run'} ${safe(info.executedAt)} by ${safe(info.executedBy ?? '')}`;
    return info.status === 'failed' && info.error ? `${when}: ${safe(info.error.split('\n')[0]!)}` : when;
}
