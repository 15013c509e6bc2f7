// `npm run bench`: noorm against the databases' own clients and against peers, on generated
// workloads, each run on a fresh database; prints the median of several runs as a table.
//
//   W1  500 files, each CREATE TABLE + CREATE INDEX + 3 INSERTs   (fresh build, then a no-op rebuild)
//   W2  one file with 20,000 single-row INSERTs
//   T1  a seed template: 100,000 CSV rows rendered with insertRows(loadRows(...)) and executed
//       (Postgres), against psql running the same rendered SQL; with noorm's peak memory, and the
//       same seed written with load() into an array
//   C1  one file holding a 100 MB COPY … FROM stdin data block (pg_dump's default output), run by
//       noorm and by psql (Postgres), with noorm's peak memory
//   P10K 10,000 one-table files in 100 folders (Postgres): noorm against psql \i of every file and
//       dbmate, fresh and no-op, with peak memory; noorm --single-transaction against psql -1
//   M50K the same layout with 50,000 files: noorm's peak memory fresh and no-op, against 10,000
//   cold start: `noorm --version` against `node -e 0`
//   Docker (where an engine answers): the image's size over its base, `docker run … --version`
//   against `docker run <base> node -e 0`
//
// W1 runs on Postgres, MySQL/MariaDB (against the mariadb client, dbmate, postgrator) and SQLite
// (against the sqlite3 shell and dbmate). Each ratio is printed with its target, misses marked.
//
// Servers: NOORM_TEST_POSTGRES_URL / NOORM_TEST_MYSQL_URL, else the local defaults.
// BENCH_RUNS (default 5) sets the runs per figure (3 for P10K, 1 for M50K); BENCH_ONLY=postgres|mysql|sqlite
// limits the servers (BENCH_ONLY=startup: only the cold start, the cost of decrypting the state and
// the terminal UI's first frame;
// BENCH_ONLY=seed: only T1; BENCH_ONLY=copy: only C1; BENCH_ONLY=scale: only P10K and M50K;
// BENCH_ONLY=docker: only the image). `npm run bench -- --quick` runs W1 with 100 files, 3 runs, on
// every server, and the cold start: under a minute, for development.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NOORM = path.join(ROOT, 'lib/bundle/index.js');
const BENCH = path.join(ROOT, 'bench');
const QUICK = process.argv.includes('--quick');
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 3 : 5));
const W1_FILES = QUICK ? 100 : 500;
const W2_ROWS = 20000;

const SERVERS = {
    postgres: process.env.NOORM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    mysql: process.env.NOORM_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/',
};

function log(message) {
    process.stderr.write(`${message}\n`);
}

function installPeers() {
    if (existsSync(path.join(BENCH, 'node_modules/.bin/dbmate'))) return;
    log('installing the bench-only peers (dbmate, postgrator) into bench/node_modules ...');
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm install in bench/ failed');
}

// ---------------------------------------------------------------- workloads

function w1File(i) {
    const t = `t${String(i).padStart(4, '0')}`;
    return [
        `CREATE TABLE ${t} (id integer PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp NULL);`,
        `CREATE INDEX ${t}_name ON ${t} (name);`,
        `INSERT INTO ${t} (id, name) VALUES (1, 'alpha');`,
        `INSERT INTO ${t} (id, name) VALUES (2, 'beta');`,
        `INSERT INTO ${t} (id, name) VALUES (3, 'gamma');`,
        '',
    ].join('\n');
}

function w2File() {
    const lines = ['CREATE TABLE items (id integer PRIMARY KEY, name varchar(100) NOT NULL, price integer NOT NULL);'];
    for (let i = 1; i <= W2_ROWS; i++) lines.push(`INSERT INTO items (id, name, price) VALUES (${i}, 'item ${i}', ${i % 997});`);
    return lines.join('\n') + '\n';
}

/** One workload laid out for every tool: schema/ for noorm, a master file for the client, migrations for peers. */
function layout(name, files, { folders = 0 } = {}) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `noorm-bench-${name}-`));
    const schema = path.join(dir, 'schema');
    const dbmate = path.join(dir, 'dbmate');
    const postgrator = path.join(dir, 'postgrator');
    for (const folder of [schema, dbmate, postgrator]) mkdirSync(folder);
    const paths = [];
    files.forEach((sql, index) => {
        const n = String(index + 1).padStart(6, '0');
        // Spread over folders (as a big schema is), each holding its share in name order.
        const folder = folders ? path.join(schema, `${String(Math.floor((index * folders) / files.length)).padStart(3, '0')}_part`) : schema;
        mkdirSync(folder, { recursive: true });
        const file = path.join(folder, `${n}.sql`);
        writeFileSync(file, sql);
        paths.push(file);
        writeFileSync(path.join(dbmate, `2024010100${n}_m.sql`), `-- migrate:up\n${sql}\n-- migrate:down\n`);
        writeFileSync(path.join(postgrator, `${n}.do.sql`), sql);
    });
    writeFileSync(path.join(dir, 'psql-all.sql'), paths.map((file) => `\\i ${file}`).join('\n') + '\n');
    writeFileSync(path.join(dir, 'mysql-all.sql'), paths.map((file) => `source ${file};`).join('\n') + '\n');
    writeFileSync(path.join(dir, 'sqlite-all.sql'), paths.map((file) => `.read ${file}`).join('\n') + '\n');
    return { dir, schema, dbmate, postgrator };
}

// ---------------------------------------------------------------- databases

let counter = 0;

async function freshDatabase(server) {
    const name = `noorm_bench_${process.pid}_${++counter}`;
    if (server === 'sqlite') {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-sqlite-'));
        const file = path.join(dir, `${name}.sqlite`);
        return { url: `sqlite:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    }
    const admin = new URL(SERVERS[server]);
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    if (server === 'postgres') {
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: admin.toString() });
        await client.connect();
        await client.query(`CREATE DATABASE ${name}`);
        await client.end();
        return {
            url: url.toString(),
            async drop() {
                const c = new pg.Client({ connectionString: admin.toString() });
                await c.connect();
                await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
                await c.end();
            },
        };
    }
    const { default: mysql } = await import('mysql2/promise');
    const connection = await mysql.createConnection({
        host: admin.hostname,
        port: Number(admin.port || 3306),
        user: decodeURIComponent(admin.username) || 'root',
        password: decodeURIComponent(admin.password),
    });
    await connection.query(`CREATE DATABASE ${name}`);
    return {
        url: url.toString(),
        name,
        async drop() {
            await connection.query(`DROP DATABASE IF EXISTS ${name}`);
            await connection.end();
        },
    };
}

// ---------------------------------------------------------------- tools

function timed(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'], ...options });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            const seconds = (performance.now() - started) / 1000;
            if (code !== 0) reject(new Error(`${command} ${args.slice(0, 3).join(' ')} exited ${code}: ${stderr.slice(-800)}`));
            else resolve(seconds);
        });
        if (options.input) child.stdin.end(options.input);
        else child.stdin.end();
    });
}

/** Like timed(), under GNU time: the seconds and the process's peak resident memory in bytes. */
async function timedWithPeak(command, args, options = {}) {
    const stats = path.join(mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-time-')), 'time.txt');
    try {
        const seconds = await timed('/usr/bin/time', ['-f', '%M', '-o', stats, command, ...args], options);
        return { seconds, rss: Number(readFileSync(stats, 'utf8').trim().split('\n').at(-1)) * 1024 };
    } finally {
        rmSync(path.dirname(stats), { recursive: true, force: true });
    }
}

function mysqlArgs(url) {
    const u = new URL(url);
    return [
        `--host=${u.hostname}`,
        `--port=${u.port || 3306}`,
        `--user=${decodeURIComponent(u.username) || 'root'}`,
        `--password=${decodeURIComponent(u.password)}`,
        u.pathname.slice(1),
    ];
}

const mysqlClient = ['mariadb', 'mysql'].find((binary) => !spawnSync(binary, ['--version']).error);

const TOOLS = {
    noorm: {
        run: (server, work, url) => timed(process.execPath, [NOORM, '-H', 'run', 'build', '--url', url, '--schema-path', work.schema], { cwd: work.dir }),
    },
    native: {
        label: { postgres: 'psql', mysql: mysqlClient ?? 'mysql client', sqlite: 'sqlite3' },
        run: (server, work, url) =>
            server === 'postgres'
                ? timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', path.join(work.dir, 'psql-all.sql')])
                : server === 'sqlite'
                  ? timed('sqlite3', ['-bail', url.slice('sqlite:'.length)], { input: `.read ${path.join(work.dir, 'sqlite-all.sql')}\n` })
                  : timed(mysqlClient, mysqlArgs(url), { input: `source ${path.join(work.dir, 'mysql-all.sql')};\n` }),
    },
    dbmate: {
        run: (server, work, url) =>
            timed(path.join(BENCH, 'node_modules/.bin/dbmate'), [
                '--url',
                server === 'postgres' ? `${url}?sslmode=disable` : url,
                '--migrations-dir',
                work.dbmate,
                '--no-dump-schema',
                'up',
            ]),
    },
    postgrator: {
        run: (server, work, url) => timed(process.execPath, [path.join(BENCH, 'run-postgrator.mjs'), server === 'postgres' ? 'pg' : 'mysql', url, work.postgrator]),
    },
};

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Databases are dropped together at the end of a section, never between timed runs: on ext4
 * without a journal (this machine's disk), a database created just after another was dropped
 * lands in the inode groups the drop freed, and every file the server creates then scans past
 * the recently deleted inodes (the kernel's recently_deleted, in the server's profile). Measured
 * on 3,000 tables: 23 s right after a drop, 6.5 s without one. Dropping between runs would time
 * the filesystem's cleanup, charged to whichever tool ran next.
 */
async function dropAll(databases) {
    for (const db of databases.splice(0)) await db.drop();
    droppedAt = performance.now();
}

let droppedAt = -Infinity;

/** Waits out the filesystem's window of recently deleted inodes after dropAll, before a new section. */
async function settle() {
    const wait = droppedAt + 40_000 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** One timed run of a tool on a fresh database (and, for W1, the no-op rebuild right after). */
async function measureOnce(server, tool, work, noop, databases) {
    const db = await freshDatabase(server);
    databases.push(db);
    const fresh = await TOOLS[tool].run(server, work, db.url);
    const rebuild = noop ? await TOOLS[tool].run(server, work, db.url) : null;
    return { fresh, rebuild };
}

/**
 * Runs are interleaved (run 1 of every tool, then run 2, ...), each round starting with the next
 * tool, so that slow phases of the machine, such as a checkpoint, spread evenly over the tools.
 */
async function measureAll(server, tools, work, { noop }) {
    const samples = Object.fromEntries(tools.map((tool) => [tool, { fresh: [], rebuild: [] }]));
    const databases = [];
    await settle();
    try {
        for (let run = 0; run < RUNS; run++) {
            for (const tool of [...tools.slice(run % tools.length), ...tools.slice(0, run % tools.length)]) {
                const { fresh, rebuild } = await measureOnce(server, tool, work, noop && tool !== 'native', databases);
                samples[tool].fresh.push(fresh);
                if (rebuild !== null) samples[tool].rebuild.push(rebuild);
            }
        }
    } finally {
        await dropAll(databases);
    }
    return Object.fromEntries(tools.map((tool) => [tool, { fresh: median(samples[tool].fresh), noop: samples[tool].rebuild.length ? median(samples[tool].rebuild) : null }]));
}

// ---------------------------------------------------------------- scale

const P10K_FILES = 10_000;
const M50K_FILES = 50_000;

const scaleFile = (i) => `CREATE TABLE s${i} (id integer PRIMARY KEY, name text NOT NULL);\n`;

/** What the tracking rows of a database take (their stored size): memory may grow by less than this. */
function trackingBytes(url) {
    const out = spawnSync('psql', ['-X', '-At', '-d', url, '-c', 'SELECT sum(pg_column_size(t.*)) FROM __change_files__ t'], { encoding: 'utf8' });
    return Number(out.stdout.trim());
}

/** P10K and M50K: 10,000 (then 50,000) small files in 100 folders on Postgres. */
async function scale() {
    const runs = Math.min(RUNS, 3);
    const samples = Object.fromEntries(
        ['psql', 'psql1', 'noorm', 'noormRss', 'noop', 'noopRss', 'single', 'singleRss', 'dbmate', 'dbmateRss', 'dbmateNoop', 'dbmateNoopRss'].map((key) => [key, []]),
    );
    let tracked10k = 0;
    const noormArgs = (work, url, extra = []) => [NOORM, '-H', 'run', 'build', '--url', url, '--schema-path', work.schema, ...extra];
    const dbmateArgs = (work, url) => ['--url', `${url}?sslmode=disable`, '--migrations-dir', work.dbmate, '--no-dump-schema', 'up'];
    const dbmate = path.join(BENCH, 'node_modules/.bin/dbmate');
    const work = layout(
        'p10k',
        Array.from({ length: P10K_FILES }, (_, i) => scaleFile(i + 1)),
        { folders: 100 },
    );
    const databases = [];
    // The one-transaction legs come last: where they fail for want of locks, their rollback
    // deletes thousands of new files, which would slow the runs after them (see dropAll).
    const rounds = [];
    for (let run = 0; run < runs; run++) {
        const order = ['psql', 'noorm', 'dbmate'];
        rounds.push([...order.slice(run % order.length), ...order.slice(0, run % order.length)].map((tool) => [run, tool]));
    }
    for (let run = 0; run < runs; run++) rounds.push((run % 2 ? ['single', 'psql1'] : ['psql1', 'single']).map((tool) => [run, tool]));
    await settle();
    try {
        for (const [run, tool] of rounds.flat()) {
            log(`P10K run ${run + 1}/${runs}: ${tool} ...`);
            const db = await freshDatabase('postgres');
            databases.push(db);
            if (tool === 'psql') samples.psql.push(await TOOLS.native.run('postgres', work, db.url));
            else if (tool === 'psql1')
                // 10,000 tables in one transaction need more locks than a default server has
                // (max_locks_per_transaction): then psql -1 and noorm both fail, and the table says so.
                samples.psql1.push(await timed('psql', ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', db.url, '-f', path.join(work.dir, 'psql-all.sql')]).catch(() => NaN));
            else if (tool === 'dbmate') {
                const fresh = await timedWithPeak(dbmate, dbmateArgs(work, db.url));
                const noop = await timedWithPeak(dbmate, dbmateArgs(work, db.url));
                samples.dbmate.push(fresh.seconds);
                samples.dbmateRss.push(fresh.rss);
                samples.dbmateNoop.push(noop.seconds);
                samples.dbmateNoopRss.push(noop.rss);
            } else if (tool === 'single') {
                const fresh = await timedWithPeak(process.execPath, noormArgs(work, db.url, ['--single-transaction']), { cwd: work.dir }).catch(() => ({
                    seconds: NaN,
                    rss: NaN,
                }));
                samples.single.push(fresh.seconds);
                samples.singleRss.push(fresh.rss);
            } else {
                const fresh = await timedWithPeak(process.execPath, noormArgs(work, db.url), { cwd: work.dir });
                const noop = await timedWithPeak(process.execPath, noormArgs(work, db.url), { cwd: work.dir });
                samples.noorm.push(fresh.seconds);
                samples.noormRss.push(fresh.rss);
                samples.noop.push(noop.seconds);
                samples.noopRss.push(noop.rss);
                tracked10k = trackingBytes(db.url);
            }
        }
    } finally {
        await dropAll(databases);
        rmSync(work.dir, { recursive: true, force: true });
    }
    const result = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
    await settle();
    log(`M50K: noorm on ${M50K_FILES.toLocaleString('en')} files, fresh and no-op ...`);
    const big = layout(
        'm50k',
        Array.from({ length: M50K_FILES }, (_, i) => scaleFile(i + 1)),
        { folders: 500 },
    );
    const db = await freshDatabase('postgres');
    try {
        const fresh = await timedWithPeak(process.execPath, noormArgs(big, db.url), { cwd: big.dir });
        const noop = await timedWithPeak(process.execPath, noormArgs(big, db.url), { cwd: big.dir });
        return { ...result, runs, tracked10k, big: { fresh: fresh.seconds, rss: fresh.rss, noop: noop.seconds, noopRss: noop.rss, tracked: trackingBytes(db.url) } };
    } finally {
        await db.drop();
        rmSync(big.dir, { recursive: true, force: true });
    }
}

/** "met" at or under the limit; within 3% counts as met where the machine's noise is larger. */
function verdict(value, limit) {
    if (value <= limit) return 'met    ';
    return value <= limit * 1.03 ? 'met ~3%' : 'MISSED ';
}

function printScale(scale) {
    const mb = (bytes) => (Number.isNaN(bytes) ? '—' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
    const sec = (s) => (Number.isNaN(s) ? 'failed (max_locks_per_transaction)' : `${s.toFixed(2)} s`);
    const lines = [
        '',
        `P10K (postgres, ${P10K_FILES.toLocaleString('en')} one-table files in 100 folders; median of ${scale.runs}, each on a fresh database)`,
        '',
        '| tool | fresh | vs psql | no-op | peak memory fresh | peak memory no-op |',
        '|---|---|---|---|---|---|',
        `| psql \\i every file | ${sec(scale.psql)} | 1.00× | — | — | — |`,
        `| noorm | ${sec(scale.noorm)} | ${(scale.noorm / scale.psql).toFixed(2)}× | ${sec(scale.noop)} | ${mb(scale.noormRss)} | ${mb(scale.noopRss)} |`,
        `| dbmate | ${sec(scale.dbmate)} | ${(scale.dbmate / scale.psql).toFixed(2)}× | ${sec(scale.dbmateNoop)} | ${mb(scale.dbmateRss)} | ${mb(scale.dbmateNoopRss)} |`,
        `| psql -1 | ${sec(scale.psql1)} | ${(scale.psql1 / scale.psql).toFixed(2)}× | — | — | — |`,
        `| noorm --single-transaction | ${sec(scale.single)} | ${(scale.single / scale.psql).toFixed(2)}× (${(scale.single / scale.psql1).toFixed(2)}× psql -1) | — | ${mb(scale.singleRss)} | — |`,
        '',
        `M50K (${M50K_FILES.toLocaleString('en')} files, one run): noorm fresh ${sec(scale.big.fresh)}, peak memory ${mb(scale.big.rss)}; no-op ${sec(scale.big.noop)}, peak memory ${mb(scale.big.noopRss)}`,
        `  from 10,000 files: memory grew ${mb(scale.big.rss - scale.noormRss)} fresh and ${mb(scale.big.noopRss - scale.noopRss)} no-op; the tracking rows grew ${mb(scale.big.tracked - scale.tracked10k)}`,
        '',
        'Targets (P10K, M50K):',
        `  ${verdict(scale.noorm, 1.05 * scale.psql)} fresh ≤ 1.05× psql`,
        `  ${verdict(scale.noorm, scale.dbmate)} fresh faster than dbmate`,
        `  ${verdict(scale.noop, scale.dbmateNoop)} no-op no slower than dbmate's no-op`,
        `  ${verdict(Math.max(scale.noormRss, scale.noopRss), 100 * 1024 * 1024)} peak memory ≤ 100 MB, fresh and no-op`,
        `  ${verdict(Math.max(scale.big.rss - scale.noormRss, scale.big.noopRss - scale.noopRss), scale.big.tracked - scale.tracked10k)} 10k → 50k files: memory grows by less than the tracking rows`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
}

// ---------------------------------------------------------------- report

async function coldStart() {
    const samples = { node: [], noorm: [], withState: [], withoutState: [] };
    // What decrypting .noorm/state.enc adds to a command: `config list` with and without a state.
    const withState = mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-state-'));
    const withoutState = mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-nostate-'));
    await timed(process.execPath, [NOORM, 'config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.db'], { cwd: withState });
    try {
        for (let i = 0; i < (QUICK ? 5 : 15); i++) {
            samples.node.push(await timed(process.execPath, ['-e', '0']));
            samples.noorm.push(await timed(process.execPath, [NOORM, '--version']));
            samples.withState.push(await timed(process.execPath, [NOORM, 'config', 'list'], { cwd: withState }));
            samples.withoutState.push(await timed(process.execPath, [NOORM, 'config', 'list'], { cwd: withoutState }));
        }
    } finally {
        rmSync(withState, { recursive: true, force: true });
        rmSync(withoutState, { recursive: true, force: true });
    }
    return {
        node: median(samples.node),
        noorm: median(samples.noorm),
        withState: median(samples.withState),
        withoutState: median(samples.withoutState),
        tui: await tuiFirstFrame(),
    };
}

/**
 * The terminal UI's first frame and its configs on screen, from start, in a real terminal (tmux,
 * polled every 10 ms, so ±10 ms); null without tmux.
 */
async function tuiFirstFrame() {
    if (spawnSync('tmux', ['-V']).status !== 0) return null;
    const socket = `noorm-bench-${process.pid}`;
    const tmux = (...args) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-tui-'));
    await timed(process.execPath, [NOORM, 'config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.db'], { cwd: dir });
    const frames = [];
    const configs = [];
    try {
        for (let i = 0; i < 7; i++) {
            const started = process.hrtime.bigint();
            tmux('new-session', '-d', '-s', `b${i}`, '-x', '100', '-y', '30', '-c', dir, `env -u CI ${process.execPath} ${NOORM}; sleep 30`);
            let frame = null;
            for (;;) {
                const screen = tmux('capture-pane', '-p', '-t', `b${i}`).stdout;
                const at = Number(process.hrtime.bigint() - started) / 1e9;
                if (frame === null && screen.includes('[Home]')) frame = at;
                if (screen.includes('(active)')) {
                    frames.push(frame ?? at);
                    configs.push(at);
                    break;
                }
                if (at > 20) throw new Error(`the TUI did not draw in tmux:\n${screen}`);
                await new Promise((resolve) => setTimeout(resolve, 10));
            }
            tmux('kill-session', '-t', `b${i}`);
        }
    } finally {
        tmux('kill-server');
        rmSync(dir, { recursive: true, force: true });
    }
    return { frame: median(frames), configs: median(configs) };
}

const T1_ROWS = 100_000;

/** T1: render + execute a 100k-row CSV seed on Postgres, against psql on the rendered SQL. */
async function seedTemplate() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-t1-'));
    try {
        mkdirSync(path.join(dir, 'seed', '_data'), { recursive: true });
        const lines = ['id,name,email,note'];
        for (let i = 1; i <= T1_ROWS; i++) lines.push(`${i},"Person ${i}, the ${i % 7}th",p${i}@example.com,"says ""hi"" ${i}"`);
        writeFileSync(path.join(dir, 'seed', '_data', 'people.csv'), lines.join('\n') + '\n');
        // The way the README gives for big seeds (rows read as they are written), and the same rows
        // loaded whole into an array first.
        writeFileSync(
            path.join(dir, 'seed', 'people.sql.eta'),
            "<%~ insertRows('people', loadRows('_data/people.csv', (r) => ({ ...r, id: Number(r.id) })), { batch: 1000 }) %>\n",
        );
        // What noorm itself takes, for the memory the seed adds.
        writeFileSync(path.join(dir, 'seed', 'one.sql'), 'SELECT 1;\n');
        writeFileSync(
            path.join(dir, 'seed', 'people-array.sql.eta'),
            "<%~ insertRows('people', (await load('_data/people.csv')).map((r) => ({ ...r, id: Number(r.id) })), { batch: 1000 }) %>\n",
        );
        const table = 'CREATE TABLE people (id integer PRIMARY KEY, name text, email text, note text);';
        // The SQL psql runs is exactly what noorm renders (from its dry run).
        const scratch = await freshDatabase('postgres');
        let sqlText;
        try {
            const plan = spawnSync(process.execPath, [NOORM, 'run', 'file', 'seed/people.sql.eta', '--dry-run', '--json', '--url', scratch.url], {
                cwd: dir,
                encoding: 'utf8',
                maxBuffer: 1 << 30,
            });
            sqlText = JSON.parse(plan.stdout).files[0].sql;
        } finally {
            await scratch.drop();
        }
        const sqlFile = path.join(dir, 'people.sql');
        writeFileSync(sqlFile, sqlText);
        // The same rows as one INSERT each, as a hand-written seed without insertRows() would be.
        const singleFile = path.join(dir, 'people-single.sql');
        writeFileSync(singleFile, sqlText.replace(/\),\n\(/g, ');\nINSERT INTO "people" ("id", "name", "email", "note") VALUES\n('));
        const samples = { noorm: [], array: [], idle: [], psql: [], single: [], rss: [], arrayRss: [], idleRss: [] };
        for (let run = 0; run < RUNS; run++) {
            // The order rotates: whoever runs right after the 100,000 single-row commits meets the
            // server's checkpoint of them.
            const order = ['single', 'psql', 'noorm', 'array', 'idle'];
            for (const tool of [...order.slice(run % order.length), ...order.slice(0, run % order.length)]) {
                const db = await freshDatabase('postgres');
                try {
                    spawnSync('psql', ['-X', '-q', '-d', db.url, '-c', table]);
                    if (tool === 'psql' || tool === 'single') {
                        samples[tool].push(await timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db.url, '-f', tool === 'psql' ? sqlFile : singleFile]));
                    } else {
                        // GNU time reports the peak resident memory of the process.
                        const stats = path.join(dir, `time-${run}.txt`);
                        const file = { noorm: 'seed/people.sql.eta', array: 'seed/people-array.sql.eta', idle: 'seed/one.sql' }[tool];
                        samples[tool].push(
                            await timed('/usr/bin/time', ['-f', '%M', '-o', stats, process.execPath, NOORM, '-H', 'run', 'file', file, '--url', db.url], { cwd: dir }),
                        );
                        samples[{ noorm: 'rss', array: 'arrayRss', idle: 'idleRss' }[tool]].push(Number(readFileSync(stats, 'utf8').trim().split('\n').at(-1)) * 1024);
                    }
                } finally {
                    await db.drop();
                }
            }
        }
        // Memory as the seed grows: the same run over four times the rows.
        const bigLines = ['id,name,email,note'];
        for (let i = 1; i <= 4 * T1_ROWS; i++) bigLines.push(`${i},"Person ${i}, the ${i % 7}th",p${i}@example.com,"says ""hi"" ${i}"`);
        writeFileSync(path.join(dir, 'seed', '_data', 'people.csv'), bigLines.join('\n') + '\n');
        const big = await freshDatabase('postgres');
        let bigRss;
        let bigBytes;
        try {
            spawnSync('psql', ['-X', '-q', '-d', big.url, '-c', table]);
            const stats = path.join(dir, 'time-big.txt');
            await timed('/usr/bin/time', ['-f', '%M', '-o', stats, process.execPath, NOORM, '-H', 'run', 'file', 'seed/people.sql.eta', '--url', big.url], { cwd: dir });
            bigRss = Number(readFileSync(stats, 'utf8').trim().split('\n').at(-1)) * 1024;
            bigBytes = Number(spawnSync('psql', ['-X', '-At', '-d', big.url, '-c', 'SELECT size_bytes FROM __change_files__'], { encoding: 'utf8' }).stdout.trim());
        } finally {
            await big.drop();
        }
        return {
            bigRss,
            bigBytes,
            noorm: median(samples.noorm),
            array: median(samples.array),
            psql: median(samples.psql),
            single: median(samples.single),
            rss: median(samples.rss),
            arrayRss: median(samples.arrayRss),
            idleRss: median(samples.idleRss),
            sqlBytes: Buffer.byteLength(sqlText),
        };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const C1_BYTES = 100 * 1024 * 1024;

/** C1: a dump file whose COPY data block is 100 MB, loaded by noorm and by psql, with noorm's peak memory. */
async function copyBlock() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-bench-c1-'));
    try {
        mkdirSync(path.join(dir, 'schema'));
        const file = path.join(dir, 'schema', 'dump.sql');
        const parts = ['CREATE TABLE items (id integer PRIMARY KEY, name text, note text, price numeric);\nCOPY items (id, name, note, price) FROM stdin;\n'];
        let bytes = 0;
        let rows = 0;
        while (bytes < C1_BYTES) {
            const line = `${++rows}\titem ${rows}\tnote with a tab\\tand a \\\\ backslash, row ${rows} ${'x'.repeat(40)}\t${rows % 997}.${rows % 100}\n`;
            parts.push(line);
            bytes += line.length;
        }
        parts.push('\\.\n');
        writeFileSync(file, parts.join(''));
        writeFileSync(path.join(dir, 'one.sql'), 'SELECT 1;\n');
        const samples = { noorm: [], psql: [], rss: [], idleRss: [] };
        const peak = async (args, key) => {
            const stats = path.join(dir, 'time.txt');
            const seconds = await timed('/usr/bin/time', ['-f', '%M', '-o', stats, process.execPath, NOORM, '-H', ...args], { cwd: dir });
            samples[key].push(Number(readFileSync(stats, 'utf8').trim().split('\n').at(-1)) * 1024);
            return seconds;
        };
        const runs = Math.min(RUNS, 3);
        for (let run = 0; run < runs; run++) {
            for (const tool of run % 2 ? ['psql', 'noorm'] : ['noorm', 'psql']) {
                const db = await freshDatabase('postgres');
                try {
                    if (tool === 'psql') samples.psql.push(await timed('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-d', db.url, '-f', file]));
                    else {
                        samples.noorm.push(await peak(['run', 'file', 'schema/dump.sql', '--url', db.url], 'rss'));
                        await peak(['run', 'file', 'one.sql', '--url', db.url], 'idleRss');
                        const loaded = spawnSync('psql', ['-X', '-At', '-d', db.url, '-c', 'SELECT count(*) FROM items'], { encoding: 'utf8' }).stdout.trim();
                        if (Number(loaded) !== rows) throw new Error(`C1: noorm loaded ${loaded} rows, not ${rows}`);
                    }
                } finally {
                    await db.drop();
                }
            }
        }
        return { bytes, rows, runs, noorm: median(samples.noorm), psql: median(samples.psql), rss: median(samples.rss), idleRss: median(samples.idleRss) };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

function printCopy(copy) {
    const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    process.stdout.write(
        `\nC1 COPY … FROM stdin (postgres, one file with a ${mb(copy.bytes)} data block, ${copy.rows.toLocaleString('en')} rows; median of ${copy.runs}): noorm ${copy.noorm.toFixed(2)} s, psql -1 ${copy.psql.toFixed(2)} s (noorm ${(copy.noorm / copy.psql).toFixed(2)}×)\n` +
            `  noorm peak memory ${mb(copy.rss)}: ${mb(copy.rss - copy.idleRss)} above noorm running a one-line file (${mb(copy.idleRss)}), ${((copy.rss - copy.idleRss) / copy.bytes).toFixed(2)}× the data\n`,
    );
}

/** The image built from this checkout (Dockerfile + dist/): its size and start-up, or why not measured. */
function dockerImage() {
    const docker = (args) => spawnSync('docker', args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    const info = docker(['info', '--format', '{{.ServerVersion}}']);
    if (info.error || info.status !== 0) return { skipped: 'no Docker engine answers' };
    const base = /^ARG NODE_IMAGE=(\S+)$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'))[1];
    if (docker(['image', 'inspect', base]).status !== 0) return { skipped: `no base image ${base} (scripts/ci/stand-in-base.sh builds a stand-in)` };
    const tag = 'noorm:bench';
    const build = docker(['build', '--quiet', '-t', tag, '.']);
    if (build.status !== 0) throw new Error(`docker build failed: ${build.stderr}`);
    const size = (image) => Number(docker(['image', 'inspect', '--format', '{{.Size}}', image]).stdout.trim());
    const time = (args) => {
        const started = performance.now();
        const run = docker(['run', '--rm', ...args]);
        if (run.status !== 0) throw new Error(`docker run ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
        return (performance.now() - started) / 1000;
    };
    const samples = { noorm: [], node: [] };
    for (let i = 0; i < 10; i++) {
        samples.noorm.push(time([tag, '--version']));
        samples.node.push(time(['--entrypoint', 'node', tag, '-e', '0']));
    }
    const result = { base, size: size(tag), added: size(tag) - size(base), version: median(samples.noorm), node: median(samples.node) };
    docker(['image', 'rm', tag]);
    return result;
}

function printDocker(image) {
    if (image.skipped) {
        process.stdout.write(`docker image: not measured (${image.skipped})\n`);
        return;
    }
    const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
    process.stdout.write(
        `docker image: ${mb(image.size)}, ${mb(image.added)} over ${image.base}; docker run … --version ${(image.version * 1000).toFixed(0)} ms, docker run … node -e 0 ${(image.node * 1000).toFixed(0)} ms\n` +
            `  ${image.added <= 20 * 1024 * 1024 ? 'met    ' : 'MISSED '} the image adds at most 20 MB to its base\n`,
    );
}

async function main() {
    if (process.env.BENCH_ONLY === 'copy') {
        printCopy(await copyBlock());
        return;
    }
    if (process.env.BENCH_ONLY === 'docker') {
        printDocker(dockerImage());
        return;
    }
    if (process.env.BENCH_ONLY === 'seed') {
        printSeed(await seedTemplate());
        return;
    }
    if (process.env.BENCH_ONLY === 'startup') {
        printStartup(await coldStart());
        printDocker(dockerImage());
        return;
    }
    installPeers();
    if (process.env.BENCH_ONLY === 'scale') {
        printScale(await scale());
        return;
    }
    const servers = process.env.BENCH_ONLY ? [process.env.BENCH_ONLY] : ['postgres', 'mysql', 'sqlite'];
    const w1 = layout(
        'w1',
        Array.from({ length: W1_FILES }, (_, i) => w1File(i + 1)),
    );
    const w2 = layout('w2', [w2File()]);
    const rows = [];
    try {
        for (const server of servers) {
            // postgrator has no SQLite driver here.
            const tools = server === 'sqlite' ? ['native', 'noorm', 'dbmate'] : ['native', 'noorm', 'dbmate', 'postgrator'];
            const name = (tool) => (tool === 'native' ? TOOLS.native.label[server] : tool);
            log(`${server}: W1, ${RUNS} interleaved runs of ${tools.map(name).join(', ')} ...`);
            const one = await measureAll(server, tools, w1, { noop: true });
            if (!QUICK) log(`${server}: W2 ...`);
            const two = QUICK ? null : await measureAll(server, tools, w2, { noop: false });
            for (const tool of tools) rows.push({ server, tool, name: name(tool), w1: one[tool].fresh, noop: one[tool].noop, w2: two?.[tool].fresh ?? null });
        }
        const start = await coldStart();
        const full = !QUICK && !process.env.BENCH_ONLY;
        const seed = !QUICK && servers.includes('postgres') ? await seedTemplate() : null;
        const copy = !QUICK && servers.includes('postgres') ? await copyBlock() : null;
        const scaled = full ? await scale() : null;
        printTable(rows, start);
        if (seed) printSeed(seed);
        if (copy) printCopy(copy);
        if (scaled) printScale(scaled);
        if (!QUICK) printDocker(dockerImage());
    } finally {
        for (const work of [w1, w2]) rmSync(work.dir, { recursive: true, force: true });
    }
}

function printSeed(seed) {
    const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    process.stdout.write(
        `\nT1 seed template (postgres, ${T1_ROWS.toLocaleString('en')} CSV rows → ${mb(seed.sqlBytes)} of INSERTs in batches of 1,000): noorm render + execute ${seed.noorm.toFixed(2)} s;\n` +
            `  psql on the same rendered SQL ${seed.psql.toFixed(2)} s (noorm ${(seed.noorm / seed.psql).toFixed(2)}×); psql on the rows as single-row INSERTs ${seed.single.toFixed(2)} s (noorm ${(seed.noorm / seed.single).toFixed(2)}×)\n` +
            `  noorm peak memory ${mb(seed.rss)}: ${mb(seed.rss - seed.idleRss)} above noorm running a one-line file (${mb(seed.idleRss)}), ${((seed.rss - seed.idleRss) / seed.sqlBytes).toFixed(1)}× the SQL\n` +
            `  with four times the rows (${mb(seed.bigBytes)} of SQL): peak memory ${mb(seed.bigRss)}, ${((seed.bigRss - seed.idleRss) / seed.bigBytes).toFixed(1)}× the SQL above one line\n` +
            `  the same rows loaded whole with load() and mapped into an array: ${seed.array.toFixed(2)} s (${(seed.array / seed.psql).toFixed(2)}× psql), peak memory ${mb(seed.arrayRss)} (${((seed.arrayRss - seed.idleRss) / seed.sqlBytes).toFixed(1)}× the SQL above one line)\n` +
            `  ${seed.noorm <= seed.psql ? 'met    ' : 'MISSED '} render + execute no slower than psql on the same SQL\n` +
            `  ${seed.rss - seed.idleRss <= 5 * seed.sqlBytes ? 'met    ' : 'MISSED '} memory above noorm's own within 5× the rendered SQL\n`,
    );
}

function printStartup(start) {
    process.stdout.write(
        `cold start: noorm --version ${(start.noorm * 1000).toFixed(0)} ms, node -e 0 ${(start.node * 1000).toFixed(0)} ms\n` +
            `encrypted state: config list ${(start.withState * 1000).toFixed(0)} ms with a state file, ${(start.withoutState * 1000).toFixed(0)} ms without\n` +
            `${tuiLine(start)}\n`,
    );
}

function tuiLine(start) {
    if (!start.tui) return 'terminal UI: not measured (no tmux)';
    const { frame, configs } = start.tui;
    return `terminal UI (tmux 100×30): first frame ${(frame * 1000).toFixed(0)} ms, configs on screen ${(configs * 1000).toFixed(0)} ms (${frame <= 0.5 ? 'met    ' : 'MISSED '} first frame within 0.5 s)`;
}

function printTable(rows, start) {
    const fmt = (s) => (s === null || s === undefined ? '—' : `${s.toFixed(2)} s`);
    const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
    const lines = [];
    lines.push(`noorm benchmark — median of ${RUNS} runs, each on a fresh database (${os.cpus().length} cores, Node ${process.version})`);
    lines.push('');
    lines.push(`| server | tool | W1 fresh (${W1_FILES} files) | vs client | W1 no-op | W2 (20k INSERTs) | vs client |`);
    lines.push('|---|---|---|---|---|---|---|');
    for (const row of rows) {
        const native = rows.find((r) => r.server === row.server && r.tool === 'native');
        lines.push(`| ${row.server} | ${row.name} | ${fmt(row.w1)} | ${ratio(row.w1, native?.w1)} | ${fmt(row.noop)} | ${fmt(row.w2)} | ${ratio(row.w2, native?.w2)} |`);
    }
    lines.push('');
    lines.push(`cold start: noorm --version ${(start.noorm * 1000).toFixed(0)} ms, node -e 0 ${(start.node * 1000).toFixed(0)} ms (${ratio(start.noorm, start.node)})`);
    lines.push(
        `encrypted state: noorm config list ${(start.withState * 1000).toFixed(0)} ms with a state file, ${(start.withoutState * 1000).toFixed(0)} ms without (decrypting costs ${((start.withState - start.withoutState) * 1000).toFixed(0)} ms: PBKDF2-SHA256, 600,000 iterations)`,
    );
    lines.push(tuiLine(start));
    lines.push('');
    const at = (server, tool) => rows.find((r) => r.server === server && r.tool === tool);
    lines.push(`Targets (W1: ${W1_FILES} files${QUICK ? ', --quick' : ''}; within 3% counts as met where the machine's noise is larger):`);
    const checks = [];
    if (at('postgres', 'noorm')) {
        const n = at('postgres', 'noorm');
        checks.push([verdict(n.w1, at('postgres', 'native').w1), 'postgres W1 fresh ≤ 1.0× psql']);
        checks.push([verdict(n.w1, Math.min(at('postgres', 'dbmate').w1, at('postgres', 'postgrator').w1)), 'postgres W1 fresh faster than every peer']);
        checks.push([verdict(n.noop, 0.25), 'postgres W1 no-op ≤ 0.25 s']);
        if (n.w2 !== null) checks.push([verdict(n.w2, at('postgres', 'native').w2), 'postgres W2 no slower than psql']);
    }
    if (at('mysql', 'noorm')) {
        const n = at('mysql', 'noorm');
        checks.push([verdict(n.w1, 1.05 * at('mysql', 'native').w1), `mysql W1 fresh ≤ 1.05× ${at('mysql', 'native').name}`]);
        checks.push([verdict(n.w1, Math.min(at('mysql', 'dbmate').w1, at('mysql', 'postgrator').w1)), 'mysql W1 fresh no slower than the best peer']);
    }
    if (at('sqlite', 'noorm')) checks.push([verdict(at('sqlite', 'noorm').w1, 1.05 * at('sqlite', 'native').w1), 'sqlite W1 fresh ≤ 1.05× sqlite3']);
    checks.push([verdict(start.noorm, 1.2 * start.node), '--version ≤ 1.2× node -e 0']);
    for (const [mark, label] of checks) lines.push(`  ${mark} ${label}`);
    process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error) => {
    log(error.stack ?? String(error));
    process.exit(1);
});
