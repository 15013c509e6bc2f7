/**
 * Hardening, class 5: one rule for every file noorm reads to run (discovery, `run file|dir`, `.txt`
 * manifests, template loaders): its real path, links followed, must lie inside the project root or
 * a folder allowed with --allow-path / NOORM_ALLOW_PATHS. Anything else is refused (exit 2) before
 * anything runs, in dry runs too.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
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
    files?: Array<{ path: string; status: string }>;
    error?: { code: string; exitCode: number; message: string; hint: string | null; file: string | null };
}

const OUTSIDE_SQL = 'CREATE TABLE IF NOT EXISTS from_outside (id integer);\n-- OUTSIDE-FILE-CONTENT\n';

function tablesSql(dialect: TestDialect): string {
    switch (dialect) {
        case 'postgres':
            return "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1";
        case 'mysql':
            return 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1';
        case 'sqlite':
            return "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1";
        case 'mssql':
            return "SELECT TABLE_NAME AS name FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'dbo' ORDER BY 1";
    }
}

/** A project with a first file of its own, a folder outside it holding SQL, and a database. */
async function setup(dialect: TestDialect) {
    const root = makeProject({ 'schema/001_first.sql': 'CREATE TABLE first_table (id integer);\n' });
    const outside = makeProject({ 'evil.sql': OUTSIDE_SQL, 'sql/010_shared.sql': OUTSIDE_SQL, 'data.json': '{"n": 7}', 'list.txt': 'evil.sql\n' });
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--json'], { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'T <t@example.com>', ...env } });
    const tables = async () => (await db.query<{ name: string }>(tablesSql(dialect))).map((row) => row.name);
    return { root, outside, db, noorm, tables };
}

function expectRefused(result: Awaited<ReturnType<typeof runCli>>, mention: string): void {
    expect(result.code).toBe(2);
    const { error } = parseJson<RunJson>(result);
    expect(error!.exitCode).toBe(2);
    expect(error!.message).toContain('outside the project');
    expect(error!.message).toContain(mention);
    expect(error!.hint).toMatch(/--allow-path/);
    expect(result.stdout + result.stderr).not.toContain('OUTSIDE-FILE-CONTENT');
}

describe.each(availableDialects(['postgres', 'mysql', 'sqlite']))('%s: files outside the project', (dialect) => {
    it('run build refuses a schema file that links outside, dry run included, before anything runs', async () => {
        const { root, outside, noorm, tables } = await setup(dialect);
        symlinkSync(path.join(outside, 'evil.sql'), path.join(root, 'schema/002_link.sql'));
        expectRefused(await noorm(['run', 'build', '--dry-run']), 'schema/002_link.sql');
        expectRefused(await noorm(['run', 'build']), 'schema/002_link.sql');
        expect(await tables()).toEqual([]);
    });

    it('run build refuses a folder that links outside, and a schema folder that is such a link', async () => {
        const { root, outside, noorm, tables } = await setup(dialect);
        symlinkSync(path.join(outside, 'sql'), path.join(root, 'schema/002_shared'));
        expectRefused(await noorm(['run', 'build']), 'schema/002_shared');
        symlinkSync(path.join(outside, 'sql'), path.join(root, 'linked-schema'));
        expectRefused(await noorm(['run', 'build', '--schema-path', 'linked-schema']), 'linked-schema');
        expect(await tables()).toEqual([]);
    });

    it('run file and run dir refuse links out of the project', async () => {
        const { root, outside, noorm, tables } = await setup(dialect);
        symlinkSync(path.join(outside, 'evil.sql'), path.join(root, 'schema/002_link.sql'));
        symlinkSync(path.join(outside, 'sql'), path.join(root, 'shared'));
        expectRefused(await noorm(['run', 'file', 'schema/002_link.sql']), 'schema/002_link.sql');
        expectRefused(await noorm(['run', 'file', 'schema/002_link.sql', '--dry-run']), 'schema/002_link.sql');
        expectRefused(await noorm(['run', 'dir', 'shared']), 'shared');
        expectRefused(await noorm(['run', 'file', path.join(outside, 'evil.sql')]), 'evil.sql');
        expect(await tables()).toEqual([]);
    });

    it("a changeset's manifest that links outside is refused", async () => {
        const { root, outside, noorm, tables } = await setup(dialect);
        mkdirSync(path.join(root, 'changesets/2024-01-01_one/change'), { recursive: true });
        symlinkSync(path.join(outside, 'list.txt'), path.join(root, 'changesets/2024-01-01_one/change/001.txt'));
        expectRefused(await noorm(['change', 'ff']), '001.txt');
        expect(await tables()).toEqual([]);
    });

    it('--allow-path and NOORM_ALLOW_PATHS admit one more folder, for links, run dir and loaders alike', async () => {
        const { root, outside, noorm, tables } = await setup(dialect);
        const elsewhere = makeProject();
        symlinkSync(path.join(outside, 'evil.sql'), path.join(root, 'schema/002_link.sql'));
        writeFiles(root, {
            'schema/003_data.sql.eta': `<% const d = await load('${path.relative(path.join(root, 'schema'), path.join(outside, 'data.json'))}') %>SELECT <%= d.n %>;\n`,
        });
        expectRefused(await noorm(['run', 'build']), 'schema/002_link.sql');

        const allowed = await noorm(['run', 'build', '--allow-path', outside]);
        expect(parseJson<RunJson>(allowed).error).toBeUndefined();
        expect(allowed.code).toBe(0);
        expect(parseJson<RunJson>(allowed).files!.map((file) => [file.path, file.status])).toEqual([
            ['schema/001_first.sql', 'success'],
            ['schema/002_link.sql', 'success'],
            ['schema/003_data.sql.eta', 'success'],
        ]);
        expect(await tables()).toEqual(expect.arrayContaining(['first_table', 'from_outside']));

        // A folder outside the project, run by path: tracked relative to the project root.
        const dir = await noorm(['run', 'dir', path.join(outside, 'sql')], { NOORM_ALLOW_PATHS: [elsewhere, path.relative(root, outside)].join(path.delimiter) });
        expect(dir.code).toBe(0);
        expect(parseJson<RunJson>(dir).files!.map((file) => file.path)).toEqual([`../${path.basename(outside)}/sql/010_shared.sql`]);
    });

    it('an allowed folder that does not exist is a config error', async () => {
        const { noorm } = await setup(dialect);
        const result = await noorm(['run', 'build', '--allow-path', 'no/such/folder']);
        expect(result.code).toBe(2);
        expect(parseJson<RunJson>(result).error!.message).toContain('no/such/folder');
    });
});
