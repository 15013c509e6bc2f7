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
