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

interface ChangeJson {
    ok: boolean;
    changesets: Array<{ name: string; status: string; files: Array<{ path: string; status: string }> }>;
    error?: { code: string; exitCode: number; message: string; file: string | null; line: number | null };
}

const versions = (db: TestDatabase) => db.query<{ name: string; status: string }>('SELECT changeset_name AS name, status FROM __change_version__ ORDER BY changeset_name');

describe.each(availableDialects(['postgres', 'sqlite']))('%s: change ff --single-transaction', (dialect) => {
    const changesets = (second: string) => ({
        'changesets/2024-01-01_one/change/001.sql': `${TEMP[dialect]};\nINSERT INTO ${scratch(dialect)} VALUES (1);\nCREATE TABLE one (x integer);\n`,
        'changesets/2024-01-02_two/change/001.sql': 'CREATE TABLE two (x integer);\n',
        'changesets/2024-01-02_two/change/002.sql': second,
        'changesets/2024-01-03_three/change/001.sql': 'CREATE TABLE three (x integer);\n',
    });
    const ff = async (root: string, db: TestDatabase) => {
        const result = await runCli(['change', 'ff', '--single-transaction', '--json'], { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>' } });
        return { result, json: parseJson<ChangeJson>(result) };
    };

    it('applies every pending changeset on one session and records each, committed once', async () => {
        // The second changeset reads the temporary table the first one made: one session.
        const { db, root } = await setup(dialect, changesets(`INSERT INTO two SELECT x FROM ${scratch(dialect)};\n`));
        const { result, json } = await ff(root, db);
        expect(result.code).toBe(0);
        expect(json.changesets.map((changeset) => [changeset.name, changeset.status])).toEqual([
            ['2024-01-01_one', 'success'],
            ['2024-01-02_two', 'success'],
            ['2024-01-03_three', 'success'],
        ]);
        expect(await db.query('SELECT x FROM two')).toEqual([{ x: 1 }]);
        // `noorm history` has each changeset's run, newest first.
        const entries = parseJson<HistoryJson>(await runCli(['history', '--json'], { cwd: root, env: db.env })).entries;
        expect(entries.filter((entry) => entry.kind === 'changeset').map((entry) => entry.status)).toEqual(['success', 'success', 'success']);
        expect(await versions(db)).toEqual([
            { name: '2024-01-01_one', status: 'success' },
            { name: '2024-01-02_two', status: 'success' },
            { name: '2024-01-03_three', status: 'success' },
        ]);
        const again = await ff(root, db);
        expect(again.result.code).toBe(0);
        expect(again.json.changesets).toEqual([]);
    });

    it('rolls every changeset back when the 2nd of 3 fails: nothing applied, only the failure recorded; a fixed re-run applies all', async () => {
        const { db, root } = await setup(dialect, changesets('INSERT INTO two VALUES (1);\nINSERT INTO nowhere VALUES (1);\n'));
        const { result, json } = await ff(root, db);
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ file: 'changesets/2024-01-02_two/change/002.sql', line: 2 });
        expect(json.error!.message).toContain('the whole run was rolled back, with 2024-01-01_one applied before it; nothing of it is applied');
        expect(json.changesets.map((changeset) => [changeset.name, changeset.status, changeset.files.map((file) => file.status)])).toEqual([
            ['2024-01-01_one', 'rolled-back', ['rolled-back']],
            ['2024-01-02_two', 'failed', ['rolled-back', 'failed']],
        ]);
        expect(await tables(db, ['one', 'two', 'three'])).toEqual([]);
        expect(await versions(db)).toEqual([{ name: '2024-01-02_two', status: 'failed' }]);

        writeFiles(root, { 'changesets/2024-01-02_two/change/002.sql': 'INSERT INTO two VALUES (1);\n' });
        const fixed = await ff(root, db);
        expect(fixed.result.code).toBe(0);
        expect(fixed.json.changesets.map((changeset) => changeset.status)).toEqual(['success', 'success', 'success']);
        expect((await tables(db, ['one', 'two', 'three'])).map((row) => row.name)).toEqual(['one', 'three', 'two']);
    });

    it("refuses a file with its own transaction control, whose COMMIT would commit the run's transaction, before anything runs", async () => {
        const { db, root } = await setup(dialect, changesets('INSERT INTO two VALUES (1);\nCOMMIT;\nINSERT INTO two VALUES (2);\n'));
        const { result, json } = await ff(root, db);
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ file: 'changesets/2024-01-02_two/change/002.sql', line: 2, message: expect.stringContaining('manages its own transaction') });
        expect(json.ok).toBe(false);
        expect(await tables(db, ['one', 'two', 'three'])).toEqual([]);
        expect(await versions(db)).toEqual([]);
    });

    it('refuses a non-atomic changeset or a -- noorm:no-transaction file before anything runs', async () => {
        const { db, root } = await setup(dialect, { ...changesets('INSERT INTO two VALUES (1);\n'), 'changesets/2024-01-03_three/non-atomic': '' });
        const refused = await ff(root, db);
        expect(refused.result.code).toBe(2);
        expect(refused.json.error).toMatchObject({ code: 'single-transaction-opt-out', message: expect.stringContaining('2024-01-03_three is non-atomic') });
        expect(await tables(db, ['one', 'two', 'three'])).toEqual([]);

        const marked = await setup(dialect, { ...changesets('-- noorm:no-transaction\nINSERT INTO two VALUES (1);\n') });
        const file = await ff(marked.root, marked.db);
        expect(file.result.code).toBe(2);
        expect(file.json.error).toMatchObject({ code: 'single-transaction-opt-out', file: 'changesets/2024-01-02_two/change/002.sql' });
        expect(await tables(marked.db, ['one', 'two', 'three'])).toEqual([]);
        expect(await versions(marked.db)).toEqual([]);
    });
});

(availableDialects(['postgres']).length ? describe : describe.skip)('postgres: change ff --single-transaction interrupted', () => {
    it('rolls back every changeset on SIGINT, records the running one failed, releases the lock and exits 130', async () => {
        const { db, root } = await setup('postgres', {
            'changesets/2024-01-01_one/change/001.sql': 'CREATE TABLE one (x integer);\n',
            'changesets/2024-01-02_two/change/001.sql': 'CREATE TABLE two (x integer);\nSELECT pg_sleep(20);\n',
        });
        let sent = false;
        const result = await runCli(['change', 'ff', '--single-transaction'], {
            cwd: root,
            env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>' },
            killAfterMs: 60_000,
            onStderr: (stderr, child) => {
                if (sent || !stderr.includes('applying 2024-01-02_two')) return;
                sent = true;
                setTimeout(() => child.kill('SIGINT'), 300);
            },
        });
        expect(result.code).toBe(130);
        expect(result.stderr).toContain('the whole run was rolled back, with 2024-01-01_one applied before it');
        expect(await tables(db, ['one', 'two'])).toEqual([]);
        expect(await versions(db)).toEqual([{ name: '2024-01-02_two', status: 'failed' }]);
        expect(await db.query('SELECT * FROM __noorm_lock__')).toEqual([]);
    });
});

(availableDialects(['mysql']).length ? describe : describe.skip)('mysql: change ff --single-transaction', () => {
    it('is refused with exit 2 before anything is written', async () => {
        const { db, root } = await setup('mysql', { 'changesets/2024-01-01_one/change/001.sql': 'CREATE TABLE one (x integer);\n' });
        const result = await runCli(['change', 'ff', '--single-transaction', '--json'], { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>' } });
        expect(result.code).toBe(2);
        expect(parseJson<ChangeJson>(result).error).toMatchObject({ code: 'single-transaction-unsupported', message: expect.stringContaining('commits DDL implicitly') });
        expect(await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${db.name}'`)).toEqual([]);
    });
});
