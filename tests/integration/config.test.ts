/** Named configs in the encrypted state file, protection, secrets, moving machines: the real CLI. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { NOORM_BIN, cleanEnv, parseJson, runCli, type CliOptions } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';
import { trackedFiles } from '../helpers/sqlite.js';

afterAll(removeProjects);

const MACHINE = 'machine-one-0123456789abcdef';

function cli(root: string, args: string[], env: Record<string, string | undefined> = {}, extra: Partial<CliOptions> = {}) {
    return runCli(args, { cwd: root, env: { NOORM_MACHINE_ID: MACHINE, ...env }, ...extra });
}

const stateFile = (root: string) => path.join(root, '.noorm', 'state.enc');
const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface ErrorJson {
    error: { code: string; exitCode: number; message: string; hint: string | null };
}

async function projectWithConfigs() {
    const root = makeProject({ 'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x INTEGER);' });
    expect((await cli(root, ['init'])).code).toBe(0);
    expect((await cli(root, ['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.sqlite', '--identity', 'Stored Person <stored@example.com>'])).code).toBe(0);
    const prod = await cli(root, [
        'config',
        'add',
        '--name',
        'prod',
        '--dialect',
        'postgres',
        '--host',
        'db-host-plaintext.internal',
        '--database',
        'proddb_plaintext',
        '--user',
        'produser_plaintext',
        '--password',
        'Pr0dPassw0rd!',
        '--protected',
        '--type',
        'remote',
    ]);
    expect(prod.code).toBe(0);
    return root;
}

describe('noorm init', () => {
    it("creates schema/, changesets/ and .noorm/ with its own .gitignore, leaving the user's alone", async () => {
        const root = makeProject({ '.gitignore': 'node_modules/\n' });
        const result = parseJson<{ created: string[] }>(await cli(root, ['init', '--json']));
        expect(result.created.sort()).toEqual(['.noorm', 'changesets', 'schema']);
        expect(readFileSync(path.join(root, '.noorm', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
        expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe('node_modules/\n');
        const again = await cli(root, ['init']);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('already set up');
    });
});

describe('configs', () => {
    it('stores configs encrypted: no config value or secret appears in the state file', async () => {
        const root = await projectWithConfigs();
        const secret = await cli(root, ['secret', 'set', 'API_TOKEN', '--config', 'prod'], {}, {});
        expect(secret.code).toBe(2); // no value on stdin from a closed pipe is an empty secret: refused
        const piped = await runCli(['secret', 'set', 'API_TOKEN', '--config', 'prod'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE }, input: 'T0ken-Value-Plain' });
        expect(piped.code).toBe(0);
        const raw = readFileSync(stateFile(root), 'utf8');
        for (const plain of [
            'db-host-plaintext',
            'proddb_plaintext',
            'produser_plaintext',
            'Pr0dPassw0rd!',
            'T0ken-Value-Plain',
            'dev.sqlite',
            'Stored Person',
            'API_TOKEN',
            'postgres',
        ]) {
            expect(raw).not.toContain(plain);
        }
        expect(JSON.parse(raw)).toMatchObject({ version: 1, algorithm: 'aes-256-gcm', kdf: 'pbkdf2-sha256', iterations: 600000 });
    });

    it('lists configs without passwords or secret values, marking the active one', async () => {
        const root = await projectWithConfigs();
        await runCli(['secret', 'set', 'API_TOKEN', '--config', 'prod'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE }, input: 'T0ken-Value-Plain' });
        const human = await cli(root, ['config', 'list']);
        expect(human.stdout).toMatch(/\*\s+dev/);
        expect(human.stdout).toContain('protected');
        const json = await cli(root, ['config', 'list', '--json']);
        for (const output of [human.stdout, json.stdout, human.stderr, json.stderr]) {
            expect(output).not.toContain('Pr0dPassw0rd!');
            expect(output).not.toContain('T0ken-Value-Plain');
        }
        const { configs } = parseJson<{ configs: Array<{ name: string; active: boolean; hasPassword: boolean; secretKeys: string[]; type: string }> }>(json);
        expect(configs.map((c) => [c.name, c.active])).toEqual([
            ['dev', true],
            ['prod', false],
        ]);
        expect(configs[1]).toMatchObject({ hasPassword: true, secretKeys: ['API_TOKEN'], type: 'remote' });
        const keys = parseJson<{ keys: string[] }>(await cli(root, ['secret', 'list', '--config', 'prod', '--json']));
        expect(keys.keys).toEqual(['API_TOKEN']);
    });

    it('runs with the active config, lets one flag override one field, and NOORM_CONFIG pick another', async () => {
        const root = await projectWithConfigs();
        expect((await cli(root, ['run', 'build'])).code).toBe(0);
        const [row] = trackedFiles(path.join(root, 'dev.sqlite'));
        expect(row).toMatchObject({ config_name: 'dev', executed_by: 'Stored Person <stored@example.com>', identity_source: 'config' });

        expect((await cli(root, ['run', 'build', '--database', 'other.sqlite'])).code).toBe(0);
        expect(trackedFiles(path.join(root, 'other.sqlite'))[0]).toMatchObject({ config_name: 'dev' });

        expect((await cli(root, ['config', 'add', 'qa', '--dialect', 'sqlite', '--database', 'qa.sqlite'])).code).toBe(0);
        expect((await cli(root, ['run', 'build'], { NOORM_CONFIG: 'qa' })).code).toBe(0);
        expect(trackedFiles(path.join(root, 'qa.sqlite'))[0]).toMatchObject({ config_name: 'qa' });

        const unknown = await cli(root, ['run', 'build', '--json'], { NOORM_CONFIG: 'staging' });
        expect(unknown.code).toBe(2);
        expect(parseJson<ErrorJson>(unknown).error).toMatchObject({ code: 'unknown-config', hint: expect.stringContaining('dev, prod, qa') });

        expect((await cli(root, ['config', 'use', 'qa'])).code).toBe(0);
        expect(parseJson<{ configs: Array<{ name: string; active: boolean }> }>(await cli(root, ['config', 'list', '--json'])).configs.find((c) => c.active)?.name).toBe('qa');
    });

    it('edits one field, copies with secrets, and removes', async () => {
        const root = await projectWithConfigs();
        await runCli(['secret', 'set', 'K', '--config', 'dev'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE }, input: 'v1' });
        expect((await cli(root, ['config', 'edit', 'dev', '--database', 'edited.sqlite'])).code).toBe(0);
        expect((await cli(root, ['config', 'cp', 'dev', 'dev2'])).code).toBe(0);
        const list = parseJson<{ configs: Array<{ name: string; database: string; secretKeys: string[]; identity: string }> }>(
            await cli(root, ['config', 'list', '--json']),
        ).configs;
        expect(list.find((c) => c.name === 'dev2')).toMatchObject({ database: 'edited.sqlite', secretKeys: ['K'], identity: 'Stored Person <stored@example.com>' });
        expect((await cli(root, ['config', 'rm', 'dev2'])).code).toBe(0);
        expect((await cli(root, ['config', 'rm', 'dev2'])).code).toBe(2);
    });

    it('refuses invalid values, naming the field', async () => {
        const root = makeProject();
        const cases: Array<[string[], RegExp]> = [
            [['config', 'add', 'x', '--dialect', 'postgres', '--port', '70000'], /port/],
            [['config', 'add', 'x', '--dialect', 'oracle'], /dialect/],
            [['config', 'add', '--name', '', '--dialect', 'sqlite'], /name/],
            [['config', 'add', 'a/b', '--dialect', 'sqlite'], /name.*"a\/b"/],
            [['config', 'add', 'x'], /dialect/],
        ];
        for (const [args, field] of cases) {
            const result = await cli(root, [...args, '--json']);
            expect(result.code).toBe(2);
            expect(parseJson<ErrorJson>(result).error.message).toMatch(field);
        }
        expect(existsSync(stateFile(root))).toBe(false);
    });

    it('loses no update when several processes change configs at once', async () => {
        const root = makeProject();
        const names = Array.from({ length: 8 }, (_, i) => `c${i}`);
        const results = await Promise.all(names.map((name) => cli(root, ['config', 'add', name, '--dialect', 'sqlite', '--database', `${name}.db`])));
        expect(results.map((r) => r.code)).toEqual(names.map(() => 0));
        const { configs } = parseJson<{ configs: Array<{ name: string }> }>(await cli(root, ['config', 'list', '--json']));
        expect(configs.map((c) => c.name).sort()).toEqual(names);
        expect(existsSync(path.join(root, '.noorm', 'state.lock'))).toBe(false);
    });
});

describe('protected configs', () => {
    it('needs --yes for state-changing commands and for rm, and confirmation to lift the protection', async () => {
        const root = await projectWithConfigs();
        expect((await cli(root, ['config', 'add', 'safe', '--dialect', 'sqlite', '--database', 'safe.sqlite', '--protected'])).code).toBe(0);
        const refused = await cli(root, ['run', 'build', '--config', 'safe', '--json']);
        expect(refused.code).toBe(4);
        expect(parseJson<ErrorJson>(refused).error.hint).toContain('--yes');
        expect(existsSync(path.join(root, 'safe.sqlite'))).toBe(false);
        expect((await cli(root, ['run', 'build', '--config', 'safe', '--yes'])).code).toBe(0);

        expect((await cli(root, ['config', 'edit', 'safe', '--no-protected'])).code).toBe(4);
        expect((await cli(root, ['config', 'rm', 'safe'])).code).toBe(4);
        expect((await cli(root, ['config', 'rm', 'safe'], { NOORM_YES: '1' })).code).toBe(0);
    });
});

describe('typed confirmation in a terminal', () => {
    it('asks for yes-<name>: the right phrase goes ahead, anything else is refused with exit 4', async () => {
        if (spawnSync('script', ['--version']).error) {
            process.stderr.write('\n*** SKIPPED terminal confirmation test: util-linux `script` is not installed ***\n');
            return;
        }
        const root = await projectWithConfigs();
        // `script` gives noorm a pseudo-terminal, as a person at a shell would. An option keeps the
        // command-line face (without one, the terminal UI opens its screen: tests/tui).
        const inTerminal = (answer: string) =>
            spawnSync('script', ['-qec', `"${process.execPath}" "${NOORM_BIN}" config rm prod --config prod`, '/dev/null'], {
                cwd: root,
                env: cleanEnv({ NOORM_MACHINE_ID: MACHINE }),
                input: `${answer}\n`,
                encoding: 'utf8',
            });
        const wrong = inTerminal('yes');
        expect(wrong.stdout).toContain('Type yes-prod to confirm');
        expect(wrong.status).toBe(4);
        const right = inTerminal('yes-prod');
        expect(right.status).toBe(0);
        expect(right.stdout).toContain('removed config "prod"');
    });
});

describe('a state file that does not open', () => {
    async function assertRefusedUnchanged(root: string, env: Record<string, string | undefined>, code: string, message: RegExp) {
        const before = hashOf(stateFile(root));
        for (const args of [
            ['config', 'list', '--json'],
            ['config', 'add', 'new', '--dialect', 'sqlite', '--json'],
            ['run', 'build', '--json'],
        ]) {
            const result = await cli(root, args, env);
            expect(result.code).toBe(2);
            const error = parseJson<ErrorJson>(result).error;
            expect(error.code).toBe(code);
            expect(error.message).toMatch(message);
            expect(error.hint).toContain('left exactly as it is');
        }
        expect(hashOf(stateFile(root))).toBe(before);
    }

    it('says it comes from another machine', async () => {
        const root = await projectWithConfigs();
        await assertRefusedUnchanged(root, { NOORM_MACHINE_ID: 'another-machine' }, 'state-other-machine', /another machine/);
    });

    it('says it was truncated', async () => {
        const root = await projectWithConfigs();
        const text = readFileSync(stateFile(root), 'utf8');
        writeFileSync(stateFile(root), text.slice(0, text.length / 2));
        await assertRefusedUnchanged(root, {}, 'state-damaged', /damaged/);
    });

    it('says it was tampered with', async () => {
        const root = await projectWithConfigs();
        const payload = JSON.parse(readFileSync(stateFile(root), 'utf8')) as { ciphertext: string };
        const bytes = Buffer.from(payload.ciphertext, 'base64');
        bytes[5] = bytes[5]! ^ 0xff;
        payload.ciphertext = bytes.toString('base64');
        writeFileSync(stateFile(root), JSON.stringify(payload));
        await assertRefusedUnchanged(root, {}, 'state-tampered', /integrity/);
    });

    it('tells a missing passphrase from a wrong one, and changes it', async () => {
        const root = makeProject();
        expect((await cli(root, ['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'a.db'], { NOORM_PASSPHRASE: 'first pass' })).code).toBe(0);
        expect((await cli(root, ['config', 'list'], { NOORM_PASSPHRASE: 'first pass' })).code).toBe(0);
        const missing = await cli(root, ['config', 'list', '--json']);
        expect(parseJson<ErrorJson>(missing).error.code).toBe('state-passphrase-required');
        await assertRefusedUnchanged(root, { NOORM_PASSPHRASE: 'wrong pass' }, 'state-wrong-passphrase', /passphrase does not open/);

        expect((await cli(root, ['config', 'passphrase'], { NOORM_PASSPHRASE: 'first pass', NOORM_NEW_PASSPHRASE: 'second pass' })).code).toBe(0);
        expect((await cli(root, ['config', 'list'], { NOORM_PASSPHRASE: 'first pass' })).code).toBe(2);
        expect((await cli(root, ['config', 'list'], { NOORM_PASSPHRASE: 'second pass' })).code).toBe(0);
        // An empty passphrase: back to the machine id alone.
        expect((await cli(root, ['config', 'passphrase'], { NOORM_PASSPHRASE: 'second pass' })).code).toBe(2); // no new passphrase: refused, not removed
        expect((await cli(root, ['config', 'passphrase', '--remove'], { NOORM_PASSPHRASE: 'second pass' })).code).toBe(0);
        expect((await cli(root, ['config', 'list'])).code).toBe(0);
    });
});

describe('moving a project to another machine', () => {
    it('exports a config with its secrets under a passphrase and imports it elsewhere', async () => {
        const root = await projectWithConfigs();
        await runCli(['secret', 'set', 'API_TOKEN', '--config', 'prod'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE }, input: 'T0ken-Value-Plain' });
        const exported = await cli(root, ['config', 'export', 'prod', '--out', 'prod.export'], { NOORM_EXPORT_PASSPHRASE: 'move it' });
        expect(exported.code).toBe(0);
        const text = readFileSync(path.join(root, 'prod.export'), 'utf8');
        for (const plain of ['Pr0dPassw0rd!', 'T0ken-Value-Plain', 'proddb_plaintext']) expect(text).not.toContain(plain);

        const other = makeProject();
        writeFileSync(path.join(other, 'prod.export'), text);
        const elsewhere = { NOORM_MACHINE_ID: 'the-new-machine' };
        const wrong = await runCli(['config', 'import', 'prod.export', '--json'], { cwd: other, env: { ...elsewhere, NOORM_EXPORT_PASSPHRASE: 'not it' } });
        expect(wrong.code).toBe(2);
        expect(parseJson<ErrorJson>(wrong).error.code).toBe('import-wrong-passphrase');
        const imported = await runCli(['config', 'import', 'prod.export'], { cwd: other, env: { ...elsewhere, NOORM_EXPORT_PASSPHRASE: 'move it' } });
        expect(imported.code).toBe(0);
        const list = parseJson<{ configs: Array<{ name: string; protected: boolean; hasPassword: boolean; secretKeys: string[] }> }>(
            await runCli(['config', 'list', '--json'], { cwd: other, env: elsewhere }),
        );
        expect(list.configs).toEqual([expect.objectContaining({ name: 'prod', protected: true, hasPassword: true, secretKeys: ['API_TOKEN'] })]);
        // Importing again under the same name needs --force or --name.
        expect((await runCli(['config', 'import', 'prod.export'], { cwd: other, env: { ...elsewhere, NOORM_EXPORT_PASSPHRASE: 'move it' } })).code).toBe(2);
        expect((await runCli(['config', 'import', 'prod.export', '--name', 'prod2'], { cwd: other, env: { ...elsewhere, NOORM_EXPORT_PASSPHRASE: 'move it' } })).code).toBe(0);
    });
});

describe('secrets', () => {
    it('warns when the value is given on the command line, and never prints values', async () => {
        const root = await projectWithConfigs();
        const set = await cli(root, ['secret', 'set', 'DB_TOKEN', '--value', 'Visible-0n-Argv']);
        expect(set.code).toBe(0);
        expect(set.stderr).toContain('warning: --value');
        expect(set.stdout + set.stderr).not.toContain('Visible-0n-Argv');
        const list = await cli(root, ['secret', 'list']);
        expect(list.stdout).toBe('DB_TOKEN\n');
        expect((await cli(root, ['secret', 'rm', 'DB_TOKEN'])).code).toBe(0);
        expect((await cli(root, ['secret', 'rm', 'DB_TOKEN'])).code).toBe(2);
    });
});
