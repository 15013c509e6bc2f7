/** `*.sql.eta` templates: data loaders, include, escape round trips on live databases, errors. */
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

type Runner = (args: string[], extra?: Partial<CliOptions>) => Promise<CliResult>;

async function setup(dialect: TestDialect, files: Record<string, string | Uint8Array>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm: Runner = (args, extra = {}) => runCli(args, { cwd: root, ...extra, env: { ...db.env, ...(extra.env ?? {}) } });
    return { root, db, noorm };
}

interface RunJson {
    ok: boolean;
    files: Array<{ path: string; status: string; checksum: string; sql?: string }>;
    error?: { code: string; message: string; file: string | null; line: number | null; hint: string | null };
}

/** Values a seed might hold, and that a naive template would break on. */
const AWKWARD = ["it's", 'back\\slash \\n not a newline', 'say "hi"; DROP TABLE t; --', 'line one\nline two\r\nthree\ttab', 'ünïcödé ✓ 😀', '', '%_ like wildcards'];

describe.each(availableDialects(['postgres', 'mysql', 'sqlite']))('%s templates', (dialect) => {
    it('round-trips awkward values through escape() and insertRows()', async () => {
        const { db, noorm } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE awkward (id integer PRIMARY KEY, v varchar(200), n integer, b integer);\n',
            'schema/_data/values.json': JSON.stringify(AWKWARD),
            'schema/002_seed.sql.eta': [
                "<% const values = await load('_data/values.json') %>",
                '<% values.forEach((v, i) => { %>',
                'INSERT INTO awkward (id, v, n) VALUES (<%= escape(i) %>, <%= escape(v) %>, <%= escape(null) %>);',
                '<% }) %>',
                "<%~ insertRows('awkward', values.map((v, i) => ({ id: 100 + i, v, n: i * 2, b: 1 })), { batch: 3 }) %>",
            ].join('\n'),
        });
        const result = await noorm(['run', 'build', '--json']);
        expect(parseJson<RunJson>(result).error).toBeUndefined();
        expect(result.code).toBe(0);
        const rows = await db.query<{ id: number; v: string; n: number | null }>('SELECT id, v, n FROM awkward ORDER BY id');
        expect(rows.map((row) => row.v)).toEqual([...AWKWARD, ...AWKWARD]);
        expect(rows.slice(0, AWKWARD.length).every((row) => row.n === null)).toBe(true);
        expect(rows.slice(AWKWARD.length).map((row) => Number(row.n))).toEqual(AWKWARD.map((_, i) => i * 2));
    });

    (dialect === 'mysql' ? it : it.skip)('writes escape() literals that read the same under NO_BACKSLASH_ESCAPES', async () => {
        const { db, noorm } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE awkward (id integer PRIMARY KEY, v varchar(200));\n',
            'schema/_data/values.json': JSON.stringify(AWKWARD),
            "schema/002_it's.sql.eta": [
                "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES');",
                "<% const values = await load('_data/values.json') %>",
                "<%~ insertRows('awkward', values.map((v, i) => ({ id: i, v }))) %>",
                "SELECT * FROM no_such_table WHERE v = 'it''s \\';",
            ].join('\n'),
        });
        const failed = await noorm(['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        // The failure, its quote and backslash included, was recorded.
        expect(parseJson<RunJson>(failed).error).toMatchObject({ file: "schema/002_it's.sql.eta", line: 14, hint: expect.stringContaining('the SQL the template rendered') });
        const rows = await db.query<{ v: string }>('SELECT v FROM awkward ORDER BY id');
        expect(rows.map((row) => row.v)).toEqual(AWKWARD);
    });

    it('loads CSV (BOM, quotes, commas, newlines), YAML, JSON, .mjs with a local import, and includes a template', async () => {
        const csv = '\uFEFFname,motto,score\nAda,"counts, computes",3\n"O\'Brien","says ""hi""\nthen leaves",2\nZoë,😀,1\n';
        const { db, noorm, root } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE IF NOT EXISTS people (name varchar(100), motto varchar(200), score integer, tier varchar(20), source varchar(20));\n',
            'schema/_data/people.csv': csv,
            'schema/_data/tiers.yml': '# tiers by score\ntiers:\n  "3": gold\n  "2": silver\n  "1": "bronze: plain"\n',
            'schema/_data/source.json': '\uFEFF{ "source": "csv" }',
            'schema/_data/helper.mjs': 'export const shout = (s) => s.toUpperCase();\n',
            'schema/_data/extra.mjs': "import { shout } from './helper.mjs';\nexport default async () => [{ name: shout('grace'), motto: 'from js', score: 0 }];\n",
            'schema/_partials/_insert.sql.eta':
                "INSERT INTO people (name, motto, score, tier, source) VALUES (<%= escape(p.name) %>, <%= escape(p.motto) %>, <%= escape(Number(p.score)) %>, <%= escape(tiers[p.score] ?? 'none') %>, <%= escape(source) %>);\n",
            'schema/002_seed.sql.eta': [
                "<% const people = [...await load('_data/people.csv'), ...await load('_data/extra.mjs')] %>",
                "<% const { tiers } = await load('_data/tiers.yml') %>",
                "<% const { source } = await load('/schema/_data/source.json') %>",
                '<% for (const p of people) { %>',
                "<%~ await include('_partials/_insert.sql.eta') %>",
                '<% } %>',
            ].join('\n'),
        });
        // p, tiers and source are locals of the including template, not of the include: a clear error
        // at the partial's own file and line.
        const failed = await noorm(['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        expect(parseJson<RunJson>(failed).error).toMatchObject({ file: 'schema/_partials/_insert.sql.eta', line: 1, message: expect.stringContaining('p is not defined') });

        // Passed as include's data, they are there.
        writeFiles(root, {
            'schema/002_seed.sql.eta': [
                "<% const people = [...await load('_data/people.csv'), ...await load('_data/extra.mjs')] %>",
                "<% const { tiers } = await load('_data/tiers.yml') %>",
                "<% const { source } = await load('/schema/_data/source.json') %>",
                '<% for (const p of people) { %>',
                "<%~ await include('_partials/_insert.sql.eta', { p, tiers, source }) %>",
                '<% } %>',
            ].join('\n'),
        });
        const result = await noorm(['run', 'build', '--json']);
        expect(parseJson<RunJson>(result).error).toBeUndefined();
        expect(await db.query('SELECT name, motto, score, tier, source FROM people ORDER BY score DESC')).toEqual([
            { name: 'Ada', motto: 'counts, computes', score: 3, tier: 'gold', source: 'csv' },
            { name: "O'Brien", motto: 'says "hi"\nthen leaves', score: 2, tier: 'silver', source: 'csv' },
            { name: 'Zoë', motto: '😀', score: 1, tier: 'bronze: plain', source: 'csv' },
            { name: 'GRACE', motto: 'from js', score: 0, tier: 'none', source: 'csv' },
        ]);
    });

    it('sends big generated rows in parts, with the checksum and failing line of the whole rendered SQL', async () => {
        // About 1 MB of SQL, so more than one part; a duplicate key in the last statement. On MySQL,
        // where files run outside noorm's transaction, the seed opens and commits its own.
        const own = dialect === 'mysql';
        const seed = (duplicate: boolean) =>
            [
                ...(own ? ['START TRANSACTION;'] : []),
                'DELETE FROM big;',
                `<%~ insertRows('big', Array.from({ length: 15000 }, (_, i) => ({ id: ${duplicate ? 'i === 14990 ? 5 : i' : 'i'}, v: 'row ' + i + ' ' + 'x'.repeat(60) }))) %>`,
                'SELECT 1;',
                ...(own ? ['COMMIT;'] : []),
            ].join('\n');
        const { db, noorm, root } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE big (id integer PRIMARY KEY, v varchar(100));\n',
            'schema/002_seed.sql.eta': seed(true),
            // Cut in parts, the rows would escape the comment and run.
            'schema/003_commented.sql.eta': "/* <%~ insertRows('big', [{ id: 100000, v: 'hidden' }]) %> */\nSELECT 1;\n",
        });
        const rendered = parseJson<RunJson>(await noorm(['run', 'build', '--dry-run', '--json'])).files[1]!.sql!;
        const inserts = rendered.split('\n').flatMap((line, index) => (line.startsWith('INSERT INTO') ? [index + 1] : []));
        expect(inserts).toHaveLength(15);
        expect(Buffer.byteLength(rendered)).toBeGreaterThan(1024 * 1024);

        const failed = await noorm(['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        expect(parseJson<RunJson>(failed).error).toMatchObject({ file: 'schema/002_seed.sql.eta', line: inserts[14] });
        // The whole file rolled back (on MySQL, its own transaction, left open by the failure).
        const kept = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM big');
        expect(Number(kept[0]!.n)).toBe(0);

        writeFiles(root, { 'schema/002_seed.sql.eta': seed(false) });
        const whole = parseJson<RunJson>(await noorm(['run', 'build', '--dry-run', '--json'])).files[1]!;
        const ran = await noorm(['run', 'build', '--json']);
        expect(ran.code).toBe(0);
        const seeded = parseJson<RunJson>(ran).files[1]!;
        expect(seeded.checksum).toBe(whole.checksum);
        expect(seeded.checksum).toBe(createHash('sha256').update(whole.sql!).digest('hex'));
        const rows = await db.query<{ n: number; top: number }>('SELECT COUNT(*) AS n, MAX(id) AS top FROM big');
        expect(rows.map((row) => [Number(row.n), Number(row.top)])).toEqual([[15000, 14999]]);
        const again = parseJson<RunJson>(await noorm(['run', 'build', '--json']));
        expect(again.files.map((file) => file.status)).toEqual(['skipped', 'skipped', 'skipped']);
    });

    it('reads a CSV with loadRows() as its rows are written: the same SQL as load(), and a bad row named', async () => {
        const csv = '\uFEFFname,motto,score\nAda,"counts, computes",3\n"O\'Brien","says ""hi""\nthen leaves",2\nZoë,😀,1\n';
        const streamed = "DELETE FROM people;\n<%~ insertRows('people', loadRows('_data/people.csv', (p) => ({ ...p, score: Number(p.score) })), { batch: 2 }) %>";
        const whole = "DELETE FROM people;\n<%~ insertRows('people', (await load('_data/people.csv')).map((p) => ({ ...p, score: Number(p.score) })), { batch: 2 }) %>";
        const { db, noorm, root } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE people (name varchar(100), motto varchar(200), score integer);\n',
            'schema/_data/people.csv': csv,
            'schema/002_seed.sql.eta': whole,
        });
        const planOf = async () => parseJson<RunJson>(await noorm(['run', 'build', '--dry-run', '--json'])).files[1]!;
        const loaded = await planOf();
        writeFiles(root, { 'schema/002_seed.sql.eta': streamed });
        expect(await planOf()).toEqual(loaded);

        const ran = await noorm(['run', 'build', '--json']);
        expect(parseJson<RunJson>(ran).error).toBeUndefined();
        const rows = await db.query<{ name: string; motto: string; score: number }>('SELECT name, motto, score FROM people ORDER BY score DESC');
        expect(rows.map((row) => [row.name, row.motto, Number(row.score)])).toEqual([
            ['Ada', 'counts, computes', 3],
            ["O'Brien", 'says "hi"\nthen leaves', 2],
            ['Zoë', '😀', 1],
        ]);
        expect(parseJson<RunJson>(await noorm(['run', 'build', '--json'])).files.map((file) => file.status)).toEqual(['skipped', 'skipped']);

        // A value without a literal is found as the rows are written: the file fails, naming the row.
        writeFiles(root, { 'schema/_data/people.csv': `${csv}Bad,row,many\n` });
        const failed = await noorm(['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        expect(parseJson<RunJson>(failed).error).toMatchObject({
            file: 'schema/002_seed.sql.eta',
            message: expect.stringContaining('schema/_data/people.csv row 4, column score: NaN has no SQL literal'),
        });
        expect((await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM people')).map((row) => Number(row.n))).toEqual([3]);
    });

    it('names the line of a failing statement when the file is nothing but generated rows', async () => {
        const { noorm } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE dup (id integer PRIMARY KEY);\n',
            'schema/002_seed.sql.eta': "<%~ insertRows('dup', [{ id: 1 }, { id: 2 }, { id: 2 }], { batch: 1 }) %>",
        });
        // Each statement takes two lines; the third starts on line 5.
        const failed = await noorm(['run', 'build', '--json']);
        expect(failed.code).toBe(1);
        expect(parseJson<RunJson>(failed).error).toMatchObject({ file: 'schema/002_seed.sql.eta', line: 5 });
    });

    it('stops at a template error on a database it never tracked: nothing written, and the process ends', async () => {
        const { db, noorm } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE first_one (x integer);\n',
            'schema/002_seed.sql.eta': "SELECT 1;\n<%~ insertRows('first_one', loadRows('_data/missing.csv')) %>\n",
        });
        // A run on an untracked database starts connecting (and opening its script session) while
        // it renders; a connection left open would keep the process from ending.
        const result = await noorm(['run', 'build', '--json']);
        expect(result.code).toBe(1);
        expect(parseJson<RunJson>(result).error).toMatchObject({
            file: 'schema/002_seed.sql.eta',
            line: 2,
            message: expect.stringContaining('Cannot read schema/_data/missing.csv (ENOENT)'),
        });
        await expect(db.query('SELECT x FROM first_one')).rejects.toThrow();
        await expect(db.query('SELECT filepath FROM __change_files__')).rejects.toThrow();
    });

    it('passes data to an included template through --var and load, and re-runs only when the data changes', async () => {
        const { db, noorm, root } = await setup(dialect, {
            'schema/001_table.sql': 'CREATE TABLE people (name varchar(100), motto varchar(200), score integer, tier varchar(20));\n',
            'schema/_data/people.csv': '\uFEFFname,motto,score\nAda,"counts, computes",3\n"O\'Brien","says ""hi""\nthen leaves",2\nZoë,😀,1\n',
            'schema/_data/tiers.yaml': 'tiers:\n  "3": gold\n  "2": silver\n  "1": "bronze: plain"\n',
            'schema/_data/helper.mjs': 'export const shout = (s) => s.toUpperCase();\n',
            'schema/_data/extra.mjs': "import { shout } from './helper.mjs';\nexport default async () => [{ name: shout('grace'), motto: 'from js', score: '0' }];\n",
            'schema/_partials/_rows.sql.eta':
                "<% const people = [...await load('../_data/people.csv'), ...await load('../_data/extra.mjs')] %>\n<% const { tiers } = await load('../_data/tiers.yaml') %>\n<%~ insertRows('people', people.map((p) => ({ name: p.name, motto: p.motto, score: Number(p.score), tier: tiers[p.score] ?? label }))) %>",
            'schema/002_seed.sql.eta': "-- seeded for <%= config.name %> on <%= dialect %>\n<%~ await include('_partials/_rows.sql.eta') %>",
        });
        const first = await noorm(['run', 'build', '--var', 'label=unranked', '--json']);
        expect(parseJson<RunJson>(first).error).toBeUndefined();
        expect(await db.query('SELECT name, motto, score, tier FROM people ORDER BY score DESC')).toEqual([
            { name: 'Ada', motto: 'counts, computes', score: 3, tier: 'gold' },
            { name: "O'Brien", motto: 'says "hi"\nthen leaves', score: 2, tier: 'silver' },
            { name: 'Zoë', motto: '😀', score: 1, tier: 'bronze: plain' },
            { name: 'GRACE', motto: 'from js', score: 0, tier: 'unranked' },
        ]);

        const same = parseJson<RunJson>(await noorm(['run', 'build', '--var', 'label=unranked', '--json']));
        expect(same.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);

        writeFiles(root, {
            'schema/001_table.sql': 'CREATE TABLE IF NOT EXISTS people (name varchar(100), motto varchar(200), score integer, tier varchar(20));\nDELETE FROM people;\n',
        });
        writeFileSync(path.join(root, 'schema/_data/tiers.yaml'), 'tiers:\n  "3": platinum\n');
        const changed = parseJson<RunJson>(await noorm(['run', 'build', '--var', 'label=unranked', '--json']));
        expect(changed.files.map((f) => f.status)).toEqual(['success', 'success']);
        expect(await db.query("SELECT tier FROM people WHERE name = 'Ada'")).toEqual([{ tier: 'platinum' }]);
    });
});

describe('template errors and safety', () => {
    async function sqliteProject(files: Record<string, string>) {
        const root = makeProject(files);
        const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: root, env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite', ...env } });
        return { root, run };
    }

    it('refuses a load() outside the project, naming template and line, before anything runs', async () => {
        const outside = makeProject({ 'secret.json': '{"x": 1}' });
        const { run, root } = await sqliteProject({
            'schema/001.sql': 'CREATE TABLE first_one (x integer);\n',
            'schema/002.sql.eta': `SELECT 1;\n<% const x = await load('${path.relative(path.join(makeProject(), 'schema'), path.join(outside, 'secret.json'))}') %>\n`,
        });
        writeFiles(root, { 'schema/002.sql.eta': `SELECT 1;\n<% const x = await load('../../${path.basename(outside)}/secret.json') %>\n` });
        const result = await run(['run', 'build', '--json']);
        expect(result.code).toBe(1);
        expect(parseJson<RunJson>(result).error).toMatchObject({ file: 'schema/002.sql.eta', line: 2, message: expect.stringContaining('outside the project') });
        expect(result.stderr).not.toContain('ok    schema/001.sql');
    });

    it('refuses a load() through a symlink that leads out of the project', async () => {
        const outside = makeProject({ 'secret.json': '{"x": 1}' });
        const { run, root } = await sqliteProject({ 'schema/001.sql.eta': "<% const x = await load('_data/link.json') %>SELECT 1;\n" });
        mkdirSync(path.join(root, 'schema/_data'), { recursive: true });
        symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'schema/_data/link.json'));
        const result = parseJson<RunJson>(await run(['run', 'build', '--json']));
        expect(result.error).toMatchObject({ file: 'schema/001.sql.eta', line: 1, message: expect.stringContaining('outside the project') });
    });

    it('reports a template error at once while --wait is still waiting for a server that is down', async () => {
        // The run connects while it renders; without giving that up, the error would wait 10 minutes
        // (and this test time out).
        const root = makeProject({ 'schema/001.sql.eta': 'SELECT <%= missing %>;\n' });
        const result = await runCli(['run', 'build', '--json', '--wait', '600'], { cwd: root, env: { NOORM_URL: 'postgres://postgres@127.0.0.1:1/none' } });
        expect(result.code).toBe(1);
        expect(parseJson<RunJson>(result).error).toMatchObject({ code: 'template-failed', file: 'schema/001.sql.eta', line: 1 });
    });

    it('refuses a missing secret and a printed undefined, with file and line', async () => {
        const { run, root } = await sqliteProject({ 'schema/001.sql.eta': 'SELECT 1;\n\nSELECT <%= secrets.API_KEY %>;\n' });
        const secret = parseJson<RunJson>(await run(['run', 'build', '--json']));
        expect(secret.error).toMatchObject({
            file: 'schema/001.sql.eta',
            line: 3,
            message: expect.stringContaining('secret API_KEY is not set'),
            hint: expect.stringContaining('noorm secret set API_KEY'),
        });
        writeFiles(root, { 'schema/001.sql.eta': '<% const row = { a: 1 } %>\nSELECT <%= row.b %>;\n' });
        const printed = parseJson<RunJson>(await run(['run', 'build', '--json']));
        expect(printed.error).toMatchObject({ line: 2, message: expect.stringContaining('printed undefined') });
        // Inside a block over several lines: the failing line, not the block's first.
        writeFiles(root, { 'schema/001.sql.eta': 'SELECT 1;\n<%\n  const a = 1;\n  const b = null;\n  const c = b.x;\n%>\nSELECT <%= a %>;\n' });
        const inBlock = parseJson<RunJson>(await run(['run', 'build', '--json']));
        expect(inBlock.error).toMatchObject({ file: 'schema/001.sql.eta', line: 5, message: expect.stringContaining("reading 'x'") });
    });

    it('points syntax errors at their line', async () => {
        const { run } = await sqliteProject({ 'schema/001.sql.eta': 'SELECT 1;\n-- fine\n<% if (true { %>\nSELECT 2;\n<% } %>\n' });
        const result = parseJson<RunJson>(await run(['run', 'build', '--json']));
        expect(result.error).toMatchObject({ code: 'template-syntax', file: 'schema/001.sql.eta', line: 3 });
    });

    it('gives the config without its password, secrets, env and types, and shows the rendered SQL in a dry run', async () => {
        const { run } = await sqliteProject({
            'schema/001.sql.eta': '-- <%= JSON.stringify(config) %>\n-- <%= env.SEED_WHO %> <%= types.json %> <%= vars.who %> <%= who %>\nSELECT 1;\n',
        });
        const result = await run(['run', 'build', '--dry-run', '--var', 'who=me'], { NOORM_PASSWORD: 'Hunter2Pass', SEED_WHO: 'ci' });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('"name":"default"');
        expect(result.stdout).toContain('-- ci text me me');
        expect(result.stdout).not.toContain('Hunter2Pass');
        expect(result.stdout).not.toContain('password');
    });

    it('sends insertRows() output printed twice, or from an include, as often as it was printed', async () => {
        const { run } = await sqliteProject({
            'schema/001.sql': 'CREATE TABLE t (x integer);\n',
            'schema/_rows.sql.eta': "<%~ insertRows('t', [{ x: 3 }]) %>",
            'schema/002.sql.eta': [
                "<% const rows = insertRows('t', [{ x: 1 }, { x: 2 }]) %>",
                '<%~ rows %>',
                '<%~ rows %>',
                "<% const included = await include('_rows.sql.eta') %>",
                '<%~ included %><%~ included %>',
                "<% insertRows('t', [{ x: 99 }]) %>",
                "SELECT <%= String(rows).split('\\n').length %>;",
            ].join('\n'),
        });
        const result = await run(['run', 'build', '--json']);
        expect(result.code).toBe(0);
        const plan = parseJson<RunJson>(await run(['run', 'build', '--dry-run', '--json', '--force']));
        expect(plan.files[1]!.sql).toBe(
            [
                '',
                'INSERT INTO "t" ("x") VALUES\n(1),\n(2);\n',
                'INSERT INTO "t" ("x") VALUES\n(1),\n(2);\n',
                '',
                'INSERT INTO "t" ("x") VALUES\n(3);\nINSERT INTO "t" ("x") VALUES\n(3);\n',
                '',
                'SELECT 4;',
            ].join('\n'),
        );
    });

    it('refuses loadRows() rows that come out differently each time, and checks a changeset CSV before any changeset runs', async () => {
        const { run, root } = await sqliteProject({
            'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x integer, n integer);\n',
            'schema/_data/x.csv': 'x\n1\n2\n3\n',
            // n counts on across the two times the rows are written (checksum, then send).
            'schema/002.sql.eta': "<% let n = 0 %><%~ insertRows('t', loadRows('_data/x.csv', (row) => ({ x: Number(row.x), n: n++ }))) %>",
        });
        // First run: nothing was recorded, so the rows are written once, as they are sent.
        expect((await run(['run', 'build'])).code).toBe(0);
        // Changed, the file is checksummed first and then sent: the rows differ, and the file fails.
        writeFiles(root, { 'schema/002.sql.eta': "-- changed\n<% let n = 0 %><%~ insertRows('t', loadRows('_data/x.csv', (row) => ({ x: Number(row.x), n: n++ }))) %>" });
        const unstable = await run(['run', 'build', '--json']);
        expect(unstable.code).toBe(1);
        expect(parseJson<RunJson>(unstable).error).toMatchObject({ code: 'template-unstable', file: 'schema/002.sql.eta' });

        writeFiles(root, {
            'schema/002.sql.eta': "<%~ insertRows('t', loadRows('_data/x.csv', (row) => ({ x: Number(row.x), n: 0 }))) %>",
            'changesets/2024-01-01_first/change/001.sql': 'INSERT INTO t (x, n) VALUES (100, 1);\n',
            'changesets/2024-01-01_first/revert/001.sql': 'DELETE FROM t WHERE x = 100;\n',
            'changesets/2024-01-02_second/change/001.sql.eta': "<%~ insertRows('t', loadRows('../../../schema/_data/y.csv', (row) => ({ x: Number(row.x), n: 2 }))) %>",
            'changesets/2024-01-02_second/revert/001.sql': 'DELETE FROM t WHERE n = 2;\n',
            'schema/_data/y.csv': 'x\n7\nnot a number\n',
        });
        expect((await run(['run', 'build'])).code).toBe(0);
        const forward = await run(['change', 'ff', '--json']);
        expect(forward.code).toBe(1);
        expect(parseJson<RunJson>(forward).error).toMatchObject({
            file: 'changesets/2024-01-02_second/change/001.sql.eta',
            message: expect.stringContaining('y.csv row 2, column x: NaN has no SQL literal'),
        });
        // Refused before the first changeset ran.
        const history = parseJson<{ changesets: Array<{ name: string; status: string }> }>(await run(['change', 'list', '--json']));
        expect(history.changesets.map((changeset) => changeset.status)).toEqual(['pending', 'pending']);
    });

    it('renders templates inside changesets', async () => {
        const { run } = await sqliteProject({
            'schema/001.sql': 'CREATE TABLE IF NOT EXISTS t (x integer);\n',
            'changesets/2024-01-01_seed/change/001.sql.eta': "<%~ insertRows('t', [1, 2, 3].map((x) => ({ x }))) %>",
            'changesets/2024-01-01_seed/revert/001.sql': 'DELETE FROM t;\n',
        });
        expect((await run(['run', 'file', 'schema/001.sql'])).code).toBe(0);
        const result = await run(['change', 'ff', '--json']);
        expect(result.code).toBe(0);
    });
});
