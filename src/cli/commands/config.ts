import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { ConfigInput, ConfigSummary } from '../../core/index.js';
import { runCommand, type CliIo, type Presentable, type Session } from '../engine.js';
import type { GlobalFlags } from '../options.js';
import { safe } from '../output.js';
import { askLine, askNewPassphrase, readStdin } from '../prompt.js';

interface ConfigFlags {
    name?: string;
    protected?: boolean;
    test?: boolean;
    type?: string;
    out?: string;
    force?: boolean;
}

/** `noorm config add|edit|rm|list|cp|use|export|import|passphrase`. */
export function registerConfigCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const config = program.command('config').description('named database configs, stored encrypted in .noorm/state.enc');
    const act =
        (name: string, body: (session: Session, ...args: string[]) => Promise<Presentable>) =>
        async (...args: unknown[]) => {
            const command = args.at(-1) as Command;
            const positional = args.slice(0, -2).filter((value): value is string => typeof value === 'string');
            setExit(await runCommand(io, command, `config ${name}`, (session) => body(session, ...positional)));
        };
    const withFieldOptions = (command: Command) =>
        command
            .option('--name <name>', 'config name (or give it as the argument)')
            .option('--protected', 'state-changing commands need confirmation; db destroy is refused')
            .option('--no-protected', 'lift the protection (needs confirmation)')
            .option('--test', 'mark as a test database')
            .option('--no-test', 'unmark as a test database')
            .addOption(new Option('--type <type>', 'local or remote').choices(['local', 'remote']))
            .addHelpText(
                'after',
                '\nConnection fields come from the connection options (--dialect, --host, --port, --database, --user, --password, --url, --ssl, --ssl-ca, --schema-path, --changeset-path, --identity). An empty value removes a field.',
            );

    withFieldOptions(config.command('add [name]'))
        .description('add a config (the first one becomes active)')
        .action(
            act('add', async (session, positional) => {
                const flags = session.flags as GlobalFlags & ConfigFlags;
                const name = positional ?? flags.name;
                if (!name) throw new session.core.UsageError('missing-name', 'config add needs a name', { hint: 'noorm config add dev --dialect postgres --database app' });
                await session.core.addConfig(session.store, name, fieldInput(flags));
                return summaryOf(session, name, `added config "${name}"`);
            }),
        );

    withFieldOptions(config.command('edit <name>'))
        .description('change fields of a config; only the options given change')
        .action(
            act('edit', async (session, name) => {
                await session.core.editConfig(session.store, name!, fieldInput(session.flags as GlobalFlags & ConfigFlags), session.guard);
                return summaryOf(session, name!, `updated config "${name}"`);
            }),
        );

    config
        .command('rm <name>')
        .description('remove a config and its secrets (confirmation on protected configs)')
        .action(
            act('rm', async (session, name) => {
                await session.core.removeConfig(session.store, name!, session.guard);
                return done({ name }, `removed config "${name}"`);
            }),
        );

    config
        .command('list')
        .description('show all configs (never passwords or secret values)')
        .action(
            act('list', async (session) => {
                const configs = await session.core.listConfigs(session.store);
                return {
                    ok: true,
                    json: { ok: true, command: 'config list', configs },
                    print: (streams, redactor) => streams.stdout.write(redactor.redact(formatList(configs))),
                };
            }),
        );

    config
        .command('cp <from> <to>')
        .description('copy a config (with its secrets) under a new name')
        .action(
            act('cp', async (session, from, to) => {
                await session.core.copyConfig(session.store, from!, to!);
                return summaryOf(session, to!, `copied config "${from}" to "${to}"`);
            }),
        );

    config
        .command('use <name>')
        .description('make a config the active one (NOORM_CONFIG and --config still override it)')
        .action(
            act('use', async (session, name) => {
                await session.core.useConfig(session.store, name!);
                return summaryOf(session, name!, `"${name}" is now the active config`);
            }),
        );

    config
        .command('export <name>')
        .description('write a config and its secrets to a file encrypted with a passphrase, for another machine')
        .option('--out <file>', 'where to write it (default: <name>.noorm-config)')
        .option('--force', 'overwrite the file if it exists')
        .addHelpText('after', '\nThe passphrase comes from NOORM_EXPORT_PASSPHRASE, or is asked for (twice).')
        .action(
            act('export', async (session, name) => {
                const flags = session.flags as GlobalFlags & ConfigFlags;
                const out = path.resolve(session.io.cwd, flags.out ?? `${name}.noorm-config`);
                if (existsSync(out) && !flags.force) throw new session.core.UsageError('file-exists', `${out} already exists`, { hint: 'Pick another --out, or pass --force.' });
                const passphrase = session.io.env['NOORM_EXPORT_PASSPHRASE'] || (session.io.interactive ? await askNewPassphrase('the export') : '');
                const text = await session.core.exportConfig(session.store, name!, passphrase);
                writeFileSync(out, text, { mode: 0o600 });
                return done({ name, file: out }, `exported config "${name}" to ${safe(out)}; import it with: noorm config import ${safe(path.basename(out))}`);
            }),
        );

    config
        .command('import <file>')
        .description('add a config from a file written by config export')
        .option('--name <name>', 'import under another name')
        .option('--force', 'replace a config of the same name')
        .addHelpText('after', '\nThe passphrase comes from NOORM_EXPORT_PASSPHRASE, or is asked for.')
        .action(
            act('import', async (session, file) => {
                const flags = session.flags as GlobalFlags & ConfigFlags;
                const full = path.resolve(session.io.cwd, file!);
                let text: string;
                try {
                    text = readFileSync(full, 'utf8');
                } catch {
                    throw new session.core.UsageError('missing-file', `Cannot read ${full}`);
                }
                const passphrase = session.io.env['NOORM_EXPORT_PASSPHRASE'] || (session.io.interactive ? await askLine('Passphrase of the export: ', { hidden: true }) : '');
                if (!passphrase) throw new session.core.UsageError('passphrase-required', "Importing needs the export's passphrase", { hint: 'Set NOORM_EXPORT_PASSPHRASE.' });
                const imported = await session.core.importConfig(session.store, text, passphrase, {
                    ...(flags.name ? { name: flags.name } : {}),
                    ...(flags.force ? { force: true } : {}),
                });
                return summaryOf(session, imported.name, `imported config "${imported.name}"`);
            }),
        );

    config
        .command('passphrase')
        .description('re-encrypt the state with a new passphrase, or with the machine id alone (--remove)')
        .option('--remove', 'remove the passphrase: the machine id alone protects the state')
        .addHelpText('after', '\nThe current passphrase comes from NOORM_PASSPHRASE; the new one from NOORM_NEW_PASSPHRASE, a prompt (twice), or a line on stdin.')
        .action(
            act('passphrase', async (session) => {
                const remove = Boolean((session.flags as { remove?: boolean }).remove);
                const next = remove
                    ? ''
                    : session.io.env['NOORM_NEW_PASSPHRASE'] ||
                      (session.io.interactive ? await askNewPassphrase('.noorm/state.enc') : process.stdin.isTTY ? '' : await readStdin());
                session.redactor.add(next);
                // An empty answer is never taken as "remove": that takes --remove, said on purpose.
                if (!remove && !next)
                    throw new session.core.UsageError('passphrase-required', 'No new passphrase given', {
                        hint: 'Set NOORM_NEW_PASSPHRASE or pipe it on stdin; to remove the passphrase, pass --remove.',
                    });
                await session.core.changePassphrase(session.store, next);
                return done(
                    {},
                    next ? 'the state is now encrypted with the new passphrase; set NOORM_PASSPHRASE to it from now on' : 'the state is now encrypted with the machine id alone',
                );
            }),
        );
}

/** Flags → config fields. Only what was given: an edit changes nothing else. */
function fieldInput(flags: GlobalFlags & ConfigFlags): ConfigInput {
    const input: ConfigInput = {};
    const copy = ['dialect', 'url', 'host', 'port', 'database', 'user', 'password', 'ssl', 'sslCa', 'schemaPath', 'changesetPath', 'identity', 'type'] as const;
    for (const key of copy) {
        const value = (flags as Record<string, unknown>)[key];
        if (typeof value === 'string') input[key] = value;
    }
    if (flags.protected !== undefined) input.protected = flags.protected;
    if (flags.test !== undefined) input.test = flags.test;
    return input;
}

async function summaryOf(session: Session, name: string, message: string): Promise<Presentable> {
    const state = await session.store.read();
    const config = state?.configs[name];
    const summary = config && state ? session.core.summarise(config, state) : null;
    return done({ config: summary }, message);
}

function done(fields: Record<string, unknown>, message: string): Presentable {
    return {
        ok: true,
        json: { ok: true, ...fields },
        print: (streams, redactor) => streams.stdout.write(redactor.redact(`${message}\n`)),
    };
}

function formatList(configs: ConfigSummary[]): string {
    if (!configs.length) return 'No configs yet. Add one: noorm config add dev --dialect postgres --host localhost --database app\n';
    const rows = configs.map((c) => [
        c.active ? '*' : ' ',
        c.name,
        safe(c.dialect ?? '?'),
        safe(c.dialect === 'sqlite' ? (c.database ?? '') : `${c.user ? `${c.user}@` : ''}${c.host ?? 'localhost'}${c.port ? `:${c.port}` : ''}/${c.database ?? ''}`),
        [
            c.protected ? 'protected' : '',
            c.isTest ? 'test' : '',
            c.type === 'remote' ? 'remote' : '',
            c.secretKeys.length ? `${c.secretKeys.length} secret${c.secretKeys.length === 1 ? '' : 's'}` : '',
        ]
            .filter(Boolean)
            .join(', '),
    ]);
    const widths = [1, 4, 7, 6].map((min, i) => Math.max(min, ...rows.map((row) => row[i]!.length)));
    const header = ['', 'NAME', 'DIALECT', 'TARGET', ''];
    return (
        [header, ...rows]
            .map((row) =>
                row
                    .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell))
                    .join('  ')
                    .trimEnd(),
            )
            .join('\n') + '\n'
    );
}
