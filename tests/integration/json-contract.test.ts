/**
 * Every verb's `--json` document shares one envelope: `ok`, `command` (the verb as typed), and
 * `config`, `dialect`, `target` where a database is involved; `error` with its six fields on failure.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(removeProjects);

const MACHINE = { NOORM_MACHINE_ID: 'json-contract-machine', NOORM_EXPORT_PASSPHRASE: 'export pass phrase' };

type Doc = Record<string, unknown> & { ok: boolean; command: string | null };

/** Runs a verb with --json and checks the envelope; returns the document. */
async function verb(root: string, args: string[], expected: { command: string; database: boolean; ok?: boolean }, env: Record<string, string> = {}): Promise<Doc> {
    const result: CliResult = await runCli([...args, '--json'], { cwd: root, env: { ...MACHINE, ...env } });
    const doc = parseJson<Doc>(result);
    const ok = expected.ok ?? true;
    expect({ args, ok: doc.ok, command: doc.command }).toEqual({ args, ok, command: expected.command });
    expect(Object.keys(doc).slice(0, 2)).toEqual(['ok', 'command']);
    if (expected.database) {
        expect({ args, config: typeof doc['config'], dialect: doc['dialect'], target: doc['target'] }).toEqual({
            args,
            config: 'string',
            dialect: 'sqlite',
            target: expect.stringMatching(/^sqlite /),
        });
    } else {
        expect({ args, dialect: doc['dialect'], target: doc['target'] }).toEqual({ args, dialect: undefined, target: undefined });
    }
    if (ok) {
        expect(result.code).toBe(0);
        expect(doc['error']).toBeUndefined();
    } else {
        expect(Object.keys(doc['error'] as object).sort()).toEqual(['code', 'exitCode', 'file', 'hint', 'line', 'message']);
        expect(result.code).toBe((doc['error'] as { exitCode: number }).exitCode);
    }
    return doc;
}

describe('the JSON envelope of every verb', () => {
    it('holds for the project, config and secret verbs (no database involved)', async () => {
        const root = makeProject();
        await verb(root, ['init'], { command: 'init', database: false });
        const added = await verb(root, ['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.sqlite'], { command: 'config add', database: false });
        expect(added['stored']).toMatchObject({ name: 'dev', dialect: 'sqlite', target: 'sqlite dev.sqlite', active: true });
        await verb(root, ['config', 'edit', 'dev', '--identity', 'Dev <dev@example.com>'], { command: 'config edit', database: false });
        await verb(root, ['config', 'cp', 'dev', 'qa'], { command: 'config cp', database: false });
        await verb(root, ['config', 'use', 'qa'], { command: 'config use', database: false });
        const list = await verb(root, ['config', 'list'], { command: 'config list', database: false });
        expect((list['configs'] as Array<{ name: string }>).map((c) => c.name)).toEqual(['dev', 'qa']);
        const exported = await verb(root, ['config', 'export', 'qa', '--out', 'qa.noorm-config'], { command: 'config export', database: false });
        expect(exported['file']).toMatch(/qa\.noorm-config$/);
        await verb(root, ['config', 'rm', 'qa'], { command: 'config rm', database: false });
        await verb(root, ['config', 'import', 'qa.noorm-config'], { command: 'config import', database: false });
        await verb(root, ['secret', 'set', 'TOKEN', '--value', 'tok-secret-value'], { command: 'secret set', database: false });
        const secrets = await verb(root, ['secret', 'list'], { command: 'secret list', database: false });
        expect(secrets).toMatchObject({ config: 'qa', keys: ['TOKEN'] });
        await verb(root, ['secret', 'rm', 'TOKEN'], { command: 'secret rm', database: false });
        await verb(root, ['config', 'passphrase'], { command: 'config passphrase', database: false }, { NOORM_NEW_PASSPHRASE: 'a new pass phrase' });
        await verb(root, ['change', 'add', 'first'], { command: 'change add', database: false }, { NOORM_PASSPHRASE: 'a new pass phrase' });
        await verb(root, ['change', 'edit', 'first'], { command: 'change edit', database: false }, { NOORM_PASSPHRASE: 'a new pass phrase' });
    });

    it('holds for every verb on a database, and on failure', async () => {
        const root = makeProject({
            'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x INTEGER);\n',
            'other/002.sql': 'CREATE TABLE IF NOT EXISTS u (x INTEGER);\n',
            'changesets/2024-01-01_one/change/001.sql': 'ALTER TABLE t ADD COLUMN y INTEGER;\n',
            'changesets/2024-01-01_one/revert/001.sql': 'ALTER TABLE t DROP COLUMN y;\n',
            'changesets/2024-01-02_two/change/001.sql': 'CREATE TABLE v (x INTEGER);\n',
            'changesets/2024-01-02_two/revert/001.sql': 'DROP TABLE v;\n',
            'bad/001.sql': 'SELECT * FROM nowhere;\n',
        });
        const env = { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' };
        const db = (args: string[], command: string, ok = true) => verb(root, args, { command, database: true, ok }, env);
        await db(['db', 'create'], 'db create');
        await db(['db', 'wait', '--timeout', '1'], 'db wait');
        await db(['change', 'list'], 'change list');
        // A database built before the changesets were written: they stay pending.
        await db(['run', 'file', 'other/002.sql'], 'run file');
        await db(['run', 'dir', 'other'], 'run dir');
        await db(['run', 'build'], 'run build');
        await db(['change', 'next'], 'change next');
        await db(['change', 'revert', 'one'], 'change revert');
        await db(['change', 'run', 'one'], 'change run');
        await db(['change', 'run', '--all'], 'change run');
        await db(['change', 'ff'], 'change ff');
        await db(['lock', 'status'], 'lock status');
        await db(['lock', 'release'], 'lock release');
        const failed = await db(['run', 'dir', 'bad'], 'run dir', false);
        expect(failed['error']).toMatchObject({ code: 'sql-failed', exitCode: 1, file: 'bad/001.sql', line: 1 });
        await db(['change', 'rm', 'two', '--force', '--yes'], 'change rm');
        await db(['db', 'destroy', '--yes'], 'db destroy');
    });

    it('names the config, dialect and target of a command that failed before it had a result', async () => {
        const root = makeProject({ 'schema/001.sql': 'SELECT 1;\n' });
        const doc = await verb(
            root,
            ['run', 'build'],
            { command: 'run build', database: true, ok: false },
            { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'no/such/folder/app.sqlite' },
        );
        expect(doc).toMatchObject({ config: 'default', target: 'sqlite no/such/folder/app.sqlite', error: { code: 'connect-failed', exitCode: 5 } });
    });

    it('gives the verb as typed for usage errors, and null when no verb was recognised', async () => {
        const root = makeProject();
        expect(parseJson<Doc>(await runCli(['run', 'frobnicate', '--json'], { cwd: root })).command).toBe('run');
        expect(parseJson<Doc>(await runCli(['frobnicate', '--json'], { cwd: root })).command).toBeNull();
    });
});
