/**
 * Fresh, empty databases for integration tests, one body looped over every dialect. Servers come
 * from NOORM_TEST_<DB>_URL, which tests/global-setup.ts fills in (URL, local server or container)
 * or replaces with NOORM_TEST_<DB>_SKIP and a reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kysely, MssqlDialect, MysqlDialect, PostgresDialect, sql } from 'kysely';

export type TestDialect = 'postgres' | 'mysql' | 'sqlite' | 'mssql';
export const ALL_DIALECTS: TestDialect[] = ['postgres', 'mysql', 'sqlite', 'mssql'];

export interface NativeResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

export interface TestDatabase {
    dialect: TestDialect;
    /** Database name (SQLite: the file). */
    name: string;
    /** What noorm connects with. */
    env: Record<string, string>;
    /** One query, its rows. */
    query<T = Record<string, unknown>>(text: string): Promise<T[]>;
    /** A script of several statements, run by the test's own driver connection. */
    exec(text: string): Promise<void>;
    /** Runs a file with the database's own command-line client; null when that client is not installed. */
    native(file: string): Promise<NativeResult | null>;
    drop(): Promise<void>;
}

/** Why a dialect's tests cannot run here, or null when they can. */
export function skipReason(dialect: TestDialect): string | null {
    if (dialect === 'sqlite') return null;
    const key = dialect.toUpperCase();
    if (process.env[`NOORM_TEST_${key}_URL`]) return null;
    return process.env[`NOORM_TEST_${key}_SKIP`] ?? `NOORM_TEST_${key}_URL is not set`;
}

/**
 * Dialects to loop over; unavailable ones are announced loudly once per test file.
 * `NOORM_TEST_DIALECTS=sqlite,postgres` runs only those (the others are said to be left out).
 */
export function availableDialects(dialects: TestDialect[] = ALL_DIALECTS): TestDialect[] {
    const only = process.env['NOORM_TEST_DIALECTS']?.split(',').map((name) => name.trim());
    return dialects.filter((dialect) => {
        if (only && !only.includes(dialect)) {
            process.stderr.write(`\n(${dialect} tests left out: NOORM_TEST_DIALECTS=${only.join(',')})\n`);
            return false;
        }
        const reason = skipReason(dialect);
        if (reason) process.stderr.write(`\n*** SKIPPED ${dialect} tests: ${reason} ***\n`);
        return !reason;
    });
}

let counter = 0;
function uniqueName(): string {
    return `noorm_t${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 7)}`;
}

export async function createTestDatabase(dialect: TestDialect, projectRoot: string): Promise<TestDatabase> {
    switch (dialect) {
        case 'sqlite':
            return sqliteDatabase(projectRoot);
        case 'postgres':
            return postgresDatabase();
        case 'mysql':
            return mysqlDatabase();
        case 'mssql':
            return mssqlDatabase();
    }
}

async function sqliteDatabase(root: string): Promise<TestDatabase> {
    const { default: Database } = await import('better-sqlite3');
    const file = path.join(root, `${uniqueName()}.sqlite`);
    const open = () => new Database(file);
    return {
        dialect: 'sqlite',
        name: file,
        env: { NOORM_URL: `sqlite:${file}` },
        async query<T>(text: string) {
            const db = open();
            try {
                const statement = db.prepare(text);
                if (statement.reader) return statement.all() as T[];
                statement.run();
                return [];
            } finally {
                db.close();
            }
        },
        async exec(text) {
            const db = open();
            try {
                db.exec(text);
            } finally {
                db.close();
            }
        },
        native: (script) => runNative('sqlite3', ['-bail', file], script),
        async drop() {},
    };
}

async function postgresDatabase(): Promise<TestDatabase> {
    const { default: pg } = await import('pg');
    const admin = new URL(process.env['NOORM_TEST_POSTGRES_URL']!);
    const name = uniqueName();
    const adminPool = new pg.Pool({ connectionString: admin.toString(), max: 1 });
    await adminPool.query(`CREATE DATABASE ${name}`);
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    pool.on('error', () => undefined);
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    return {
        dialect: 'postgres',
        name,
        env: { NOORM_URL: url.toString() },
        async query<T>(text: string) {
            return (await sql.raw<T>(text).execute(db)).rows;
        },
        async exec(text) {
            await pool.query(text);
        },
        native: (script) => runNative('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url.toString()], script),
        async drop() {
            // Not db.destroy(): Kysely ends a pool only if it used it.
            await pool.end();
            await adminPool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await adminPool.end();
        },
    };
}

async function mysqlDatabase(): Promise<TestDatabase> {
    const { default: mysql } = await import('mysql2');
    const admin = new URL(process.env['NOORM_TEST_MYSQL_URL']!);
    const name = uniqueName();
    const base = {
        host: admin.hostname,
        port: Number(admin.port || 3306),
        user: decodeURIComponent(admin.username) || 'root',
        password: decodeURIComponent(admin.password),
    };
    const adminConnection = mysql.createConnection(base).promise();
    await adminConnection.query(`CREATE DATABASE ${name}`);
    const pool = mysql.createPool({ ...base, database: name, connectionLimit: 2, multipleStatements: true, dateStrings: true });
    const db = new Kysely<unknown>({ dialect: new MysqlDialect({ pool }) });
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    const client = ['mariadb', 'mysql'].find((binary) => !spawnSync(binary, ['--version']).error);
    return {
        dialect: 'mysql',
        name,
        env: { NOORM_URL: url.toString() },
        async query<T>(text: string) {
            return (await sql.raw<T>(text).execute(db)).rows;
        },
        async exec(text) {
            await pool.promise().query(text);
        },
        native: async (script) =>
            client ? runNative(client, [`--host=${base.host}`, `--port=${base.port}`, `--user=${base.user}`, `--password=${base.password}`, name], script) : null,
        async drop() {
            await new Promise<void>((resolve) => pool.end(() => resolve()));
            await adminConnection.query(`DROP DATABASE IF EXISTS ${name}`);
            await adminConnection.end();
        },
    };
}

async function mssqlDatabase(): Promise<TestDatabase> {
    const tedious = await import('tedious');
    const tarn = await import('tarn');
    const admin = new URL(process.env['NOORM_TEST_MSSQL_URL']!);
    const name = uniqueName();
    const connect = (database: string) => () =>
        new tedious.Connection({
            server: admin.hostname,
            authentication: { type: 'default', options: { userName: decodeURIComponent(admin.username), password: decodeURIComponent(admin.password) } },
            options: { port: Number(admin.port || 1433), database, trustServerCertificate: true, encrypt: true },
        });
    const make = (database: string) =>
        new Kysely<unknown>({
            dialect: new MssqlDialect({ tarn: { ...tarn, options: { min: 0, max: 2 } }, tedious: { ...tedious, connectionFactory: connect(database) } }),
        });
    const master = make('master');
    await sql.raw(`CREATE DATABASE ${name}`).execute(master);
    const db = make(name);
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    url.searchParams.set('encrypt', 'require');
    return {
        dialect: 'mssql',
        name,
        env: { NOORM_URL: url.toString() },
        async query<T>(text: string) {
            return (await sql.raw<T>(text).execute(db)).rows;
        },
        async exec(text) {
            await sql.raw(text).execute(db);
        },
        native: async () => null,
        async drop() {
            await db.destroy();
            await sql.raw(`ALTER DATABASE ${name} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${name}`).execute(master);
            await master.destroy();
        },
    };
}

function runNative(binary: string, args: string[], script: string): Promise<NativeResult | null> {
    if (spawnSync(binary, ['--version']).error) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
        const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(readFileSync(script));
    });
}
