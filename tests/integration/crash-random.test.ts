/**
 * kill -9 at random moments of a 1,000-file build, then reruns: after every kill and every rerun
 * the tracking table tells the truth, and the end state is the one a clean run leaves.
 *
 * Every file writes one row per statement into `crash_log` (file, statement number), so a file
 * that ran twice, ran without being recorded, or was recorded without running shows up in the
 * counts. The kill moments come from a seeded PRNG: `NOORM_CRASH_SEED=<n>` replays a failure
 * (the seed is printed, and every failed assertion names it).
 *
 * What is asserted, per dialect:
 * - PostgreSQL (every file and its tracking row in one transaction): at every moment, after a kill
 *   as after a rerun, a file recorded as `success` has each of its rows exactly once, and a file not
 *   recorded has no rows and created nothing: exactly once, no partial file, nothing lost.
 * - MySQL/MariaDB (statements autocommit, the tracking row follows the file): a recorded file ran
 *   all its statements at least once (nothing is recorded that did not run), and each kill leaves at
 *   most one unrecorded run of one file (the one that was running, whole or in part), which the
 *   rerun runs again: the runs beyond one per file add up to at most the number of kills.
 * - `--single-transaction` (PostgreSQL): after each kill either nothing of the build is applied or
 *   all of it is, never a part.
 * - Finally, after a rerun to completion: every file recorded once as `success` with the checksum a
 *   clean run records, the same tables as a clean run on a fresh database, and the same log (on
 *   MySQL the same distinct rows, with the reruns above).
 *
 * Whatever moment a kill lands on (before the first file, between files, mid-file, after the run
 * finished), these hold; how many kills landed mid-run is printed, not asserted.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runCli, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const FILES = 1000;
const FOLDERS = 10;
const KILLS = 8;

const SEED = process.env['NOORM_CRASH_SEED'] ? Number(process.env['NOORM_CRASH_SEED']) : Math.floor(Math.random() * 2 ** 31);
process.stderr.write(`\ncrash-random: seed ${SEED} (replay with NOORM_CRASH_SEED=${SEED})\n`);

/** mulberry32: small, seedable, good enough to pick kill moments. */
function prng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

interface Project {
    files: Record<string, string>;
    /** Statements that log a row, per file path. */
    statements: Map<string, number>;
    /** Tables the files create (besides crash_log). */
    tables: string[];
}

/**
 * Small files in 10 folders, 1–3 logged statements each. Some create a table (DDL: transactional
 * on PostgreSQL; `IF NOT EXISTS` on MySQL, whose DDL a rerun of the killed file repeats), some
 * change their session first (so noorm writes their row after a reset, not in the file's message).
 */
function project(dialect: TestDialect): Project {
    const files: Record<string, string> = {};
    const statements = new Map<string, number>();
    const tables: string[] = [];
    files['schema/00/0000.sql'] = `CREATE TABLE ${dialect === 'mysql' ? 'IF NOT EXISTS ' : ''}crash_log (file varchar(20) NOT NULL, stmt integer NOT NULL);\n`;
    statements.set('schema/00/0000.sql', 0);
    for (let i = 1; i < FILES; i++) {
        const name = `f${String(i).padStart(4, '0')}`;
        const path = `schema/${String(Math.floor(i / (FILES / FOLDERS))).padStart(2, '0')}/${String(i).padStart(4, '0')}.sql`;
        const count = 1 + (i % 3);
        const lines: string[] = [];
        if (i % 7 === 0) lines.push(dialect === 'mysql' ? 'SET @noorm_crash = 1;' : 'SET search_path TO public;');
        if (i % 25 === 0) {
            tables.push(`t_${name}`);
            lines.push(`CREATE TABLE ${dialect === 'mysql' ? 'IF NOT EXISTS ' : ''}t_${name} (x integer);`);
        }
        for (let s = 1; s <= count; s++) lines.push(`INSERT INTO crash_log (file, stmt) VALUES ('${path}', ${s});`);
        files[path] = `${lines.join('\n')}\n`;
        statements.set(path, count);
    }
    return { files, statements, tables };
}

interface Run {
    result: CliResult;
    /** Whether the kill landed while the process still ran. */
    killed: boolean;
}

/**
 * Runs a build and kills it `delayMs` after it starts executing files (never when null). The lock of
 * a killed run is taken over as the README says: the next run waits for it (--lock-wait) and takes
 * it from the dead holder.
 */
async function build(root: string, db: TestDatabase, args: string[], delayMs: number | null): Promise<Run> {
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    let scheduled = false;
    const result = await runCli(['run', 'build', '--lock-wait', '60', ...args], {
        cwd: root,
        env: { ...db.env, NOORM_IDENTITY: 'Crash Test <crash@example.com>' },
        killAfterMs: 240_000,
        onStderr: (stderr, child: ChildProcess) => {
            if (delayMs === null || scheduled || !/\d+ to run/.test(stderr)) return;
            scheduled = true;
            timer = setTimeout(() => {
                if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
            }, delayMs);
        },
    });
    clearTimeout(timer);
    return { result, killed: killed && result.signal === 'SIGKILL' };
}

/** Milliseconds from "N to run" to the end of a build, measured on the clean database. */
async function timedBuild(root: string, db: TestDatabase, args: string[]): Promise<{ result: CliResult; ms: number }> {
    let started = 0;
    const result = await runCli(['run', 'build', ...args], {
        cwd: root,
        env: { ...db.env, NOORM_IDENTITY: 'Crash Test <crash@example.com>' },
        onStderr: (stderr) => {
            if (!started && /\d+ to run/.test(stderr)) started = performance.now();
        },
    });
    return { result, ms: performance.now() - (started || performance.now()) };
}

/**
 * After a kill the server may still be running what the dead client last sent (a file with its
 * tracking row and COMMIT, on PostgreSQL one message). Once no session of the database runs a
 * statement, nothing more can commit: the state read then is the one the kill left.
 */
async function settle(db: TestDatabase): Promise<void> {
    const busy =
        db.dialect === 'mysql'
            ? "SELECT count(*) AS n FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID() AND command = 'Query'"
            : "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'noorm' AND state = 'active'";
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        const [row] = await db.query<{ n: number | string }>(busy);
        if (Number(row!.n) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the killed run is still running statements on the server after 60 s');
}

async function hasTable(db: TestDatabase, name: string): Promise<boolean> {
    const where = db.dialect === 'mysql' ? 'table_schema = DATABASE()' : "table_schema = 'public'";
    return (await db.query(`SELECT 1 AS found FROM information_schema.tables WHERE ${where} AND table_name = '${name}'`)).length > 0;
}

interface State {
    /** filepath → status of its rows in __change_files__. */
    tracked: Map<string, string[]>;
    /** filepath → statement → rows in crash_log. */
    log: Map<string, Map<number, number>>;
    tables: Set<string>;
}

async function readState(db: TestDatabase, expected: Project): Promise<State> {
    await settle(db);
    const tracked = new Map<string, string[]>();
    if (await hasTable(db, '__change_files__')) {
        for (const row of await db.query<{ filepath: string; status: string }>('SELECT filepath, status FROM __change_files__')) {
            tracked.set(row.filepath, [...(tracked.get(row.filepath) ?? []), row.status]);
        }
    }
    const log = new Map<string, Map<number, number>>();
    if (await hasTable(db, 'crash_log')) {
        for (const row of await db.query<{ file: string; stmt: number | string; n: number | string }>('SELECT file, stmt, count(*) AS n FROM crash_log GROUP BY file, stmt')) {
            const counts = log.get(row.file) ?? new Map<number, number>();
            counts.set(Number(row.stmt), Number(row.n));
            log.set(row.file, counts);
        }
        // In statement order, so two states compare equal whatever order the server grouped in.
        for (const [file, counts] of log) log.set(file, new Map([...counts].sort((a, b) => a[0] - b[0])));
    }
    const where = db.dialect === 'mysql' ? 'table_schema = DATABASE()' : "table_schema = 'public'";
    const names = expected.tables.map((table) => `'${table}'`).join(', ');
    const tables = new Set(
        (await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE ${where} AND table_name IN (${names})`)).map((row) => row.name),
    );
    return { tracked, log, tables };
}

function recordedSuccess(state: State, path: string): boolean {
    return state.tracked.get(path)?.includes('success') ?? false;
}

/** Every tracked row is one success: a kill never records a failure, a file is never recorded twice. */
function checkTracking(state: State): void {
    for (const [path, statuses] of state.tracked) expect({ path, statuses }).toEqual({ path, statuses: ['success'] });
}

/** PostgreSQL: a file's rows and its tracking row commit together, so each file ran once or not at all. */
function checkExactlyOnce(state: State, expected: Project): void {
    checkTracking(state);
    for (const [path, count] of expected.statements) {
        const recorded = recordedSuccess(state, path);
        const counts = state.log.get(path) ?? new Map<number, number>();
        const want = new Map<number, number>();
        if (recorded) for (let s = 1; s <= count; s++) want.set(s, 1);
        expect({ path, recorded, rows: [...counts].sort((a, b) => a[0] - b[0]) }).toEqual({ path, recorded, rows: [...want] });
        const name = `t_f${path.slice(-8, -4)}`;
        if (expected.tables.includes(name)) expect({ path, recorded, table: state.tables.has(name) }).toEqual({ path, recorded, table: recorded });
    }
}

/**
 * MySQL: recorded ⇒ ran whole at least once; the unrecorded runs (of the file running at a kill) add
 * up to at most one per kill. Returns how many extra runs there are.
 */
function checkAtMostRunningFile(state: State, expected: Project, kills: number): number {
    checkTracking(state);
    let extra = 0;
    for (const [path, count] of expected.statements) {
        const recorded = recordedSuccess(state, path);
        const counts = state.log.get(path) ?? new Map<number, number>();
        if (recorded)
            for (let s = 1; s <= count; s++)
                expect({ path, recorded, stmt: s, ranAtLeastOnce: (counts.get(s) ?? 0) >= 1 }).toEqual({ path, recorded, stmt: s, ranAtLeastOnce: true });
        const runs = Math.max(0, ...counts.values());
        extra += runs - (recorded ? 1 : 0);
        const name = `t_f${path.slice(-8, -4)}`;
        // A table is created by a file that ran: recorded, or the one that was running at a kill.
        if (recorded && expected.tables.includes(name)) expect({ path, table: state.tables.has(name) }).toEqual({ path, table: true });
    }
    expect({ extraRuns: extra, atMost: kills, ok: extra <= kills }).toEqual({ extraRuns: extra, atMost: kills, ok: true });
    return extra;
}

/** Runs `check` and names the seed when it fails. */
function withSeed(check: () => void): void {
    try {
        check();
    } catch (error) {
        if (error instanceof Error) error.message = `crash-random seed ${SEED} (NOORM_CRASH_SEED=${SEED}):\n${error.message}`;
        throw error;
    }
}

async function cleanRun(dialect: TestDialect, expected: Project, args: string[] = []) {
    const root = makeProject(expected.files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const { result, ms } = await timedBuild(root, db, args);
    expect(result.code).toBe(0);
    const state = await readState(db, expected);
    const checksums = await db.query<{ filepath: string; checksum: string }>('SELECT filepath, checksum FROM __change_files__ ORDER BY filepath');
    return { ms, state, checksums };
}

const serverDialects = availableDialects(['postgres', 'mysql']) as Array<'postgres' | 'mysql'>;

describe.each(serverDialects)('%s: kill -9 at random points of a 1,000-file build', (dialect) => {
    it(`after each of ${KILLS} kills and reruns the tracking table tells the truth; the end state is one clean run's`, async () => {
        const rng = prng(SEED ^ (dialect === 'mysql' ? 0x5eed : 0));
        const expected = project(dialect);
        const clean = await cleanRun(dialect, expected);
        withSeed(() => (dialect === 'postgres' ? checkExactlyOnce(clean.state, expected) : checkAtMostRunningFile(clean.state, expected, 0)));

        const root = makeProject(expected.files);
        const db = await createTestDatabase(dialect, root);
        created.push(db);
        let kills = 0;
        for (let cycle = 0; cycle < KILLS; cycle++) {
            const done = (await readState(db, expected)).tracked.size;
            // Aim inside what is left to run, at a uniformly random moment of it (a little short of
            // its end, as a loaded machine may run slower or faster than the clean build did).
            const left = Math.max(0.05, (FILES - done) / FILES);
            const delay = Math.floor(rng() * clean.ms * left * 0.8);
            const run = await build(root, db, [], delay);
            // A rerun never fails: it exits 0 or is killed.
            expect({ code: run.result.code, signal: run.result.signal, stderr: run.result.code === 0 || run.killed ? '' : run.result.stderr }).toEqual(
                run.killed ? { code: null, signal: 'SIGKILL', stderr: '' } : { code: 0, signal: null, stderr: '' },
            );
            if (run.killed) kills++;
            const state = await readState(db, expected);
            withSeed(() => (dialect === 'postgres' ? checkExactlyOnce(state, expected) : checkAtMostRunningFile(state, expected, kills)));
        }

        const final = await build(root, db, [], null);
        expect(final.result.code).toBe(0);
        const state = await readState(db, expected);
        withSeed(() => {
            // Every file recorded, once, as success, with the clean run's checksum.
            expect([...state.tracked.keys()].sort()).toEqual([...expected.statements.keys()].sort());
            checkTracking(state);
            expect(state.tables).toEqual(clean.state.tables);
            if (dialect === 'postgres') {
                checkExactlyOnce(state, expected);
                expect([...state.log].sort()).toEqual([...clean.state.log].sort());
            } else {
                checkAtMostRunningFile(state, expected, kills);
                const distinct = (log: State['log']) => [...log].map(([file, counts]) => [file, [...counts.keys()].sort()] as const).sort();
                expect(distinct(state.log)).toEqual(distinct(clean.state.log));
            }
        });
        expect(await db.query('SELECT filepath, checksum FROM __change_files__ ORDER BY filepath')).toEqual(clean.checksums);
        expect(await db.query('SELECT * FROM __noorm_lock__')).toEqual([]);
        process.stderr.write(`crash-random ${dialect}: seed ${SEED}, clean build ${Math.round(clean.ms)} ms, ${kills} of ${KILLS} kills landed mid-run\n`);
    }, 600_000);
});

(availableDialects(['postgres']).length ? describe : describe.skip)('postgres: kill -9 during --single-transaction', () => {
    it('after each kill nothing or everything of the build is applied; a rerun finishes it as one clean run', async () => {
        const rng = prng(SEED ^ 0x1a);
        const expected = project('postgres');
        const clean = await cleanRun('postgres', expected, ['--single-transaction']);

        const root = makeProject(expected.files);
        const db = await createTestDatabase('postgres', root);
        created.push(db);
        let midRun = 0;
        const all = [...expected.statements.keys()].sort();
        for (let cycle = 0; cycle < 4; cycle++) {
            const run = await build(root, db, ['--single-transaction'], Math.floor(rng() * clean.ms * 0.8));
            expect(run.killed || run.result.code === 0).toBe(true);
            if (run.killed) midRun++;
            const state = await readState(db, expected);
            withSeed(() => {
                checkExactlyOnce(state, expected);
                const recorded = [...state.tracked.keys()].sort();
                expect({ recorded: recorded.length, nothingOrAll: recorded.length === 0 || recorded.join() === all.join() }).toEqual({
                    recorded: recorded.length,
                    nothingOrAll: true,
                });
            });
            if (state.tracked.size) break;
        }
        const final = await build(root, db, ['--single-transaction'], null);
        expect(final.result.code).toBe(0);
        const state = await readState(db, expected);
        withSeed(() => {
            checkExactlyOnce(state, expected);
            expect([...state.tracked.keys()].sort()).toEqual(all);
            expect([...state.log].sort()).toEqual([...clean.state.log].sort());
            expect(state.tables).toEqual(clean.state.tables);
        });
        process.stderr.write(`crash-random --single-transaction: seed ${SEED}, clean build ${Math.round(clean.ms)} ms, ${midRun} kills landed mid-run\n`);
    }, 600_000);
});
