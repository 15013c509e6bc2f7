/**
 * Hardening, class 4: malformed user input is a config error (exit 2) that names the field it came
 * from, never "a bug in noorm", and never echoes a password. The URL forms of every dialect are
 * parsed before anything connects, so these run for SQL Server too, without a server.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { ALL_DIALECTS, availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

interface ErrorJson {
    error: { code: string; exitCode: number; message: string; hint: string | null };
}

const PASSWORD = 'Hunter-%zz-Passw0rd';

/** URLs with one malformed `%` escape, and the field it is in. */
function malformedUrls(dialect: TestDialect): Array<[field: string, url: string]> {
    if (dialect === 'sqlite') return [['database', 'sqlite:data/app%zz.sqlite']];
    const scheme = { postgres: 'postgres', mysql: 'mysql', mssql: 'mssql' }[dialect];
    return [
        ['password', `${scheme}://app:${PASSWORD}@127.0.0.1:1/app`],
        ['user', `${scheme}://ap%p:secret-pw@127.0.0.1:1/app`],
        ['database', `${scheme}://app@127.0.0.1:1/app%g0`],
    ];
}

function expectConfigError(result: CliResult, ...mentions: string[]): ErrorJson['error'] {
    expect(result.code).toBe(2);
    const { error } = parseJson<ErrorJson>(result);
    expect(error.exitCode).toBe(2);
    expect(error.hint ?? '').not.toMatch(/bug in noorm/);
    for (const mention of mentions) expect(`${error.message} ${error.hint ?? ''}`).toContain(mention);
    expect(`${result.stdout}${result.stderr}`).not.toContain('Hunter');
    expect(`${result.stdout}${result.stderr}`).not.toContain('Passw0rd');
    return error;
}

describe.each(ALL_DIALECTS)('%s URLs', (dialect) => {
    it.each(malformedUrls(dialect))('a malformed %% escape in the %s is a config error naming it and where it came from', async (field, url) => {
        const root = makeProject({ 'schema/001.sql': 'SELECT 1;\n' });
        const fromEnv = await runCli(['run', 'build', '--json'], { cwd: root, env: { NOORM_URL: url } });
        expect(expectConfigError(fromEnv, field, 'NOORM_URL').code).toBe('bad-url');
        const fromFlag = await runCli(['run', 'build', '--json', '--url', url], { cwd: root });
        expect(expectConfigError(fromFlag, field, '--url').code).toBe('bad-url');
        // Stored configs are checked when they are added.
        const stored = await runCli(['config', 'add', 'dev', '--url', url, '--json'], { cwd: root, env: { NOORM_MACHINE_ID: 'hardening-input' } });
        expectConfigError(stored, field);
    });
});

describe.each(availableDialects(['postgres', 'mysql', 'sqlite']))('%s: numbers out of range', (dialect) => {
    it.each([
        ['--lock-expiry', '1e15', 'lock expiry'],
        ['--lock-wait', '1e300', 'lock wait'],
        ['--wait', '1e20', 'wait'],
    ])('%s %s is a config error naming the field', async (flag, value, field) => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (id integer);\n' });
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const result = await runCli(['run', 'build', '--json', flag, value], { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'T <t@example.com>' } });
        const error = expectConfigError(result, field);
        expect(error.code).toBe('bad-config-value');
    });
});
