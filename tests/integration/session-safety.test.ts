/**
 * What a file does to its session never corrupts noorm's records: roles, settings, transactions
 * left open, connection limits. PostgreSQL and MariaDB/MySQL specifics.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
const roles: string[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    if (roles.length) {
        // Roles are cluster-wide: dropped once the databases holding their grants are gone.
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: process.env['NOORM_TEST_POSTGRES_URL'] });
        await client.connect();
        for (const role of roles)
            await client.query(`DROP ROLE IF EXISTS ${role}`).catch((e: Error) => process.stderr.write(`warning: could not drop test role ${role}: ${e.message}\n`));
        await client.end();
    }
    removeProjects();
});

interface RunJson {
    ok: boolean;
    files: Array<{ path: string; status: string }>;
    error?: { code: string; exitCode: number; message: string; line: number | null };
}

async function setup(dialect: 'postgres' | 'mysql', files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const run = async (env: Record<string, string> = {}) => {
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: { ...db.env, ...env } });
        return { result, json: parseJson<RunJson>(result) };
    };
    return { db, run, root };
}

const tracked = (db: TestDatabase) => db.query<{ filepath: string; status: string }>('SELECT filepath, status FROM __change_files__ ORDER BY id');

(availableDialects(['postgres']).length ? describe : describe.skip)('postgres sessions', () => {
    it('writes tracking rows as noorm even after a file switched role or tightened its settings', async () => {
        const role = `noorm_role_${process.pid}_${Date.now() % 100000}`;
        roles.push(role);
        const { db, run } = await setup('postgres', {
            'schema/001.sql': `SET ROLE ${role};\nCREATE TABLE owned (x int);\nSET statement_timeout = 1;\nSET lock_timeout = 1;\n`,
            'schema/002.sql': 'CREATE TABLE after_it (x int);\n',
        });
        await db.exec(`CREATE ROLE ${role} NOLOGIN; GRANT CREATE ON SCHEMA public TO ${role}; GRANT ${role} TO CURRENT_USER`);
        const { result, json } = await run();
        expect(json.files.map((f) => f.status)).toEqual(['success', 'success']);
        expect(result.code).toBe(0);
        expect(await db.query("SELECT tableowner FROM pg_tables WHERE tablename = 'owned'")).toEqual([{ tableowner: role }]);
        expect(await tracked(db)).toEqual([
            { filepath: 'schema/001.sql', status: 'success' },
            { filepath: 'schema/002.sql', status: 'success' },
        ]);
        await db.exec('DROP TABLE owned');
    });

    it('lets a file set its own isolation level as its first statement', async () => {
        const { run } = await setup('postgres', { 'schema/001.sql': 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nCREATE TABLE iso (x int);\n' });
        const { result } = await run();
        expect(result.code).toBe(0);
    });

    it('fails a no-transaction file that leaves a transaction open, and keeps nothing of it', async () => {
        const { db, run } = await setup('postgres', {
            'schema/001.sql': '-- noorm:no-transaction\nBEGIN;\nCREATE TABLE left_open (x int);\n',
            'schema/002.sql': 'CREATE TABLE next_one (x int);\n',
        });
        const { result, json } = await run();
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ message: expect.stringContaining('left a transaction open') });
        expect(await db.query("SELECT tablename FROM pg_tables WHERE tablename IN ('left_open', 'next_one')")).toEqual([]);
        expect(await tracked(db)).toEqual([{ filepath: 'schema/001.sql', status: 'failed' }]);
    });

    it('replaces a script session the server dropped while a seed was rendering', async () => {
        // The .mjs runs during the render, after noorm opened its script session early: it ends every
        // noorm session of this database but the one holding the lock, as idle_session_timeout would.
        const pgPath = pathToFileURL(fileURLToPath(new URL('../../node_modules/pg/lib/index.js', import.meta.url))).href;
        const { db, run } = await setup('postgres', {
            'schema/001_table.sql': 'CREATE TABLE survived (x int);\n',
            'schema/002_seed.sql.eta': "<% const ended = await load('./drop-sessions.mjs') %>INSERT INTO survived VALUES (<%= ended %>);\n",
            'schema/drop-sessions.mjs': `import pg from '${pgPath}';
const client = new pg.Client({ connectionString: process.env.NOORM_URL });
await client.connect();
// Waits for the script session to be open beside the pool's (it is opened while files render).
for (let i = 0; i < 50; i++) {
    const { rows } = await client.query(\`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'noorm'\`);
    if (rows[0].n >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
}
const others = \`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'noorm'
    AND pid <> pg_backend_pid() AND pid NOT IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory')\`;
const { rows } = await client.query(\`SELECT count(pg_terminate_backend(pid))::int AS n FROM (\${others}) s\`);
await client.end();
await new Promise((resolve) => setTimeout(resolve, 300));
export default rows[0].n;
`,
        });
        const { result, json } = await run();
        expect(json.files.map((f) => f.status)).toEqual(['success', 'success']);
        expect(result.code).toBe(0);
        const [row] = await db.query<{ x: number }>('SELECT x FROM survived');
        expect(row!.x).toBeGreaterThanOrEqual(2);
    });

    it('exits 5 without recording a failure when the script connection cannot be opened', async () => {
        const role = `noorm_limited_${process.pid}_${Date.now() % 100000}`;
        roles.push(role);
        const { db } = await setup('postgres', {});
        await db.exec(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 1; GRANT ALL ON SCHEMA public TO ${role}`);
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE limited (x int);\n' });
        const url = new URL(db.env['NOORM_URL']!);
        url.username = role;
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: { NOORM_URL: url.toString() } });
        expect(result.code).toBe(5);
        expect(parseJson<RunJson>(result).error).toMatchObject({ code: 'connect-failed', message: expect.stringContaining('too many connections') });
        expect(await db.query("SELECT count(*)::int AS n FROM __change_files__ WHERE status = 'failed'")).toEqual([{ n: 0 }]);
    });
});

(availableDialects(['mysql']).length ? describe : describe.skip)('mysql sessions', () => {
    it('fails a file that leaves autocommit off with uncommitted work, instead of losing it silently', async () => {
        const { db, run } = await setup('mysql', {
            'schema/001.sql': 'CREATE TABLE kept (x int);\nSET autocommit = 0;\nINSERT INTO kept VALUES (1);\n',
        });
        const { result, json } = await run();
        expect(result.code).toBe(1);
        expect(json.error?.message).toContain('left a transaction open');
        expect(await db.query('SELECT x FROM kept')).toEqual([]);
        expect(await tracked(db)).toEqual([{ filepath: 'schema/001.sql', status: 'failed' }]);
    });

    it('resets the session after a file changed it, flagged by the server or not: a variable set inside an INSERT, a user lock, locked tables, a trigger', async () => {
        const lock = `noorm_user_lock_${process.pid}`;
        const { db, run } = await setup('mysql', {
            'schema/001.sql': 'CREATE TABLE seen (what varchar(20), v varchar(20));\n',
            'schema/002.sql': "INSERT INTO seen SELECT 'set', @v := 'leaked';\n",
            'schema/003.sql': "INSERT INTO seen SELECT 'after', @v;\n",
            'schema/004.sql': `DO GET_LOCK('${lock}', 0);\n`,
            'schema/005.sql': `INSERT INTO seen SELECT 'lock', IS_USED_LOCK('${lock}') IS NOT NULL;\n`,
            'schema/006.sql': 'LOCK TABLES seen WRITE;\n',
            'schema/007.sql': "INSERT INTO seen VALUES ('end', 'x');\n",
            // What the server does flag: a trigger that sets a variable, fired by a plain INSERT.
            'schema/008.sql': 'CREATE TABLE fired (x int);\nCREATE TRIGGER fired_set BEFORE INSERT ON fired FOR EACH ROW SET @fired = NEW.x;\n',
            'schema/009.sql': 'INSERT INTO fired VALUES (7);\n',
            'schema/010.sql': "INSERT INTO seen SELECT 'trigger', @fired;\n",
        });
        const { result } = await run();
        expect(result.code).toBe(0);
        expect(await db.query("SELECT what, v FROM seen WHERE what <> 'set' ORDER BY what")).toEqual([
            { what: 'after', v: null },
            { what: 'end', v: 'x' },
            { what: 'lock', v: '0' },
            { what: 'trigger', v: null },
        ]);
        expect((await tracked(db)).map((row) => row.status)).toEqual(Array(10).fill('success'));
    });

    // A file ending in DML commits its last statement together with its tracking rows (a log flush
    // saved per file): should that statement fail, it is undone, the ones before it stay, as under
    // autocommit, and no row says the file ran.
    it('records each file whatever it starts or ends with, and a last statement that fails undoes only itself', async () => {
        const { db, run } = await setup('mysql', {
            'schema/001.sql': 'CREATE TABLE carried (x int PRIMARY KEY);\n',
            'schema/002.sql': 'INSERT INTO carried VALUES (1);\n',
            'schema/003.sql': 'CREATE TABLE carried_two (x int);\nINSERT INTO carried VALUES (2);\n',
            'schema/004.sql': 'INSERT INTO carried VALUES (3);\nINSERT INTO carried VALUES (1);\n',
        });
        const first = await run();
        expect(first.result.code).toBe(1);
        expect(first.json.error?.message).toMatch(/Duplicate entry/);
        // 004 failed at its second statement: its first stayed applied, as under autocommit.
        expect(await db.query('SELECT x FROM carried ORDER BY x')).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
        expect(await tracked(db)).toEqual([
            { filepath: 'schema/001.sql', status: 'success' },
            { filepath: 'schema/002.sql', status: 'success' },
            { filepath: 'schema/003.sql', status: 'success' },
            { filepath: 'schema/004.sql', status: 'failed' },
        ]);
        const history = await db.query<{ filepath: string; status: string }>('SELECT filepath, status FROM __noorm_history_files__ ORDER BY id');
        expect(history.map((row) => row.status)).toEqual(['success', 'success', 'success', 'failed']);
    });

    it('keeps the last file recorded when the next one fails on its first statement', async () => {
        const { db, run } = await setup('mysql', {
            'schema/001.sql': 'CREATE TABLE before_typo (x int);\n',
            'schema/002.sql': 'CREATE TABEL typo (x int);\n',
        });
        const { result, json } = await run();
        expect(result.code).toBe(1);
        expect(json.error?.message).toMatch(/syntax/i);
        expect(await tracked(db)).toEqual([
            { filepath: 'schema/001.sql', status: 'success' },
            { filepath: 'schema/002.sql', status: 'failed' },
        ]);
    });

    it('records the last file of a run and ends its history entry', async () => {
        const { db, run } = await setup('mysql', {
            'schema/001.sql': 'CREATE TABLE only_one (x int);\n',
        });
        const { result } = await run();
        expect(result.code).toBe(0);
        expect(await tracked(db)).toEqual([{ filepath: 'schema/001.sql', status: 'success' }]);
        const runs = await db.query<{ status: string }>('SELECT status FROM __noorm_history__');
        expect(runs).toEqual([{ status: 'success' }]);
    });

    it('runs version-gated comments between other statements, as the client does', async () => {
        const { db, run } = await setup('mysql', {
            'schema/001.sql': 'CREATE TABLE gated (x int);\n/*!80000 SET @noorm_gated = 1 */;\n/*!40101 SET @noorm_old = 1 */;\nINSERT INTO gated VALUES (1);\n',
        });
        const { result } = await run();
        expect(result.stderr).not.toContain('FAIL');
        expect(result.code).toBe(0);
        expect(await db.query('SELECT x FROM gated')).toEqual([{ x: 1 }]);
    });
});
