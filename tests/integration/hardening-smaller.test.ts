/**
 * Hardening, class 7 (the smaller ones): a transaction a no-transaction file leaves open is
 * reported as such on every dialect; tracking tables dropped during a run or holding values noorm
 * never writes are reported as noorm's tables, not blamed on the user's file.
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

interface RunJson {
    ok: boolean;
    files?: Array<{ path: string; status: string }>;
    error?: { code: string; exitCode: number; message: string; hint: string | null; file: string | null };
}

const IDENTITY = { NOORM_IDENTITY: 'Hardening <hardening@example.com>' };

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const run = async (args: string[] = ['run', 'build']) => {
        const result = await runCli([...args, '--json'], { cwd: root, env: { ...db.env, ...IDENTITY } });
        return { result, json: parseJson<RunJson>(result) };
    };
    return { db, run, root };
}

const tracked = (db: TestDatabase) => db.query<{ filepath: string; status: string }>('SELECT filepath, status FROM __change_files__ ORDER BY id');

describe.each(availableDialects(['postgres', 'sqlite']))('%s: a no-transaction file that leaves a transaction open', (dialect) => {
    it('fails as "left a transaction open … rolled back", keeps nothing of it and records the failure', async () => {
        const { db, run } = await setup(dialect, {
            'schema/001.sql': '-- noorm:no-transaction\nBEGIN;\nCREATE TABLE left_open (x int);\n',
            'schema/002.sql': 'CREATE TABLE next_one (x int);\n',
        });
        const { result, json } = await run();
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ code: 'sql-failed', file: 'schema/001.sql', message: expect.stringMatching(/left a transaction open.*rolled back/) });
        expect(json.error?.message).not.toMatch(/locked/);
        expect(json.files?.map((file) => file.status)).toEqual(['failed']);
        const tables = await db.query<{ name: string }>(
            dialect === 'sqlite'
                ? "SELECT name FROM sqlite_master WHERE name IN ('left_open', 'next_one')"
                : "SELECT tablename AS name FROM pg_tables WHERE tablename IN ('left_open', 'next_one')",
        );
        expect(tables).toEqual([]);
        expect(await tracked(db)).toEqual([{ filepath: 'schema/001.sql', status: 'failed' }]);
    });
});

describe.each(availableDialects(['postgres', 'mysql', 'sqlite', 'mssql']))('%s: tracking tables dropped during a run', (dialect) => {
    it('reports the missing tracking table (exit 2, naming it and the file), not an SQL failure of the file', async () => {
        const { run } = await setup(dialect, {
            'schema/001.sql': '-- noorm:no-transaction\nDROP TABLE __change_files__;\n',
            'schema/002.sql': 'CREATE TABLE after_it (x int);\n',
        });
        const { result, json } = await run();
        expect(result.code).toBe(2);
        expect(json.error).toMatchObject({ code: 'tracking-tables-missing', exitCode: 2, file: 'schema/001.sql', message: expect.stringContaining('__change_files__') });
        expect(json.error?.hint).toMatch(/backup/);
        expect(json.files?.map((file) => file.status)).toEqual(['failed']);
        // The next run says the same before running anything.
        const again = await run();
        expect(again.result.code).toBe(2);
        expect(again.json.error?.code).toBe('tracking-tables-missing');
    });
});

describe.each(availableDialects(['mysql']))('%s: the changeset history table dropped by a changeset', (dialect) => {
    it('reports the missing tracking table, not a failure of the changeset file', async () => {
        const { run } = await setup(dialect, {
            'schema/001.sql': 'CREATE TABLE t (x int);\n',
            'changesets/2024-01-01_drop/change/001_drop.sql': 'DROP TABLE __change_version__;\n',
            'changesets/2024-01-01_drop/revert/001_undo.sql': 'SELECT 1;\n',
        });
        const { result, json } = await run(['change', 'ff']);
        expect(result.code).toBe(2);
        expect(json.error).toMatchObject({ code: 'tracking-tables-missing', message: expect.stringContaining('__change_version__') });
    });
});

describe.each(availableDialects(['postgres', 'mysql', 'sqlite', 'mssql']))('%s: tracking rows holding values noorm never writes', (dialect) => {
    const built = async () => {
        const project = await setup(dialect, {
            'schema/001.sql': 'CREATE TABLE t (x int);\n',
            'changesets/2024-01-01_add/change/001_add.sql': 'CREATE TABLE u (x int);\n',
            'changesets/2024-01-01_add/revert/001_drop.sql': 'DROP TABLE u;\n',
        });
        expect((await project.run()).result.code).toBe(0);
        return project;
    };

    it('refuses a file row with an unknown status instead of counting it as done', async () => {
        const { db, run } = await built();
        const [row] = await db.query<{ id: number }>('SELECT id FROM __change_files__');
        await db.exec("UPDATE __change_files__ SET status = 'done'");
        for (const args of [
            ['run', 'build'],
            ['run', 'build', '--dry-run'],
        ]) {
            const { result, json } = await run(args);
            expect(result.code).toBe(2);
            expect(json.error).toMatchObject({ code: 'tracking-corrupt', exitCode: 2 });
            expect(json.error?.message).toContain('__change_files__');
            expect(json.error?.message).toContain(`id ${row!.id}`);
            expect(json.error?.message).toContain('"done"');
            expect(json.error?.hint).toMatch(/backup/);
        }
    });

    it('refuses a changeset row with an unknown status or direction', async () => {
        const { db, run } = await built();
        await db.exec("UPDATE __change_version__ SET status = 'applied'");
        const status = await run(['change', 'list']);
        expect(status.result.code).toBe(2);
        expect(status.json.error).toMatchObject({ code: 'tracking-corrupt', message: expect.stringContaining('__change_version__') });
        await db.exec("UPDATE __change_version__ SET status = 'baseline', direction = 'sideways'");
        const direction = await run(['change', 'ff']);
        expect(direction.result.code).toBe(2);
        expect(direction.json.error).toMatchObject({ code: 'tracking-corrupt', message: expect.stringContaining('"sideways"') });
    });

    it.each(['1abc', '', ' 1', '0', '1.0'])('refuses the tracking schema version %p', async (version) => {
        const { db, run } = await built();
        await db.exec(`UPDATE __noorm_meta__ SET value = '${version}' WHERE name = 'tracking_schema'`);
        const { result, json } = await run();
        expect(result.code).toBe(2);
        expect(json.error).toMatchObject({ code: 'tracking-corrupt', message: expect.stringContaining('__noorm_meta__') });
        expect(json.error?.message).toContain(JSON.stringify(version));
    });
});

describe.each(availableDialects(['postgres', 'sqlite', 'mssql']))('%s: a file that drops a tracking table inside its transaction', (dialect) => {
    it('is told noorm could not record it and that its transaction was rolled back, and the failure is recorded', async () => {
        const { db, run } = await setup(dialect, { 'schema/001.sql': 'CREATE TABLE made (x int);\nDROP TABLE __change_files__;\n' });
        const { result, json } = await run();
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ code: 'sql-failed', file: 'schema/001.sql', message: expect.stringContaining('noorm could not record it in __change_files__') });
        expect(json.error?.hint).toMatch(/rolled back/);
        expect(await tracked(db)).toEqual([{ filepath: 'schema/001.sql', status: 'failed' }]);
        const made = await db.query(
            dialect === 'sqlite' ? "SELECT name FROM sqlite_master WHERE name = 'made'" : "SELECT table_name FROM information_schema.tables WHERE table_name = 'made'",
        );
        expect(made).toEqual([]);
    });
});

describe.each(availableDialects(['postgres', 'sqlite', 'mssql']))('%s: a row for a file appears where the plan saw none', (dialect) => {
    // A file never recorded is inserted without first deleting its row (there is none to
    // replace): should one appear all the same, the table's unique key refuses the second.
    it('is refused by the unique key: nothing of the file stays, and the failure is recorded', async () => {
        const { db, run } = await setup(dialect, {
            'schema/001.sql':
                "CREATE TABLE made (x int);\nINSERT INTO __change_files__ (filepath, checksum, executed_by, config_name, status) VALUES ('schema/001.sql', 'planted', 'someone', 'default', 'success');\n",
        });
        const { result, json } = await run();
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ code: 'sql-failed', file: 'schema/001.sql', message: expect.stringContaining('noorm could not record it in __change_files__') });
        expect(await tracked(db)).toEqual([{ filepath: 'schema/001.sql', status: 'failed' }]);
        const made = await db.query(
            dialect === 'sqlite' ? "SELECT name FROM sqlite_master WHERE name = 'made'" : "SELECT table_name FROM information_schema.tables WHERE table_name = 'made'",
        );
        expect(made).toEqual([]);
    });
});

describe.each(availableDialects(['postgres', 'sqlite', 'mssql']))('%s: a changeset that drops the history table inside its transaction', (dialect) => {
    it('is told noorm could not record it in __change_version__, and that it was rolled back', async () => {
        const { run } = await setup(dialect, {
            'changesets/2024-01-01_drop/change/001_drop.sql': 'CREATE TABLE made (x int);\nDROP TABLE __change_version__;\n',
            'changesets/2024-01-01_drop/revert/001_undo.sql': 'DROP TABLE made;\n',
        });
        const { result, json } = await run(['change', 'ff']);
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ code: 'sql-failed', message: expect.stringContaining('noorm could not record it in __change_version__') });
        expect(json.error?.hint).toMatch(/rolled back/);
    });
});

describe.each(availableDialects(['postgres', 'sqlite', 'mssql']))('%s: --single-transaction and a file that drops a tracking table', (dialect) => {
    it('is told noorm could not record the run, which was rolled back', async () => {
        const { db, run } = await setup(dialect, {
            'schema/001.sql': 'CREATE TABLE first_one (x int);\n',
            'schema/002.sql': 'DROP TABLE __change_files__;\n',
        });
        const { result, json } = await run(['run', 'build', '--single-transaction']);
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ code: 'sql-failed', message: expect.stringContaining('noorm could not record it in __change_files__') });
        expect(json.error?.hint).toMatch(/rolled back/);
        const made = await db.query(
            dialect === 'sqlite' ? "SELECT name FROM sqlite_master WHERE name = 'first_one'" : "SELECT table_name FROM information_schema.tables WHERE table_name = 'first_one'",
        );
        expect(made).toEqual([]);
    });
});
