/**
 * The second day with noorm (issue 17): changesets apply in the order they were made, an edit to an
 * applied changeset stops ff/next, an empty scaffold is never recorded as applied, and an exact name
 * wins over names that contain it. One body over Postgres, MariaDB and SQLite.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliOptions, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const dialects = availableDialects(['postgres', 'mysql', 'sqlite']);

interface Warning {
    code: string;
    message: string;
    changeset?: string;
}
interface ErrorJson {
    code: string;
    exitCode: number;
    message: string;
    hint: string | null;
    file: string | null;
}
interface ListJson {
    changesets: Array<{ name: string; status: string }>;
    due: string[];
    warnings?: Warning[];
}
interface RunJson {
    ok: boolean;
    changesets: Array<{ name: string; status: string }>;
    stale?: Array<{ name: string; files: Array<{ path: string; change: string }> }>;
    warnings?: Warning[];
    error?: ErrorJson;
}

async function setup(dialect: TestDialect, files: Record<string, string> = {}) {
    const root = makeProject({ '.noorm/.keep': '', ...files });
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = (args: string[], extra: Partial<CliOptions> = {}): Promise<CliResult> =>
        runCli(args, { cwd: root, ...extra, env: { ...db.env, NOORM_IDENTITY: 'Day Two <d2@example.com>', ...(extra.env ?? {}) } });
    const add = async (name: string, sql: string): Promise<string> => {
        const result = await noorm(['change', 'add', name, '--json']);
        expect(result.code).toBe(0);
        const { name: folder } = parseJson<{ name: string }>(result);
        const dir = path.join(root, 'changesets', folder, 'change');
        writeFileSync(path.join(dir, readdirSync(dir)[0]!), sql);
        return folder;
    };
    const list = async () => parseJson<ListJson>(await noorm(['change', 'list', '--json']));
    return { root, db, noorm, add, list };
}

describe.each(dialects)('%s: day two', (dialect) => {
    it('applies three changesets made in one day in the order they were made, as change list shows it', async () => {
        const { noorm, add, list } = await setup(dialect);
        // Each depends on the one before: alphabetical order (add-genre first) would fail.
        const isbn = await add('add isbn', 'CREATE TABLE books (id integer PRIMARY KEY, isbn varchar(20));\n');
        const index = await add('add isbn index', 'CREATE INDEX books_isbn ON books (isbn);\n');
        const genre = await add('add genre', 'ALTER TABLE books ADD genre varchar(20);\n');
        for (const name of [isbn, index, genre]) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{6}_[a-z-]+$/);

        const before = await list();
        expect(before.changesets.map((c) => c.name)).toEqual([isbn, index, genre]);
        expect(before.due).toEqual([isbn, index, genre]);
        const text = await noorm(['change', 'list']);
        expect(text.stdout.split('\n').slice(1, 4)).toEqual([
            expect.stringMatching(new RegExp(`^1 +pending +${isbn}`)),
            expect.stringMatching(/^2 +pending/),
            expect.stringMatching(/^3 +pending/),
        ]);

        const ff = await noorm(['change', 'ff', '--json']);
        expect(ff.code).toBe(0);
        const result = parseJson<RunJson>(ff);
        expect(result.changesets.map((c) => [c.name, c.status])).toEqual([
            [isbn, 'success'],
            [index, 'success'],
            [genre, 'success'],
        ]);
        expect(result.warnings ?? []).toEqual([]);
        expect(result.stale).toEqual([]);
    });

    it('keeps date-only names working where they sorted, and warns when their order cannot be told', async () => {
        const { noorm, add, list } = await setup(dialect, {
            'changesets/2026-01-05_b-second/change/001.sql': 'CREATE TABLE second_t (id integer);\n',
            'changesets/2026-01-05_a-first/change/001.sql': 'CREATE TABLE first_t (id integer);\n',
            'changesets/2026-01-04_older/change/001.sql': 'CREATE TABLE older_t (id integer);\n',
        });
        const timed = await add('newest', 'CREATE TABLE newest_t (id integer);\n');
        const listed = await list();
        expect(listed.changesets.map((c) => c.name)).toEqual(['2026-01-04_older', '2026-01-05_a-first', '2026-01-05_b-second', timed]);
        expect(listed.warnings).toEqual([
            expect.objectContaining({ code: 'order-ambiguous', changeset: '2026-01-05_a-first', message: expect.stringContaining('2026-01-05_b-second') }),
        ]);
        const text = await noorm(['change', 'list']);
        expect(text.stderr).toMatch(/warning: 2026-01-05_a-first, 2026-01-05_b-second carry the same date and no time/);

        const next = parseJson<RunJson>(await noorm(['change', 'next', '3', '--json']));
        expect(next.changesets.map((c) => c.name)).toEqual(['2026-01-04_older', '2026-01-05_a-first', '2026-01-05_b-second']);
        expect(next.warnings?.map((w) => w.code)).toEqual(['order-ambiguous']);
        // The timed one comes after them (not "older than an applied one"), and the ambiguous pair is no longer due.
        const ff = parseJson<RunJson>(await noorm(['change', 'ff', '--json']));
        expect(ff.changesets.map((c) => c.name)).toEqual([timed]);
        expect(ff.warnings).toBeUndefined();
    });

    it('ff and next refuse while an applied changeset is stale (exit 6), naming it and its files; --allow-stale warns and goes on', async () => {
        const { root, noorm, add, list } = await setup(dialect);
        const first = await add('first', 'CREATE TABLE one_t (id integer);\n');
        expect((await noorm(['change', 'ff'])).code).toBe(0);
        const second = await add('second', 'CREATE TABLE two_t (id integer);\n');
        const edited = path.join('changesets', first, 'change', `001_first.sql`);
        writeFiles(root, { [edited]: 'CREATE TABLE one_t (id integer, extra integer);\n' });
        expect((await list()).changesets.map((c) => [c.name, c.status])).toEqual([
            [first, 'stale'],
            [second, 'pending'],
        ]);

        for (const verb of [['ff'], ['next'], ['ff', '--dry-run'], ['run', '--all']]) {
            const refused = await noorm(['change', ...verb, '--json']);
            expect(refused.code).toBe(6);
            const result = parseJson<RunJson>(refused);
            expect(result.ok).toBe(false);
            expect(result.stale).toEqual([{ name: first, files: [{ path: edited, change: 'changed' }] }]);
            expect(result.changesets).toEqual([]);
            expect(result.error).toMatchObject({ code: 'stale-changesets', exitCode: 6, file: edited, hint: expect.stringContaining(`change run ${first} --force`) });
        }
        expect((await noorm(['change', 'list'])).stdout).toMatch(new RegExp(`stale +${first} +run .*; since then changed ${edited}`));
        const text = await noorm(['change', 'ff']);
        expect(text.code).toBe(6);
        expect(text.stderr).toContain(`${first} was applied, and since then ${edited} was edited`);
        expect(text.stderr).toContain('--allow-stale');
        expect((await list()).changesets.find((c) => c.name === second)!.status).toBe('pending');

        // --allow-stale (or NOORM_ALLOW_STALE): a warning, and the pending one runs.
        const allowed = await noorm(['change', 'next', '--allow-stale', '--json']);
        expect(allowed.code).toBe(0);
        const result = parseJson<RunJson>(allowed);
        expect(result.changesets.map((c) => c.name)).toEqual([second]);
        expect(result.stale?.map((s) => s.name)).toEqual([first]);
        expect(result.warnings).toEqual([expect.objectContaining({ code: 'stale-changeset', changeset: first })]);
        expect((await noorm(['change', 'ff'], { env: { NOORM_ALLOW_STALE: '1' } })).code).toBe(0);

        // change run --force re-applies it (its revert first would be the careful way; here the edit is harmless to run again).
        writeFiles(root, { [edited]: 'CREATE TABLE one_extra_t (id integer);\n' });
        expect((await noorm(['change', 'run', first, '--force'])).code).toBe(0);
        const clean = await noorm(['change', 'ff', '--json']);
        expect(clean.code).toBe(0);
        expect(parseJson<RunJson>(clean).stale).toEqual([]);
    });

    it('refuses a changeset whose files hold no statement, naming them; --allow-empty records it', async () => {
        const { root, noorm, list } = await setup(dialect);
        const added = parseJson<{ name: string; files: string[] }>(await noorm(['change', 'add', 'later', '--json']));
        const scaffold = path.relative(root, added.files[0]!).split(path.sep).join('/');
        writeFiles(root, { [`changesets/${added.name}/change/002_more.sql`]: '/* nothing yet */\n;\n\n' });
        for (const verb of [['ff'], ['next'], ['run', added.name], ['run', 'later', '--dry-run']]) {
            const refused = await noorm(['change', ...verb, '--json']);
            expect(refused.code).toBe(2);
            const error = parseJson<RunJson>(refused).error!;
            expect(error.code).toBe('empty-changeset');
            expect(error.message).toContain(scaffold);
            expect(error.message).toContain(`changesets/${added.name}/change/002_more.sql`);
            expect(error.hint).toContain('--allow-empty');
        }
        expect((await list()).changesets.map((c) => c.status)).toEqual(['pending']);

        const allowed = await noorm(['change', 'ff', '--allow-empty', '--json']);
        expect(allowed.code).toBe(0);
        expect(parseJson<RunJson>(allowed).warnings).toEqual([expect.objectContaining({ code: 'empty-changeset', changeset: added.name })]);
        expect((await list()).changesets.map((c) => c.status)).toEqual(['applied']);

        // Its revert/ is the scaffold's comment too: reverting it would undo nothing.
        const revert = await noorm(['change', 'revert', 'later', '--json']);
        expect(revert.code).toBe(2);
        expect(parseJson<RunJson>(revert).error).toMatchObject({ code: 'empty-changeset', message: expect.stringContaining('revert files hold only comments') });
        expect((await noorm(['change', 'revert', 'later'], { env: { NOORM_ALLOW_EMPTY: '1' } })).code).toBe(0);
        expect((await list()).changesets.map((c) => c.status)).toEqual(['reverted']);
    });

    it('an exact name wins over names that contain it; an ambiguous part lists the candidates', async () => {
        const { noorm, add, list } = await setup(dialect);
        const isbn = await add('add isbn', 'CREATE TABLE isbn_t (id integer);\n');
        const index = await add('add isbn index', 'CREATE TABLE isbn_index_t (id integer);\n');
        expect((await noorm(['change', 'run', 'add-isbn'])).code).toBe(0);
        expect((await list()).changesets.map((c) => [c.name, c.status])).toEqual([
            [isbn, 'applied'],
            [index, 'pending'],
        ]);
        // With the date but without the time, as names of earlier releases were written.
        expect((await noorm(['change', 'run', `${isbn.slice(0, 10)}_add-isbn-index`])).code).toBe(0);

        const ambiguous = await noorm(['change', 'revert', 'isbn', '--json']);
        expect(ambiguous.code).toBe(2);
        const error = parseJson<RunJson>(ambiguous).error!;
        expect(error.code).toBe('ambiguous-changeset');
        expect(error.hint).toContain(isbn);
        expect(error.hint).toContain(index);
    });
});

describe('smaller things found on day two', () => {
    const servers = availableDialects(['postgres', 'mysql']);

    it.each(servers)('%s: a missing database is said once, with the db create hint; refused credentials name NOORM_PASSWORD and --password', async (dialect) => {
        const root = makeProject({ '.noorm/.keep': '' });
        const server = new URL(process.env[`NOORM_TEST_${dialect.toUpperCase()}_URL`]!);
        const missing = new URL(server);
        missing.pathname = `/noorm_missing_${process.pid}`;
        const result = await runCli(['change', 'list', '--json'], { cwd: root, env: { NOORM_URL: missing.toString() } });
        expect(result.code).toBe(5);
        const error = parseJson<{ error: ErrorJson }>(result).error;
        expect(error.message.match(/Cannot connect to/g)).toHaveLength(1);
        expect(error.message).toContain(`noorm_missing_${process.pid}`);
        expect(error.hint).toContain('noorm db create');

        const stranger = new URL(server);
        stranger.username = 'noorm_no_such_user';
        stranger.password = 'Wrong-Pass-123';
        stranger.pathname = '/postgres';
        const denied = await runCli(['change', 'list', '--json'], { cwd: root, env: { NOORM_URL: stranger.toString() } });
        expect(denied.code).toBe(5);
        const refusal = parseJson<{ error: ErrorJson }>(denied).error;
        expect(refusal.message.match(/Cannot connect to/g)).toHaveLength(1);
        expect(refusal.hint).toContain('NOORM_PASSWORD');
        expect(refusal.hint).toContain('--password');
        expect(denied.stdout).not.toContain('Wrong-Pass-123');
    });

    it('run file on a missing file exits 2, as the README says', async () => {
        const root = makeProject({ '.noorm/.keep': '' });
        const result = await runCli(['run', 'file', 'missing.sql', '--json'], { cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'x.db' } });
        expect(result.code).toBe(2);
        expect(parseJson<{ error: ErrorJson }>(result).error.exitCode).toBe(2);
    });

    it('a template with an unclosed tag or block says what is unclosed and where', async () => {
        const root = makeProject({
            '.noorm/.keep': '',
            'block.sql.eta': 'SELECT 1;\n-- a loop\n<% for (const n of [1, 2]) { %>\nSELECT <%= n %>;\n',
            'tag.sql.eta': 'SELECT 1;\nSELECT <%= 2 ;\nSELECT 3;\n',
        });
        const env = { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'x.db' };
        const block = parseJson<{ error: ErrorJson & { line: number } }>(await runCli(['run', 'file', 'block.sql.eta', '--json'], { cwd: root, env })).error;
        expect(block).toMatchObject({ code: 'template-syntax', file: 'block.sql.eta', line: 3 });
        expect(block.message).toContain('the "{" opened at line 3 in <% for (const n of [1, 2]) { %> is never closed');
        expect(block.message).not.toContain('catch');
        const tag = parseJson<{ error: ErrorJson & { line: number } }>(await runCli(['run', 'file', 'tag.sql.eta', '--json'], { cwd: root, env })).error;
        expect(tag).toMatchObject({ code: 'template-syntax', file: 'tag.sql.eta', line: 2 });
        expect(tag.message).toContain('the tag <%= 2 ; opened at line 2 is never closed with %>');
        const text = await runCli(['run', 'file', 'block.sql.eta'], { cwd: root, env });
        expect(text.stderr).toContain('at block.sql.eta:3');
    });

    it('run file --dry-run --force marks an unchanged file as one that runs, matching the summary', async () => {
        const root = makeProject({ '.noorm/.keep': '', 'x.sql.eta': 'SELECT <%= 1 %>;\n' });
        const env = { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'x.db' };
        expect((await runCli(['run', 'file', 'x.sql.eta'], { cwd: root, env })).code).toBe(0);
        const json = parseJson<{ files: Array<{ status: string; forced?: boolean; sql?: string }> }>(
            await runCli(['run', 'file', 'x.sql.eta', '--dry-run', '--force', '--json'], { cwd: root, env }),
        );
        expect(json.files).toEqual([expect.objectContaining({ status: 'unchanged', forced: true, sql: 'SELECT 1;\n' })]);
        const text = await runCli(['run', 'file', 'x.sql.eta', '--dry-run', '--force'], { cwd: root, env });
        expect(text.stderr).toContain('unchanged, runs (--force)  x.sql.eta');
        expect(text.stderr).toContain('dry run: 1 would run, 0 skipped (unchanged)');
        const plain = await runCli(['run', 'file', 'x.sql.eta', '--dry-run'], { cwd: root, env });
        expect(plain.stderr).toContain('dry run: 0 would run, 1 skipped (unchanged)');
    });

    it('config export --out DIR/file prints an import hint that names the folder', async () => {
        const root = makeProject({ '.noorm/.keep': '' });
        const env = { NOORM_MACHINE_ID: 'day-two-machine-0001', NOORM_EXPORT_PASSPHRASE: 'Export-Pass-42' };
        expect((await runCli(['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.db'], { cwd: root, env })).code).toBe(0);
        const exported = await runCli(['config', 'export', 'dev', '--out', 'exports/dev.noorm-config'], { cwd: root, env });
        expect(exported.code).toBe(0);
        expect(exported.stdout).toContain(`import it with: noorm config import ${path.join('exports', 'dev.noorm-config')}`);
    });
});
