/**
 * The terminal UI, driven key by key through ink-testing-library against real databases (SQLite in
 * a temp folder, Postgres where the suite has it): navigation, the help drawn from the key
 * registry, the list filter, the `:` palette, plan → confirm → progress → result for a build, the
 * typed confirmation of a protected config, and an error screen naming the file and line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { cleanup } from 'ink-testing-library';
import { StateStore, addConfig, listConfigs, openSession, useConfig } from '../../src/core/index.js';
import { availableDialects, createTestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';
import { tableNames } from '../helpers/sqlite.js';
import { IDENTITY, KEYS, drive, storeConfig } from './helpers.js';

afterEach(cleanup);
afterAll(removeProjects);

const SCHEMA = {
    'schema/001_users.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n',
    'schema/002_posts.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);\n',
    'changesets/2024-01-15_add-status/change/001_status.sql': 'ALTER TABLE posts ADD COLUMN status TEXT;\n',
    'changesets/2024-01-15_add-status/revert/001_status.sql': 'ALTER TABLE posts DROP COLUMN status;\n',
};

async function project(files: Record<string, string> = SCHEMA): Promise<string> {
    const root = makeProject(files);
    await storeConfig(root, 'dev', { dialect: 'sqlite', database: 'dev.sqlite' });
    await storeConfig(root, 'prod', { dialect: 'sqlite', database: 'prod.sqlite', protected: true });
    return root;
}

describe('navigation and keys', () => {
    it('home shows the sections and the configs; tab and shift+tab move between sections; esc goes back', async () => {
        const app = drive(await project());
        await app.see('prod');
        const home = await app.see('config dev · sqlite dev.sqlite');
        expect(home).toContain('[Home]');
        for (const section of ['Config', 'Change', 'Run', 'DB', 'Lock']) expect(home).toContain(section);
        expect(home).toMatch(/dev\s+\(active\)/);
        expect(home).toMatch(/prod.*🔒 protected/);
        expect(home).toContain('config dev · sqlite dev.sqlite');

        await app.press(KEYS.tab);
        await app.see('[Config]');
        await app.press(KEYS.tab);
        await app.see('[Change]');
        await app.see('2024-01-15_add-status');
        expect(app.frame()).toMatch(/○ pending\s+2024-01-15_add-status/);
        await app.press(KEYS.shiftTab);
        await app.see('[Config]');
        await app.press(KEYS.esc);
        await app.see('[Change]');
        await app.press(KEYS.esc, KEYS.esc);
        await app.see('[Home]');
    });

    it('? lists every key of the screen from the same registry as the footer, searchable; esc closes it', async () => {
        const app = drive(await project(), { location: { route: 'change', params: {} }, rows: 40 });
        await app.see('f ff: all pending');
        const footer = app.frame().split('\n').at(-2)!;
        for (const word of ['enter details', 'r run', 'v revert', 'n next', 'f ff: all pending', 'a add']) expect(footer).toContain(word);
        expect(footer).not.toContain('delete'); // help-only keys stay out of the footer

        await app.press('?');
        const help = await app.see('This screen');
        for (const line of [/enter\s+details/, /r\s+run/, /v\s+revert/, /e\s+edit/, /d\s+delete/, /\/\s+filter the list/, /tab\s+next section/, /q\s+quit/, /ctrl\+c\s+stop/])
            expect(help).toMatch(line);
        await app.type('revert');
        const searched = (await app.see('search: revert')).split('\n').slice(0, -2).join('\n');
        expect(searched).toMatch(/v\s+revert/);
        expect(searched).not.toMatch(/r\s+run/);
        expect(searched).not.toMatch(/q\s+quit/);
        await app.press(KEYS.esc);
        await app.see('○ pending');
        expect(app.frame()).not.toContain('This screen');

        // At 24 rows the help is cut to fit (never overlapping lines) and says how to see the rest.
        app.resize(24);
        await app.press('?');
        const short = await app.see('more lines: type to narrow');
        expect(short.split('\n')).toHaveLength(24);
    });

    it('/ filters a list; esc clears the filter before it goes back', async () => {
        const root = await project();
        await storeConfig(root, 'staging', { dialect: 'sqlite', database: 'staging.sqlite' });
        const app = drive(root, { location: { route: 'config', params: {} } });
        await app.see('staging');
        await app.press('/');
        await app.type('pro');
        const filtered = await app.see('/pro');
        expect(filtered).toContain('prod');
        expect(filtered).not.toContain('staging');
        expect(filtered).not.toMatch(/dev\s+\(active\)/);
        await app.press(KEYS.enter);
        await app.see('filter: pro (1 of 3; esc clears)');
        await app.press(KEYS.esc);
        await app.see('staging');
        expect(app.frame()).toContain('[Config]');
    });

    it(': jumps to a screen by name', async () => {
        const app = drive(await project());
        await app.see('prod');
        await app.press(':');
        await app.type('lock stat');
        await app.see('> lock status');
        await app.press(KEYS.enter);
        await app.see('not locked');
        expect(app.frame()).toContain('[Lock]');

        // A screen that needs a name, opened by name alone, asks for it with a picker.
        await app.press(':');
        await app.type('config edit');
        await app.press(KEYS.enter);
        await app.see('Pick the config to edit (e)');
        await app.press(KEYS.down, 'e');
        await app.see('Edit config prod');
    });

    it('q quits; inside a text field q is typed instead', async () => {
        const app = drive(await project(), { location: { route: 'change/add', params: {} } });
        await app.see('name:');
        await app.type('quick fix');
        await app.see('quick fix');
        expect(app.exited()).toBe(false);
        await app.press(KEYS.esc);
        await app.see('[Home]');
        await app.press('q');
        expect(app.exited()).toBe(true);
    });
});

describe('a build: plan → confirm → progress → result', () => {
    it('shows the plan, runs on enter, and the tables exist', async () => {
        const root = await project();
        const app = drive(root, { location: { route: 'run/build', params: {} } });
        const plan = await app.see('Press enter to run the build');
        expect(plan).toContain('run build on sqlite dev.sqlite (dev): 2 files, 2 to run, 0 unchanged');
        expect(plan).toMatch(/schema\/001_users\.sql\s+new\s+→ runs/);
        expect(existsSync(path.join(root, 'dev.sqlite')) && tableNames(path.join(root, 'dev.sqlite')).includes('users')).toBe(false);

        await app.press(KEYS.enter);
        const result = await app.see('✓ done');
        expect(result).toContain('run build on sqlite dev.sqlite: 2 run, 0 unchanged');
        expect(result).toMatch(/✓ ok\s+\d+ ms schema\/002_posts\.sql/);
        expect(tableNames(path.join(root, 'dev.sqlite'))).toEqual(expect.arrayContaining(['users', 'posts']));

        await app.press('r');
        await app.see('nothing to run: every file is unchanged since it last ran');
    });

    it('a failing file shows its path, line, the failing statement and the database message', async () => {
        const root = await project({ ...SCHEMA, 'schema/003_broken.sql': '-- seeds\n\nINSERT INTO nowhere VALUES (1);\n' });
        const app = drive(root, { location: { route: 'run/build', params: {} } });
        await app.see('Press enter');
        await app.press(KEYS.enter);
        const failed = await app.see('✗ failed');
        expect(failed).toContain('2 run, 0 unchanged, 1 failed');
        expect(failed).toMatch(/error: .*no such table: nowhere/);
        expect(failed).toContain('at schema/003_broken.sql:3');
        expect(failed).toMatch(/> 3 │ INSERT INTO nowhere VALUES \(1\);/);
    });

    it('a protected config turns the frame red, needs yes-<name> typed, and a wrong answer writes nothing', async () => {
        const root = await project();
        const session = openSession({ cwd: root, env: IDENTITY });
        await (await import('../../src/core/index.js')).useConfig(session.store, 'prod');
        const app = drive(root, { location: { route: 'run/build', params: {} } });
        await app.see('Press enter');
        await app.see('🔒 PROTECTED config prod');
        await app.press(KEYS.enter);
        await app.see('Type yes-prod to confirm run:build on prod');
        await app.type('yes-dev');
        await app.press(KEYS.enter);
        await app.see('Confirmation did not match "yes-prod"; nothing was done');
        expect(existsSync(path.join(root, 'prod.sqlite')) && tableNames(path.join(root, 'prod.sqlite')).includes('users')).toBe(false);

        await app.press('r');
        await app.see('Press enter');
        await app.press(KEYS.enter);
        await app.see('Type yes-prod');
        await app.type('yes-prod');
        await app.press(KEYS.enter);
        await app.see('✓ done');
        expect(tableNames(path.join(root, 'prod.sqlite'))).toContain('users');
    });

    it('ctrl+c at the typed confirmation cancels it: nothing runs, the app stays', async () => {
        const root = await project();
        await useConfig(openSession({ cwd: root, env: IDENTITY }).store, 'prod');
        const app = drive(root, { location: { route: 'run/build', params: {} } });
        await app.see('Press enter');
        await app.press(KEYS.enter);
        await app.see('Type yes-prod');
        await app.press(KEYS.ctrlC);
        await app.see('nothing was done');
        expect(app.exited()).toBe(false);
        expect(existsSync(path.join(root, 'prod.sqlite')) && tableNames(path.join(root, 'prod.sqlite')).includes('users')).toBe(false);
    });

    it('db destroy on a protected config is refused with the reason, without a prompt', async () => {
        const root = await project();
        const session = openSession({ cwd: root, env: IDENTITY });
        await (await import('../../src/core/index.js')).useConfig(session.store, 'prod');
        const app = drive(root, { location: { route: 'db/destroy', params: {} } });
        const plan = await app.see('nothing will be done');
        expect(plan).toContain('Refused: noorm never destroys the database of a protected config');
        expect(plan).not.toContain('Press enter');
        await app.press(KEYS.enter);
        expect(app.frame()).not.toContain('Type yes-prod');
    });
});

describe('the state passphrase', () => {
    it('is asked once, masked, when the state file needs one; then every screen reads the configs', async () => {
        const root = makeProject(SCHEMA);
        await addConfig(new StateStore({ root, env: { NOORM_PASSPHRASE: 'open sesame 42' } }), 'locked', { dialect: 'sqlite', database: 'locked.sqlite' });
        const app = drive(root);
        await app.see('The state file .noorm/state.enc is encrypted with a passphrase.');
        await app.type('open sesame 42');
        const typed = app.frame();
        expect(typed).not.toContain('open sesame 42');
        expect(typed).toContain('**************');
        await app.press(KEYS.enter);
        await app.see(/locked\s+\(active\)/);
        await app.see('config locked · sqlite locked.sqlite');
        await app.press(KEYS.tab);
        await app.see(/>\s+locked\s+\(active\)/);
        expect(app.frame()).not.toContain('Passphrase');
    });
});

describe('config form', () => {
    it('adds a config: the dialect choice changes the fields, the name is checked as you type, the password is masked', async () => {
        const root = await project();
        const app = drive(root, { location: { route: 'config/add', params: {} } });
        await app.see('Save');
        expect(app.frame()).toContain('host');
        await app.type('bad name');
        await app.see('✗ name "bad name" may only hold letters');
        await app.press(...Array.from({ length: 8 }, () => '\u007F'));
        await app.type('ci');
        await app.see(/name\s+ci/);
        expect(app.frame()).not.toContain('may only hold');
        for (let i = 0; i < 6; i++) await app.press(KEYS.down); // password (postgres shows it)
        await app.type('hunter22');
        const masked = await app.see('********');
        expect(masked).not.toContain('hunter22');
        for (let i = 0; i < 5; i++) await app.press(KEYS.up); // dialect
        await app.press(KEYS.right, KEYS.right); // postgres → mysql → sqlite
        const sqlite = await app.see('‹ sqlite ›');
        expect(sqlite).not.toMatch(/^\s*│\s+host/m);
        expect(sqlite).not.toContain('password');
        await app.press(KEYS.down); // database
        await app.type('ci.sqlite');
        for (let i = 0; i < 6; i++) await app.press(KEYS.down);
        await app.see(/\[Save\]|Save/);
        await app.press(KEYS.enter);
        await app.see('✓ added config ci');
        const stored = await listConfigs(openSession({ cwd: root, env: IDENTITY }).store);
        expect(stored.configs.find((config) => config.name === 'ci')).toMatchObject({ dialect: 'sqlite', database: 'ci.sqlite', protected: false });
    });
});

describe.each(availableDialects(['postgres']))('on %s', (dialect) => {
    it('ctrl+c while a file runs is the engine interruption: it rolls back, is recorded failed, the lock is released; the app stays', async () => {
        const root = makeProject({
            'schema/001_a.sql': 'CREATE TABLE a (id integer);\n',
            'schema/002_slow.sql': 'CREATE TABLE b (id integer);\nSELECT pg_sleep(30);\n',
            'schema/003_c.sql': 'CREATE TABLE c (id integer);\n',
        });
        const db = await createTestDatabase(dialect, root);
        try {
            await storeConfig(root, 'pg', { url: db.env['NOORM_URL']! });
            const app = drive(root, { location: { route: 'run/build', params: {} } });
            await app.see('Press enter');
            await app.press(KEYS.enter);
            await app.see(/schema\/002_slow\.sql/);
            await app.see('1/3 run');
            await app.press(KEYS.ctrlC);
            const stopped = await app.see('Interrupted by SIGINT');
            expect(stopped).toMatch(/✓ ok\s+\d+ ms schema\/001_a\.sql/);
            expect(stopped).toMatch(/✗ FAIL\s+[\d.]+ m?s schema\/002_slow\.sql/);
            expect(stopped).toContain('1 not reached');
            expect(app.exited()).toBe(false);
            const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['a']));
            expect(tables.map((t) => t.table_name)).not.toEqual(expect.arrayContaining(['b']));
            const rows = await db.query<{ filepath: string; status: string }>('SELECT filepath, status FROM __change_files__ ORDER BY id');
            expect(rows).toEqual([
                { filepath: 'schema/001_a.sql', status: 'success' },
                { filepath: 'schema/002_slow.sql', status: 'failed' },
            ]);
            expect(await db.query('SELECT * FROM __noorm_lock__')).toEqual([]);
            // Nothing runs now: ctrl+c quits.
            await app.press(KEYS.ctrlC);
            expect(app.exited()).toBe(true);
        } finally {
            await db.drop();
        }
    });

    it('change ff shows the pending changesets and their files, applies them, and the list says applied', async () => {
        const root = makeProject({
            'schema/001_posts.sql': 'CREATE TABLE posts (id integer PRIMARY KEY);\n',
            'changesets/2024-02-01_add-status/change/001_status.sql': 'ALTER TABLE posts ADD COLUMN status text;\n',
            'changesets/2024-02-01_add-status/revert/001_status.sql': 'ALTER TABLE posts DROP COLUMN status;\n',
        });
        const db = await createTestDatabase(dialect, root);
        try {
            await storeConfig(root, 'pg', { url: db.env['NOORM_URL']! });
            await db.exec('CREATE TABLE posts (id integer PRIMARY KEY)');
            const app = drive(root, { location: { route: 'change/ff', params: {} } });
            const plan = await app.see('Press enter');
            expect(plan).toMatch(/change ff on postgres .*\(pg\): 1 changeset/);
            expect(plan).toContain('▸ apply 2024-02-01_add-status');
            expect(plan).toContain('changesets/2024-02-01_add-status/change/001_status.sql');
            await app.press(KEYS.enter);
            const done = await app.see('✓ done');
            expect(done).toMatch(/✓ 2024-02-01_add-status success/);
            const columns = await db.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'posts'");
            expect(columns.map((column) => column.column_name)).toContain('status');

            await app.press(KEYS.esc);
            await app.see('[Home]');
            await app.press(KEYS.tab, KEYS.tab);
            await app.see(/● applied\s+2024-02-01_add-status/);
        } finally {
            await db.drop();
        }
    });
});
