/**
 * Finds a server for each server dialect before the suites start, in this order:
 *   1. NOORM_TEST_<DB>_URL, when set;
 *   2. the local server of this project's machines (PostgreSQL on 5432, MariaDB on 3306);
 *   3. a container started with testcontainers, when a Docker engine answers its ping and has the
 *      image or can pull it (bounded: no registry is reachable on this project's machines);
 *   4. otherwise NOORM_TEST_<DB>_SKIP is set, and the suites say loudly that they skipped.
 * A NOORM_TEST_<DB>_SKIP set beforehand (a CI job without that server) skips the search.
 * Self-contained on purpose: jest does not map relative imports for this file.
 */
import http from 'node:http';
import { existsSync } from 'node:fs';

type Db = 'postgres' | 'mysql' | 'mssql';

const LOCAL: Partial<Record<Db, string>> = {
    postgres: 'postgres://postgres@127.0.0.1:5432/postgres',
    mysql: 'mysql://root@127.0.0.1:3306/',
};

const MSSQL_PASSWORD = 'Noorm_Test_Pw1!';

interface Started {
    stop(): Promise<unknown>;
}

const started: Started[] = [];
(globalThis as { __noormContainers?: Started[] }).__noormContainers = started;

export default async function globalSetup(): Promise<void> {
    const lines: string[] = [];
    let docker: boolean | null = null;
    for (const db of ['postgres', 'mysql', 'mssql'] as const) {
        const key = `NOORM_TEST_${db.toUpperCase()}_URL`;
        const skipKey = `NOORM_TEST_${db.toUpperCase()}_SKIP`;
        if (process.env[key]) {
            lines.push(`${db}: ${key}`);
            continue;
        }
        if (process.env[skipKey]) {
            lines.push(`${db}: SKIPPED (${process.env[skipKey]})`);
            continue;
        }
        const local = LOCAL[db];
        if (local && (await probe(db, local))) {
            process.env[key] = local;
            lines.push(`${db}: local server (${local})`);
            continue;
        }
        docker ??= await dockerAnswers();
        if (docker) {
            try {
                process.env[key] = await startContainer(db);
                lines.push(`${db}: container`);
                continue;
            } catch (error) {
                process.env[skipKey] = `the ${db} container did not start: ${(error as Error).message}`;
                lines.push(`${db}: SKIPPED (${process.env[skipKey]})`);
                continue;
            }
        }
        process.env[skipKey] = `no ${key}, no local server, and no Docker engine for testcontainers`;
        lines.push(`${db}: SKIPPED (${process.env[skipKey]})`);
    }
    process.stderr.write(`\nnoorm test databases:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
}

async function probe(db: Db, url: string): Promise<boolean> {
    try {
        if (db === 'postgres') {
            const { default: pg } = await import('pg');
            const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
            await client.connect();
            await client.end();
            return true;
        }
        if (db === 'mysql') {
            const { default: mysql } = await import('mysql2/promise');
            const parsed = new URL(url);
            const connection = await mysql.createConnection({
                host: parsed.hostname,
                port: Number(parsed.port || 3306),
                user: decodeURIComponent(parsed.username),
                password: decodeURIComponent(parsed.password),
                connectTimeout: 2000,
            });
            await connection.end();
            return true;
        }
    } catch {
        return false;
    }
    return false;
}

/** Where the Docker engine's API listens: DOCKER_HOST (tcp:// or unix://), else the default socket. */
function dockerEndpoint(): http.RequestOptions | null {
    const host = process.env['DOCKER_HOST'];
    const options: http.RequestOptions = {};
    if (host?.startsWith('tcp://')) {
        const parsed = new URL(host.replace(/^tcp:/, 'http:'));
        options.host = parsed.hostname;
        options.port = Number(parsed.port);
    } else {
        const socket = host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
        if (!existsSync(socket)) return null;
        options.socketPath = socket;
    }
    return options;
}

/**
 * One request to the engine's API. `idleMs` bounds every wait for the next bytes (a socket that
 * accepts and never answers must not hang the suite), `totalMs` the whole exchange.
 */
function dockerApi(method: string, path: string, idleMs: number, totalMs = idleMs): Promise<{ status: number; body: string }> {
    const endpoint = dockerEndpoint();
    if (!endpoint) return Promise.reject(new Error('no Docker socket'));
    return new Promise((resolve, reject) => {
        const request = http.request({ ...endpoint, method, path, timeout: idleMs }, (response) => {
            let body = '';
            response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
            response.on('end', () => {
                clearTimeout(total);
                resolve({ status: response.statusCode ?? 0, body });
            });
        });
        const total = totalMs > idleMs ? setTimeout(() => request.destroy(new Error(`no answer within ${totalMs / 1000} s`)), totalMs) : undefined;
        request.on('timeout', () => request.destroy(new Error(`the engine was silent for ${idleMs / 1000} s`)));
        request.on('error', (error) => {
            clearTimeout(total);
            reject(error);
        });
        request.end();
    });
}

/** GET /_ping with our own timeout. */
export async function dockerAnswers(): Promise<boolean> {
    try {
        return (await dockerApi('GET', '/_ping', 2000)).status === 200;
    } catch {
        return false;
    }
}

/**
 * The image is there, or is pulled now. Where no registry is reachable the engine says so at once, or
 * goes silent: both end the attempt in seconds. A pull that makes progress may take its time (minutes
 * for SQL Server), up to NOORM_TEST_PULL_TIMEOUT seconds (default 600).
 */
export async function ensureImage(image: string, idleMs = 20_000): Promise<void> {
    if ((await dockerApi('GET', `/images/${encodeURIComponent(image)}/json`, Math.min(idleMs, 5000))).status === 200) return;
    const [name, tag] = image.includes(':') ? [image.slice(0, image.lastIndexOf(':')), image.slice(image.lastIndexOf(':') + 1)] : [image, 'latest'];
    const totalMs = Number(process.env['NOORM_TEST_PULL_TIMEOUT'] ?? 600) * 1000;
    const pull = await dockerApi('POST', `/images/create?fromImage=${encodeURIComponent(name)}&tag=${encodeURIComponent(tag)}`, idleMs, totalMs);
    const failed = pull.status !== 200 ? pull.body : pull.body.split('\n').map(pullError).find(Boolean);
    if (failed) throw new Error(`cannot pull ${image}: ${String(failed).trim().slice(0, 300)}`);
}

const IMAGES: Record<Db, string> = {
    postgres: 'postgres:16-alpine',
    mysql: 'mysql:8.4',
    mssql: 'mcr.microsoft.com/mssql/server:2022-latest',
};

async function startContainer(db: Db): Promise<string> {
    await ensureImage(IMAGES[db]);
    const { GenericContainer, Wait } = await import('testcontainers');
    if (db === 'postgres') {
        const container = await new GenericContainer(IMAGES.postgres)
            .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
            .withExposedPorts(5432)
            .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
            .start();
        started.push(container);
        return `postgres://postgres@${container.getHost()}:${container.getMappedPort(5432)}/postgres`;
    }
    if (db === 'mysql') {
        const container = await new GenericContainer(IMAGES.mysql)
            .withEnvironment({ MYSQL_ALLOW_EMPTY_PASSWORD: 'yes' })
            .withExposedPorts(3306)
            .withWaitStrategy(Wait.forLogMessage(/ready for connections.*port: 3306/))
            .withStartupTimeout(180_000)
            .start();
        started.push(container);
        return `mysql://root@${container.getHost()}:${container.getMappedPort(3306)}/`;
    }
    const container = await new GenericContainer(IMAGES.mssql)
        .withEnvironment({ ACCEPT_EULA: 'Y', MSSQL_SA_PASSWORD: MSSQL_PASSWORD })
        .withExposedPorts(1433)
        .withWaitStrategy(Wait.forLogMessage(/SQL Server is now ready for client connections/))
        .withStartupTimeout(240_000)
        .start();
    started.push(container);
    return `mssql://sa:${encodeURIComponent(MSSQL_PASSWORD)}@${container.getHost()}:${container.getMappedPort(1433)}/master`;
}

/** The error of one line of the engine's pull progress (newline-delimited JSON), if it is one. */
function pullError(line: string): string | undefined {
    try {
        return line.trim() ? (JSON.parse(line) as { error?: string }).error : undefined;
    } catch {
        return undefined;
    }
}
