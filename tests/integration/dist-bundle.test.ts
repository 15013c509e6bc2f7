/**
 * The committed standalone bundle (dist/, `npm run build:dist`) as the Docker image and the Action run
 * it: copied alone into an empty folder with no node_modules anywhere above it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';
import { query } from '../helpers/sqlite.js';

const SCHEMA = {
    'schema/001_tables.sql': 'CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, name varchar(100) NOT NULL);\n',
    'schema/002_seed.sql.eta': "<%~ insertRows('people', [{ id: 1, name: 'Ada' }, { id: 2, name: 'Grace' }]) %>\n",
};

let copy: string;
let bin: string;

beforeAll(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), 'noorm-dist-'));
    cpSync(path.join(REPO_ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
    bin = path.join(copy, 'dist', 'noorm.js');
});

afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
    removeProjects();
});

function ancestorsWithNodeModules(start: string): string[] {
    const found: string[] = [];
    for (let dir = start; ; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'node_modules'))) found.push(dir);
        if (path.dirname(dir) === dir) return found;
    }
}

describe('dist/noorm.js from a copy of dist/ alone', () => {
    it('has no node_modules to fall back on', () => {
        expect(ancestorsWithNodeModules(path.dirname(bin))).toEqual([]);
    });

    it('prints the package version', async () => {
        const result = await runCli(['--version'], { cwd: copy, bin });
        expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
        expect(result.code).toBe(0);
    });

    it('builds a SQLite database with its own SQLite binary', async () => {
        const root = makeProject(SCHEMA);
        const result = await runCli(['run', 'build', '--dialect', 'sqlite', '--database', 'app.sqlite'], { cwd: root, bin });
        expect(result.stderr).toContain('schema/002_seed.sql.eta');
        expect(result.code).toBe(0);
        expect(query(path.join(root, 'app.sqlite'), 'SELECT id, name FROM people ORDER BY id')).toEqual([
            { id: 1, name: 'Ada' },
            { id: 2, name: 'Grace' },
        ]);
    });

    it('names the platform when its SQLite binary is missing from the bundle', async () => {
        const pruned = mkdtempSync(path.join(os.tmpdir(), 'noorm-dist-pruned-'));
        try {
            cpSync(path.join(copy, 'dist'), pruned, { recursive: true });
            rmSync(path.join(pruned, 'prebuilds', `${process.platform}-${process.arch}.node`));
            const root = makeProject(SCHEMA);
            const result = await runCli(['run', 'build', '--dialect', 'sqlite', '--database', 'app.sqlite', '--json'], { cwd: root, bin: path.join(pruned, 'noorm.js') });
            expect(result.code).toBe(5);
            const error = JSON.parse(result.stdout).error;
            expect(error.code).toBe('sqlite-binary-failed');
            expect(error.message).toContain(`${process.platform}-${process.arch}`);
        } finally {
            rmSync(pruned, { recursive: true, force: true });
        }
    });

    for (const dialect of availableDialects(['postgres'])) {
        describe(dialect, () => {
            let db: TestDatabase;
            beforeAll(async () => {
                db = await createTestDatabase(dialect, copy);
            });
            afterAll(async () => {
                await db.drop();
            });

            it('builds a server database, loading its driver from the bundle', async () => {
                const root = makeProject(SCHEMA);
                const result = await runCli(['run', 'build'], { cwd: root, bin, env: db.env });
                expect(result.code).toBe(0);
                expect(await db.query('SELECT id, name FROM people ORDER BY id')).toEqual([
                    { id: 1, name: 'Ada' },
                    { id: 2, name: 'Grace' },
                ]);
                const again = await runCli(['run', 'build', '--json'], { cwd: root, bin, env: db.env });
                expect(JSON.parse(again.stdout).files.map((file: { status: string }) => file.status)).toEqual(['skipped', 'skipped']);
            });
        });
    }
});
