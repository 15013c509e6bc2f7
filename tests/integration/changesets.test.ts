/** Changesets end to end, one body over every dialect with a server here (and SQLite). */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliOptions, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const dialects = availableDialects(['postgres', 'mysql', 'sqlite']) as Array<'postgres' | 'mysql' | 'sqlite'>;

interface ListJson {
    changesets: Array<{ name: string; status: string; direction: string | null; error: string | null }>;
}
interface RunJson {
    ok: boolean;
    message?: string;
    changesets: Array<{ name: string; status: string; direction: string; atomic: boolean; files: Array<{ path: string; status: string; sql?: string }> }>;
    error?: { code: string; exitCode: number; message: string; file: string | null; line: number | null; hint: string | null };
}

type Runner = (args: string[], extra?: Partial<CliOptions>) => Promise<CliResult>;

async function setup(dialect: TestDialect, files: Record<string, string> = {}) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm: Runner = (args, extra = {}) => runCli(args, { cwd: root, ...extra, env: { ...db.env, NOORM_IDENTITY: 'Changer <c@example.com>', ...(extra.env ?? {}) } });
    const list = async () => parseJson<ListJson>(await noorm(['change', 'list', '--json'])).changesets.map((c) => [c.name, c.status]);
    return { root, db, noorm, list };
}

function columnSql(dialect: TestDialect, table: string): string {
    if (dialect === 'sqlite') return `SELECT name FROM pragma_table_info('${table}') ORDER BY cid`;
    if (dialect === 'postgres')
        return `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`;
    return `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '${table}' ORDER BY ordinal_position`;
}

function tableSql(dialect: TestDialect, table: string): string {
    if (dialect === 'postgres') return `SELECT 1 AS found FROM pg_tables WHERE schemaname = 'public' AND tablename = '${table}'`;
    if (dialect === 'mysql') return `SELECT 1 AS found FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${table}'`;
    return `SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = '${table}'`;
}

function slow(dialect: TestDialect, seconds: number): string {
    if (dialect === 'postgres') return `SELECT pg_sleep(${seconds});`;
    if (dialect === 'mysql') return `DO SLEEP(${seconds});`;
    return `SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${Math.round(seconds * 5_000_000)}) SELECT x FROM c);`;
}

const USERS_V1 = 'CREATE TABLE IF NOT EXISTS users (id integer PRIMARY KEY, name varchar(50));\n';
const USERS_V2 = 'CREATE TABLE IF NOT EXISTS users (id integer PRIMARY KEY, name varchar(50), email varchar(100));\n';
const ADD_EMAIL = {
    'changesets/2024-01-15_add-email/change/001_add_column.sql': 'ALTER TABLE users ADD email varchar(100);\n',
    'changesets/2024-01-15_add-email/revert/001_drop_column.sql': 'ALTER TABLE users DROP COLUMN email;\n',
};

describe.each(dialects)('%s changesets', (dialect) => {
    const atomic = dialect !== 'mysql';

    it('CI flow: run build then change run --all works on a fresh database and on one at the old schema', async () => {
        // A database built from the old schema, before the changeset existed.
        const old = await setup(dialect, { 'schema/001_users.sql': USERS_V1 });
        expect((await old.noorm(['run', 'build'])).code).toBe(0);
        writeFiles(old.root, { 'schema/001_users.sql': USERS_V2, ...ADD_EMAIL });
        const fresh = await setup(dialect, { 'schema/001_users.sql': USERS_V2, ...ADD_EMAIL });

        for (const project of [old, fresh]) {
            const build = await project.noorm(['run', 'build']);
            expect(build.code).toBe(0);
            const all = await project.noorm(['change', 'run', '--all', '--json']);
            expect(all.code).toBe(0);
            expect(await project.db.query(columnSql(dialect, 'users'))).toEqual([{ name: 'id' }, { name: 'name' }, { name: 'email' }]);
            // Once more: nothing left to do.
            expect(parseJson<RunJson>(await project.noorm(['run', 'build', '--json'])).ok).toBe(true);
            expect(parseJson<RunJson>(await project.noorm(['change', 'ff', '--json'])).message).toContain('up to date');
        }
        expect(await old.list()).toEqual([['2024-01-15_add-email', 'applied']]);
        expect(await fresh.list()).toEqual([['2024-01-15_add-email', 'baseline']]);
    });

    it('stops at a failure in the second file: rolled back where DDL is transactional, resumed where it is not', async () => {
        const { db, noorm, list, root } = await setup(dialect, {
            'changesets/2024-02-01_three-files/change/001_a.sql': 'CREATE TABLE a (id integer PRIMARY KEY);\nINSERT INTO a VALUES (1);\n',
            'changesets/2024-02-01_three-files/change/002_dup.sql': 'UPDATE a SET id = id;\nINSERT INTO a VALUES (1);\n',
            'changesets/2024-02-01_three-files/change/003_b.sql': 'CREATE TABLE b (id integer);\n',
        });
        const failed = await noorm(['change', 'ff', '--json']);
        expect(failed.code).toBe(1);
        const report = parseJson<RunJson>(failed);
        expect(report.error).toMatchObject({ exitCode: 1, file: 'changesets/2024-02-01_three-files/change/002_dup.sql', line: 2 });
        expect(report.changesets[0]!.files.map((f) => f.status)).toEqual(atomic ? ['rolled-back', 'failed', 'not-run'] : ['success', 'failed', 'not-run']);
        expect((await db.query(tableSql(dialect, 'a'))).length).toBe(atomic ? 0 : 1);
        expect((await db.query(tableSql(dialect, 'b'))).length).toBe(0);
        expect(await list()).toEqual([['2024-02-01_three-files', 'failed']]);

        writeFiles(root, { 'changesets/2024-02-01_three-files/change/002_dup.sql': 'UPDATE a SET id = id;\nINSERT INTO a VALUES (2);\n' });
        // The dry run shows the same plan the run follows.
        const planned = parseJson<RunJson>(await noorm(['change', 'run', 'three-files', '--dry-run', '--json']));
        expect(planned.changesets[0]!.files.map((f) => f.status)).toEqual(atomic ? ['planned', 'planned', 'planned'] : ['skipped', 'planned', 'planned']);
        const resumed = parseJson<RunJson>(await noorm(['change', 'run', 'three-files', '--json']));
        expect(resumed.ok).toBe(true);
        // MySQL: file 1 already ran (its CREATE TABLE would fail again) and is skipped.
        expect(resumed.changesets[0]!.files.map((f) => f.status)).toEqual(atomic ? ['success', 'success', 'success'] : ['skipped', 'success', 'success']);
        expect(await db.query('SELECT id FROM a ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
        expect(await list()).toEqual([['2024-02-01_three-files', 'applied']]);
    });

    it('reverts, counts a reverted changeset as pending, refuses to revert what never ran, and reverts baselines', async () => {
        const { db, noorm, list, root } = await setup(dialect, { 'schema/001_users.sql': USERS_V1 });
        expect((await noorm(['run', 'build'])).code).toBe(0);
        writeFiles(root, ADD_EMAIL);
        const never = await noorm(['change', 'revert', 'add-email', '--json']);
        expect(never.code).toBe(2);
        expect(parseJson<RunJson>(never).error).toMatchObject({ code: 'not-applied' });

        expect((await noorm(['change', 'ff'])).code).toBe(0);
        expect((await noorm(['change', 'revert', 'add-email'])).code).toBe(0);
        expect(await list()).toEqual([['2024-01-15_add-email', 'reverted']]);
        expect(await db.query(columnSql(dialect, 'users'))).toEqual([{ name: 'id' }, { name: 'name' }]);
        expect(parseJson<RunJson>(await noorm(['change', 'ff', '--json'])).changesets.map((c) => c.name)).toEqual(['2024-01-15_add-email']);

        const fresh = await setup(dialect, { 'schema/001_users.sql': USERS_V2, ...ADD_EMAIL });
        expect((await fresh.noorm(['run', 'build'])).code).toBe(0);
        expect(await fresh.list()).toEqual([['2024-01-15_add-email', 'baseline']]);
        expect((await fresh.noorm(['change', 'revert', 'add-email'])).code).toBe(0);
        expect(await fresh.db.query(columnSql(dialect, 'users'))).toEqual([{ name: 'id' }, { name: 'name' }]);
    });

    it('shows stale after an applied file is edited, and orphaned when its folder is gone', async () => {
        const { noorm, list, root } = await setup(dialect, {
            'schema/001_users.sql': USERS_V1,
            ...ADD_EMAIL,
            'changesets/2024-03-01_other/change/001.sql': 'CREATE TABLE other_one (x integer);\n',
        });
        expect((await noorm(['run', 'file', 'schema/001_users.sql'])).code).toBe(0);
        expect((await noorm(['change', 'ff'])).code).toBe(0);
        writeFiles(root, { 'changesets/2024-01-15_add-email/change/001_add_column.sql': 'ALTER TABLE users ADD email varchar(200);\n' });
        rmSync(path.join(root, 'changesets/2024-03-01_other'), { recursive: true });
        expect(await list()).toEqual([
            ['2024-01-15_add-email', 'stale'],
            ['2024-03-01_other', 'orphaned'],
        ]);
    });

    it('runs files listed by .txt manifests in place, and refuses a bad manifest before anything runs', async () => {
        const { db, noorm, root } = await setup(dialect, {
            'changesets/2024-04-01_manifest/change/001_first.sql': 'CREATE TABLE ordered (step integer);\nINSERT INTO ordered VALUES (1);\n',
            'changesets/2024-04-01_manifest/change/002_list.txt': '# shared snippets\n\n../../../shared/step2.sql\n../../../shared/step3.sql  # trailing comment\n',
            'changesets/2024-04-01_manifest/change/003_last.sql': 'INSERT INTO ordered VALUES (4);\n',
            'shared/step2.sql': 'INSERT INTO ordered VALUES (2);\n',
            'shared/step3.sql': 'INSERT INTO ordered VALUES (3);\n',
        });
        const plan = parseJson<RunJson>(await noorm(['change', 'ff', '--dry-run', '--json']));
        expect(plan.changesets[0]!.files.map((f) => f.path)).toEqual([
            'changesets/2024-04-01_manifest/change/001_first.sql',
            'shared/step2.sql',
            'shared/step3.sql',
            'changesets/2024-04-01_manifest/change/003_last.sql',
        ]);
        expect((await noorm(['change', 'ff'])).code).toBe(0);
        expect(await db.query('SELECT step FROM ordered ORDER BY step')).toEqual([1, 2, 3, 4].map((step) => ({ step })));

        writeFiles(root, {
            'changesets/2024-05-01_bad/change/001.sql': 'CREATE TABLE never_created (x integer);\n',
            'changesets/2024-05-01_bad/change/002.txt': 'ok.sql\n../../../../outside.sql\n',
        });
        writeFileSync(path.join(root, 'changesets/2024-05-01_bad/change/ok.sql'), 'SELECT 1;\n');
        const bad = await noorm(['change', 'ff', '--json']);
        expect(bad.code).toBe(2);
        expect(parseJson<RunJson>(bad).error).toMatchObject({ file: 'changesets/2024-05-01_bad/change/002.txt', line: 2, message: expect.stringContaining('outside the project') });
        expect((await db.query(tableSql(dialect, 'never_created'))).length).toBe(0);
        writeFiles(root, { 'changesets/2024-05-01_bad/change/002.txt': 'ok.sql\nmissing.sql\n' });
        const missing = parseJson<RunJson>(await noorm(['change', 'ff', '--json']));
        expect(missing.error).toMatchObject({ file: 'changesets/2024-05-01_bad/change/002.txt', line: 2, message: expect.stringContaining('does not exist') });
    });

    it('next 2 applies the next two in name order, and ff warns about one that arrives out of order', async () => {
        const files: Record<string, string> = {};
        for (const day of ['02', '03', '04']) files[`changesets/2024-06-${day}_step/change/001.sql`] = `CREATE TABLE step_${day} (x integer);\n`;
        const { noorm, list, root } = await setup(dialect, files);
        const next = parseJson<RunJson>(await noorm(['change', 'next', '2', '--json']));
        expect(next.changesets.map((c) => c.name)).toEqual(['2024-06-02_step', '2024-06-03_step']);
        expect((await list()).map(([, status]) => status)).toEqual(['applied', 'applied', 'pending']);

        writeFiles(root, { 'changesets/2024-06-01_late/change/001.sql': 'CREATE TABLE late_one (x integer);\n' });
        const ff = await noorm(['change', 'ff', '--json']);
        expect(parseJson<RunJson>(ff).changesets.map((c) => c.name)).toEqual(['2024-06-01_late', '2024-06-04_step']);
        expect(ff.stderr).toContain('2024-06-01_late is older than 2024-06-03_step, which is already applied');
        expect(parseJson<{ warnings: unknown[] }>(ff).warnings).toEqual([
            { code: 'out-of-order', changeset: '2024-06-01_late', message: expect.stringContaining('2024-06-01_late is older than 2024-06-03_step') },
        ]);
    });

    it('applies each of 5 changesets exactly once under 6 parallel change ff', async () => {
        const files: Record<string, string> = { 'schema/000.sql': 'CREATE TABLE IF NOT EXISTS applied_log (name varchar(50));\n' };
        for (let i = 1; i <= 5; i++) files[`changesets/2024-07-0${i}_c${i}/change/001.sql`] = `INSERT INTO applied_log VALUES ('c${i}');\n${slow(dialect, 0.05)}\n`;
        const { db, noorm } = await setup(dialect, files);
        expect((await noorm(['run', 'file', 'schema/000.sql'])).code).toBe(0);
        const results = await Promise.all(Array.from({ length: 6 }, () => noorm(['change', 'ff', '--lock-wait', '60'])));
        for (const result of results) expect([0, 3]).toContain(result.code);
        expect(await db.query('SELECT name FROM applied_log ORDER BY name')).toEqual([1, 2, 3, 4, 5].map((i) => ({ name: `c${i}` })));
    });

    (atomic ? it : it.skip)('refuses a -- noorm:no-transaction file in an all-or-nothing changeset unless it is marked non-atomic', async () => {
        const { noorm, root } = await setup(dialect, {
            'changesets/2024-08-01_concurrently/change/001.sql': 'CREATE TABLE idx_me (x integer);\n',
            'changesets/2024-08-01_concurrently/change/002.sql': `-- noorm:no-transaction\n${dialect === 'postgres' ? 'CREATE INDEX CONCURRENTLY idx_me_x ON idx_me (x);' : 'VACUUM;'}\n`,
        });
        const refused = await noorm(['change', 'ff', '--json']);
        expect(refused.code).toBe(2);
        expect(parseJson<RunJson>(refused).error!.hint).toContain('non-atomic');
        writeFileSync(path.join(root, 'changesets/2024-08-01_concurrently/non-atomic'), '');
        const result = parseJson<RunJson>(await noorm(['change', 'ff', '--json']));
        expect(result.ok).toBe(true);
        expect(result.changesets[0]!.atomic).toBe(false);
    });

    it('plans a dry run without creating anything', async () => {
        const { db, noorm } = await setup(dialect, ADD_EMAIL);
        const plan = await noorm(['change', 'ff', '--dry-run']);
        expect(plan.code).toBe(0);
        expect(plan.stdout).toContain('ALTER TABLE users ADD email varchar(100);');
        expect((await db.query(tableSql(dialect, '__change_version__'))).length).toBe(0);
    });

    it('does not baseline changesets on a database that was changed before its first build', async () => {
        const { noorm, list } = await setup(dialect, {
            'schema/001_users.sql': USERS_V1,
            'changesets/2024-01-01_first/change/001.sql': 'CREATE TABLE first_one (x integer);\n',
            'changesets/2024-01-02_second/change/001.sql': 'CREATE TABLE second_one (x integer);\n',
        });
        expect((await noorm(['change', 'next'])).code).toBe(0);
        expect((await noorm(['run', 'build'])).code).toBe(0);
        expect(await list()).toEqual([
            ['2024-01-01_first', 'applied'],
            ['2024-01-02_second', 'pending'],
        ]);
    });

    it('after a part-way revert, refuses change run without --force, and a later revert runs every file again', async () => {
        const { db, noorm, list, root } = await setup(dialect, {
            'changesets/2024-02-01_partial/non-atomic': '',
            'changesets/2024-02-01_partial/change/001.sql': 'CREATE TABLE IF NOT EXISTS part_a (x integer);\n',
            'changesets/2024-02-01_partial/change/002.sql': 'CREATE TABLE IF NOT EXISTS part_b (x integer);\n',
            'changesets/2024-02-01_partial/revert/001.sql': 'DROP TABLE part_b;\n',
            'changesets/2024-02-01_partial/revert/002.sql': 'DROP TABLE no_such_table;\n',
        });
        expect((await noorm(['change', 'run', 'partial'])).code).toBe(0);
        expect((await noorm(['change', 'revert', 'partial'])).code).toBe(1);
        expect((await db.query(tableSql(dialect, 'part_b'))).length).toBe(0);
        const refused = await noorm(['change', 'run', 'partial', '--json']);
        expect(refused.code).toBe(2);
        expect(parseJson<RunJson>(refused).error!.code).toBe('revert-incomplete');
        expect((await noorm(['change', 'run', 'partial', '--force'])).code).toBe(0);
        expect((await db.query(tableSql(dialect, 'part_b'))).length).toBe(1);

        // The failed revert is history now: its first file must run again, not be skipped.
        writeFiles(root, { 'changesets/2024-02-01_partial/revert/002.sql': 'DROP TABLE part_a;\n' });
        const reverted = parseJson<RunJson>(await noorm(['change', 'revert', 'partial', '--json']));
        expect(reverted.changesets[0]!.files.map((f) => f.status)).toEqual(['success', 'success']);
        expect((await db.query(tableSql(dialect, 'part_a'))).length).toBe(0);
        expect((await db.query(tableSql(dialect, 'part_b'))).length).toBe(0);
        expect(await list()).toEqual([['2024-02-01_partial', 'reverted']]);
    });

    (atomic ? it : it.skip)('keeps an applied changeset applied when a forced re-run fails and is rolled back', async () => {
        const { noorm, list, root } = await setup(dialect, {
            'changesets/2024-03-01_kept/change/001.sql': 'CREATE TABLE kept (x integer);\n',
        });
        expect((await noorm(['change', 'ff'])).code).toBe(0);
        writeFiles(root, { 'changesets/2024-03-01_kept/change/001.sql': 'CREATE TABLE kept (x integer);\nSELECT * FROM no_such_table;\n' });
        expect((await noorm(['change', 'run', 'kept', '--force'])).code).toBe(1);
        const [[, status]] = (await list()) as [[string, string]];
        expect(status).not.toBe('failed');
        expect(status).toBe('stale');
    });
});

describe('changeset files and protection', () => {
    const dialect: TestDialect = 'sqlite';

    it('adds dated folders with a slug, refuses collisions and escaping names', async () => {
        const { noorm, root } = await setup(dialect);
        const added = parseJson<{ name: string; files: string[] }>(await noorm(['change', 'add', 'Add Email Verification!', '--json']));
        expect(added.name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{6}_add-email-verification$/);
        for (const file of added.files) expect(existsSync(file)).toBe(true);
        expect((await noorm(['change', 'add', 'add email verification'])).code).toBe(2);
        expect((await noorm(['change', 'add', '../escape'])).code).toBe(2);
        // No dialect needed to create files.
        const bare = await runCli(['change', 'add', 'another one'], { cwd: root });
        expect(bare.code).toBe(0);
    });

    it('removes a pending changeset with confirmation, and refuses an applied one without --force', async () => {
        const { noorm, root } = await setup(dialect, { ...ADD_EMAIL, 'schema/001_users.sql': USERS_V1, 'changesets/2024-09-01_unused/change/001.sql': 'SELECT 1;\n' });
        expect((await noorm(['run', 'file', 'schema/001_users.sql'])).code).toBe(0);
        expect((await noorm(['change', 'run', 'add-email'])).code).toBe(0);
        const applied = await noorm(['change', 'rm', 'add-email', '--yes', '--json']);
        expect(applied.code).toBe(2);
        expect(parseJson<RunJson>(applied).error!.code).toBe('changeset-applied');
        expect((await noorm(['change', 'rm', 'unused'])).code).toBe(4); // needs confirmation
        expect((await noorm(['change', 'rm', 'unused', '--yes'])).code).toBe(0);
        expect(existsSync(path.join(root, 'changesets/2024-09-01_unused'))).toBe(false);
        const ambiguous = await noorm(['change', 'run', '2024', '--json']);
        expect(ambiguous.code).toBe(0); // only one changeset left that matches
        mkdirSync(path.join(root, 'changesets/2024-10-01_x/change'), { recursive: true });
        const two = await noorm(['change', 'run', '2024', '--json']);
        expect(two.code).toBe(2);
        expect(parseJson<RunJson>(two).error!.code).toBe('ambiguous-changeset');
    });

    it('puts run, revert, next and ff of a protected config behind --yes', async () => {
        const { noorm } = await setup(dialect, { ...ADD_EMAIL, 'schema/001_users.sql': USERS_V1 });
        expect((await noorm(['run', 'file', 'schema/001_users.sql'])).code).toBe(0);
        const env = { NOORM_PROTECTED: '1' };
        for (const args of [
            ['change', 'ff'],
            ['change', 'next'],
            ['change', 'run', 'add-email'],
        ])
            expect((await noorm(args, { env })).code).toBe(4);
        expect((await noorm(['change', 'ff', '--yes'], { env })).code).toBe(0);
        expect((await noorm(['change', 'revert', 'add-email'], { env })).code).toBe(4);
    });

    it('lists changesets whose templates cannot render, and finds manifests in sub-folders', async () => {
        const { noorm, list } = await setup(dialect, {
            'changesets/2024-01-01_nested/change/001.sql': 'CREATE TABLE nested_steps (step integer);\n',
            'changesets/2024-01-01_nested/change/sub/002_list.txt': '../../../../shared/step.sql\n',
            'shared/step.sql': 'INSERT INTO nested_steps VALUES (2);\n',
            'changesets/2024-01-02_broken/change/001.sql.eta': "<% const rows = await load('missing.json') %>SELECT 1;\n",
        });
        const listed = await noorm(['change', 'list', '--json']);
        expect(listed.code).toBe(0);
        expect(await list()).toEqual([
            ['2024-01-01_nested', 'pending'],
            ['2024-01-02_broken', 'pending'],
        ]);
        const plan = parseJson<RunJson>(await noorm(['change', 'run', 'nested', '--dry-run', '--json']));
        expect(plan.changesets[0]!.files.map((f) => f.path)).toEqual(['changesets/2024-01-01_nested/change/001.sql', 'shared/step.sql']);
    });
});

(availableDialects(['postgres']).length ? describe : describe.skip)('postgres crash in the middle of a changeset', () => {
    it('leaves nothing half-applied after kill -9, and the next run proceeds at once', async () => {
        const { db, noorm, root } = await setup('postgres', {
            'changesets/2024-11-01_crash/change/001.sql': 'CREATE TABLE half (x integer);\n',
            'changesets/2024-11-01_crash/change/002.sql': `${slow('postgres', 20)}\n`,
        });
        let child: import('node:child_process').ChildProcess | undefined;
        let resolveRunning!: () => void;
        const running = new Promise<void>((resolve) => (resolveRunning = resolve));
        const done = noorm(['change', 'ff'], {
            onStderr: (stderr, process) => {
                child = process;
                if (stderr.includes('changesets/2024-11-01_crash/change/001.sql')) setTimeout(resolveRunning, 700);
            },
        });
        await running;
        child!.kill('SIGKILL');
        await done;
        expect(await db.query(tableSql('postgres', 'half'))).toEqual([]);

        writeFiles(root, { 'changesets/2024-11-01_crash/change/002.sql': 'SELECT 1;\n' });
        const started = Date.now();
        const next = await noorm(['change', 'ff', '--lock-wait', '30']);
        expect(next.code).toBe(0);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect((await db.query(tableSql('postgres', 'half'))).length).toBe(1);
    });
});
