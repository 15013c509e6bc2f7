/**
 * `noorm status` (read-only; --exit-code 6 when pending, changed or stale) and `noorm history`
 * (newest first, --files, --limit, --since, 10,000 rows), on every dialect with a server here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const dialects = availableDialects(['postgres', 'mysql', 'sqlite']);

async function setup(dialect: TestDialect) {
    const root = makeProject({
        'schema/001_a.sql': 'CREATE TABLE a (id integer);\n',
        'changesets/2026-02-01_one/change/001.sql': 'CREATE TABLE one (id integer);\n',
    });
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Status Test <status@example.com>' } });
    const q = dialect === 'mysql' ? '`' : '"';
    return { root, db, noorm, t: (name: string) => `${q}${name}${q}` };
}

function ok(result: CliResult): CliResult {
    if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    return result;
}

interface Status {
    ok: boolean;
    command: string;
    upToDate: boolean;
    trackingVersion: number | null;
    schema: Record<'new' | 'changed' | 'unchanged' | 'failed' | 'missingOnDisk', string[]>;
    changesets: Record<'applied' | 'pending' | 'stale' | 'orphaned' | 'failed', string[]>;
    lock: { held: boolean };
    lastRun: { kind: string; name: string; status: string; executedBy: string; startedAt: string } | null;
    error?: { code: string; exitCode: number };
}

interface History {
    entries: Array<{
        kind: string;
        name: string;
        direction: string | null;
        status: string;
        executedBy: string;
        durationMs: number | null;
        finishedAt: string | null;
        error: string | null;
        files?: Array<{ path: string; status: string }>;
    }>;
    truncated: boolean;
}

async function tableExists(db: TestDatabase, dialect: TestDialect, table: string): Promise<boolean> {
    const query =
        dialect === 'postgres'
            ? `SELECT 1 AS found FROM pg_tables WHERE schemaname = 'public' AND tablename = '${table}'`
            : dialect === 'mysql'
              ? `SELECT 1 AS found FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${table}'`
              : `SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = '${table}'`;
    return (await db.query(query)).length > 0;
}

describe.each(dialects)('status on %s', (dialect) => {
    it('is read-only, 0 when clean, 6 with --exit-code for pending, changed and stale', async () => {
        const { root, db, noorm } = await setup(dialect);

        // A database noorm never ran on: everything is due, and status creates nothing there.
        const fresh = await noorm(['status', '--exit-code', '--json']);
        expect(fresh.code).toBe(6);
        const before = parseJson<Status>(fresh);
        expect(before).toMatchObject({ ok: false, upToDate: false, trackingVersion: null, lastRun: null, error: { code: 'not-up-to-date', exitCode: 6 } });
        expect(before.schema.new).toEqual(['schema/001_a.sql']);
        expect(before.changesets.pending).toEqual(['2026-02-01_one']);
        if (dialect === 'sqlite') expect(existsSync(db.name)).toBe(false);
        else expect(await tableExists(db, dialect, '__noorm_meta__')).toBe(false);
        // Without --exit-code it reports and exits 0.
        expect((await noorm(['status'])).code).toBe(0);

        ok(await noorm(['run', 'build']));
        writeFiles(root, { 'changesets/2026-02-02_two/change/001.sql': 'CREATE TABLE two (id integer);\n' });
        ok(await noorm(['change', 'ff']));

        const clean = ok(await noorm(['status', '--exit-code', '--json']));
        const now = parseJson<Status>(clean);
        expect(now).toMatchObject({ ok: true, upToDate: true, trackingVersion: 2, lock: { held: false } });
        expect(now.schema).toMatchObject({ new: [], changed: [], unchanged: ['schema/001_a.sql'], failed: [], missingOnDisk: [] });
        // 2026-02-01_one was baselined by the first build; two was applied.
        expect(now.changesets).toMatchObject({ applied: ['2026-02-01_one', '2026-02-02_two'], pending: [], stale: [] });
        expect(now.lastRun).toMatchObject({ kind: 'changeset', name: '2026-02-02_two', status: 'success', executedBy: 'Status Test <status@example.com>' });
        const text = ok(await noorm(['status'])).stdout;
        expect(text).toMatch(/up to date/);
        expect(text).toMatch(/last run: changeset 2026-02-02_two success by Status Test <status@example.com> at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);

        // pending
        writeFiles(root, { 'changesets/2026-02-03_three/change/001.sql': 'CREATE TABLE three (id integer);\n' });
        const pending = await noorm(['status', '--exit-code', '--json']);
        expect(pending.code).toBe(6);
        expect(parseJson<Status>(pending).changesets.pending).toEqual(['2026-02-03_three']);
        ok(await noorm(['change', 'ff']));
        expect((await noorm(['status', '--exit-code'])).code).toBe(0);

        // changed
        const schemaFile = path.join(root, 'schema/001_a.sql');
        writeFileSync(schemaFile, 'CREATE TABLE IF NOT EXISTS a (id integer);\n');
        const changed = await noorm(['status', '--exit-code', '--json']);
        expect(changed.code).toBe(6);
        expect(parseJson<Status>(changed).schema.changed).toEqual(['schema/001_a.sql']);
        ok(await noorm(['run', 'build']));
        expect((await noorm(['status', '--exit-code'])).code).toBe(0);

        // stale
        const applied = path.join(root, 'changesets/2026-02-03_three/change/001.sql');
        writeFileSync(applied, readFileSync(applied, 'utf8') + 'CREATE TABLE three_b (id integer);\n');
        const stale = await noorm(['status', '--exit-code', '--json']);
        expect(stale.code).toBe(6);
        expect(parseJson<Status>(stale).changesets.stale).toEqual(['2026-02-03_three']);
        expect((await noorm(['status', '--exit-code'])).stderr).toMatch(/1 stale changeset \(2026-02-03_three\)/);
    });
});

describe.each(dialects)('history on %s', (dialect) => {
    it('lists builds, changesets and a failure newest first, with files, --limit and --since', async () => {
        const { root, db, noorm, t } = await setup(dialect);
        ok(await noorm(['run', 'build']));
        writeFiles(root, { 'changesets/2026-02-02_two/change/001.sql': 'CREATE TABLE two (id integer);\n' });
        ok(await noorm(['change', 'ff']));
        writeFiles(root, { 'schema/002_bad.sql': 'CREATE TABLE b (id integer);\nTHIS IS NOT SQL;\n' });
        expect((await noorm(['run', 'build'])).code).toBe(1);

        const all = parseJson<History>(ok(await noorm(['history', '--files', '--json'])));
        // The first build recorded the changeset already on disk as baseline (schema/ holds it).
        expect(all.entries.map((entry) => `${entry.kind} ${entry.name} ${entry.status}`)).toEqual([
            'build schema failed',
            'changeset 2026-02-02_two success',
            'changeset 2026-02-01_one baseline',
            'build schema success',
        ]);
        const [failed, changeset, baseline, first] = all.entries;
        expect(baseline!.files).toEqual([expect.objectContaining({ path: 'changesets/2026-02-01_one/change/001.sql', status: 'baseline' })]);
        expect(failed!.error).toBeTruthy();
        expect(failed!.files).toEqual([expect.objectContaining({ path: 'schema/002_bad.sql', status: 'failed' })]);
        expect(changeset).toMatchObject({
            direction: 'change',
            executedBy: 'Status Test <status@example.com>',
            files: [{ path: 'changesets/2026-02-02_two/change/001.sql', status: 'success' }],
        });
        expect(first!.files).toEqual([expect.objectContaining({ path: 'schema/001_a.sql', status: 'success' })]);
        // Without --files, no files.
        expect(parseJson<History>(ok(await noorm(['history', '--json']))).entries[0]!.files).toBeUndefined();

        const text = ok(await noorm(['history', '--files'])).stdout;
        expect(text).toMatch(/STARTED \(UTC\)\s+KIND\s+NAME\s+STATUS\s+BY\s+DURATION/);
        expect(text).toMatch(/build\s+schema\s+failed/);
        expect(text).toMatch(/failed\s+schema\/002_bad\.sql/);

        const limited = parseJson<History>(ok(await noorm(['history', '--limit', '1', '--json'])));
        expect(limited.entries.map((entry) => entry.status)).toEqual(['failed']);
        expect(limited.truncated).toBe(true);
        expect(parseJson<History>(ok(await noorm(['history', '--since', '2999-01-01', '--json']))).entries).toEqual([]);
        expect(parseJson<History>(ok(await noorm(['history', '--since', '2000-01-01', '--json']))).entries).toHaveLength(4);
        expect((await noorm(['history', '--limit', 'many'])).code).toBe(2);
        expect((await noorm(['history', '--since', 'yesterday-ish'])).code).toBe(2);

        // 10,000 older runs: the newest are still the ones above, --since cuts at the right row.
        const base = Date.parse('2025-01-01T00:00:00.000Z');
        const at = (i: number) => {
            const iso = new Date(base + i * 1000).toISOString();
            return dialect === 'postgres' ? `'${iso}'::timestamptz` : `'${iso.slice(0, 10)} ${iso.slice(11, 23)}'`;
        };
        for (let chunk = 0; chunk < 10; chunk++) {
            const rows = Array.from({ length: 1000 }, (_, j) => {
                const i = chunk * 1000 + j;
                return `('bulk-${i}', 'file', 'schema/bulk-${i}.sql', NULL, 'success', 'Bulk <bulk@example.com>', 'env', 'default', ${at(i)}, ${at(i)}, 1, NULL, NULL)`;
            });
            await db.exec(
                `INSERT INTO ${t('__noorm_history__')} (run_key, kind, name, direction, status, executed_by, identity_source, config_name, started_at, finished_at, duration_ms, error_message, reason) VALUES ${rows.join(', ')}`,
            );
        }
        const newest = parseJson<History>(ok(await noorm(['history', '--limit', '5', '--json'])));
        expect(newest.entries.map((entry) => entry.name)).toEqual(['schema', '2026-02-02_two', '2026-02-01_one', 'schema', 'schema/bulk-9999.sql']);
        const since = parseJson<History>(ok(await noorm(['history', '--since', new Date(base + 9000 * 1000).toISOString(), '--limit', '100000', '--json'])));
        expect(since.entries).toHaveLength(1004);
        expect(since.entries.at(-1)!.name).toBe('schema/bulk-9000.sql');
        expect(since.truncated).toBe(false);
    });
});

describe.each(dialects)('change rebase on %s', (dialect) => {
    it('accepts an edited applied changeset without running it, recorded in history with who and why', async () => {
        const { root, noorm } = await setup(dialect);
        ok(await noorm(['run', 'build']));
        writeFiles(root, { 'changesets/2026-02-02_two/change/001.sql': 'CREATE TABLE two (id integer);\n' });
        ok(await noorm(['change', 'ff']));
        // An edit that must not run again: it would fail (the table exists), so a run would show.
        writeFiles(root, { 'changesets/2026-02-02_two/change/001.sql': '-- the table of two\nCREATE TABLE two (id integer);\n' });
        expect(parseJson<Status>(await noorm(['status', '--json'])).changesets.stale).toEqual(['2026-02-02_two']);

        expect((await noorm(['change', 'rebase', '2026-02-02_two'])).code).toBe(2);
        expect((await noorm(['change', 'rebase', '2026-02-02_two', '--reason', '  '])).code).toBe(2);
        const rebased = parseJson<{ ok: boolean; command: string; accepted: boolean; name: string; files: Array<{ path: string }> }>(
            ok(await noorm(['change', 'rebase', '2026-02-02_two', '--reason', 'comment only', '--json'])),
        );
        expect(rebased).toMatchObject({
            ok: true,
            command: 'change rebase',
            accepted: true,
            name: '2026-02-02_two',
            files: [{ path: 'changesets/2026-02-02_two/change/001.sql' }],
        });
        expect((await noorm(['status', '--exit-code'])).code).toBe(0);

        const [top] = parseJson<History>(ok(await noorm(['history', '--files', '--json']))).entries as Array<History['entries'][number] & { reason: string }>;
        expect(top).toMatchObject({ kind: 'changeset', name: '2026-02-02_two', status: 'accepted', reason: 'comment only', executedBy: 'Status Test <status@example.com>' });
        expect(top!.files).toEqual([expect.objectContaining({ path: 'changesets/2026-02-02_two/change/001.sql', status: 'accepted' })]);
        expect(ok(await noorm(['history'])).stdout).toMatch(/reason: comment only/);
        // Nothing ran (a run would have failed: the table exists), and the changeset counts as applied.
        const list = parseJson<{ changesets: Array<{ name: string; status: string }> }>(ok(await noorm(['change', 'list', '--json'])));
        expect(list.changesets.find((c) => c.name === '2026-02-02_two')!.status).toBe('applied');

        // Again: nothing to accept.
        expect(parseJson<{ accepted: boolean }>(ok(await noorm(['change', 'rebase', 'two', '--reason', 'again', '--json']))).accepted).toBe(false);
        // A pending changeset is run, not rebased.
        writeFiles(root, { 'changesets/2026-02-03_three/change/001.sql': 'CREATE TABLE three (id integer);\n' });
        const pending = await noorm(['change', 'rebase', '2026-02-03_three', '--reason', 'x', '--json']);
        expect(pending.code).toBe(2);
        expect(parseJson<{ error: { code: string } }>(pending).error.code).toBe('not-applied');
    });
});

/** A statement that takes about `seconds` on each database (SQLite: a count, some 5 million rows a second). */
function slow(dialect: TestDialect, seconds = 20): string {
    if (dialect === 'postgres') return `SELECT pg_sleep(${seconds});`;
    if (dialect === 'mysql') return `DO SLEEP(${seconds});`;
    return `SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${seconds * 5_000_000}) SELECT x FROM c);`;
}

describe.each(dialects)('history of a crashed run on %s', (dialect) => {
    it('keeps the entry (running, never finished) with the files that completed', async () => {
        const { root, db, noorm } = await setup(dialect);
        writeFiles(root, { 'schema/002_slow.sql': `${slow(dialect)}\n` });
        const killed = await runCli(['run', 'build'], {
            cwd: root,
            env: { ...db.env, NOORM_IDENTITY: 'Status Test <status@example.com>' },
            onStderr: (stderr, child) => {
                if (/ok\s+schema\/001_a\.sql/.test(stderr)) child.kill('SIGKILL');
            },
            killAfterMs: 60_000,
        });
        expect(killed.signal).toBe('SIGKILL');
        writeFiles(root, { 'schema/002_slow.sql': 'SELECT 1;\n' });
        ok(await noorm(['run', 'build']));
        const history = parseJson<History>(ok(await noorm(['history', '--files', '--json'])));
        const builds = history.entries.filter((entry) => entry.kind === 'build');
        expect(builds.map((entry) => entry.status)).toEqual(['success', 'running']);
        expect(builds[1]!.finishedAt).toBeNull();
        expect(builds[1]!.files).toEqual([expect.objectContaining({ path: 'schema/001_a.sql', status: 'success' })]);
        expect(builds[0]!.files?.map((file) => file.path)).toEqual(['schema/002_slow.sql']);
    });
});

describe.each(dialects)('status while a run holds the lock on %s', (dialect) => {
    it('names the holder and shows the run in progress, without waiting for the lock', async () => {
        const { root, db, noorm } = await setup(dialect);
        writeFiles(root, { 'schema/002_slow.sql': `${slow(dialect, 4)}\n` });
        let started!: () => void;
        const running = new Promise<void>((resolve) => (started = resolve));
        const build = runCli(['run', 'build'], {
            cwd: root,
            env: { ...db.env, NOORM_IDENTITY: 'Holder <holder@example.com>' },
            onStderr: (stderr) => {
                if (/schema\/002_slow\.sql/.test(stderr) || /ok\s+schema\/001_a\.sql/.test(stderr)) started();
            },
            killAfterMs: 60_000,
        });
        await running;
        const during = parseJson<Status & { lock: { holder: { lockedBy: string } | null } }>(ok(await noorm(['status', '--json'])));
        expect(during.lock).toMatchObject({ held: true, holder: { lockedBy: 'Holder <holder@example.com>' } });
        expect(during.lastRun).toMatchObject({ kind: 'build', status: 'running', executedBy: 'Holder <holder@example.com>' });
        expect(ok(await noorm(['status'])).stdout).toMatch(/lock: held by Holder <holder@example.com>/);
        ok(await build);
        expect(parseJson<Status>(ok(await noorm(['status', '--json']))).lastRun).toMatchObject({ kind: 'build', status: 'success' });
    });
});

describe.each(dialects)('history of a revert on %s', (dialect) => {
    it('records the revert as its own entry, direction revert, after the change', async () => {
        const { root, noorm } = await setup(dialect);
        ok(await noorm(['run', 'build']));
        writeFiles(root, {
            'changesets/2026-02-02_two/change/001.sql': 'CREATE TABLE two (id integer);\n',
            'changesets/2026-02-02_two/revert/001.sql': 'DROP TABLE two;\n',
        });
        ok(await noorm(['change', 'ff']));
        ok(await noorm(['change', 'revert', 'two']));
        const history = parseJson<History>(ok(await noorm(['history', '--files', '--json'])));
        expect(history.entries.slice(0, 2).map((entry) => `${entry.name} ${entry.direction} ${entry.status}`)).toEqual([
            '2026-02-02_two revert success',
            '2026-02-02_two change success',
        ]);
        expect(history.entries[0]!.files).toEqual([expect.objectContaining({ path: 'changesets/2026-02-02_two/revert/001.sql', status: 'success' })]);
        expect(ok(await noorm(['history'])).stdout).toMatch(/changeset\s+2026-02-02_two \(revert\)\s+success/);
    });
});
