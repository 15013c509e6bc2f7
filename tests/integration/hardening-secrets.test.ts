/**
 * Hardening, class 1: a registered secret is masked in every form noorm itself writes it in (the
 * dialect's string literal with quotes doubled, MySQL's hex literal, JSON text, URL encoding), in
 * text and JSON output, in errors, and in the tracking table's error column.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const MACHINE = 'hardening-secrets-machine-id';
/** A quote (doubled in every dialect's literal) and a double quote (escaped in JSON). */
const QUOTED = `qu'ote-S3cret"value`;
/** A backslash: MySQL's literal writes the text as hex bytes. */
const BACKSLASHED = 'back\\slash-S3cret';

/** Every way the test can think of that the two secrets could still be read in the output. */
function leaks(text: string): string[] {
    const forms = [QUOTED, BACKSLASHED].flatMap((secret) => [
        secret,
        secret.replace(/'/g, "''"),
        JSON.stringify(secret).slice(1, -1),
        JSON.stringify(secret).slice(1, -1).replace(/'/g, "''"),
        Buffer.from(secret, 'utf8').toString('hex'),
        Buffer.from(JSON.stringify(secret).slice(1, -1), 'utf8').toString('hex'),
        encodeURIComponent(secret),
    ]);
    return forms.filter((form) => text.toLowerCase().includes(form.toLowerCase()));
}

/** A statement that fails with a database message quoting the secret. */
function failingStatement(dialect: TestDialect): string {
    switch (dialect) {
        case 'postgres':
            return 'SELECT CAST(<%= escape(secrets.QUOTED) %> AS integer);';
        case 'mysql':
            return "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = <%= escape(secrets.QUOTED) %>;";
        case 'sqlite':
            // SQLite's message quotes the CHECK expression: the literal as written, quotes doubled.
            return 'CREATE TABLE guarded (x text CHECK (x <> <%= escape(secrets.QUOTED) %>));\nINSERT INTO guarded VALUES (<%= escape(secrets.QUOTED) %>);';
        case 'mssql':
            return 'THROW 50000, <%= escape(secrets.QUOTED) %>, 1;';
    }
}

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const env = { ...db.env, NOORM_MACHINE_ID: MACHINE, NOORM_IDENTITY: 'Test <t@example.com>' };
    const noorm = (args: string[], input?: string) => runCli(args, { cwd: root, env, ...(input === undefined ? {} : { input }) });
    expect((await noorm(['config', 'add', 'dev', '--url', db.env['NOORM_URL']!])).code).toBe(0);
    expect((await noorm(['secret', 'set', 'QUOTED'], QUOTED)).code).toBe(0);
    expect((await noorm(['secret', 'set', 'BACKSLASHED'], BACKSLASHED)).code).toBe(0);
    return { root, db, noorm };
}

const everything = (result: CliResult) => `${result.stdout}\n${result.stderr}`;

describe.each(availableDialects())('%s: secrets are masked in every form noorm writes them in', (dialect) => {
    it('--dry-run masks the literals, the hex literal and the JSON text of secrets, in text and JSON', async () => {
        const { noorm } = await setup(dialect, {
            'schema/001_seed.sql.eta': [
                'SELECT <%= escape(secrets.QUOTED) %> AS a;',
                'SELECT <%= escape(secrets.BACKSLASHED) %> AS b;',
                'SELECT <%= escape({ token: secrets.QUOTED, other: secrets.BACKSLASHED }) %> AS c;',
                '',
            ].join('\n'),
        });
        const text = await noorm(['run', 'build', '--dry-run']);
        expect(text.code).toBe(0);
        expect(text.stdout).toContain('AS a;');
        expect(leaks(everything(text))).toEqual([]);
        expect(text.stdout).toContain('****');

        const json = await noorm(['run', 'build', '--dry-run', '--json']);
        expect(json.code).toBe(0);
        const sql = parseJson<{ files: Array<{ sql: string }> }>(json).files[0]!.sql;
        expect(sql).toContain('AS c;');
        expect(leaks(everything(json))).toEqual([]);
        expect(leaks(sql)).toEqual([]);
    });

    it("masks a database error that quotes a secret, in the output and in the tracking table's error column", async () => {
        const { db, noorm } = await setup(dialect, { 'schema/001_fails.sql.eta': `${failingStatement(dialect)}\n` });
        const text = await noorm(['run', 'build']);
        expect(text.code).toBe(1);
        expect(leaks(everything(text))).toEqual([]);
        const json = await noorm(['run', 'build', '--json']);
        expect(json.code).toBe(1);
        expect(leaks(everything(json))).toEqual([]);
        expect(parseJson<{ error: { message: string } }>(json).error.message).toContain('****');

        const rows = await db.query<{ status: string; error_message: string | null }>('SELECT status, error_message FROM __change_files__');
        expect(rows).toHaveLength(1);
        expect(rows[0]!.status).toBe('failed');
        expect(rows[0]!.error_message).toContain('****');
        expect(leaks(rows[0]!.error_message ?? '')).toEqual([]);
    });

    it("masks a secret in a failed changeset's stored error", async () => {
        const { db, noorm } = await setup(dialect, {
            'changesets/2024-01-01_leak/change/001.sql.eta': `${failingStatement(dialect)}\n`,
        });
        const result = await noorm(['change', 'ff']);
        expect(result.code).toBe(1);
        expect(leaks(everything(result))).toEqual([]);
        const rows = await db.query<{ status: string; error_message: string | null }>('SELECT status, error_message FROM __change_version__');
        expect(rows.map((row) => row.status)).toEqual(['failed']);
        expect(leaks(rows[0]!.error_message ?? '')).toEqual([]);
        const list = await noorm(['change', 'list', '--json']);
        expect(leaks(everything(list))).toEqual([]);
    });
});

describe('secret set', () => {
    it('warns that a value shorter than 4 characters cannot be masked, in text and JSON', async () => {
        const root = makeProject();
        const env = { NOORM_MACHINE_ID: MACHINE };
        expect((await runCli(['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'x.sqlite'], { cwd: root, env })).code).toBe(0);
        const text = await runCli(['secret', 'set', 'PIN'], { cwd: root, env, input: 'abc' });
        expect(text.code).toBe(0);
        expect(text.stderr).toMatch(/warning: .*PIN.*shorter than 4 characters/);
        const json = await runCli(['secret', 'set', 'PIN', '--json'], { cwd: root, env, input: 'xyz' });
        expect(json.code).toBe(0);
        expect(parseJson<{ warnings?: unknown[] }>(json).warnings).toEqual([{ code: 'secret-too-short', message: expect.stringMatching(/PIN.*shorter than 4 characters/) }]);
        const long = await runCli(['secret', 'set', 'TOKEN'], { cwd: root, env, input: 'long-enough' });
        expect(long.stderr).not.toMatch(/shorter/);
    });
});
