/** The headless contract of the `noorm` binary: exit codes, usage errors, help, JSON, identity, lock, protection. */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT, parseJson, runCli } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';
import { query, tableNames, trackedFiles } from '../helpers/sqlite.js';

afterAll(removeProjects);

const sqliteEnv = { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' };
const schema = { 'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x INTEGER);' };

interface ErrorJson {
    ok: false;
    command: string | null;
    error: { code: string; exitCode: number; message: string; hint: string | null; file: string | null; line: number | null };
}

describe('usage errors exit 2', () => {
    it('rejects an unknown verb, area or flag and shows the usage', async () => {
        const root = makeProject(schema);
        for (const args of [['run', 'frobnicate'], ['frobnicate'], ['run', 'build', '--no-such-flag']]) {
            const result = await runCli(args, { cwd: root, env: sqliteEnv });
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/unknown (command|option)/);
            expect(result.stderr).toContain('--help');
        }
    });

    it('shows the usage with exit 2 for an area without its verb and for no arguments', async () => {
        const root = makeProject(schema);
        const area = await runCli(['run'], { cwd: root, env: sqliteEnv });
        expect(area.code).toBe(2);
        expect(area.stderr).toContain('build');
        const none = await runCli([], { cwd: root, env: sqliteEnv });
        expect(none.code).toBe(2);
        expect(none.stderr).toContain('Usage: noorm');
    });

    it('answers --json usage errors with one JSON document', async () => {
        const result = await runCli(['run', 'frobnicate', '--json'], { cwd: makeProject(), env: sqliteEnv });
        expect(result.code).toBe(2);
        expect(parseJson<ErrorJson>(result)).toMatchObject({ ok: false, error: { exitCode: 2, code: 'usage' } });
    });

    it('is exit 2 with a hint when no dialect is configured (never a silent SQLite file)', async () => {
        const root = makeProject(schema);
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: { NOORM_DATABASE: 'app.sqlite' } });
        expect(result.code).toBe(2);
        expect(parseJson<ErrorJson>(result).error).toMatchObject({ code: 'no-dialect', exitCode: 2 });
        expect(parseJson<ErrorJson>(result).error.hint).toContain('--dialect');
        expect(existsSync(path.join(root, 'app.sqlite'))).toBe(false);
    });

    it('is exit 2 for an unknown dialect', async () => {
        const result = await runCli(['run', 'build', '--dialect', 'oracle'], { cwd: makeProject(schema), env: {} });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('Unknown dialect "oracle"');
    });

    it('is exit 2 for a missing schema folder, naming it', async () => {
        const root = makeProject();
        const result = await runCli(['run', 'build'], { cwd: root, env: sqliteEnv });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(path.join(root, 'schema'));
        expect(result.stderr).toContain('does not exist');
    });

    it('refuses paths outside the project with exit 2', async () => {
        const outside = makeProject({ 'x.sql': 'SELECT 1;' });
        const root = makeProject(schema);
        for (const args of [
            ['run', 'file', path.join(outside, 'x.sql')],
            ['run', 'dir', outside],
        ]) {
            const result = await runCli(args, { cwd: root, env: sqliteEnv });
            expect(result.code).toBe(2);
            expect(result.stderr).toContain('outside the project');
        }
        expect(existsSync(path.join(root, 'app.sqlite'))).toBe(false);
    });

    it('is exit 2 for a missing file given to run file', async () => {
        const result = await runCli(['run', 'file', 'nope.sql'], { cwd: makeProject(), env: sqliteEnv });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('does not exist');
    });
});

describe('file problems exit 1 before anything runs', () => {
    it('reports a file that is not UTF-8 with file and line, and runs nothing', async () => {
        const root = makeProject({
            'schema/001.sql': 'CREATE TABLE first (x INTEGER);',
            'schema/002.sql': new Uint8Array([...Buffer.from("-- latin1\nINSERT INTO first VALUES ('caf"), 0xe9, ...Buffer.from("');\n")]),
        });
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: sqliteEnv });
        expect(result.code).toBe(1);
        expect(parseJson<ErrorJson>(result).error).toMatchObject({ code: 'not-utf8', file: 'schema/002.sql', line: 2 });
        expect(existsSync(path.join(root, 'app.sqlite'))).toBe(false);
    });

    it('reports an unreadable file and runs nothing', async () => {
        const root = makeProject(schema);
        symlinkSync(path.join(root, 'gone.sql'), path.join(root, 'schema', '002.sql'));
        const result = await runCli(['run', 'build'], { cwd: root, env: sqliteEnv });
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('Cannot read schema/002.sql (ENOENT)');
        expect(existsSync(path.join(root, 'app.sqlite'))).toBe(false);
    });
});

describe('connection failures exit 5', () => {
    it('cannot open a SQLite file in a folder that does not exist', async () => {
        const result = await runCli(['run', 'build', '--database', 'no/such/dir/app.sqlite'], { cwd: makeProject(schema), env: sqliteEnv });
        expect(result.code).toBe(5);
        expect(result.stderr).toContain('Cannot open SQLite database');
    });
});

describe('help and version', () => {
    it('prints the package version', async () => {
        const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
        const result = await runCli(['--version'], { cwd: os.tmpdir() });
        expect(result).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    });

    it('documents every verb, the exit codes and the variables, with exit 0', async () => {
        const top = await runCli(['--help'], { cwd: os.tmpdir() });
        expect(top.code).toBe(0);
        expect(top.stdout).toContain('run');
        expect(top.stdout).toMatch(/Exit codes:[\s\S]*3 +the lock is held/);
        const build = await runCli(['run', 'build', '--help'], { cwd: os.tmpdir() });
        expect(build.code).toBe(0);
        for (const text of ['NOORM_DATABASE', '143', '--password <password>', '--lock-wait <seconds>']) expect(top.stdout).toContain(text);
        // A verb's help lists its own options and points to the global ones instead of repeating them.
        for (const text of ['--dry-run', '--force', '--dialect', '--json', 'noorm --help lists them']) expect(build.stdout).toContain(text);
        for (const text of ['--password <password>', 'NOORM_DATABASE', 'Exit codes:']) expect(build.stdout).not.toContain(text);
        expect(build.stdout.split('\n').length).toBeLessThan(30);
        for (const verb of ['file', 'dir']) {
            const help = await runCli(['run', verb, '--help'], { cwd: os.tmpdir() });
            expect(help.stdout).toContain(`noorm run ${verb} [options] <path>`);
        }
    });

    it('loads no UI package, no database driver and not the engine for --version and --help', async () => {
        // The engine (kysely and noorm's core) sits in chunks of the bundle that only commands load.
        const bundle = path.join(REPO_ROOT, 'lib/bundle');
        const engineChunks = readdirSync(bundle).filter((file) => file.endsWith('.js') && readFileSync(path.join(bundle, file), 'utf8').includes('__change_files__'));
        expect(engineChunks.length).toBeGreaterThan(0);
        expect(engineChunks).not.toContain('index.js');
        for (const args of [['--version'], ['--help'], ['run', 'build', '--help']]) {
            const trace = path.join(makeProject(), 'modules.txt');
            writeFileSync(trace, '');
            const result = await runCli(args, {
                cwd: os.tmpdir(),
                env: { TRACE_MODULES_FILE: trace },
                nodeArgs: ['--import', path.join(REPO_ROOT, 'tests/helpers/trace-modules.mjs')],
            });
            expect(result.code).toBe(0);
            const loaded = readFileSync(trace, 'utf8');
            expect(loaded).toContain('lib/bundle/index.js'); // the trace works
            expect(loaded).not.toMatch(/node_modules\/(ink|react|better-sqlite3|pg|mysql2|tedious|tarn|kysely)\//);
            for (const chunk of engineChunks) expect(loaded).not.toContain(`lib/bundle/${chunk}`);
        }
    });
});

describe('identity', () => {
    const cases: Array<[string, string[], Record<string, string>, string, RegExp]> = [
        ['--identity', ['--identity', 'Flag Person <flag@example.com>'], { NOORM_IDENTITY: 'ignored' }, 'cli', /^Flag Person <flag@example\.com>$/],
        ['NOORM_IDENTITY', [], { NOORM_IDENTITY: 'CI Bot <ci@example.com>' }, 'env', /^CI Bot <ci@example\.com>$/],
    ];

    it.each(cases)('records %s as executed_by with its source', async (_label, args, env, source, who) => {
        const root = makeProject(schema);
        expect((await runCli(['run', 'build', ...args], { cwd: root, env: { ...sqliteEnv, ...env } })).code).toBe(0);
        const [row] = trackedFiles(path.join(root, 'app.sqlite'));
        expect(row!.identity_source).toBe(source);
        expect(row!.executed_by).toMatch(who);
        expect(row!.config_name).toBe('default');
    });

    it('falls back to the git user, then to the system user', async () => {
        const root = makeProject(schema);
        const gitConfig = path.join(root, 'gitconfig');
        writeFileSync(gitConfig, '[user]\n\tname = Git Person\n\temail = git@example.com\n');
        const gitEnv = { ...sqliteEnv, GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: path.dirname(root) };
        expect((await runCli(['run', 'build'], { cwd: root, env: gitEnv })).code).toBe(0);
        expect(trackedFiles(path.join(root, 'app.sqlite'))[0]).toMatchObject({ executed_by: 'Git Person <git@example.com>', identity_source: 'git' });

        const other = makeProject(schema);
        const noGit = { ...sqliteEnv, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: path.dirname(other) };
        expect((await runCli(['run', 'build'], { cwd: other, env: noGit })).code).toBe(0);
        expect(trackedFiles(path.join(other, 'app.sqlite'))[0]).toMatchObject({ executed_by: os.userInfo().username, identity_source: 'system' });
    });

    it('records the config name from NOORM_CONFIG when there is no stored config', async () => {
        const root = makeProject(schema);
        expect((await runCli(['run', 'build'], { cwd: root, env: { ...sqliteEnv, NOORM_CONFIG: 'ci' } })).code).toBe(0);
        expect(trackedFiles(path.join(root, 'app.sqlite'))[0]!.config_name).toBe('ci');
    });
});

describe('lock', () => {
    async function builtProject() {
        const root = makeProject(schema);
        expect((await runCli(['run', 'build'], { cwd: root, env: sqliteEnv })).code).toBe(0);
        return root;
    }

    async function holdLock(db: string, expiresModifier: string) {
        const { default: Database } = await import('better-sqlite3');
        const handle = new Database(db);
        handle
            .prepare(
                "INSERT INTO __noorm_lock__ (id, locked_by, token, host, pid, locked_at, expires_at) VALUES (1, 'Other Run <other@example.com>', 'tok', 'buildbox', 4242, strftime('%Y-%m-%d %H:%M:%f','now'), strftime('%Y-%m-%d %H:%M:%f','now', ?))",
            )
            .run(expiresModifier);
        handle.close();
    }

    it('exits 3 naming the holder when the lock stays held past --lock-wait', async () => {
        const root = await builtProject();
        const db = path.join(root, 'app.sqlite');
        await holdLock(db, '+600 seconds');
        const result = await runCli(['run', 'build', '--force', '--lock-wait', '0.5', '--json'], { cwd: root, env: sqliteEnv });
        expect(result.code).toBe(3);
        const error = parseJson<ErrorJson>(result).error;
        expect(error).toMatchObject({ code: 'lock-held', exitCode: 3 });
        expect(error.message).toContain('Other Run <other@example.com> on buildbox (pid 4242)');
        expect(result.stderr).toContain('waiting for the lock held by Other Run');
        expect(query(db, 'SELECT locked_by FROM __noorm_lock__')).toEqual([{ locked_by: 'Other Run <other@example.com>' }]);
    });

    it('takes over an expired lock and releases its own when done', async () => {
        const root = await builtProject();
        const db = path.join(root, 'app.sqlite');
        await holdLock(db, '-5 seconds');
        const result = await runCli(['run', 'build', '--force', '--json'], { cwd: root, env: sqliteEnv });
        expect(result.code).toBe(0);
        expect(result.stderr).toContain('took over the lock from Other Run');
        expect(parseJson<{ warnings: unknown[] }>(result).warnings).toEqual([{ code: 'lock-taken-over', message: expect.stringContaining('took over the lock from Other Run') }]);
        expect(query(db, 'SELECT * FROM __noorm_lock__')).toEqual([]);
    });

    it('takes over at once a lock whose process is gone, even when its pid now belongs to another process', async () => {
        const root = await builtProject();
        const db = path.join(root, 'app.sqlite');
        const { readlinkSync } = await import('node:fs');
        const namespace = /\d+/.exec(readlinkSync('/proc/self/ns/pid'))?.[0] ?? '';
        const { default: Database } = await import('better-sqlite3');
        const handle = new Database(db);
        // pid 1 is alive, but it is not the process that took this lock (another start time).
        handle
            .prepare(
                "INSERT INTO __noorm_lock__ (id, locked_by, token, host, pid, session_id, locked_at, expires_at) VALUES (1, 'Reused Pid <r@example.com>', 'tok', ?, 1, ?, strftime('%Y-%m-%d %H:%M:%f','now'), strftime('%Y-%m-%d %H:%M:%f','now','+600 seconds'))",
            )
            .run(os.hostname(), `proc:${namespace}:1`);
        handle.close();
        const result = await runCli(['run', 'build', '--force', '--lock-wait', '1'], { cwd: root, env: sqliteEnv });
        expect(result.code).toBe(0);
        expect(result.stderr).toContain('took over the lock from Reused Pid');
    });

    it('serialises parallel runs: every file runs exactly once', async () => {
        const files: Record<string, string> = {};
        for (let i = 1; i <= 5; i++) files[`schema/${i}.sql`] = `CREATE TABLE IF NOT EXISTS runs (file INTEGER);\nINSERT INTO runs VALUES (${i});`;
        const root = makeProject(files);
        const results = await Promise.all(Array.from({ length: 4 }, () => runCli(['run', 'build'], { cwd: root, env: sqliteEnv })));
        expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
        const db = path.join(root, 'app.sqlite');
        expect(query(db, 'SELECT file FROM runs ORDER BY file')).toEqual([1, 2, 3, 4, 5].map((file) => ({ file })));
        expect(trackedFiles(db)).toHaveLength(5);
    });
});

describe('signals', () => {
    it('stops after the current file on SIGINT, releases the lock and exits 130', async () => {
        const root = makeProject({
            'schema/001_slow.sql': 'CREATE TABLE slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 12000000) SELECT count(*) AS n FROM c;',
            'schema/002_next.sql': 'CREATE TABLE next_one (x INTEGER);',
        });
        let sent = false;
        const result = await runCli(['run', 'build'], {
            cwd: root,
            env: sqliteEnv,
            onStderr: (stderr, child) => {
                if (!sent && stderr.includes('2 to run')) {
                    sent = true;
                    // Arrives while file 1 runs: file 1 completes (SQLite cannot stop mid-statement), file 2 never starts.
                    setTimeout(() => child.kill('SIGINT'), 300);
                }
            },
        });
        expect(result.code).toBe(130);
        expect(result.stderr).toContain('Interrupted by SIGINT');
        const db = path.join(root, 'app.sqlite');
        expect(tableNames(db)).not.toContain('next_one');
        expect(trackedFiles(db).map((row) => [row.filepath, row.status])).toEqual([['schema/001_slow.sql', 'success']]);
        expect(query(db, 'SELECT * FROM __noorm_lock__')).toEqual([]);
    });
});

describe('protected configs', () => {
    it('refuses a state-changing run without --yes (exit 4) and runs with it', async () => {
        const root = makeProject(schema);
        const env = { ...sqliteEnv, NOORM_PROTECTED: '1' };
        const refused = await runCli(['run', 'build', '--json'], { cwd: root, env });
        expect(refused.code).toBe(4);
        expect(parseJson<ErrorJson>(refused).error.code).toBe('confirmation-required');
        expect(existsSync(path.join(root, 'app.sqlite'))).toBe(false);
        // A dry run changes nothing, so it needs no confirmation.
        expect((await runCli(['run', 'build', '--dry-run'], { cwd: root, env })).code).toBe(0);
        expect((await runCli(['run', 'build', '--yes'], { cwd: root, env })).code).toBe(0);
        expect((await runCli(['run', 'build', '--force'], { cwd: root, env: { ...env, NOORM_YES: '1' } })).code).toBe(0);
    });
});

describe('project root', () => {
    it('tracks paths relative to the folder holding .noorm/, whatever the working directory', async () => {
        const root = makeProject(schema);
        mkdirSync(path.join(root, '.noorm'));
        mkdirSync(path.join(root, 'src', 'deep'), { recursive: true });
        const result = await runCli(['run', 'build'], { cwd: path.join(root, 'src', 'deep'), env: sqliteEnv });
        expect(result.code).toBe(0);
        expect(tableNames(path.join(root, 'app.sqlite'))).toContain('t');
        expect(trackedFiles(path.join(root, 'app.sqlite'))[0]!.filepath).toBe('schema/001.sql');
    });
});
