/**
 * The engine as a library, below any face: a session opened with openSession() runs a build on
 * SQLite, reports structured events, and returns the result object every face renders.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
    ExitCode,
    InterruptedError,
    StateStore,
    addConfig,
    useConfig,
    changeFf,
    exitCodeOf,
    failureDocument,
    openSession,
    resultDocument,
    runBuild,
    type NoormEvent,
} from '../../src/core/index.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';
import { query } from '../helpers/sqlite.js';

afterAll(removeProjects);

const files = {
    'schema/001_users.sql': 'CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT);\n',
    'schema/002_seed.sql.eta': 'INSERT INTO users (email) VALUES (<%= escape(secrets.ADMIN_EMAIL) %>);\n',
    'schema/003_broken.sql': 'INSERT INTO nowhere VALUES (1);\n',
};

describe('openSession()', () => {
    it('runs a build, reports typed events and returns the result object of the contract', async () => {
        const root = makeProject(files);
        const events: NoormEvent[] = [];
        const session = openSession({
            cwd: root,
            env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite', NOORM_IDENTITY: 'Core Test <core@example.com>', NOORM_SECRET_ADMIN_EMAIL: 'admin-hidden@example.com' },
            onEvent: (event) => events.push(event),
        });
        const result = await runBuild(await session.context());

        expect(result).toMatchObject({ ok: false, command: 'run build', config: 'default', dialect: 'sqlite', target: 'sqlite app.sqlite', dryRun: false, notRun: [] });
        expect(result.files.map((file) => [file.path, file.status])).toEqual([
            ['schema/001_users.sql', 'success'],
            ['schema/002_seed.sql.eta', 'success'],
            ['schema/003_broken.sql', 'failed'],
        ]);
        expect(Number.isInteger(result.files[0]!.durationMs)).toBe(true);
        expect(result.error).toMatchObject({ code: 'sql-failed', exitCode: ExitCode.failure, file: 'schema/003_broken.sql', line: 1 });
        expect(exitCodeOf(result)).toBe(ExitCode.failure);

        // Events carry fields: the start, each file's progress, and the failure with its line.
        expect(events[0]).toEqual({ type: 'run:start', command: 'run build', target: 'sqlite app.sqlite', total: 3, toRun: 3, dryRun: false });
        expect(events.filter((event) => event.type === 'file:done').map((event) => event.type === 'file:done' && event.status)).toEqual(['success', 'success', 'failed']);
        expect(events.find((event) => event.type === 'file:done' && event.status === 'failed')).toMatchObject({ path: 'schema/003_broken.sql', error: { line: 1 } });

        // The secret from NOORM_SECRET_* reached the template, and no document shows it.
        expect(await query(path.join(root, 'app.sqlite'), 'SELECT email FROM users')).toEqual([{ email: 'admin-hidden@example.com' }]);
        const document = resultDocument(result, { warnings: session.warnings, redactor: session.redactor });
        expect(Object.keys(document).slice(0, 5)).toEqual(['ok', 'command', 'config', 'dialect', 'target']);
        expect(document['error']).toEqual({ code: 'sql-failed', exitCode: 1, message: expect.any(String), hint: null, file: 'schema/003_broken.sql', line: 1 });
        expect(JSON.stringify(document)).not.toContain('admin-hidden@example.com');
        expect(session.where()).toEqual({ config: 'default', dialect: 'sqlite', target: 'sqlite app.sqlite' });
    });

    it('collects warnings from events, and interrupt() stops the command as a signal would', async () => {
        // A database built with one changeset, then a branch brings an older one.
        const root = makeProject({
            'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x INTEGER);\n',
            'changesets/2024-01-02_step/change/001.sql': 'ALTER TABLE t ADD COLUMN step INTEGER;\n',
        });
        const env = { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' };
        await runBuild(await openSession({ cwd: root, env }).context());
        writeFiles(root, { 'changesets/2024-01-01_late/change/001.sql': 'ALTER TABLE t ADD COLUMN late INTEGER;\n' });

        const session = openSession({ cwd: root, env });
        const result = await changeFf(await session.context());
        expect(result.ok).toBe(true);
        expect(session.warnings).toEqual([{ code: 'out-of-order', changeset: '2024-01-01_late', message: expect.stringContaining('older than 2024-01-02_step') }]);

        const stopped = openSession({ cwd: root, env });
        stopped.interrupt('SIGTERM');
        expect(stopped.signal.reason).toBeInstanceOf(InterruptedError);
        const document = failureDocument('run build', stopped.signal.reason as InterruptedError, { where: null });
        expect(document).toMatchObject({ ok: false, command: 'run build', error: { code: 'interrupted', exitCode: ExitCode.sigterm } });
    });

    it('uses the environment as the config when it is complete and the state file does not open here, and says so', async () => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x INTEGER);\n', '.noorm/state.enc': '{"not": "a state file from this machine"}' });
        const events: NoormEvent[] = [];
        const session = openSession({ cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' }, onEvent: (event) => events.push(event) });
        const result = await runBuild(await session.context());
        expect(result.ok).toBe(true);
        expect(events.filter((event) => event.type === 'note' && event.code === 'state-not-read')).toHaveLength(1);
        // Naming a stored config reads the state, which does not open here.
        const named = openSession({ cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite', NOORM_CONFIG: 'prod' } });
        await expect(named.context()).rejects.toMatchObject({ code: 'state-damaged', exitCode: ExitCode.usage });
    });

    it('sessions of one face can share a state store: each sees what the one before wrote, and each resolves afresh', async () => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (id INTEGER);\n' });
        const env = { NOORM_IDENTITY: 'Core Test <core@example.com>' };
        const store = new StateStore({ root, env });
        const first = openSession({ cwd: root, env, store });
        expect(first.store).toBe(store);
        await addConfig(first.store, 'one', { dialect: 'sqlite', database: 'one.sqlite' });
        await addConfig(first.store, 'two', { dialect: 'sqlite', database: 'two.sqlite' });
        expect((await first.config()).name).toBe('one');

        await useConfig(openSession({ cwd: root, env, store }).store, 'two');
        const next = openSession({ cwd: root, env, store });
        expect(next.store).toBe(store);
        expect((await next.config()).name).toBe('two');
        // A session resolves once: the first one still runs on the config it resolved.
        expect((await first.config()).name).toBe('one');
    });

    it('a shared store asks for the passphrase once when screens read it at the same moment', async () => {
        const root = makeProject();
        await addConfig(new StateStore({ root, env: { NOORM_PASSPHRASE: 'correct horse battery' } }), 'dev', { dialect: 'sqlite', database: 'dev.sqlite' });
        let asked = 0;
        const store = new StateStore({ root, env: {}, askPassphrase: async () => (asked++, 'correct horse battery') });
        const [a, b] = await Promise.all([store.read(), store.read()]);
        expect(a?.configs['dev']).toBeDefined();
        expect(b).toBe(a);
        expect(asked).toBe(1);
    });
});
