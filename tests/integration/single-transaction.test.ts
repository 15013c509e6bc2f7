/**
 * `--single-transaction`: every file of a run and its tracking row in one transaction on one
 * session, as `psql -1`: it commits once or not at all. Refused where DDL commits implicitly, and
 * for files that ask to run outside a transaction.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

interface RunJson {
    ok: boolean;
    files: Array<{ path: string; status: string }>;
    notRun: string[];
    error?: { code: string; exitCode: number; message: string; file: string | null; line: number | null };
}

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = async (args: string[]) => {
        const result = await runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>' } });
        return { result, json: parseJson<RunJson>(result) };
    };
    return { db, root, noorm };
}

interface HistoryJson {
    entries: Array<{ kind: string; status: string; error: string | null; files: Array<{ path: string; status: string }> }>;
}

/** The recorded runs, newest first, with their files. */
const history = async (noorm: (args: string[]) => Promise<{ result: Awaited<ReturnType<typeof runCli>> }>) =>
    parseJson<HistoryJson>((await noorm(['history', '--files', '--json'])).result).entries;

const tables = (db: TestDatabase, names: string[]) =>
    db.query<{ name: string }>(
        db.dialect === 'sqlite'
            ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (${names.map((n) => `'${n}'`).join(', ')}) ORDER BY name`
            : `SELECT table_name AS name FROM information_schema.tables WHERE table_name IN (${names.map((n) => `'${n}'`).join(', ')}) ORDER BY table_name`,
    );

/** A temporary table lives in its session only: the next file sees it only when both share one. */
const TEMP = { postgres: 'CREATE TEMP TABLE scratch (x integer)', sqlite: 'CREATE TEMP TABLE scratch (x integer)', mssql: 'CREATE TABLE #scratch (x integer)' } as Record<
    TestDialect,
    string
>;
const scratch = (dialect: TestDialect) => (dialect === 'mssql' ? '#scratch' : 'scratch');

describe.each(availableDialects(['postgres', 'sqlite', 'mssql']))('%s: --single-transaction', (dialect) => {
    const files = () => ({
        'schema/001.sql': `${TEMP[dialect]};\nINSERT INTO ${scratch(dialect)} VALUES (1);\n`,
        'schema/002.sql': `CREATE TABLE kept (x integer);\nINSERT INTO kept SELECT x FROM ${scratch(dialect)};\n`,
        'schema/003.sql': 'CREATE TABLE third (x integer);\n',
    });

    it('runs every file on one session and records each, committed once', async () => {
        const { db, noorm } = await setup(dialect, files());
        const { result, json } = await noorm(['run', 'build', '--single-transaction', '--json']);
        expect(result.code).toBe(0);
        expect(json.files.map((file) => file.status)).toEqual(['success', 'success', 'success']);
        // File 2 read the temporary table file 1 made: one session.
        expect(await db.query('SELECT x FROM kept')).toEqual([{ x: 1 }]);
        expect((await db.query<{ status: string }>('SELECT status FROM __change_files__ ORDER BY filepath')).map((row) => row.status)).toEqual(['success', 'success', 'success']);
        // A second run has nothing to do.
        const again = await noorm(['run', 'build', '--single-transaction', '--json']);
        expect(again.json.files.map((file) => file.status)).toEqual(['skipped', 'skipped', 'skipped']);
    });

    it('rolls the whole run back at the first failure: nothing applied, only the failure recorded; a fixed re-run applies all', async () => {
        const { db, root, noorm } = await setup(dialect, { ...files(), 'schema/003.sql': 'CREATE TABLE third (x integer);\nINSERT INTO nowhere VALUES (1);\n' });
        const { result, json } = await noorm(['run', 'build', '--single-transaction', '--json']);
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ file: 'schema/003.sql', line: 2 });
        expect(json.error!.message).toContain('the whole run was rolled back, with the 2 files that ran before it; nothing of it is applied');
        expect(json.files).toEqual([expect.objectContaining({ path: 'schema/003.sql', status: 'failed' })]);
        expect(json.notRun).toEqual(['schema/001.sql', 'schema/002.sql']);
        expect(await tables(db, ['kept', 'third'])).toEqual([]);
        expect(await db.query('SELECT filepath, status FROM __change_files__')).toEqual([{ filepath: 'schema/003.sql', status: 'failed' }]);
        // The history has the failed run, with only its failure: the rest rolled back with its rows.
        const failedEntry = (await history(noorm))[0]!;
        expect(failedEntry).toMatchObject({ kind: 'build', status: 'failed', error: expect.stringContaining('rolled back') });
        expect(failedEntry.files.map((file) => [file.path, file.status])).toEqual([['schema/003.sql', 'failed']]);

        writeFiles(root, { 'schema/003.sql': 'CREATE TABLE third (x integer);\n' });
        const fixed = await noorm(['run', 'build', '--single-transaction', '--json']);
        expect(fixed.result.code).toBe(0);
        expect(fixed.json.files.map((file) => file.status)).toEqual(['success', 'success', 'success']);
        expect((await tables(db, ['kept', 'third'])).map((row) => row.name)).toEqual(['kept', 'third']);
        // Each file's history row committed with its tracking row, in the one transaction.
        const [fixedEntry, earlier] = await history(noorm);
        expect(fixedEntry).toMatchObject({ kind: 'build', status: 'success' });
        expect(fixedEntry!.files.map((file) => [file.path, file.status])).toEqual([
            ['schema/001.sql', 'success'],
            ['schema/002.sql', 'success'],
            ['schema/003.sql', 'success'],
        ]);
        expect(earlier).toMatchObject({ status: 'failed' });
    });

    it('refuses a file that asks to run outside a transaction, before anything runs', async () => {
        const { db, noorm } = await setup(dialect, {
            'schema/001.sql': 'CREATE TABLE one (x integer);\n',
            'schema/002.sql': '-- noorm:no-transaction\nCREATE TABLE two (x integer);\n',
        });
        const { result, json } = await noorm(['run', 'build', '--single-transaction', '--json']);
        expect(result.code).toBe(2);
        expect(json.error).toMatchObject({ code: 'single-transaction-opt-out', file: 'schema/002.sql' });
        expect(await tables(db, ['one', 'two', '__change_files__'])).toEqual([]);
    });
});

(availableDialects(['mysql']).length ? describe : describe.skip)('mysql: --single-transaction', () => {
    it('is refused with exit 2 before anything is written: DDL commits implicitly there', async () => {
        const { db, noorm } = await setup('mysql', { 'schema/001.sql': 'CREATE TABLE one (x integer);\n' });
        const { result, json } = await noorm(['run', 'build', '--single-transaction', '--json']);
        expect(result.code).toBe(2);
        expect(json.error).toMatchObject({ code: 'single-transaction-unsupported' });
        expect(json.error!.message).toContain('commits DDL implicitly');
        expect(await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${db.name}'`)).toEqual([]);
    });
});
