/**
 * The recipes in schema-example/ are the files these tests use: the Compose file and the Kubernetes
 * manifests are parsed and checked against what a Job needs and what the README says, the Compose file
 * is validated by docker-compose, and the Kubernetes Job's image and environment run twice at once
 * with `docker run` against the local PostgreSQL (no cluster runs here).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/cli.js';
import { availableDialects, createTestDatabase } from '../helpers/databases.js';
import { buildImage, dockerRun, dockerSkipReason, IMAGE, removeImage } from '../helpers/docker.js';

const EXAMPLE = path.join(REPO_ROOT, 'schema-example');
const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const DOCKER_SECTION = README.slice(README.indexOf('\n## Docker\n'), README.indexOf('\n## Development\n'));

/** The image name and tag the README's Docker section uses, e.g. ghcr.io/noorm/noorm:0.1. */
const README_IMAGE = /docker run --rm -v "\$PWD:\/workspace"[^\n]*\\\n[^\n]*\\\n\s*(\S+) run build/.exec(DOCKER_SECTION)?.[1];
/** The baked image the README builds with migrations.Dockerfile. */
const README_BAKED = /docker build -f migrations\.Dockerfile -t (\S+) \./.exec(DOCKER_SECTION)?.[1];

interface EnvVar {
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
interface Container {
    name: string;
    image: string;
    args?: string[];
    env?: EnvVar[];
    securityContext?: Record<string, unknown>;
}
interface Manifest {
    apiVersion: string;
    kind: string;
    metadata: { name: string };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed Kubernetes document, walked by the checks below
    spec?: Record<string, any>;
    stringData?: Record<string, string>;
}

function manifests(): Array<{ file: string; doc: Manifest }> {
    const dir = path.join(EXAMPLE, 'kubernetes');
    return readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .flatMap((file) => parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((doc) => ({ file, doc: doc.toJSON() as Manifest })));
}

function byKind(kind: string): Manifest {
    const found = manifests().find(({ doc }) => doc.kind === kind);
    if (!found) throw new Error(`no ${kind} in schema-example/kubernetes/`);
    return found.doc;
}

/** The migrate containers of the Job and of the Deployment's init containers. */
function migrateContainers(): Container[] {
    return [byKind('Job').spec!['template'].spec.containers[0], byKind('Deployment').spec!['template'].spec.initContainers[0]];
}

describe('the README names the images the recipes use', () => {
    it('has a docker run example and a bake example', () => {
        expect(README_IMAGE).toMatch(/^ghcr\.io\/[^:]+:\S+$/);
        expect(README_BAKED).toBeDefined();
    });
});

describe('schema-example/docker-compose.yml', () => {
    const compose = parseYaml(readFileSync(path.join(EXAMPLE, 'docker-compose.yml'), 'utf8'));
    const migrate = compose.services.migrate;

    it('waits for a healthy database, runs once, configured by its environment alone', () => {
        expect(compose.services.db.healthcheck.test).toEqual(expect.arrayContaining([expect.stringContaining('pg_isready')]));
        expect(migrate.image).toBe(README_IMAGE);
        expect(migrate.depends_on).toEqual({ db: { condition: 'service_healthy' } });
        expect(migrate.restart).toBe('no');
        expect(migrate.command).toEqual(['up']);
        expect(migrate.volumes).toEqual(['./:/workspace:ro']);
        expect(Object.keys(migrate.environment).every((name) => name.startsWith('NOORM_'))).toBe(true);
        expect(migrate.environment.NOORM_HOST).toBe('db');
        expect(migrate.environment.NOORM_DATABASE).toBe(compose.services.db.environment.POSTGRES_DB);
        for (const name of Object.keys(migrate.environment)) expect(DOCKER_SECTION).toContain(name);
    });

    it('is valid for docker-compose', () => {
        const result = spawnSync('docker-compose', ['-f', path.join(EXAMPLE, 'docker-compose.yml'), 'config', '--quiet'], { encoding: 'utf8', timeout: 60_000 });
        if (result.error) {
            process.stderr.write('\n*** SKIPPED docker-compose config: docker-compose is not installed (.ci/run installs it) ***\n');
            return;
        }
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
    });
});

describe('schema-example/kubernetes/', () => {
    it('every document has what Kubernetes needs to accept it', () => {
        const docs = manifests();
        expect(docs.map(({ doc }) => doc.kind).sort()).toEqual(['Deployment', 'Job', 'Secret']);
        for (const { file, doc } of docs) {
            expect([file, typeof doc.apiVersion, typeof doc.kind]).toEqual([file, 'string', 'string']);
            expect(doc.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
        }
    });

    it('the Job runs once, never restarting in place, with bounded retries and time', () => {
        const job = byKind('Job');
        expect(job.apiVersion).toBe('batch/v1');
        const pod = job.spec!['template'].spec;
        expect(['Never', 'OnFailure']).toContain(pod.restartPolicy);
        expect(job.spec!['backoffLimit']).toBeGreaterThan(0);
        expect(job.spec!['activeDeadlineSeconds']).toBeGreaterThan(0);
        expect(pod.containers).toHaveLength(1);
    });

    it('the Deployment migrates in an init container before its app starts', () => {
        const deployment = byKind('Deployment');
        expect(deployment.spec!['selector'].matchLabels).toEqual(deployment.spec!['template'].metadata.labels);
        expect(deployment.spec!['template'].spec.initContainers).toHaveLength(1);
        expect(deployment.spec!['template'].spec.containers.length).toBeGreaterThan(0);
    });

    it('migrate containers run the baked image as the image user, the password from the Secret', () => {
        const secret = byKind('Secret');
        for (const container of migrateContainers()) {
            expect(container.image).toBe(README_BAKED);
            expect(container.args).toEqual(['up']);
            expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
            const password = container.env!.find((env) => env.name === 'NOORM_PASSWORD')!;
            expect(password.value).toBeUndefined();
            const ref = password.valueFrom!.secretKeyRef!;
            expect(ref.name).toBe(secret.metadata.name);
            expect(Object.keys(secret.stringData!)).toContain(ref.key);
            for (const env of container.env!) expect(DOCKER_SECTION).toContain(env.name);
        }
        for (const pod of [byKind('Job').spec!['template'].spec, byKind('Deployment').spec!['template'].spec]) {
            expect(pod.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001 });
        }
    });
});

const skip = dockerSkipReason();
const postgres = availableDialects(['postgres']);

(skip || postgres.length === 0 ? describe.skip : describe)('the Kubernetes Job, twice at once (docker run against the local PostgreSQL)', () => {
    let context: string;
    let tag: string;

    beforeAll(() => {
        // The recipe's bake over schema-example/, with a first file slow enough that the two runs meet.
        context = mkdtempSync(path.join(os.tmpdir(), 'noorm-race-'));
        cpSync(EXAMPLE, context, { recursive: true, filter: (source) => !source.endsWith('.sqlite') });
        writeFileSync(path.join(context, 'schema', '000_slow.sql'), 'SELECT pg_sleep(3);\n');
        tag = buildImage(`noorm-race-test:${process.pid}`, context, ['-f', 'migrations.Dockerfile', '--build-arg', `NOORM_IMAGE=${IMAGE}`]);
    });

    afterAll(() => {
        removeImage(tag);
        rmSync(context, { recursive: true, force: true });
    });

    it('one waits for the lock, both succeed, nothing is applied twice', async () => {
        const db = await createTestDatabase('postgres', os.tmpdir());
        try {
            const url = new URL(db.env['NOORM_URL']!);
            const secret = byKind('Secret').stringData!;
            const job = migrateContainers()[0]!;
            // The Job's environment as Kubernetes would give it, pointed at the local server and test database.
            const local: Record<string, string> = {
                NOORM_HOST: url.hostname,
                NOORM_PORT: url.port || '5432',
                NOORM_DATABASE: url.pathname.slice(1),
                NOORM_USER: decodeURIComponent(url.username),
            };
            const env = Object.fromEntries(job.env!.map((entry) => [entry.name, local[entry.name] ?? entry.value ?? secret[entry.valueFrom!.secretKeyRef!.key]!]));
            const [first, second] = await Promise.all([0, 1].map(() => dockerRun(job.args!, { image: tag, env, extra: ['--read-only'] })));
            expect([first!.code, second!.code]).toEqual([0, 0]);
            expect([first!, second!].filter((run) => run.stderr.includes('waiting for the lock held by'))).toHaveLength(1);
            const rows = await db.query<{ filepath: string; n: number }>("SELECT filepath, count(*)::int AS n FROM __change_files__ WHERE status = 'success' GROUP BY filepath");
            expect(rows.length).toBe(9);
            expect(rows.every((row) => row.n === 1)).toBe(true);
            expect(await db.query('SELECT status FROM __change_version__')).toEqual([{ status: 'baseline' }]);
            expect(await db.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 2 }]);
        } finally {
            await db.drop();
        }
    });
});
