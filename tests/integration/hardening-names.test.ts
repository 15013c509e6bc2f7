/**
 * Hardening, class 7: names users choose (configs, secrets, template variables) are keys of
 * prototype-less records, so `toString` is a name like any other, and the names an object answers
 * through its prototype (`__proto__`, `constructor`, `prototype`) are refused as config errors
 * instead of reported as stored while nothing was. Names never reach a database, so this runs on
 * SQLite alone.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(() => removeProjects());

interface ErrorJson {
    error: { code: string; exitCode: number; message: string; hint: string | null };
}

const MACHINE = 'hardening-names-0123456789abcdef';
const RESERVED = ['__proto__', 'constructor', 'prototype'];

function noorm(root: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
    return runCli([...args, '--json'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE, ...env } });
}

function expectRefused(result: CliResult, code: string, name: string): void {
    expect(result.code).toBe(2);
    const { error } = parseJson<ErrorJson>(result);
    expect(error).toMatchObject({ code, exitCode: 2 });
    expect(error.message).toContain(`"${name}" is a reserved name`);
    expect(error.hint).toMatch(/another name/);
}

async function projectWithConfig(): Promise<string> {
    const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (x int);\n' });
    expect((await noorm(root, ['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'app.sqlite', '--identity', 'T <t@example.com>'])).code).toBe(0);
    return root;
}

const secretKeys = async (root: string) => parseJson<{ keys: string[] }>(await noorm(root, ['secret', 'list', '--config', 'dev'])).keys;

describe('reserved names', () => {
    it.each(RESERVED)('secret set %s is refused, and nothing is stored', async (name) => {
        const root = await projectWithConfig();
        expectRefused(await noorm(root, ['secret', 'set', name, '--value', 'a-long-secret-value', '--config', 'dev']), 'invalid-secret-key', name);
        expect(await secretKeys(root)).toEqual([]);
    });

    // `__proto__` is refused by the config-name rule already (a name starts with a letter or digit).
    it.each(RESERVED.filter((name) => /^[a-z]/i.test(name)))('config add %s is refused', async (name) => {
        const root = makeProject();
        expectRefused(await noorm(root, ['config', 'add', name, '--dialect', 'sqlite', '--database', 'app.sqlite']), 'invalid-config', name);
    });

    it.each(RESERVED)('--var %s=… is refused', async (name) => {
        const root = makeProject({ 'schema/001.sql.eta': 'CREATE TABLE t (x int);\n' });
        const env = { NOORM_URL: 'sqlite:app.sqlite', NOORM_IDENTITY: 'T <t@example.com>' };
        expectRefused(await noorm(root, ['run', 'build', '--var', `${name}=x`], env), 'bad-var', name);
    });

    it.each(RESERVED)('NOORM_SECRET_%s is refused, naming the variable', async (name) => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (x int);\n' });
        const env = { NOORM_URL: 'sqlite:app.sqlite', NOORM_IDENTITY: 'T <t@example.com>', [`NOORM_SECRET_${name}`]: 'a-long-secret-value' };
        const result = await noorm(root, ['run', 'build'], env);
        expectRefused(result, 'invalid-secret-key', name);
        expect(parseJson<ErrorJson>(result).error.message).toContain(`NOORM_SECRET_${name}`);
    });
});

describe('names an object has anyway', () => {
    it('stores a config named toString like any other, and finds no config named constructor', async () => {
        const root = await projectWithConfig();
        expect((await noorm(root, ['config', 'add', 'toString', '--dialect', 'sqlite', '--database', 'other.sqlite'])).code).toBe(0);
        const list = parseJson<{ configs: Array<{ name: string }> }>(await noorm(root, ['config', 'list']));
        expect(list.configs.map((config) => config.name).sort()).toEqual(['dev', 'toString']);
        const unknown = await noorm(root, ['run', 'build', '--config', 'constructor']);
        expect(unknown.code).toBe(2);
        expect(parseJson<ErrorJson>(unknown).error.code).toBe('unknown-config');
    });

    it('secret rm of a name never stored (hasOwnProperty, toString) is unknown-secret, not "removed"', async () => {
        const root = await projectWithConfig();
        expect((await noorm(root, ['secret', 'set', 'OTHER', '--value', 'a-long-secret-value', '--config', 'dev'])).code).toBe(0);
        for (const name of ['hasOwnProperty', 'toString']) {
            const result = await noorm(root, ['secret', 'rm', name, '--config', 'dev']);
            expect(result.code).toBe(2);
            expect(parseJson<ErrorJson>(result).error.code).toBe('unknown-secret');
        }
        expect((await noorm(root, ['secret', 'set', 'toString', '--value', 'a-long-secret-value', '--config', 'dev'])).code).toBe(0);
        expect(await secretKeys(root)).toEqual(['OTHER', 'toString']);
        expect((await noorm(root, ['secret', 'rm', 'toString', '--config', 'dev'])).code).toBe(0);
        expect(await secretKeys(root)).toEqual(['OTHER']);
    });
});
