/**
 * The lock under pressure (parallel runs, kill -9, long runs past their expiry, signals) and the
 * database lifecycle verbs, on every dialect with a server here.
 */
import { writeFileSync } from 'node:fs';
import net from 'node:net';
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

/** A statement that takes about `seconds` on each database. */
function slow(dialect: TestDialect, seconds: number): string {
    if (dialect === 'postgres') return `SELECT pg_sleep(${seconds});`;
    if (dialect === 'mysql') return `DO SLEEP(${seconds});`;
    // SQLite has no sleep: a recursive count. These machines count 5 to 12 million rows a second;
    // the fastest rate keeps the statement from ending before the seconds asked for.
    return `SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${Math.round(seconds * 12_000_000)}) SELECT x FROM c);`;
}

function tableSql(dialect: TestDialect, table: string): string {
    if (dialect === 'postgres') return `SELECT 1 AS found FROM pg_tables WHERE schemaname = 'public' AND tablename = '${table}'`;
    if (dialect === 'mysql') return `SELECT 1 AS found FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${table}'`;
    return `SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = '${table}'`;
}

type Runner = (args: string[], extra?: Partial<CliOptions>) => Promise<CliResult>;

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const env = { ...db.env, NOORM_IDENTITY: 'Lock Test <lock@example.com>' };
    const noorm: Runner = (args, extra = {}) => runCli(args, { cwd: root, ...extra, env: { ...env, ...(extra.env ?? {}) } });
    return { root, db, env, noorm };
}

/** Starts a run; `running` resolves once it has started executing files (plus `afterMs`). */
function startRun(noorm: Runner, args: string[], afterMs: number) {
    let child: import('node:child_process').ChildProcess | undefined;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const done = noorm(args, {
        onStderr: (stderr, process) => {
            child = process;
            if (/\d+ to run/.test(stderr)) setTimeout(started, afterMs);
        },
    });
    return { running, done, kill: (signal: NodeJS.Signals) => child?.kill(signal) };
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (accept(value) || Date.now() > deadline) return value;
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}

describe.each(dialects)('%s lock', (dialect) => {
    it('serialises 6 parallel builds of 20 slow files: every file runs exactly once, every process exits 0 or 3', async () => {
        const files: Record<string, string> = { 'schema/00.sql': 'CREATE TABLE IF NOT EXISTS runs (file integer);' };
        for (let i = 1; i <= 20; i++) files[`schema/${String(i).padStart(2, '0')}.sql`] = `INSERT INTO runs VALUES (${i});\n${slow(dialect, 0.05)}\n`;
        const { db, noorm } = await setup(dialect, files);
        const results = await Promise.all(Array.from({ length: 6 }, () => noorm(['run', 'build', '--lock-wait', '60'])));
        for (const result of results) expect([0, 3]).toContain(result.code);
        expect(results.filter((result) => result.code === 0).length).toBeGreaterThan(0);
        const [counts] = await db.query<{ n: number | string; distinct_files: number | string }>('SELECT count(*) AS n, count(DISTINCT file) AS distinct_files FROM runs');
        expect(Number(counts!.n)).toBe(20);
        expect(Number(counts!.distinct_files)).toBe(20);
    });

    it('after kill -9 mid-file, the next run takes over at once and nothing half-done is recorded as success', async () => {
        const { db, noorm, root } = await setup(dialect, { 'schema/001.sql': `CREATE TABLE killed (x integer);\n${slow(dialect, 20)}\n` });
        const holder = startRun(noorm, ['run', 'build'], 800);
        await holder.running;
        holder.kill('SIGKILL');
        await holder.done;

        if (dialect !== 'mysql') expect(await db.query(tableSql(dialect, 'killed'))).toEqual([]);
        const rows = (await db.query(tableSql(dialect, '__change_files__'))).length
            ? await db.query<{ status: string }>("SELECT status FROM __change_files__ WHERE filepath = 'schema/001.sql'")
            : [];
        expect(rows.filter((row) => row.status === 'success')).toEqual([]);

        writeFileSync(path.join(root, 'schema/001.sql'), 'CREATE TABLE IF NOT EXISTS killed (x integer);\n');
        const started = Date.now();
        const next = await noorm(['run', 'build', '--lock-wait', '30']);
        expect(next.code).toBe(0);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(next.stderr).toMatch(/took over the lock from Lock Test/);
    });

    it('never takes over a live holder, even past its expiry', async () => {
        const { noorm } = await setup(dialect, { 'schema/001.sql': `${slow(dialect, 6)}\n` });
        // SQLite cannot refresh the lock during the statement, so its row expires meanwhile.
        const holder = startRun(noorm, ['run', 'build', '--lock-expiry', '1'], 2000);
        await holder.running;
        const second = await noorm(['run', 'build', '--lock-wait', '0.5', '--json']);
        expect(second.code).toBe(3);
        expect(parseJson<{ error: { code: string; message: string } }>(second).error).toMatchObject({ code: 'lock-held', message: expect.stringContaining('Lock Test') });
        expect((await holder.done).code).toBe(0);
    });

    it('answers a build with nothing to do without waiting for the lock; a build with work waits', async () => {
        const { noorm, root } = await setup(dialect, { 'schema/001.sql': 'CREATE TABLE IF NOT EXISTS built (x integer);\n', 'slow/hold.sql': `${slow(dialect, 6)}\n` });
        expect((await noorm(['run', 'build'])).code).toBe(0);
        const holder = startRun(noorm, ['run', 'file', 'slow/hold.sql'], 500);
        await holder.running;
        const noop = await noorm(['run', 'build', '--lock-wait', '0.5', '--json']);
        expect(noop.code).toBe(0);
        expect(parseJson<{ files: Array<{ status: string }> }>(noop).files.map((f) => f.status)).toEqual(['skipped']);
        writeFiles(root, { 'schema/001.sql': 'CREATE TABLE IF NOT EXISTS built (x integer, y integer);\n' });
        expect((await noorm(['run', 'build', '--lock-wait', '0.5'])).code).toBe(3);
        expect((await holder.done).code).toBe(0);
    });

    it("shows the holder in lock status, keeps a live holder's lock, and releases a dead one's", async () => {
        const { noorm } = await setup(dialect, { 'schema/001.sql': `${slow(dialect, 20)}\n` });
        const holder = startRun(noorm, ['run', 'build'], 500);
        await holder.running;
        interface Status {
            held: boolean;
            liveness: string | null;
            holder: { lockedBy: string; pid: number; sessionId: string | null } | null;
        }
        const status = parseJson<Status>(await noorm(['lock', 'status', '--json']));
        expect(status).toMatchObject({ held: true, liveness: 'alive', holder: { lockedBy: 'Lock Test <lock@example.com>' } });
        if (dialect !== 'sqlite') expect(status.holder!.sessionId).toMatch(/^\d+\/\d+$/);
        const refused = await noorm(['lock', 'release', '--json']);
        expect(refused.code).toBe(3);

        holder.kill('SIGKILL');
        await holder.done;
        const dead = await eventually(
            async () => parseJson<Status>(await noorm(['lock', 'status', '--json'])),
            (value) => value.liveness === 'dead',
        );
        expect(dead.liveness).toBe('dead');
        const released = parseJson<{ released: boolean }>(await noorm(['lock', 'release', '--json']));
        expect(released.released).toBe(true);
        expect(parseJson<Status>(await noorm(['lock', 'status', '--json'])).held).toBe(false);
    });

    (dialect === 'sqlite' ? it.skip : it)('rolls back the running file on SIGINT, records it failed, releases the lock and exits 130', async () => {
        const { db, noorm } = await setup(dialect, { 'schema/001.sql': `CREATE TABLE interrupted (x integer);\n${slow(dialect, 20)}\n` });
        const run = startRun(noorm, ['run', 'build'], 700);
        await run.running;
        const started = Date.now();
        run.kill('SIGINT');
        const result = await run.done;
        expect(result.code).toBe(130);
        expect(Date.now() - started).toBeLessThan(5000);
        expect(result.stderr).toContain('Interrupted by SIGINT');
        expect(await db.query("SELECT status FROM __change_files__ WHERE filepath = 'schema/001.sql'")).toEqual([{ status: 'failed' }]);
        // Postgres rolled the file back; MySQL had already committed its CREATE TABLE.
        expect((await db.query(tableSql(dialect, 'interrupted'))).length).toBe(dialect === 'mysql' ? 1 : 0);
        expect(await db.query('SELECT * FROM __noorm_lock__')).toEqual([]);
    });
});

(availableDialects(['postgres']).length ? describe : describe.skip)('postgres lock session', () => {
    it('stops before the next file when the session holding the lock is lost, without crashing', async () => {
        const files: Record<string, string> = {};
        for (let i = 1; i <= 6; i++) files[`schema/${i}.sql`] = `${slow('postgres', 0.7)}\n`;
        const { db, noorm } = await setup('postgres', files);
        const run = startRun(noorm, ['run', 'build', '--lock-expiry', '3', '--json'], 300);
        await run.running;
        const [row] = await db.query<{ session_id: string }>('SELECT session_id FROM __noorm_lock__');
        await db.query(`SELECT pg_terminate_backend(${Number(row!.session_id.split('/')[0])})`);
        const result = await run.done;
        expect(result.code).toBe(3);
        expect(parseJson<{ error: { code: string } }>(result).error.code).toBe('lock-lost');
        expect(result.stderr).not.toContain('Unhandled');
        const ran = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM __change_files__ WHERE status = 'success'");
        expect(ran[0]!.n).toBeLessThan(6);
    });
});

(availableDialects(['mysql']).length ? describe : describe.skip)('mysql takeover', () => {
    it("never ends a stranger's session whose id a stale lock row happens to name", async () => {
        const { db, noorm } = await setup('mysql', { 'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x integer);\n' });
        expect((await noorm(['run', 'build'])).code).toBe(0);
        const { default: mysql } = await import('mysql2/promise');
        const url = new URL(db.env['NOORM_URL']!);
        const stranger = await mysql.createConnection({
            host: url.hostname,
            port: Number(url.port || 3306),
            user: decodeURIComponent(url.username) || 'root',
            password: decodeURIComponent(url.password),
            database: db.name,
        });
        try {
            const [[{ id }]] = (await stranger.query('SELECT CONNECTION_ID() AS id')) as unknown as [[{ id: number }]];
            await db.exec(
                `INSERT INTO __noorm_lock__ (id, locked_by, token, host, pid, session_id, locked_at, expires_at) VALUES (1, 'Crashed <c@example.com>', 'tok', 'gone-host', 1, '999999/${id}', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 600 SECOND)`,
            );
            const sleeping = stranger.query('SELECT SLEEP(2) AS slept');
            const result = await noorm(['run', 'build', '--force']);
            expect(result.code).toBe(0);
            expect(result.stderr).toContain('took over the lock from Crashed');
            expect(result.stderr).not.toContain('ended server session');
            const [[slept]] = (await sleeping) as unknown as [[{ slept: number }]];
            expect(slept.slept).toBe(0); // finished its sleep: it was not killed
        } finally {
            await stranger.end();
        }
    });
});

describe.each(dialects)('%s database lifecycle', (dialect) => {
    /** A config for a database of this dialect with the given name (not created). */
    function urlFor(name: string, root: string): string {
        if (dialect === 'sqlite') return `sqlite:${path.join(root, name)}`;
        const server = new URL(process.env[`NOORM_TEST_${dialect.toUpperCase()}_URL`]!);
        const url = new URL(server.toString());
        url.pathname = `/${encodeURIComponent(name)}`;
        return url.toString();
    }

    let probe: TestDatabase | undefined;
    /** Whether a database of that exact name exists, from the catalog (SQLite: the file). */
    async function exists(name: string, root: string): Promise<boolean> {
        if (dialect === 'sqlite') return (await import('node:fs')).existsSync(path.join(root, name));
        if (!probe) {
            probe = await createTestDatabase(dialect, root);
            created.push(probe);
        }
        const literal = name.replace(/\\/g, '\\\\').replace(/'/g, "''");
        const sql =
            dialect === 'postgres' ? `SELECT 1 FROM pg_database WHERE datname = '${literal}'` : `SELECT 1 FROM information_schema.schemata WHERE schema_name = '${literal}'`;
        return (await probe.query(sql)).length > 0;
    }

    it('creates once, says there is nothing to do the second time, and destroys with confirmation', async () => {
        const root = makeProject();
        const name = `noorm_life_${process.pid}_${dialect}`;
        const env = { NOORM_URL: urlFor(name, root) };
        const first = parseJson<{ changed: boolean }>(await runCli(['db', 'create', '--json'], { cwd: root, env }));
        expect(first.changed).toBe(true);
        const second = await runCli(['db', 'create'], { cwd: root, env });
        expect(second.code).toBe(0);
        expect(second.stdout).toContain('already exists');
        expect((await runCli(['db', 'destroy'], { cwd: root, env })).code).toBe(4);
        const destroyed = parseJson<{ changed: boolean }>(await runCli(['db', 'destroy', '--yes', '--json'], { cwd: root, env }));
        expect(destroyed.changed).toBe(true);
        expect(await exists(name, root)).toBe(false);
    });

    it("refuses to destroy a protected config's database whatever the flags", async () => {
        const root = makeProject();
        const result = await runCli(['db', 'destroy', '--yes', '--json'], { cwd: root, env: { NOORM_URL: urlFor('anything', root), NOORM_PROTECTED: '1' } });
        expect(result.code).toBe(4);
        expect(parseJson<{ error: { code: string } }>(result).error.code).toBe('protected-destroy');
    });

    (dialect === 'sqlite' ? it.skip : it)('destroys a database other sessions are connected to', async () => {
        const root = makeProject();
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        await db.query('SELECT 1 AS one'); // keeps a pooled session open on it
        // And a transaction holding a lock on one of its tables, which would make a plain drop wait.
        const url = new URL(db.env['NOORM_URL']!);
        let release: () => Promise<unknown>;
        if (dialect === 'mysql') {
            const { default: mysql } = await import('mysql2/promise');
            const holder = await mysql.createConnection({
                host: url.hostname,
                port: Number(url.port || 3306),
                user: decodeURIComponent(url.username) || 'root',
                password: decodeURIComponent(url.password),
                database: db.name,
            });
            holder.on('error', () => undefined);
            await holder.query('CREATE TABLE held (x integer)');
            await holder.query('START TRANSACTION');
            await holder.query('SELECT * FROM held');
            release = () => holder.end().catch(() => undefined);
        } else {
            const { default: pg } = await import('pg');
            const holder = new pg.Client({ connectionString: url.toString() });
            holder.on('error', () => undefined);
            await holder.connect();
            await holder.query('CREATE TABLE held (x integer); BEGIN; LOCK TABLE held');
            release = () => holder.end().catch(() => undefined);
        }
        const started = Date.now();
        const result = await runCli(['db', 'destroy', '--yes'], { cwd: root, env: db.env });
        await release();
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(Date.now() - started).toBeLessThan(10_000);
    });

    (dialect === 'sqlite' ? it.skip : it)('keeps hostile database names literal, and refuses impossible ones', async () => {
        const root = makeProject();
        const name = `noorm h"'; DROP DATABASE x; -- ${process.pid}`;
        const env = { NOORM_URL: urlFor(name, root) };
        expect((await runCli(['db', 'create'], { cwd: root, env })).code).toBe(0);
        expect(await exists(name, root)).toBe(true);
        expect((await runCli(['db', 'destroy', '--yes'], { cwd: root, env })).code).toBe(0);
        expect(await exists(name, root)).toBe(false);

        const tooLong = await runCli(['db', 'create', '--json'], { cwd: root, env: { NOORM_URL: urlFor('x'.repeat(200), root) } });
        expect(tooLong.code).toBe(2);
        expect(parseJson<{ error: { code: string } }>(tooLong).error.code).toBe('invalid-database-name');
    });

    (dialect === 'sqlite' ? it.skip : it)('db wait times out with exit 5 on a closed port, and returns once a late server comes up', async () => {
        const root = makeProject();
        const closed = await freePort();
        const env = { NOORM_DIALECT: dialect, NOORM_HOST: '127.0.0.1', NOORM_PORT: String(closed), NOORM_DATABASE: 'x', NOORM_USER: dialect === 'postgres' ? 'postgres' : 'root' };
        const started = Date.now();
        const timedOut = await runCli(['db', 'wait', '--timeout', '1.5'], { cwd: root, env });
        expect(timedOut.code).toBe(5);
        expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
        expect(timedOut.stderr).toContain('waiting up to 1.5 s');

        // A proxy to the real server that starts listening only after a delay.
        const server = new URL(process.env[`NOORM_TEST_${dialect.toUpperCase()}_URL`]!);
        const port = await freePort();
        const proxy = net.createServer((socket) => {
            const upstream = net.connect(Number(server.port || (dialect === 'postgres' ? 5432 : 3306)), server.hostname);
            socket.pipe(upstream).pipe(socket);
            socket.on('error', () => upstream.destroy());
            upstream.on('error', () => socket.destroy());
        });
        const listening = new Promise<void>((resolve) => setTimeout(() => proxy.listen(port, '127.0.0.1', resolve), 1500));
        try {
            const waited = await runCli(['db', 'wait', '--timeout', '20', '--json'], {
                cwd: root,
                env: { ...env, NOORM_PORT: String(port), NOORM_USER: decodeURIComponent(server.username) || env.NOORM_USER },
            });
            expect(waited.code).toBe(0);
            expect(parseJson<{ waitedMs: number }>(waited).waitedMs).toBeGreaterThanOrEqual(1000);
        } finally {
            await listening;
            await new Promise((resolve) => proxy.close(resolve));
        }
    });
});

function freePort(): Promise<number> {
    return new Promise((resolve) => {
        const server = net.createServer();
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}
