import path from 'node:path';
import { Option, type Command } from 'commander';
import type { ConfigInput, ConfigSummary, ResultEnvelope } from '../../core/index.js';
import { runCommand, type CliIo, type CliSession, type Outcome } from '../run-command.js';
import type { GlobalFlags } from '../options.js';
import type { Render } from '../output.js';
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
        (name: string, body: (cli: CliSession, ...args: string[]) => Promise<Outcome>) =>
        async (...args: unknown[]) => {
            const command = args.at(-1) as Command;
            const positional = args.slice(0, -2).filter((value): value is string => typeof value === 'string');
            setExit(await runCommand(io, command, `config ${name}`, (cli) => body(cli, ...positional)));
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
            act('add', async ({ core, session, flags }, positional) => {
                const given = flags as GlobalFlags & ConfigFlags;
                const name = positional ?? given.name;
                if (!name) throw new core.UsageError('missing-name', 'config add needs a name', { hint: 'noorm config add dev --dialect postgres --database app' });
                return said(await core.addConfig(session.store, name, fieldInput(given)), `added config "${name}"`);
            }),
        );

    withFieldOptions(config.command('edit <name>'))
        .description('change fields of a config; only the options given change')
        .action(
            act('edit', async ({ core, session, flags }, name) =>
                said(await core.editConfig(session.store, name!, fieldInput(flags as GlobalFlags & ConfigFlags), session.guard), `updated config "${name}"`),
            ),
        );

    config
        .command('rm <name>')
        .description('remove a config and its secrets (confirmation on protected configs)')
        .action(act('rm', async ({ core, session }, name) => said(await core.removeConfig(session.store, name!, session.guard), `removed config "${name}"`)));

    config
        .command('list')
        .description('show all configs (never passwords or secret values)')
        .action(
            act('list', async ({ core, session }) => {
                const result = await core.listConfigs(session.store);
                return { result, print: (r) => r.out(formatList(result.configs, r.safe)) };
            }),
        );

    config
        .command('cp <from> <to>')
        .description('copy a config (with its secrets) under a new name')
        .action(act('cp', async ({ core, session }, from, to) => said(await core.copyConfig(session.store, from!, to!), `copied config "${from}" to "${to}"`)));

    config
        .command('use <name>')
        .description('make a config the active one (NOORM_CONFIG and --config still override it)')
        .action(act('use', async ({ core, session }, name) => said(await core.useConfig(session.store, name!), `"${name}" is now the active config`)));

    config
        .command('export <name>')
        .description('write a config and its secrets to a file encrypted with a passphrase, for another machine')
        .option('--out <file>', 'where to write it (default: <name>.noorm-config)')
        .option('--force', 'overwrite the file if it exists')
        .addHelpText('after', '\nThe passphrase comes from NOORM_EXPORT_PASSPHRASE, or is asked for (twice).')
        .action(
            act('export', async ({ core, session, flags }, name) => {
                const given = flags as GlobalFlags & ConfigFlags;
                const file = path.resolve(io.cwd, given.out ?? `${name}.noorm-config`);
                const passphrase = io.env['NOORM_EXPORT_PASSPHRASE'] || (io.interactive ? await askNewPassphrase('the export', core) : '');
                session.redactor.add(passphrase);
                const result = await core.exportConfig(session.store, name!, passphrase, { file, ...(given.force ? { force: true } : {}) });
                // Said relative to where the user is, so the hint works as typed (and names the folder).
                const shown = path.relative(io.cwd, result.file) || result.file;
                return said(result, (safe) => `exported config "${name}" to ${safe(result.file)}; import it with: noorm config import ${safe(shown)}`);
            }),
        );

    config
        .command('import <file>')
        .description('add a config from a file written by config export')
        .option('--name <name>', 'import under another name')
        .option('--force', 'replace a config of the same name')
        .addHelpText('after', '\nThe passphrase comes from NOORM_EXPORT_PASSPHRASE, or is asked for.')
        .action(
            act('import', async ({ core, session, flags }, file) => {
                const given = flags as GlobalFlags & ConfigFlags;
                const passphrase = io.env['NOORM_EXPORT_PASSPHRASE'] || (io.interactive ? await askLine('Passphrase of the export: ', { hidden: true }) : '');
                session.redactor.add(passphrase);
                const result = await core.importConfig(session.store, path.resolve(io.cwd, file!), passphrase, {
                    ...(given.name ? { name: given.name } : {}),
                    ...(given.force ? { force: true } : {}),
                });
                return said(result, `imported config "${result.stored.name}"`);
            }),
        );

    config
        .command('passphrase')
        .description('re-encrypt the state with a new passphrase, or with the machine id alone (--remove)')
        .option('--remove', 'remove the passphrase: the machine id alone protects the state')
        .addHelpText('after', '\nThe current passphrase comes from NOORM_PASSPHRASE; the new one from NOORM_NEW_PASSPHRASE, a prompt (twice), or a line on stdin.')
        .action(
            act('passphrase', async ({ core, session, flags }) => {
                const remove = Boolean((flags as { remove?: boolean }).remove);
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
                return said(
                    result,
                    result.passphrase
                        ? 'the state is now encrypted with the new passphrase; set NOORM_PASSPHRASE to it from now on'
                        : 'the state is now encrypted with the machine id alone',
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

/** A result, and the one line that tells a person what happened (`safe` for what noorm did not write). */
function said(result: ResultEnvelope, message: string | ((safe: Render['safe']) => string)): Outcome {
    return { result, print: (r) => r.out(`${typeof message === 'string' ? message : message(r.safe)}\n`) };
}

function formatList(configs: ConfigSummary[], safe: Render['safe']): string {
    if (!configs.length) return 'No configs yet. Add one: noorm config add dev --dialect postgres --host localhost --database app\n';
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
    const widths = [1, 4, 6, 4].map((min, i) => Math.max(min, ...rows.map((row) => row[i]!.length)));
    const header = ['', 'NAME', 'TARGET', 'USER', ''];
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
