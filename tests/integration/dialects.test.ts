/**
 * One body, every dialect: the real `noorm` binary against real servers (PostgreSQL, MariaDB/MySQL,
 * SQL Server where available) and SQLite files.
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
    error?: { code: string; exitCode: number; message: string; hint: string | null; file: string | null; line: number | null };
}

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>', ...env } });
    return { root, db, noorm };
}

function tableSql(dialect: TestDialect, table: string): string {
    switch (dialect) {
        case 'postgres':
            return `SELECT 1 AS found FROM pg_tables WHERE schemaname = 'public' AND tablename = '${table}'`;
        case 'mysql':
            return `SELECT 1 AS found FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${table}'`;
        case 'sqlite':
            return `SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = '${table}'`;
        case 'mssql':
            return `SELECT 1 AS found FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = '${table}'`;
    }
}

async function tableExists(db: TestDatabase, table: string): Promise<boolean> {
    return (await db.query(tableSql(db.dialect, table))).length > 0;
}

async function tracked(db: TestDatabase) {
    return db.query<{ filepath: string; status: string; error_message: string | null }>('SELECT filepath, status, error_message FROM __change_files__ ORDER BY id');
}

/** A file that changes its session in the ways each database allows, then a table it creates. */
function sessionChanges(dialect: TestDialect, dbName: string): string {
    switch (dialect) {
        case 'postgres':
            return [
                'CREATE SCHEMA other;',
                'SET search_path TO other;',
                'SET ROLE NONE;',
                'CREATE TEMP TABLE scratch (x integer);',
                'CREATE TABLE in_other (x integer);',
                // What pg_dump output does: an empty search_path for the rest of the session.
                "SELECT pg_catalog.set_config('search_path', '', false);",
            ].join('\n');
        case 'mysql':
            return [
                `CREATE DATABASE ${dbName}_other;`,
                `USE ${dbName}_other;`,
                'SET autocommit = 0;',
                "SET @x = 1, SESSION sql_mode = 'ANSI_QUOTES';",
                'CREATE TEMPORARY TABLE scratch (x integer);',
                'CREATE TABLE in_other (x integer);',
            ].join('\n');
        case 'sqlite':
            return ['-- noorm:no-transaction', 'PRAGMA foreign_keys = ON;', "ATTACH ':memory:' AS other;", 'CREATE TEMP TABLE scratch (x integer);'].join('\n');
        case 'mssql':
            return ['CREATE TABLE #scratch (x integer);', 'SET NOCOUNT ON;', 'SET LOCK_TIMEOUT 1;', 'USE master;'].join('\n');
    }
}

describe.each(availableDialects())('%s', (dialect) => {
    const transactional = dialect !== 'mysql';

    it('stops at a failure in file 2 of 3, records it, exits 1 naming file and line, and resumes after the fix', async () => {
        const { db, noorm, root } = await setup(dialect, {
            'schema/001_one.sql': 'CREATE TABLE one (id integer PRIMARY KEY);\nINSERT INTO one VALUES (1);\n',
            // CRLF line endings: the reported line must still be right.
            'schema/002_two.sql': 'CREATE TABLE two (id integer PRIMARY KEY);\r\nINSERT INTO two VALUES (1);\r\nINSERT INTO two VALUES (1);\r\n',
            'schema/003_three.sql': 'CREATE TABLE three (id integer PRIMARY KEY);\n',
        });
        const failed = await noorm(['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        const report = parseJson<RunJson>(failed);
        expect(report.files.map((f) => [f.path, f.status])).toEqual([
            ['schema/001_one.sql', 'success'],
            ['schema/002_two.sql', 'failed'],
        ]);
        expect(report.notRun).toEqual(['schema/003_three.sql']);
        expect(report.error).toMatchObject({ exitCode: 1, file: 'schema/002_two.sql', line: 3 });
        expect(report.error!.message).toMatch(/duplicate|unique|PRIMARY/i);

        expect(await tableExists(db, 'one')).toBe(true);
        // Transactional DDL: nothing of file 2 stays. MySQL committed its DDL and first insert.
        expect(await tableExists(db, 'two')).toBe(!transactional);
        expect(await tableExists(db, 'three')).toBe(false);
        if (!transactional) {
            expect(failed.stderr).toContain('commits DDL implicitly');
            expect(report.error!.hint).toContain('stayed applied');
        }
        const rows = await tracked(db);
        expect(rows.map((row) => [row.filepath, row.status])).toEqual([
            ['schema/001_one.sql', 'success'],
            ['schema/002_two.sql', 'failed'],
        ]);
        expect(rows[1]!.error_message).toMatch(/duplicate|unique|PRIMARY/i);

        writeFiles(root, { 'schema/002_two.sql': 'DROP TABLE IF EXISTS two;\nCREATE TABLE two (id integer PRIMARY KEY);\nINSERT INTO two VALUES (1);\n' });
        const resumed = parseJson<RunJson>(await noorm(['run', 'build', '--json']));
        expect(resumed.files.map((f) => f.status)).toEqual(['skipped', 'success', 'success']);
        expect((await tracked(db)).every((row) => row.status === 'success')).toBe(true);
        expect(await db.query('SELECT id FROM two')).toEqual([{ id: 1 }]);

        const again = parseJson<RunJson>(await noorm(['run', 'build', '--json']));
        expect(again.files.map((f) => f.status)).toEqual(['skipped', 'skipped', 'skipped']);
    });

    it("keeps one file's session changes away from the tracking rows and the next file", async () => {
        const { db, noorm, root } = await setup(dialect, {});
        writeFiles(root, {
            'schema/001_session.sql': sessionChanges(dialect, db.name),
            'schema/002_next.sql': 'CREATE TABLE in_default (x integer);\nINSERT INTO in_default VALUES (1);\n',
            'schema/003_temp.sql': dialect === 'mssql' ? 'CREATE TABLE #scratch (x integer);' : 'CREATE TEMPORARY TABLE scratch (x integer);',
        });
        const result = await noorm(['run', 'build']);
        expect(result.stderr).not.toContain('FAIL');
        expect(result.code).toBe(0);
        // The next file ran in the project's database and default schema, with autocommit on.
        expect(await tableExists(db, 'in_default')).toBe(true);
        expect(await db.query('SELECT x FROM in_default')).toEqual([{ x: 1 }]);
        expect((await tracked(db)).map((row) => row.status)).toEqual(['success', 'success', 'success']);
        if (dialect === 'mysql') await db.exec(`DROP DATABASE IF EXISTS ${db.name}_other`);
    });

    it('plans a dry run without creating tracking tables', async () => {
        const { db, noorm } = await setup(dialect, { 'schema/001.sql': 'CREATE TABLE planned (id integer);' });
        const result = await noorm(['run', 'build', '--dry-run', '--json']);
        expect(result.code).toBe(0);
        expect(parseJson<RunJson>(result).files).toEqual([expect.objectContaining({ path: 'schema/001.sql', status: 'new' })]);
        expect(await tableExists(db, '__change_files__')).toBe(false);
        expect(await tableExists(db, 'planned')).toBe(false);
    });

    it('refuses to run when a tracking table was dropped by hand, instead of re-running everything', async () => {
        const { db, noorm } = await setup(dialect, { 'schema/001_one.sql': 'CREATE TABLE kept (id integer);\n' });
        expect((await noorm(['run', 'build'])).code).toBe(0);
        await db.query('DROP TABLE __change_files__');
        const result = await noorm(['run', 'build', '--json']);
        expect(result.code).toBe(2);
        expect(parseJson<RunJson>(result).error).toMatchObject({ code: 'tracking-tables-missing' });
        expect(result.stderr).not.toContain('bug in noorm');
        expect(await tableExists(db, '__change_files__')).toBe(false);
    });
});

describe.each(availableDialects(['postgres', 'mysql', 'mssql']))('%s connection failures', (dialect) => {
    const urls: Record<string, string> = {
        postgres: 'postgres://no_such_user:Hunter2Secret@127.0.0.1:5432/postgres',
        mysql: 'mysql://root:Hunter2Secret@127.0.0.1:3306/test',
        mssql: 'mssql://sa:Hunter2Secret@127.0.0.1:1/master',
    };

    it('exits 5 on refused credentials, never echoing the password', async () => {
        const root = makeProject({ 'schema/001.sql': 'SELECT 1;' });
        const url = dialect === 'mssql' ? urls.mssql! : sameServer(dialect, urls[dialect]!);
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: { NOORM_URL: url } });
        expect(result.code).toBe(5);
        expect(result.stdout + result.stderr).not.toContain('Hunter2Secret');
        expect(JSON.parse(result.stdout).error.code).toBe('connect-failed');
    });

    it('passes the TLS mode to the driver: TLS demanded from a server without it is a connection failure', async () => {
        if (dialect === 'mssql') return; // the test container speaks TLS
        const root = makeProject({ 'schema/001.sql': 'SELECT 1;' });
        const server = new URL(process.env[`NOORM_TEST_${dialect.toUpperCase()}_URL`]!);
        const url = new URL(`${dialect}://x/db`);
        url.username = server.username;
        url.password = server.password;
        url.hostname = server.hostname;
        url.port = server.port;
        const result = await runCli(['run', 'build', '--ssl', 'require'], { cwd: root, env: { NOORM_URL: url.toString() } });
        if (result.code === 5) expect(result.stderr).toMatch(/ssl|secure|tls/i);
        else process.stderr.write(`\n*** ${dialect} server speaks TLS: the refusal case was not exercised ***\n`);
    });

    it('exits 5 on a closed port, never echoing the password', async () => {
        const root = makeProject({ 'schema/001.sql': 'SELECT 1;' });
        const result = await runCli(['run', 'build'], {
            cwd: root,
            env: { NOORM_DIALECT: dialect, NOORM_HOST: '127.0.0.1', NOORM_PORT: '1', NOORM_DATABASE: 'x', NOORM_USER: 'u', NOORM_PASSWORD: 'Hunter2Secret' },
        });
        expect(result.code).toBe(5);
        expect(result.stderr).toContain('Cannot connect');
        expect(result.stderr).not.toContain('Hunter2Secret');
    });
});

/** The same server as the test URL, with the refused credentials of `template`. */
function sameServer(dialect: TestDialect, template: string): string {
    const server = new URL(process.env[`NOORM_TEST_${dialect.toUpperCase()}_URL`]!);
    const url = new URL(template);
    url.hostname = server.hostname;
    url.port = server.port;
    return url.toString();
}
