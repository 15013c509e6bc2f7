/**
 * The real `noorm` binary against real SQLite files: `run build`, `run file`, `run dir`, tracking,
 * transactions, dry runs and failures, end to end.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';
import { query, tableNames, trackedFiles } from '../helpers/sqlite.js';

afterAll(removeProjects);

const sqliteEnv = { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite', NOORM_IDENTITY: 'Test Runner <test@example.com>' };

function noorm(root: string, args: string[], env: Record<string, string | undefined> = {}) {
    return runCli(args, { cwd: root, env: { ...sqliteEnv, ...env } });
}

interface RunJson {
    ok: boolean;
    command: string;
    config: string;
    dialect: string;
    dryRun: boolean;
    files: Array<{ path: string; status: string; checksum: string; durationMs: number; error?: { message: string; line?: number }; sql?: string }>;
    notRun: string[];
    error?: { code: string; exitCode: number; message: string; hint: string | null; file: string | null; line: number | null };
}

const TRIGGER_SCHEMA = {
    'schema/001_tables.sql': [
        '-- many statements per file; comments and strings hold semicolons',
        'CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT); -- a comment; with a semicolon',
        "/* block; comment */ CREATE TABLE audit (account_id INTEGER, what TEXT, at TEXT DEFAULT 'now;');",
        "INSERT INTO accounts (id, name, note) VALUES (1, 'semi;colon', 'it''s; fine');",
        "INSERT INTO accounts (id, name) VALUES (2, 'single;quoted');",
    ].join('\n'),
    'schema/002_triggers.sql': [
        'CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts',
        'BEGIN',
        "    INSERT INTO audit (account_id, what) VALUES (NEW.id, 'update;' || NEW.name);",
        "    UPDATE accounts SET note = CASE WHEN NEW.note IS NULL THEN 'none' ELSE NEW.note END WHERE id = NEW.id AND note IS NULL;",
        'END;',
        "UPDATE accounts SET name = 'renamed' WHERE id = 2;",
    ].join('\n'),
};

describe('run build on SQLite', () => {
    it('runs triggers with BEGIN … END, many statements, and semicolons in comments and strings', async () => {
        const root = makeProject(TRIGGER_SCHEMA);
        const result = await noorm(root, ['run', 'build']);
        expect(result.stderr).toContain('schema/002_triggers.sql');
        expect(result.code).toBe(0);
        const db = path.join(root, 'app.sqlite');
        expect(query(db, 'SELECT id, name, note FROM accounts ORDER BY id')).toEqual([
            { id: 1, name: 'semi;colon', note: "it's; fine" },
            { id: 2, name: 'renamed', note: 'none' },
        ]);
        expect(query(db, 'SELECT what FROM audit')).toEqual([{ what: 'update;renamed' }]);
        expect(trackedFiles(db).map((row) => [row.filepath, row.status])).toEqual([
            ['schema/001_tables.sql', 'success'],
            ['schema/002_triggers.sql', 'success'],
        ]);
    });

    it('builds the same database as the sqlite3 shell from the same files', async () => {
        const root = makeProject(TRIGGER_SCHEMA);
        expect((await noorm(root, ['run', 'build'])).code).toBe(0);
        const shellDb = path.join(root, 'shell.sqlite');
        const { spawnSync } = await import('node:child_process');
        const probe = spawnSync('sqlite3', ['-version']);
        if (probe.error) {
            console.warn('SKIPPED: sqlite3 shell not installed; .ci/run installs it');
            return;
        }
        for (const file of Object.keys(TRIGGER_SCHEMA)) {
            const shell = spawnSync('sqlite3', ['-bail', shellDb], { input: readFileSync(path.join(root, file)) });
            expect(shell.status).toBe(0);
        }
        const objects = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
        expect(query(path.join(root, 'app.sqlite'), objects)).toEqual(query(shellDb, objects));
        expect(query(path.join(root, 'app.sqlite'), 'SELECT * FROM accounts ORDER BY id')).toEqual(query(shellDb, 'SELECT * FROM accounts ORDER BY id'));
    });

    it('treats CRLF and BOM files like their LF twins', async () => {
        const root = makeProject({
            'schema/001_crlf.sql': "CREATE TABLE a (x TEXT);\r\nINSERT INTO a VALUES ('one');\r\n",
            'schema/002_bom.sql': "\uFEFFCREATE TABLE b (y TEXT);\nINSERT INTO b VALUES ('two');\n",
        });
        const first = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(first.files.map((f) => f.status)).toEqual(['success', 'success']);
        // The same content with other line endings and without the BOM is "unchanged".
        writeFiles(root, {
            'schema/001_crlf.sql': "CREATE TABLE a (x TEXT);\nINSERT INTO a VALUES ('one');\n",
            'schema/002_bom.sql': "CREATE TABLE b (y TEXT);\r\nINSERT INTO b VALUES ('two');\r\n",
        });
        const second = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(second.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
        expect(second.files.map((f) => f.checksum)).toEqual(first.files.map((f) => f.checksum));
    });

    it('skips unchanged files, re-runs changed ones, and re-runs everything with --force', async () => {
        const root = makeProject({
            'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x INTEGER);',
            'schema/002.sql': 'INSERT INTO t VALUES (1);',
        });
        expect((await noorm(root, ['run', 'build'])).code).toBe(0);
        const again = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(again.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);

        writeFiles(root, { 'schema/002.sql': 'INSERT INTO t VALUES (2);' });
        const changed = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(changed.files.map((f) => f.status)).toEqual(['skipped', 'success']);

        const forced = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json', '--force']));
        expect(forced.files.map((f) => f.status)).toEqual(['success', 'success']);
        expect(query(path.join(root, 'app.sqlite'), 'SELECT x FROM t ORDER BY rowid')).toEqual([{ x: 1 }, { x: 2 }, { x: 2 }]);
        // One row per file and config, replaced on each run.
        expect(trackedFiles(path.join(root, 'app.sqlite'))).toHaveLength(2);
    });

    it('plans a dry run without touching the database file or creating tracking tables', async () => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (x INTEGER);', 'schema/002.sql': 'INSERT INTO t VALUES (1);' });
        const db = path.join(root, 'app.sqlite');

        const fresh = await noorm(root, ['run', 'build', '--dry-run']);
        expect(fresh.code).toBe(0);
        expect(existsSync(db)).toBe(false);
        expect(fresh.stdout).toContain('-- schema/001.sql (new)\nCREATE TABLE t (x INTEGER);');

        // An existing database without noorm's tables stays byte-for-byte the same.
        const { default: Database } = await import('better-sqlite3');
        new Database(db).exec('CREATE TABLE other (y INTEGER)').close();
        const before = createHash('sha256').update(readFileSync(db)).digest('hex');
        const planned = parseJson<RunJson>(await noorm(root, ['run', 'build', '--dry-run', '--json']));
        expect(planned.dryRun).toBe(true);
        expect(planned.files.map((f) => [f.path, f.status])).toEqual([
            ['schema/001.sql', 'new'],
            ['schema/002.sql', 'new'],
        ]);
        expect(planned.files[1]!.sql).toBe('INSERT INTO t VALUES (1);');
        expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
        expect(tableNames(db)).toEqual(['other']);

        // After a real build the plan shows unchanged, changed and failed files.
        writeFiles(root, { 'schema/003.sql': 'INSERT INTO missing VALUES (1);' });
        expect((await noorm(root, ['run', 'build'])).code).toBe(1);
        writeFiles(root, { 'schema/002.sql': 'INSERT INTO t VALUES (2);' });
        const afterBuild = createHash('sha256').update(readFileSync(db)).digest('hex');
        const plan = parseJson<RunJson>(await noorm(root, ['run', 'build', '--dry-run', '--json']));
        expect(plan.files.map((f) => f.status)).toEqual(['unchanged', 'changed', 'failed']);
        expect(plan.files[0]!.sql).toBeUndefined();
        expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(afterBuild);
    });

    it('stops at a failing file: earlier files stay, the failure is recorded, later files wait, and a re-run resumes', async () => {
        const root = makeProject({
            'schema/001_ok.sql': 'CREATE TABLE one (x INTEGER);',
            'schema/002_bad.sql': 'CREATE TABLE two (x INTEGER);\nINSERT INTO two VALUES (1);\n\nINSERT INTO nowhere VALUES (1);\n',
            'schema/003_later.sql': 'CREATE TABLE three (x INTEGER);',
        });
        const db = path.join(root, 'app.sqlite');
        const failed = await noorm(root, ['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        const report = parseJson<RunJson>(failed);
        expect(report.ok).toBe(false);
        expect(report.files.map((f) => [f.path, f.status])).toEqual([
            ['schema/001_ok.sql', 'success'],
            ['schema/002_bad.sql', 'failed'],
        ]);
        expect(report.notRun).toEqual(['schema/003_later.sql']);
        expect(report.error).toMatchObject({ code: 'sql-failed', exitCode: 1, file: 'schema/002_bad.sql', line: 4 });
        expect(report.error!.message).toContain('no such table: nowhere');

        // File 2 ran in a transaction: its first statements are gone with it.
        expect(tableNames(db)).toEqual(expect.arrayContaining(['one']));
        expect(tableNames(db)).not.toContain('two');
        expect(tableNames(db)).not.toContain('three');
        const rows = trackedFiles(db);
        expect(rows.map((row) => [row.filepath, row.status])).toEqual([
            ['schema/001_ok.sql', 'success'],
            ['schema/002_bad.sql', 'failed'],
        ]);
        expect(rows[1]!.error_message).toContain('no such table: nowhere');

        // Human output names file and line too.
        const human = await noorm(root, ['run', 'build']);
        expect(human.code).toBe(1);
        expect(human.stderr).toContain('at schema/002_bad.sql:4');

        writeFiles(root, { 'schema/002_bad.sql': 'CREATE TABLE two (x INTEGER);\nINSERT INTO two VALUES (1);\n' });
        const resumed = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(resumed.files.map((f) => [f.path, f.status])).toEqual([
            ['schema/001_ok.sql', 'skipped'],
            ['schema/002_bad.sql', 'success'],
            ['schema/003_later.sql', 'success'],
        ]);
        expect(trackedFiles(db).every((row) => row.status === 'success')).toBe(true);
    });

    it('re-runs a failed file even when it did not change (the fault may have been elsewhere)', async () => {
        const root = makeProject({ 'schema/001.sql': 'INSERT INTO later VALUES (1);' });
        expect((await noorm(root, ['run', 'build'])).code).toBe(1);
        const { default: Database } = await import('better-sqlite3');
        new Database(path.join(root, 'app.sqlite')).exec('CREATE TABLE later (x INTEGER)').close();
        const again = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(again.files[0]!.status).toBe('success');
    });

    it('honours -- noorm:no-transaction for files that manage their own transaction', async () => {
        const ownTransaction = 'BEGIN;\nCREATE TABLE t (x INTEGER);\nCOMMIT;\n';
        const root = makeProject({ 'schema/001.sql': ownTransaction });
        const refused = await noorm(root, ['run', 'build', '--json']);
        expect(refused.code).toBe(1);
        expect(parseJson<RunJson>(refused).error!.hint).toContain('noorm:no-transaction');

        writeFiles(root, { 'schema/001.sql': `-- noorm:no-transaction\n${ownTransaction}` });
        expect((await noorm(root, ['run', 'build'])).code).toBe(0);
        expect(tableNames(path.join(root, 'app.sqlite'))).toContain('t');
    });

    it('hints that schema files must be re-runnable when a changed file fails on a built database', async () => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (x INTEGER);' });
        expect((await noorm(root, ['run', 'build'])).code).toBe(0);
        writeFiles(root, { 'schema/001.sql': 'CREATE TABLE t (x INTEGER, y INTEGER);' });
        const result = parseJson<RunJson>(await noorm(root, ['run', 'build', '--json']));
        expect(result.error!.message).toContain('already exists');
        expect(result.error!.hint).toMatch(/IF NOT EXISTS.*changeset/s);
    });

    it("does not let one file's session settings leak into the next file", async () => {
        const root = makeProject({
            'schema/001.sql':
                '-- noorm:no-transaction\nPRAGMA foreign_keys = ON;\nCREATE TABLE parent (id INTEGER PRIMARY KEY);\nCREATE TABLE child (parent_id INTEGER REFERENCES parent(id));\nCREATE TEMP TABLE scratch (x);',
            'schema/002.sql': 'INSERT INTO child VALUES (42);\nCREATE TEMP TABLE scratch (x);',
        });
        // With file 1's foreign_keys = ON still in force, file 2 would fail; with its temp table still there, too.
        const result = await noorm(root, ['run', 'build']);
        expect(result.stderr).not.toContain('FAIL');
        expect(result.code).toBe(0);
    });
});

describe('run file and run dir', () => {
    it('runs one file, tracked and skipped when unchanged', async () => {
        const root = makeProject({ 'scripts/fix.sql': 'CREATE TABLE fixed (x INTEGER);' });
        const first = parseJson<RunJson>(await noorm(root, ['run', 'file', 'scripts/fix.sql', '--json']));
        expect(first).toMatchObject({ ok: true, command: 'run file', files: [{ path: 'scripts/fix.sql', status: 'success' }] });
        const second = parseJson<RunJson>(await noorm(root, ['run', 'file', 'scripts/fix.sql', '--json']));
        expect(second.files[0]!.status).toBe('skipped');
    });

    it('resolves the file argument against the working directory and tracks it relative to the project root', async () => {
        const root = makeProject({ '.noorm/.keep': '', 'db/scripts/fix.sql': 'CREATE TABLE fixed (x INTEGER);' });
        const result = await runCli(['run', 'file', 'scripts/fix.sql', '--json'], { cwd: path.join(root, 'db'), env: sqliteEnv });
        expect(parseJson<RunJson>(result).files[0]!.path).toBe('db/scripts/fix.sql');
        expect(existsSync(path.join(root, 'app.sqlite'))).toBe(true);
    });

    it('runs a folder recursively in natural order', async () => {
        const root = makeProject({
            'seeds/10_b.sql': 'INSERT INTO t VALUES (10);',
            'seeds/2_a.sql': 'INSERT INTO t VALUES (2);',
            'seeds/1/1.sql': 'CREATE TABLE t (x INTEGER);',
        });
        const result = parseJson<RunJson>(await noorm(root, ['run', 'dir', 'seeds', '--json']));
        expect(result.files.map((f) => f.path)).toEqual(['seeds/1/1.sql', 'seeds/2_a.sql', 'seeds/10_b.sql']);
        expect(query(path.join(root, 'app.sqlite'), 'SELECT x FROM t ORDER BY rowid')).toEqual([{ x: 2 }, { x: 10 }]);
    });
});
