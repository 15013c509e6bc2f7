/**
 * Finds a server for each server dialect before the suites start, in this order:
 *   1. NOORM_TEST_<DB>_URL, when set;
 *   2. the local server of this project's machines (PostgreSQL on 5432, MariaDB on 3306);
 *   3. a container started with testcontainers, when a Docker engine answers its ping;
 *   4. otherwise NOORM_TEST_<DB>_SKIP is set, and the suites say loudly that they skipped.
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

/** GET /_ping with our own timeout: a socket that accepts and never answers must not hang the suite. */
async function dockerAnswers(): Promise<boolean> {
    const host = process.env['DOCKER_HOST'];
    const options: http.RequestOptions = { path: '/_ping', timeout: 2000 };
    if (host?.startsWith('tcp://')) {
        const parsed = new URL(host.replace(/^tcp:/, 'http:'));
        options.host = parsed.hostname;
        options.port = Number(parsed.port);
    } else {
        const socket = host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
        if (!existsSync(socket)) return false;
        options.socketPath = socket;
    }
    return new Promise((resolve) => {
        const request = http.get(options, (response) => {
            response.resume();
            resolve(response.statusCode === 200);
        });
        request.on('timeout', () => {
            request.destroy();
            resolve(false);
        });
        request.on('error', () => resolve(false));
    });
}

async function startContainer(db: Db): Promise<string> {
    const { GenericContainer, Wait } = await import('testcontainers');
    if (db === 'postgres') {
        const container = await new GenericContainer('postgres:16-alpine')
            .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
            .withExposedPorts(5432)
            .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
            .start();
        started.push(container);
        return `postgres://postgres@${container.getHost()}:${container.getMappedPort(5432)}/postgres`;
    }
    if (db === 'mysql') {
        const container = await new GenericContainer('mysql:8.4')
            .withEnvironment({ MYSQL_ALLOW_EMPTY_PASSWORD: 'yes' })
            .withExposedPorts(3306)
            .withWaitStrategy(Wait.forLogMessage(/ready for connections.*port: 3306/))
            .withStartupTimeout(180_000)
            .start();
        started.push(container);
        return `mysql://root@${container.getHost()}:${container.getMappedPort(3306)}/`;
    }
    const container = await new GenericContainer('mcr.microsoft.com/mssql/server:2022-latest')
        .withEnvironment({ ACCEPT_EULA: 'Y', MSSQL_SA_PASSWORD: MSSQL_PASSWORD })
        .withExposedPorts(1433)
        .withWaitStrategy(Wait.forLogMessage(/SQL Server is now ready for client connections/))
        .withStartupTimeout(240_000)
        .start();
    started.push(container);
    return `mssql://sa:${encodeURIComponent(MSSQL_PASSWORD)}@${container.getHost()}:${container.getMappedPort(1433)}/master`;
}
