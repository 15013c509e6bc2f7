import type { Command } from 'commander';
import { runCommand, type CliIo, type Session } from '../engine.js';
import { askLine, readStdin } from '../prompt.js';

/** `noorm secret set|rm|list`, for the stored config chosen by --config, NOORM_CONFIG or `config use`. */
export function registerSecretCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const secret = program.command('secret').description('per-config secrets, stored encrypted; available to templates');

    const configName = async (session: Session): Promise<string> => {
        const state = await session.store.read();
        const name = session.flags.config ?? session.io.env['NOORM_CONFIG'] ?? state?.activeConfig ?? undefined;
        if (!name) {
            throw new session.core.UsageError('no-config', 'Secrets belong to a stored config, and none is selected', {
                hint: 'Pick one with --config <name>, NOORM_CONFIG, or `noorm config use <name>`.',
            });
        }
        return name;
    };

    secret
        .command('set <key>')
        .description('set a secret; the value is read from a prompt or stdin, never from the command line unless --value is given')
        .option('--value <value>', 'the value itself (it ends up in shell history and the process list)')
        .action(async (key: string, flags: { value?: string }, command: Command) => {
            setExit(
                await runCommand(io, command, 'secret set', async (session) => {
                    const name = await configName(session);
                    let value: string;
                    if (flags.value !== undefined) {
                        io.stderr.write('warning: --value puts the secret in your shell history and the process list; prefer the prompt or stdin\n');
                        value = flags.value;
                    } else if (process.stdin.isTTY) {
                        value = await askLine(`Value of ${key} for config "${name}": `, { hidden: true });
                    } else {
                        value = await readStdin();
                    }
                    session.redactor.add(value);
                    if (value === '') throw new session.core.UsageError('empty-secret', "The secret's value is empty", { hint: 'Remove a secret with `noorm secret rm <key>`.' });
                    const { warnings } = await session.core.setSecret(session.store, name, key, value);
                    for (const warning of warnings) io.stderr.write(`warning: ${warning}\n`);
                    return message({ config: name, key, ...(warnings.length ? { warnings } : {}) }, `set secret ${key} for config "${name}"`);
                }),
            );
        });

    secret
        .command('rm <key>')
        .description('remove a secret')
        .action(async (key: string, _flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'secret rm', async (session) => {
                    const name = await configName(session);
                    await session.core.removeSecret(session.store, name, key);
                    return message({ config: name, key }, `removed secret ${key} from config "${name}"`);
                }),
            );
        });

    secret
        .command('list')
        .description('list the secret keys of a config (never their values)')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'secret list', async (session) => {
                    const name = await configName(session);
                    const keys = await session.core.listSecrets(session.store, name);
                    return {
                        ok: true,
                        json: { ok: true, command: 'secret list', config: name, keys },
                        print: (streams) => streams.stdout.write(keys.length ? `${keys.join('\n')}\n` : `config "${name}" has no secrets\n`),
                    };
                }),
            );
        });
}

function message(fields: Record<string, unknown>, text: string) {
    return {
        ok: true,
        json: { ok: true, ...fields },
        print: (streams: { stdout: NodeJS.WritableStream }) => streams.stdout.write(`${text}\n`),
    };
}
