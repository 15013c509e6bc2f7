/**
 * `noorm up`: create the database when it is missing, run build, change ff, under one lock, one
 * result document; on a missing and on an existing database, on every dialect with a server here.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const created: TestDatabase[] = [];
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const dialects = availableDialects(['postgres', 'mysql', 'sqlite']);

function ok(result: CliResult): CliResult {
    if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    return result;
}

interface Up {
    ok: boolean;
    command: string;
    created: boolean;
    build: { command: string; ok: boolean; files: Array<{ path: string; status: string }>; baselined?: string[] };
    changes: { command: string; changesets: Array<{ name: string; status: string }> } | null;
    error?: { code: string; exitCode: number; file: string | null };
}

const FILES = {
    'schema/001_a.sql': 'CREATE TABLE a (id integer);\n',
    'changesets/2026-02-01_one/change/001.sql': 'CREATE TABLE one (id integer);\n',
};

/** The URL of a database on the same server that does not exist (yet). */
function missingUrl(db: TestDatabase, dialect: TestDialect, root: string): string {
    if (dialect === 'sqlite') return `sqlite:${path.join(root, 'fresh.sqlite')}`;
    const url = new URL(db.env['NOORM_URL']!);
    url.pathname = `/${db.name}_up`;
    return url.toString();
}

describe.each(dialects)('up on %s', (dialect) => {
    it('creates a missing database, builds it, then applies changesets: one document, one lock', async () => {
        const root = makeProject(FILES);
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const env = { NOORM_URL: missingUrl(db, dialect, root), NOORM_IDENTITY: 'Up Test <up@example.com>' };
        const noorm = (args: string[]) => runCli(args, { cwd: root, env });
        if (dialect !== 'sqlite') cleanups.push(() => noorm(['db', 'destroy', '--yes']));

        const first = parseJson<Up>(ok(await noorm(['up', '--json'])));
        expect(first).toMatchObject({ ok: true, command: 'up', created: true });
        expect(first.build.files).toEqual([expect.objectContaining({ path: 'schema/001_a.sql', status: 'success' })]);
        // schema/ holds every changeset on disk: a first build records them as baseline.
        expect(first.build.baselined).toEqual(['2026-02-01_one']);
        expect(first.changes).toMatchObject({ command: 'change ff', changesets: [] });

        // Existing database: new schema file and a new changeset, in that order, in one run.
        writeFiles(root, { 'schema/002_b.sql': 'CREATE TABLE b (id integer);\n', 'changesets/2026-02-02_two/change/001.sql': 'CREATE TABLE two (id integer);\n' });
        const second = await noorm(['up']);
        ok(second);
        expect(second.stdout).toMatch(/run build: 1 run, 1 skipped/);
        expect(second.stdout).toMatch(/change ff: 1 changeset applied/);
        expect(second.stdout).not.toMatch(/created the database/);

        // Nothing to do: still ok, nothing run.
        const third = parseJson<Up>(ok(await noorm(['up', '--json'])));
        expect(third).toMatchObject({ ok: true, created: false, changes: { changesets: [] } });
        expect(third.build.files.every((file) => file.status === 'skipped')).toBe(true);

        const history = parseJson<{ entries: Array<{ kind: string; name: string }> }>(ok(await noorm(['history', '--json'])));
        expect(history.entries.map((entry) => `${entry.kind} ${entry.name}`)).toEqual(['changeset 2026-02-02_two', 'build schema', 'changeset 2026-02-01_one', 'build schema']);
        const status = ok(await noorm(['status', '--exit-code', '--json']));
        expect(parseJson<{ upToDate: boolean }>(status).upToDate).toBe(true);
    });

    it('stops before the changesets when the build fails, exit 1, the failure in the one document', async () => {
        const root = makeProject({ ...FILES, 'schema/002_bad.sql': 'THIS IS NOT SQL;\n' });
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Up Test <up@example.com>' } });
        // A protected config confirms once for the whole (headless: --yes), else nothing runs.
        const protectedRun = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Up Test <up@example.com>', NOORM_PROTECTED: '1' } });
        const refused = await protectedRun(['up', '--json']);
        expect(refused.code).toBe(4);
        expect(parseJson<{ command: string; error: { code: string } }>(refused)).toMatchObject({ command: 'up', error: { code: 'confirmation-required' } });
        expect(parseJson<{ entries: unknown[] }>(ok(await noorm(['history', '--json']))).entries).toEqual([]);
        const failed = await protectedRun(['up', '--yes', '--json']);
        expect(failed.code).toBe(1);
        const document = parseJson<Up>(failed);
        expect(document).toMatchObject({ ok: false, command: 'up', changes: null, error: { code: 'sql-failed', file: 'schema/002_bad.sql' } });
        // The lock went with the run.
        expect(parseJson<{ held: boolean }>(ok(await noorm(['lock', 'status', '--json']))).held).toBe(false);
    });
});

describe.each(dialects.filter((dialect) => dialect !== 'mysql'))('up with a changeset that cannot run, on %s', (dialect) => {
    it('keeps the build in the one document and names what stopped the changesets', async () => {
        const root = makeProject(FILES);
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Up Test <up@example.com>' } });
        ok(await noorm(['up']));
        // A file that must run outside a transaction, in a changeset that runs all in one.
        writeFiles(root, {
            'schema/002_b.sql': 'CREATE TABLE b (id integer);\n',
            'changesets/2026-02-02_two/change/001.sql': '-- noorm:no-transaction\nCREATE TABLE two (id integer);\n',
        });
        const refused = await noorm(['up', '--json']);
        expect(refused.code).toBe(2);
        const document = parseJson<Up>(refused);
        expect(document).toMatchObject({ ok: false, command: 'up', changes: null, error: { code: 'no-transaction-in-atomic-changeset' } });
        expect(document.build.files.find((file) => file.path === 'schema/002_b.sql')).toMatchObject({ status: 'success' });
    });
});

describe.each(dialects)('up with an applied changeset edited since it ran, on %s', (dialect) => {
    it('refuses the changesets as change ff does (exit 6, stale-changesets, the build kept); --allow-stale goes on', async () => {
        const root = makeProject({ 'schema/001_a.sql': FILES['schema/001_a.sql'] });
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Up Test <up@example.com>' } });
        ok(await noorm(['up']));
        // Added after the first build, so change ff applies it (a baseline would not run it).
        writeFiles(root, { 'changesets/2026-02-01_one/change/001.sql': 'CREATE TABLE one (id integer);\n' });
        expect(parseJson<Up>(ok(await noorm(['up', '--json']))).changes?.changesets).toEqual([expect.objectContaining({ name: '2026-02-01_one', status: 'success' })]);

        writeFiles(root, {
            'schema/002_b.sql': 'CREATE TABLE b (id integer);\n',
            'changesets/2026-02-01_one/change/001.sql': 'CREATE TABLE one (id integer, edited integer);\n',
            'changesets/2026-02-02_two/change/001.sql': 'CREATE TABLE two (id integer);\n',
        });
        const refused = await noorm(['up', '--json']);
        expect(refused.code).toBe(6);
        const document = parseJson<Up & { changes: { stale?: Array<{ name: string }> } | null }>(refused);
        expect(document).toMatchObject({ ok: false, command: 'up', error: { code: 'stale-changesets', exitCode: 6 } });
        expect(document.changes?.stale?.map((stale) => stale.name)).toEqual(['2026-02-01_one']);
        expect(document.changes?.changesets).toEqual([]);
        expect(document.build.files.find((file) => file.path === 'schema/002_b.sql')).toMatchObject({ status: 'success' });

        const allowed = parseJson<Up>(ok(await noorm(['up', '--allow-stale', '--json'])));
        expect(allowed.changes?.changesets).toEqual([expect.objectContaining({ name: '2026-02-02_two', status: 'success' })]);
    });
});
