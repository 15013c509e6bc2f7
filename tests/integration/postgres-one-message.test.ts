/**
 * On PostgreSQL a small file of `run build` goes to the server in one query with its tracking row
 * and the COMMIT: the file's own errors still name their line, what the file did to its session
 * never reaches the row, and the row's duration is the server's measure of the file.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

interface RunJson {
    ok: boolean;
    files: Array<{ path: string; status: string }>;
    error?: { code: string; file: string | null; line: number | null; message: string };
}

(availableDialects(['postgres']).length ? describe : describe.skip)('postgres: a file and its tracking row in one query', () => {
    const dialect = 'postgres';
    async function build(files: Record<string, string>) {
        const root = makeProject(files);
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>' } });
        return { db, result, json: parseJson<RunJson>(result) };
    }

    it('records the server-measured duration of the file, and files ending without a semicolon or in a comment', async () => {
        const { db, json } = await build({
            'schema/001_sleep.sql': 'CREATE TABLE slept (x int);\nSELECT pg_sleep(0.25);\n',
            'schema/002_no_semicolon.sql': 'CREATE TABLE bare (x int)',
            'schema/003_comment_last.sql': 'CREATE TABLE commented (x int); -- the end, no line break',
        });
        expect(json.files.map((file) => file.status)).toEqual(['success', 'success', 'success']);
        const rows = await db.query<{ filepath: string; duration_ms: number }>('SELECT filepath, duration_ms FROM __change_files__ ORDER BY filepath');
        expect(rows.map((row) => row.filepath)).toEqual(['schema/001_sleep.sql', 'schema/002_no_semicolon.sql', 'schema/003_comment_last.sql']);
        expect(Number(rows[0]!.duration_ms)).toBeGreaterThanOrEqual(250);
        expect(await db.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('slept', 'bare', 'commented')")).toEqual([{ n: 3 }]);
    });

    it('names the line of a failing statement and keeps nothing of the file, nor a success row', async () => {
        const { db, result, json } = await build({
            'schema/001_ok.sql': 'CREATE TABLE ok (x int);\n',
            'schema/002_bad.sql': 'CREATE TABLE half (x int);\n\nINSERT INTO nowhere VALUES (1);\nCREATE TABLE after_bad (x int);\n',
        });
        expect(result.code).toBe(1);
        expect(json.error).toMatchObject({ code: 'sql-failed', file: 'schema/002_bad.sql', line: 3 });
        expect(await db.query("SELECT tablename FROM pg_tables WHERE tablename IN ('ok', 'half', 'after_bad') ORDER BY 1")).toEqual([{ tablename: 'ok' }]);
        expect(await db.query('SELECT filepath, status FROM __change_files__ ORDER BY filepath')).toEqual([
            { filepath: 'schema/001_ok.sql', status: 'success' },
            { filepath: 'schema/002_bad.sql', status: 'failed' },
        ]);
    });

    it('writes the row as noorm, in noorm’s schema, whatever role and search path the file left', async () => {
        const role = `noorm_fused_${process.pid}_${Date.now() % 100000}`;
        const root = makeProject({ 'schema/001.sql': `CREATE SCHEMA elsewhere;\nSET search_path = elsewhere;\nSET ROLE ${role};\nSELECT 1;` });
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        await db.exec(`CREATE ROLE ${role} NOLOGIN; GRANT ${role} TO CURRENT_USER`);
        try {
            const result = await runCli(['run', 'build'], { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Test <t@example.com>' } });
            expect(result.code).toBe(0);
            expect(await db.query("SELECT schemaname FROM pg_tables WHERE tablename = '__change_files__'")).toEqual([{ schemaname: 'public' }]);
            expect(await db.query('SELECT status FROM public.__change_files__')).toEqual([{ status: 'success' }]);
        } finally {
            await db.exec(`DROP OWNED BY ${role}; DROP ROLE ${role}`).catch(() => undefined);
        }
    });
});
