/**
 * The Docker image, built from the committed tree (Dockerfile + dist/), run the way users run it:
 * a project mounted at /workspace, configured by NOORM_* variables, against the local servers over
 * the host network, as its fixed user and as any UID, and baked into a migrate image.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../helpers/cli.js';
import { baseImage, buildImage, dockerRun, dockerSkipReason, inspectImage, removeImage, stopContainer } from '../helpers/docker.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';
import { query } from '../helpers/sqlite.js';

const skip = dockerSkipReason();
const describeDocker = skip ? describe.skip : describe;
const version = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version as string;

const SCHEMA = {
    'schema/001_tables.sql': 'CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, name varchar(100) NOT NULL);\n',
    'schema/002_seed.sql': "INSERT INTO people (id, name) VALUES (1, 'Ada');\n",
};

/** A project folder the container's user can write into (the mounted folder keeps the host's owner). */
function writableProject(files: Record<string, string>): string {
    const root = makeProject(files);
    chmodSync(root, 0o777);
    return root;
}

afterAll(removeProjects);

describeDocker('the Docker image', () => {
    it('adds at most 20 MB to its base image, and says what it is', () => {
        const image = inspectImage();
        const added = image.Size - inspectImage(baseImage()).Size;
        process.stderr.write(`\nDocker image: ${(image.Size / 1e6).toFixed(1)} MB, ${(added / 1e6).toFixed(1)} MB over ${baseImage()}\n`);
        expect(added).toBeLessThanOrEqual(20 * 1024 * 1024);
        expect(image.Config.User).toBe('10001:10001');
        expect(image.Config.Entrypoint).toEqual(['node', '/opt/noorm/noorm.js']);
        expect(image.Config.Cmd ?? []).toEqual([]);
        expect(image.Config.WorkingDir).toBe('/workspace');
        expect(image.Config.Env).toContain('CI=1');
        expect(image.Config.Labels).toMatchObject({
            'org.opencontainers.image.version': version,
            'org.opencontainers.image.licenses': 'MIT',
            'org.opencontainers.image.source': expect.stringMatching(/^https:\/\//),
            'org.opencontainers.image.description': expect.stringContaining('schema'),
        });
    });

    it('carries the one SQLite binary of its architecture', async () => {
        const result = await dockerRun(['/opt/noorm/prebuilds'], { extra: ['--entrypoint', 'ls'] });
        expect(result.stdout.trim().split('\n')).toEqual([`linux-${process.arch}.node`]);
    });

    it('prints its version', async () => {
        const result = await dockerRun(['--version']);
        expect(result.stdout.trim()).toBe(version);
        expect(result.code).toBe(0);
    });

    it('prints usage and exits with no arguments, even on a terminal', async () => {
        const result = await dockerRun([], { tty: true });
        expect(result.stdout).toContain('Usage: noorm');
        expect(result.code).toBe(2);
    });

    it('builds SQLite in a mounted folder as any UID, owning the file it creates', async () => {
        const root = writableProject(SCHEMA);
        const result = await dockerRun(['run', 'build'], {
            user: '12345:12345',
            volumes: { [root]: '/workspace' },
            env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' },
        });
        expect(result.stderr).toContain('schema/002_seed.sql');
        expect(result.code).toBe(0);
        expect(statSync(path.join(root, 'app.sqlite')).uid).toBe(12345);
        expect(query(path.join(root, 'app.sqlite'), 'SELECT id, name FROM people')).toEqual([{ id: 1, name: 'Ada' }]);
    });

    it('passes a failing file through as exit 1, naming the file and line', async () => {
        const root = writableProject({ ...SCHEMA, 'schema/003_bad.sql': 'SELECT 1;\nSELECT * FROM nowhere;\n' });
        const result = await dockerRun(['run', 'build', '--json'], { volumes: { [root]: '/workspace' }, env: { NOORM_URL: 'sqlite:app.sqlite' } });
        expect(result.code).toBe(1);
        expect(JSON.parse(result.stdout).error).toMatchObject({ code: 'sql-failed', file: 'schema/003_bad.sql', line: 2 });
    });

    it('refuses a protected config without --yes (exit 4), and runs with it', async () => {
        const root = writableProject(SCHEMA);
        const env = { NOORM_URL: 'sqlite:app.sqlite', NOORM_PROTECTED: '1', NOORM_CONFIG: 'prod' };
        const refused = await dockerRun(['run', 'build'], { volumes: { [root]: '/workspace' }, env });
        expect(refused.code).toBe(4);
        const confirmed = await dockerRun(['run', 'build', '--yes'], { volumes: { [root]: '/workspace' }, env });
        expect(confirmed.code).toBe(0);
    });

    for (const dialect of availableDialects(['postgres'])) {
        it(`docker stop reaches noorm itself: the running file rolls back, the lock is released, exit 143 (${dialect})`, async () => {
            const db = await createTestDatabase(dialect, os.tmpdir());
            try {
                const root = makeProject({ 'schema/001_slow.sql': 'CREATE TABLE half (id integer);\nSELECT pg_sleep(60);\n' });
                chmodSync(root, 0o755);
                const name = `noorm-stop-${process.pid}`;
                const running = dockerRun(['run', 'build'], { name, volumes: { [root]: '/workspace:ro' }, env: db.env });
                for (let i = 0; i < 200; i++) {
                    const sleeping = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()");
                    if (sleeping[0]!.n > 0) break;
                    await new Promise((resolve) => setTimeout(resolve, 100));
                }
                stopContainer(name);
                const result = await running;
                expect(result.code).toBe(143);
                expect(await db.query("SELECT status FROM __change_files__ WHERE filepath = 'schema/001_slow.sql'")).toEqual([{ status: 'failed' }]);
                expect(await db.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'half'")).toEqual([{ n: 0 }]);
                expect(await db.query('SELECT count(*)::int AS n FROM __noorm_lock__')).toEqual([{ n: 0 }]);
            } finally {
                await db.drop();
            }
        });
    }

    for (const dialect of availableDialects(['postgres', 'mysql'])) {
        describe(dialect, () => {
            let db: TestDatabase;
            beforeAll(async () => {
                db = await createTestDatabase(dialect, os.tmpdir());
            });
            afterAll(async () => {
                await db.drop();
            });

            it('builds over the host network from a read-only mount, then skips what ran', async () => {
                const root = makeProject(SCHEMA);
                // mkdtemp makes the folder private to its owner; the image's user must be able to read it.
                chmodSync(root, 0o755);
                const first = await dockerRun(['run', 'build'], { volumes: { [root]: '/workspace:ro' }, env: db.env });
                expect(first.code).toBe(0);
                expect(await db.query('SELECT id, name FROM people')).toEqual([{ id: 1, name: 'Ada' }]);
                const again = await dockerRun(['run', 'build', '--json'], { volumes: { [root]: '/workspace:ro' }, env: db.env });
                expect(JSON.parse(again.stdout).files.map((file: { status: string }) => file.status)).toEqual(['skipped', 'skipped']);
            });
        });
    }
});

describeDocker('bake mode (schema-example/migrations.Dockerfile)', () => {
    let context: string;
    let tag: string;

    beforeAll(() => {
        context = mkdtempSync(path.join(os.tmpdir(), 'noorm-bake-'));
        cpSync(path.join(REPO_ROOT, 'schema-example'), context, { recursive: true, filter: (source) => !source.endsWith('.sqlite') });
        tag = buildImage(`noorm-bake-test:${process.pid}`, context, ['-f', 'migrations.Dockerfile', '--build-arg', 'NOORM_IMAGE=noorm:local']);
    });

    afterAll(() => {
        removeImage(tag);
        rmSync(context, { recursive: true, force: true });
    });

    it('runs the baked project with nothing mounted, as any UID (a SQLite file in /workspace)', async () => {
        const result = await dockerRun(['run', 'build', '--json'], { image: tag, user: '23456:23456', env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' } });
        expect(result.code).toBe(0);
        const files = JSON.parse(result.stdout).files as Array<{ path: string; status: string }>;
        expect(files.length).toBeGreaterThan(5);
        expect(files.every((file) => file.status === 'success')).toBe(true);
    });

    for (const dialect of availableDialects(['postgres'])) {
        it(`builds ${dialect} from the baked schema on a read-only root file system, as the Kubernetes recipes run it`, async () => {
            const db = await createTestDatabase(dialect, os.tmpdir());
            try {
                const build = await dockerRun(['run', 'build'], { image: tag, extra: ['--read-only'], env: db.env });
                expect(build.code).toBe(0);
                const ff = await dockerRun(['change', 'ff', '--json'], { image: tag, extra: ['--read-only'], env: db.env });
                expect(ff.code).toBe(0);
                expect(await db.query('SELECT count(*)::int AS n FROM user_roles')).toEqual([{ n: 3 }]);
            } finally {
                await db.drop();
            }
        });
    }
});
