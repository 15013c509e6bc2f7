import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { parseConnectionUrl } from '../../src/core/config/url.js';
import type { ConfigStore } from '../../src/core/config/types.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(removeProjects);

describe('parseConnectionUrl', () => {
    it('splits a server URL into fields, decoding the password', () => {
        expect(parseConnectionUrl('postgresql://app:p%40ss%3Aword@db.internal:6543/shop?sslmode=require&application_name=x')).toEqual({
            fields: { dialect: 'postgres', host: 'db.internal', port: '6543', user: 'app', password: 'p@ss:word', database: 'shop', ssl: 'require' },
            params: { application_name: 'x' },
        });
    });

    it('takes the TLS mode and CA file from the URL parameters', () => {
        expect(parseConnectionUrl('postgres://h/db?sslmode=verify-full&sslrootcert=certs/ca.pem').fields).toMatchObject({ ssl: 'verify-full', sslCa: 'certs/ca.pem' });
    });

    it('maps mariadb:// and sqlserver:// to their dialects', () => {
        expect(parseConnectionUrl('mariadb://root@127.0.0.1/test').fields.dialect).toBe('mysql');
        expect(parseConnectionUrl('sqlserver://sa@localhost:1433/master').fields.dialect).toBe('mssql');
    });

    it('reads SQLite file URLs in their common spellings', () => {
        expect(parseConnectionUrl('sqlite:app.db').fields).toEqual({ dialect: 'sqlite', database: 'app.db' });
        expect(parseConnectionUrl('sqlite://data/app.db').fields).toEqual({ dialect: 'sqlite', database: 'data/app.db' });
        expect(parseConnectionUrl('sqlite:///var/db/app.db').fields).toEqual({ dialect: 'sqlite', database: '/var/db/app.db' });
    });

    it('refuses an unknown scheme with exit code 2, without echoing the URL', () => {
        expect(() => parseConnectionUrl('oracle://scott:tiger@host/db')).toThrow(expect.objectContaining({ exitCode: 2, code: 'bad-url' }));
        try {
            parseConnectionUrl('oracle://scott:tiger@host/db');
        } catch (error) {
            expect(String((error as Error).message)).not.toContain('tiger');
        }
    });
});

describe('resolveConfig', () => {
    const root = makeProject({ 'schema/001.sql': 'SELECT 1;' });

    it('builds a complete config from the environment alone', async () => {
        const config = await resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.db' } });
        expect(config).toMatchObject({
            name: 'default',
            source: 'environment',
            connection: { dialect: 'sqlite', database: 'app.db' },
            paths: { root, schema: path.join(root, 'schema'), changesets: path.join(root, 'changesets'), allowed: [] },
            protected: false,
            lock: { waitSeconds: 60, expirySeconds: 600 },
        });
    });

    it('lets flags win over the environment, field by field', async () => {
        const config = await resolveConfig({
            cwd: root,
            env: { NOORM_DIALECT: 'postgres', NOORM_HOST: 'envhost', NOORM_DATABASE: 'envdb', NOORM_CONFIG: 'ci' },
            flags: { database: 'flagdb' },
        });
        expect(config.connection).toMatchObject({ dialect: 'postgres', host: 'envhost', database: 'flagdb' });
        expect(config.name).toBe('ci');
    });

    it('takes a URL as a whole connection, with explicit fields on top', async () => {
        const config = await resolveConfig({
            cwd: root,
            env: { NOORM_HOST: 'stale-host', NOORM_PASSWORD: 'old' },
            flags: { url: 'postgres://u:secret@urlhost:5433/urldb', database: 'override' },
        });
        expect(config.connection).toMatchObject({ dialect: 'postgres', host: 'urlhost', port: 5433, user: 'u', password: 'secret', database: 'override' });
    });

    it('is a usage error (exit 2) when no dialect is configured anywhere', async () => {
        await expect(resolveConfig({ cwd: root, env: { NOORM_DATABASE: 'x.db' } })).rejects.toMatchObject({ code: 'no-dialect', exitCode: 2 });
    });

    it('refuses unknown dialects and bad ports, naming the field', async () => {
        await expect(resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'oracle' } })).rejects.toMatchObject({ code: 'unknown-dialect', exitCode: 2 });
        await expect(resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'postgres', NOORM_PORT: '70000' } })).rejects.toThrow(/port/);
        await expect(resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'sqlite' } })).rejects.toMatchObject({ code: 'no-database' });
    });

    it('accepts dialect aliases', async () => {
        const config = await resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'MariaDB' } });
        expect(config.connection.dialect).toBe('mysql');
    });

    it('resolves config paths against the project root found upwards from the working directory', async () => {
        const project = makeProject({ 'db/schema/001.sql': 'SELECT 1;' });
        mkdirSync(path.join(project, '.noorm'));
        mkdirSync(path.join(project, 'src', 'deep'), { recursive: true });
        const config = await resolveConfig({
            cwd: path.join(project, 'src', 'deep'),
            env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.db', NOORM_SCHEMA_PATH: 'db/schema' },
        });
        expect(config.paths.root).toBe(project);
        expect(config.paths.schema).toBe(path.join(project, 'db', 'schema'));
    });

    it('merges a stored config under the environment and flags', async () => {
        const store: ConfigStore = {
            load: async () => ({
                activeConfig: 'dev',
                configs: {
                    dev: { name: 'dev', protected: true, identity: 'Dev Person <dev@example.com>', connection: { dialect: 'postgres', host: 'devhost', database: 'devdb' } },
                },
            }),
        };
        const config = await resolveConfig({ cwd: root, env: { NOORM_HOST: 'envhost' }, store });
        expect(config).toMatchObject({
            name: 'dev',
            source: 'stored',
            protected: true,
            connection: { host: 'envhost', database: 'devdb' },
            identity: { value: 'Dev Person <dev@example.com>', source: 'config' },
        });
        await expect(resolveConfig({ cwd: root, env: { NOORM_CONFIG: 'prod' }, store })).rejects.toMatchObject({ code: 'unknown-config', exitCode: 2 });
    });

    it("never lets NOORM_PROTECTED=0 lift a stored config's protection", async () => {
        const store: ConfigStore = {
            load: async () => ({ activeConfig: 'prod', configs: { prod: { name: 'prod', protected: true, connection: { dialect: 'sqlite', database: 'p.db' } } } }),
        };
        expect((await resolveConfig({ cwd: root, env: { NOORM_PROTECTED: '0' }, store })).protected).toBe(true);
    });

    it('marks environment-only configs protected with NOORM_PROTECTED', async () => {
        const config = await resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'a.db', NOORM_PROTECTED: '1' } });
        expect(config.protected).toBe(true);
    });

    it('records where the identity came from', async () => {
        const fromEnv = await resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'a.db', NOORM_IDENTITY: 'CI Bot <ci@example.com>' } });
        expect(fromEnv.identity).toEqual({ value: 'CI Bot <ci@example.com>', source: 'env' });
        const fromFlag = await resolveConfig({ cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'a.db', NOORM_IDENTITY: 'x' }, flags: { identity: 'Me' } });
        expect(fromFlag.identity).toEqual({ value: 'Me', source: 'cli' });
    });
});
