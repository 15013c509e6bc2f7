/**
 * The upgrade of noorm's own tables from tracking schema v1 (release 0.1.0: one row per file and
 * per changeset, no history) to v2 (an append-only history), on a database built with v1's tables
 * (tests/fixtures/tracking-v1/<dialect>.sql, their DDL as 0.1.0 ran it); and the one time format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { openConnection } from '../../src/core/connection.js';
import type { DialectConnection } from '../../src/core/dialect/types.js';
import { openSession } from '../../src/core/index.js';
import { mainRunner, recordFile } from '../../src/core/tracking/files.js';
import { startHistory } from '../../src/core/tracking/run-history.js';
import { upgradeTrackingTables } from '../../src/core/tracking/upgrade.js';
import { REPO_ROOT, parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const dialects = availableDialects(['postgres', 'mysql', 'sqlite']);

/** A time literal each dialect's v1 column reads as the given UTC time. */
function utcLiteral(dialect: TestDialect, iso: string): string {
    if (dialect === 'postgres') return `'${iso}'::timestamptz`;
    return `'${iso.slice(0, 10)} ${iso.slice(11, 23)}'`;
}

async function v1Database(dialect: TestDialect) {
    const root = makeProject({
        'schema/001_a.sql': 'CREATE TABLE a (id integer);\n',
        'changesets/2026-02-01_kept/change/001.sql': 'CREATE TABLE kept (id integer);\n',
    });
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const fixture = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tracking-v1', `${dialect}.sql`), 'utf8');
    for (const statement of fixture.replace(/^--.*$/gm, '').split(/;\s*\n/)) if (statement.trim()) await db.exec(statement);
    const q = dialect === 'mysql' ? '`' : '"';
    const t = (name: string) => `${q}${name}${q}`;
    // What a 0.1.0 build and a changeset left behind: a file that is gone from disk since, and a
    // changeset applied whose folder is gone too.
    await db.exec(
        `INSERT INTO ${t('__change_files__')} (filepath, checksum, size_bytes, executed_at, executed_by, identity_source, config_name, status, error_message, duration_ms)
         VALUES ('schema/old.sql', 'abc123', 10, ${utcLiteral(dialect, '2026-01-02T03:04:05.678Z')}, 'Old <old@example.com>', 'env', 'default', 'success', NULL, 7)`,
    );
    await db.exec(
        `INSERT INTO ${t('__change_version__')} (changeset_name, direction, executed_at, executed_by, identity_source, config_name, status, error_message, files_executed, duration_ms)
         VALUES ('2026-01-01_gone', 'change', ${utcLiteral(dialect, '2026-01-03T04:05:06.789Z')}, 'Old <old@example.com>', 'env', 'default', 'success', NULL,
                 '[{"path":"changesets/2026-01-01_gone/change/001.sql","checksum":"def456","status":"success"}]', 12)`,
    );
    const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'New <new@example.com>' } });
    return { db, noorm, t };
}

function ok(result: CliResult): CliResult {
    if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
    return result;
}

interface History {
    entries: Array<{
        kind: string;
        name: string;
        status: string;
        startedAt: string;
        finishedAt: string | null;
        executedBy: string;
        files?: Array<{ path: string; checksum: string }>;
    }>;
}

describe.each(dialects)('tracking tables v1 → v2 on %s', (dialect) => {
    it('reads without upgrading, upgrades once under the first writing run, keeps what v1 recorded', async () => {
        const { db, noorm, t } = await v1Database(dialect);
        const version = async () => (await db.query<{ value: string }>(`SELECT value FROM ${t('__noorm_meta__')} WHERE name = 'tracking_schema'`))[0]!.value;

        // Read-only commands read v1 as it is and change nothing.
        const before = ok(await noorm(['history', '--json']));
        expect(parseJson<History>(before).entries).toEqual([]);
        expect(before.stderr).toMatch(/predate the history/);
        const list = parseJson<{ changesets: Array<{ name: string; status: string; executedAt: string }> }>(ok(await noorm(['change', 'list', '--json'])));
        expect(list.changesets.find((c) => c.name === '2026-01-01_gone')).toMatchObject({ status: 'orphaned', executedAt: '2026-01-03T04:05:06.789Z' });
        expect(await version()).toBe('1');

        const build = ok(await noorm(['run', 'build']));
        expect(build.stderr).toMatch(/upgraded noorm's tracking tables .* from v1 to v2/);
        expect(await version()).toBe('2');
        // v1's rows are still there and still count.
        const old = await db.query<{ checksum: string }>(`SELECT checksum FROM ${t('__change_files__')} WHERE filepath = 'schema/old.sql'`);
        expect(old).toEqual([{ checksum: 'abc123' }]);

        const ff = ok(await noorm(['change', 'ff']));
        expect(ff.stderr).not.toMatch(/upgraded/);
        expect(await version()).toBe('2');

        const history = parseJson<History>(ok(await noorm(['history', '--files', '--json'])));
        const names = history.entries.map((entry) => `${entry.kind} ${entry.name} ${entry.status}`);
        // Newest first: this run's changeset, its build, then what v1 knew, each once.
        expect(names).toEqual(['changeset 2026-02-01_kept success', 'build schema success', 'changeset 2026-01-01_gone success', 'file schema/old.sql success']);
        const gone = history.entries[2]!;
        expect(gone).toMatchObject({ startedAt: '2026-01-03T04:05:06.789Z', executedBy: 'Old <old@example.com>' });
        expect(gone.files).toEqual([expect.objectContaining({ path: 'changesets/2026-01-01_gone/change/001.sql', checksum: 'def456' })]);
        expect(history.entries[3]).toMatchObject({ startedAt: '2026-01-02T03:04:05.678Z', files: [expect.objectContaining({ path: 'schema/old.sql', checksum: 'abc123' })] });
        for (const entry of history.entries) {
            expect(entry.startedAt).toMatch(ISO_UTC);
            expect(entry.finishedAt).toMatch(ISO_UTC);
        }
        // The build's file, with the time this run wrote (UTC: near the test's own clock, not hours off).
        const built = history.entries[1]!;
        expect(built.files?.map((file) => file.path)).toEqual(['schema/001_a.sql']);
        expect(Math.abs(Date.parse(built.startedAt) - Date.now())).toBeLessThan(10 * 60_000);
    });
});

describe.each(dialects)('one time format on %s', (dialect) => {
    it('ISO 8601 UTC with milliseconds in change list, history and lock status, text and JSON', async () => {
        const root = makeProject({ 'schema/001_a.sql': 'CREATE TABLE a (id integer);\n', 'changesets/2026-02-01_x/change/001.sql': 'CREATE TABLE x (id integer);\n' });
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'T <t@example.com>' } });
        ok(await noorm(['change', 'ff']));
        ok(await noorm(['run', 'build']));
        const list = parseJson<{ changesets: Array<{ executedAt: string }> }>(ok(await noorm(['change', 'list', '--json'])));
        expect(list.changesets[0]!.executedAt).toMatch(ISO_UTC);
        expect(Math.abs(Date.parse(list.changesets[0]!.executedAt) - Date.now())).toBeLessThan(10 * 60_000);
        const text = ok(await noorm(['change', 'list'])).stdout;
        expect(text).toContain(list.changesets[0]!.executedAt);
        const history = ok(await noorm(['history'])).stdout;
        expect(history).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\s+build/);
        // The column itself holds UTC: the stored wall-clock time is the UTC one.
        const q = dialect === 'mysql' ? '`' : '"';
        const [row] = await db.query<{ at: unknown }>(`SELECT executed_at AS at FROM ${q}__change_files__${q}`);
        const stored = row!.at instanceof Date ? row!.at.getTime() : Date.parse(`${String(row!.at).replace(' ', 'T')}Z`);
        expect(Math.abs(stored - Date.now())).toBeLessThan(10 * 60_000);
    });
});

const mysql = availableDialects(['mysql']);

(mysql.length ? describe : describe.skip)('MySQL times in a session whose time_zone is not UTC', () => {
    it('v2 writes UTC, and the upgrade turns the times v1 left to the session zone into UTC', async () => {
        const root = makeProject({});
        const db = await createTestDatabase('mysql', root);
        created.push(db);
        const fixture = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tracking-v1/mysql.sql'), 'utf8');
        for (const statement of fixture.replace(/^--.*$/gm, '').split(/;\s*\n/)) if (statement.trim()) await db.exec(statement);
        const context = await openSession({ cwd: root, env: { ...db.env, NOORM_IDENTITY: 'Zone <zone@example.com>' } }).context();
        const conn = await openConnection(context);
        try {
            // One of noorm's own connections, in a zone five hours east of UTC, as on such a server.
            await conn.db.connection().execute(async (pinned) => {
                await sql`SET time_zone = '+05:00'`.execute(pinned);
                const zoned: DialectConnection = Object.assign(Object.create(Object.getPrototypeOf(conn) as object) as DialectConnection, conn, { db: pinned });
                // What 0.1.0 wrote there: the column default, in the session's zone.
                await sql`INSERT INTO __change_files__ (filepath, checksum, executed_by, config_name, status) VALUES ('schema/v1.sql', 'x', 'V1', 'default', 'success')`.execute(
                    pinned,
                );
                expect(await upgradeTrackingTables(zoned)).toBe(2);
                // And what this release writes after the upgrade, in the same zone.
                await startHistory(zoned, { identity: { name: 'Zone', source: 'env' }, configName: 'default' }, { kind: 'build', name: 'schema' });
                await recordFile(
                    zoned,
                    mainRunner(zoned),
                    { identity: { name: 'Zone', source: 'env' }, configName: 'default' },
                    {
                        filepath: 'schema/v2.sql',
                        checksum: 'y',
                        sizeBytes: 1,
                        status: 'success',
                        durationMs: 1,
                    },
                );
            });
        } finally {
            await conn.close();
        }
        const rows = await db.query<{ filepath: string; at: string }>('SELECT filepath, executed_at AS at FROM __change_files__ ORDER BY filepath');
        expect(rows.map((row) => row.filepath)).toEqual(['schema/v1.sql', 'schema/v2.sql']);
        for (const row of rows) expect(Math.abs(Date.parse(`${String(row.at).replace(' ', 'T')}Z`) - Date.now())).toBeLessThan(10 * 60_000);
        const history = await db.query<{ name: string; at: string }>('SELECT name, started_at AS at FROM __noorm_history__ ORDER BY name');
        expect(history.map((row) => row.name)).toEqual(['schema', 'schema/v1.sql']);
        for (const row of history) expect(Math.abs(Date.parse(`${String(row.at).replace(' ', 'T')}Z`) - Date.now())).toBeLessThan(10 * 60_000);
    });
});
