import type { Command } from 'commander';
import { runCommand, type CliIo } from '../run-command.js';
import { askLine, readStdin } from '../prompt.js';

/** `noorm secret set|rm|list`, for the stored config chosen by --config, NOORM_CONFIG or `config use`. */
export function registerSecretCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const secret = program.command('secret').description('per-config secrets, stored encrypted; available to templates');

    secret
        .command('set <key>')
        .description('set a secret; the value is read from a prompt or stdin, never from the command line unless --value is given')
        .option('--value <value>', 'the value itself (it ends up in shell history and the process list)')
        .action(async (key: string, flags: { value?: string }, command: Command) => {
            setExit(
                await runCommand(io, command, 'secret set', async ({ core, session }) => {
                    const name = await session.storedConfigName();
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
                    const result = await core.setSecret(session.store, name, key, value, session.onEvent);
                    return { result, print: (r) => r.out(`set secret ${r.safe(key)} for config "${r.safe(name)}"\n`) };
                }),
            );
        });

    secret
        .command('rm <key>')
        .description('remove a secret')
        .action(async (key: string, _flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'secret rm', async ({ core, session }) => {
                    const name = await session.storedConfigName();
                    const result = await core.removeSecret(session.store, name, key);
                    return { result, print: (r) => r.out(`removed secret ${r.safe(key)} from config "${r.safe(name)}"\n`) };
                }),
            );
        });

    secret
        .command('list')
        .description('list the secret keys of a config (never their values)')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'secret list', async ({ core, session }) => {
                    const name = await session.storedConfigName();
                    const result = await core.listSecrets(session.store, name);
                    return {
                        result,
                        print: (r) => r.out(result.keys.length ? `${result.keys.map(r.safe).join('\n')}\n` : `config "${r.safe(name)}" has no secrets\n`),
                    };
                }),
            );
        });
}
