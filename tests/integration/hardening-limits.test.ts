/**
 * Hardening, class 2: every value that goes into a tracking row (file path, config name, identity,
 * changeset name) is checked against its column before any file runs. One that does not fit is a
 * config error (exit 2) and nothing runs, not a file that runs and then cannot be recorded (and so
 * runs again on every later run).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

interface ErrorJson {
    ok: boolean;
    error: { code: string; exitCode: number; message: string; hint: string | null };
}

/** schema/<200 a>/<200 b>/<100 c>.sql: 513 characters as tracked, over the 500 of the path column. */
const LONG_PATH = `schema/${'a'.repeat(200)}/${'b'.repeat(200)}/${'c'.repeat(100)}.sql`;

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>', ...env } });
    return { root, db, noorm };
}

function tablesSql(dialect: TestDialect): string {
    switch (dialect) {
        case 'postgres':
            return "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'";
        case 'mysql':
            return 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()';
        case 'sqlite':
            return "SELECT name FROM sqlite_master WHERE type = 'table'";
        case 'mssql':
            return "SELECT TABLE_NAME AS name FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'dbo'";
    }
}

/** Nothing ran and nothing was recorded: not the user's tables, not even noorm's. */
async function untouched(db: TestDatabase): Promise<void> {
    expect(await db.query(tablesSql(db.dialect))).toEqual([]);
}

describe.each(availableDialects())('%s: values that do not fit a tracking column are refused before anything runs', (dialect) => {
    const files = {
        'schema/001_first.sql': 'CREATE TABLE first_table (id integer);\n',
        [LONG_PATH]: 'CREATE TABLE long_path_table (id integer);\n',
    };

    it('a file path longer than the path column', async () => {
        const { db, noorm } = await setup(dialect, files);
        const result = await noorm(['run', 'build', '--json']);
        expect(result.code).toBe(2);
        const { error } = parseJson<ErrorJson>(result);
        expect(error.code).toBe('value-too-long');
        expect(error.message).toContain('513 characters');
        expect(error.message).toContain('500');
        expect(error.message).toContain('schema/aaaa');
        await untouched(db);
        // A dry run says the same, before anyone runs it for real.
        expect((await noorm(['run', 'build', '--dry-run'])).code).toBe(2);
    });

    it('a config name from NOORM_CONFIG longer than the config column', async () => {
        const { db, noorm } = await setup(dialect, { 'schema/001_first.sql': files['schema/001_first.sql'] });
        const result = await noorm(['run', 'build', '--json'], { NOORM_CONFIG: 'c'.repeat(101) });
        expect(result.code).toBe(2);
        const { error } = parseJson<ErrorJson>(result);
        expect(error.code).toBe('value-too-long');
        expect(error.message).toMatch(/config name .*101 characters/);
        expect(error.hint).toContain('NOORM_CONFIG');
        await untouched(db);
    });

    it('an identity longer than the executed_by column is refused, not cut', async () => {
        const { db, noorm } = await setup(dialect, { 'schema/001_first.sql': files['schema/001_first.sql'] });
        const result = await noorm(['run', 'build', '--json'], { NOORM_IDENTITY: `${'n'.repeat(250)} <someone@example.com>` });
        expect(result.code).toBe(2);
        const { error } = parseJson<ErrorJson>(result);
        expect(error.code).toBe('value-too-long');
        expect(error.message).toMatch(/identity .*272 characters/);
        await untouched(db);
    });

    it('changesets: the same checks before the first changeset runs', async () => {
        const { db, noorm } = await setup(dialect, { 'changesets/2024-01-01_one/change/001.sql': 'CREATE TABLE from_changeset (id integer);\n' });
        for (const env of [{ NOORM_CONFIG: 'c'.repeat(101) }, { NOORM_IDENTITY: 'i'.repeat(256) }] as Array<Record<string, string>>) {
            const result = await noorm(['change', 'ff', '--json'], env);
            expect(result.code).toBe(2);
            expect(parseJson<ErrorJson>(result).error.code).toBe('value-too-long');
        }
        await untouched(db);
    });
});
