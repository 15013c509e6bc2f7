/**
 * The GitHub Action as the runner runs it: the committed dist/index.js, copied alone into an empty
 * folder, on plain Node 24, with INPUT_* variables and the runner's files, against real databases.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyDist, runAction, visibleLog, type ActionRun } from '../helpers/action.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';
import { query } from '../helpers/sqlite.js';

let dist: ReturnType<typeof copyDist>;
beforeAll(() => {
    dist = copyDist();
    // Nothing to fall back on: the bundle must carry everything it loads.
    for (let dir = dist.dir; path.dirname(dir) !== dir; dir = path.dirname(dir)) expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
});
afterAll(() => {
    dist.remove();
    removeProjects();
});

const SCHEMA = {
    'db/schema/001_people.sql': 'CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, name varchar(100) NOT NULL);\n',
    'db/schema/002_seed.sql.eta': "<%~ insertRows('people', [{ id: 1, name: 'Ada' }]) %>\n",
};
const CHANGESET = {
    'db/changesets/2024-05-01_add-grace/change/001_grace.sql': "INSERT INTO people (id, name) VALUES (2, 'Grace');\n",
    'db/changesets/2024-05-01_add-grace/revert/001_grace.sql': 'DELETE FROM people WHERE id = 2;\n',
};

/** The connection of a test database as the Action's inputs. */
function connectionInputs(db: TestDatabase): Record<string, string> {
    return { url: db.env['NOORM_URL']! };
}

function expectOk(run: ActionRun): void {
    if (run.code !== 0) throw new Error(`the step failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

for (const dialect of availableDialects(['sqlite', 'postgres', 'mysql'])) {
    describe(`the Action on ${dialect}`, () => {
        let workspace: string;
        let db: TestDatabase;
        beforeAll(async () => {
            workspace = makeProject(SCHEMA);
            db = await createTestDatabase(dialect, workspace);
        });
        afterAll(async () => {
            await db.drop();
        });
        const step = (inputs: Record<string, string>, env?: Record<string, string>) =>
            runAction({ entry: dist.entry, workspace, inputs: { 'working-directory': 'db', ...connectionInputs(db), ...inputs }, ...(env ? { env } : {}) });

        it('run build: builds, sets the outputs and writes a summary table per file', async () => {
            const run = await step({ command: 'run build', identity: 'CI Bot <ci@example.com>' });
            expectOk(run);
            expect(run.outputs['status']).toBe('success');
            expect(run.outputs['files-run']).toBe('2');
            expect(run.outputs['exit-code']).toBe('0');
            const document = JSON.parse(run.outputs['json']!);
            expect(document).toMatchObject({ ok: true, command: 'run build', dialect });
            expect(JSON.parse(readFileSync(run.outputs['json-file']!, 'utf8'))).toEqual(document);
            expect(run.summary).toContain('noorm `run build`');
            expect(run.summary).toMatch(/\| `schema\/001_people\.sql` \| ✅ success \| \d+ (ms|\.\d s) \| `[0-9a-f]{12}` \|/);
            expect(run.summary).toContain('CI Bot &lt;ci@example.com&gt;');
            expect(await db.query('SELECT id, name FROM people ORDER BY id')).toEqual([{ id: 1, name: 'Ada' }]);

            const again = await step({ command: 'run build' });
            expectOk(again);
            expect(again.outputs['status']).toBe('nothing-to-do');
            expect(again.outputs['files-skipped']).toBe('2');
        });

        it('change ff with dry-run: the plan and its SQL in the summary, the database unchanged', async () => {
            writeFiles(workspace, CHANGESET);
            const before = await snapshot(db);
            const run = await step({ command: 'change ff', 'dry-run': 'true' });
            expectOk(run);
            expect(run.outputs['changesets-pending']).toBe('1');
            expect(run.outputs['files-planned']).toBe('1');
            expect(run.summary).toContain('(dry run: nothing was executed or recorded)');
            expect(run.summary).toContain('<details><summary>2024-05-01_add-grace (change): changesets/2024-05-01_add-grace/change/001_grace.sql</summary>');
            expect(run.summary).toContain("INSERT INTO people (id, name) VALUES (2, 'Grace');");
            expect(await snapshot(db)).toEqual(before);
        });

        it('change ff: applies the pending changeset', async () => {
            const run = await step({ command: 'change ff' });
            expectOk(run);
            expect(run.outputs['changesets-applied']).toBe('1');
            expect(run.summary).toMatch(/\| `2024-05-01_add-grace` \| change \| ✅ success \| 1 \|/);
            expect(await db.query('SELECT id FROM people ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
            const list = await step({ command: 'change list' });
            expect(JSON.parse(list.outputs['json']!).changesets.map((c: { status: string }) => c.status)).toEqual(['applied']);
            expect(list.outputs['changesets-pending']).toBe('0');
        });

        it('a failing file: an annotation at its file (from the repository root) and line, the step failed with exit-code 1', async () => {
            writeFiles(workspace, {
                'db/schema/003_broken.sql': '-- a comment\nCREATE TABLE IF NOT EXISTS pets (id integer PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n',
            });
            try {
                const run = await step({ command: 'run build' });
                expect(run.code).toBe(1);
                expect(run.outputs['status']).toBe('failed');
                expect(run.outputs['exit-code']).toBe('1');
                expect(run.outputs['files-failed']).toBe('1');
                const located = run.annotations.find((annotation) => annotation.properties['file']);
                expect(located).toMatchObject({ level: 'error', properties: { file: 'db/schema/003_broken.sql', line: '3' } });
                expect(located!.message).toMatch(/no_such_table/);
                expect(run.summary).toContain('### ❌ sql-failed in `schema/003_broken.sql:3`');
            } finally {
                writeFiles(workspace, { 'db/schema/003_broken.sql': 'CREATE TABLE IF NOT EXISTS pets (id integer PRIMARY KEY);\n' });
            }
        });

        it('a verb line the CLI would refuse is a usage error (exit-code 2), before anything connects', async () => {
            const run = await step({ command: 'run build --forse' });
            expect(run.code).toBe(1);
            expect(run.outputs['exit-code']).toBe('2');
            expect(run.annotations[0]!.message).toContain('"run build" has no option --forse');
        });
    });
}

/** What a dry run must leave alone: every table's rows (tracking tables included). */
async function snapshot(db: TestDatabase): Promise<unknown> {
    if (db.dialect === 'sqlite') return readFileSync(db.name).toString('base64');
    const tables =
        db.dialect === 'postgres'
            ? await db.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
            : await db.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1');
    const rows: Record<string, unknown> = {};
    for (const { name } of tables) rows[name] = await db.query(`SELECT * FROM ${name} ORDER BY 1`);
    return rows;
}

for (const dialect of availableDialects(['postgres'])) {
    describe(`a cancelled job on ${dialect}`, () => {
        it('SIGTERM stops the running file, records it failed, releases the lock and reports exit-code 143', async () => {
            const workspace = makeProject({ 'schema/001_slow.sql': 'CREATE TABLE slow (id integer);\nSELECT pg_sleep(30);\n' });
            const db = await createTestDatabase(dialect, workspace);
            try {
                let sent = false;
                const run = await runAction({
                    entry: dist.entry,
                    workspace,
                    inputs: { command: 'run build', url: db.env['NOORM_URL']! },
                    onStdout: (stdout, child) => {
                        if (!sent && stdout.includes('1 of 1 files to run')) {
                            sent = true;
                            // The runner's cancel: SIGINT first, then SIGTERM; SIGTERM alone is the harder case.
                            setTimeout(() => child.kill('SIGTERM'), 300);
                        }
                    },
                });
                expect(sent).toBe(true);
                expect(run.code).toBe(1);
                expect(run.outputs['exit-code']).toBe('143');
                expect(run.outputs['status']).toBe('failed');
                expect(await db.query('SELECT status FROM __change_files__')).toEqual([{ status: 'failed' }]);
                expect(await db.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'slow'")).toEqual([{ n: 0 }]);
                expect(await db.query('SELECT count(*)::int AS n FROM __noorm_lock__')).toEqual([{ n: 0 }]);
            } finally {
                await db.drop();
            }
        });
    });
}

describe('secrets', () => {
    const PASSWORD = 'Pa55w0rd!x@y';
    const ENCODED = encodeURIComponent(PASSWORD);
    const API_TOKEN = 'tok-9f8e7d6c5b4a';

    /** The values masked, as the runner reads its `::add-mask::` commands (%, CR and LF escaped). */
    const masks = (run: ActionRun) =>
        run.stdout
            .split('\n')
            .filter((line) => line.startsWith('::add-mask::'))
            .map((line) => line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));

    function expectNoSecret(run: ActionRun, ...extra: string[]): void {
        const places = {
            log: visibleLog(run),
            summary: run.summary,
            outputs: JSON.stringify(run.outputs),
            json: readFileSync(run.outputs['json-file']!, 'utf8'),
            ...Object.fromEntries(extra.map((text, i) => [`extra${i}`, text])),
        };
        for (const [place, text] of Object.entries(places)) {
            for (const secret of [PASSWORD, ENCODED, API_TOKEN, 'Pa55w0rd%21x%40y']) expect([place, text.includes(secret)]).toEqual([place, false]);
        }
    }

    const TEMPLATE = {
        'schema/001_tokens.sql': 'CREATE TABLE IF NOT EXISTS tokens (value varchar(100));\n',
        'schema/002_token.sql.eta': "INSERT INTO tokens (value) VALUES ('<%= secrets.API_TOKEN %>');\n",
    };

    it('SQLite: the password input and a template secret are masked first and never shown', async () => {
        const workspace = makeProject(TEMPLATE);
        const run = await runAction({
            entry: dist.entry,
            workspace,
            inputs: { command: 'run build', 'dry-run': 'true', dialect: 'sqlite', database: 'app.sqlite', password: PASSWORD },
            env: { NOORM_SECRET_API_TOKEN: API_TOKEN },
        });
        expectOk(run);
        expect(masks(run)).toEqual(expect.arrayContaining([PASSWORD, ENCODED, API_TOKEN]));
        // Masked before anything else is written.
        const firstOther = run.stdout.split('\n').findIndex((line) => !line.startsWith('::add-mask::'));
        expect(
            run.stdout
                .split('\n')
                .slice(firstOther)
                .some((line) => line.startsWith('::add-mask::')),
        ).toBe(false);
        expect(run.summary).toContain("INSERT INTO tokens (value) VALUES ('****');");
        expectNoSecret(run);
    });

    for (const dialect of availableDialects(['postgres'])) {
        it(`${dialect}: the password inside the url input, as written (percent-encoded) and decoded`, async () => {
            const workspace = makeProject(TEMPLATE);
            const db = await createTestDatabase(dialect, workspace);
            try {
                // The local server trusts every login, so any password connects.
                const url = new URL(db.env['NOORM_URL']!);
                url.password = 'Pa55w0rd%21x%40y';
                const run = await runAction({
                    entry: dist.entry,
                    workspace,
                    inputs: { command: 'run build', url: url.toString() },
                    env: { NOORM_SECRET_API_TOKEN: API_TOKEN },
                });
                expectOk(run);
                expect(masks(run)).toEqual(expect.arrayContaining(['Pa55w0rd%21x%40y', PASSWORD]));
                expectNoSecret(run);
                expect(await db.query('SELECT value FROM tokens')).toEqual([{ value: API_TOKEN }]);
            } finally {
                await db.drop();
            }
        });
    }
});

describe('inputs and the NOORM_* environment', () => {
    it('an input that is set wins over the job variable, an unset one leaves it alone, and vars reach templates', async () => {
        const workspace = makeProject({ 'schema/001_region.sql.eta': "CREATE TABLE IF NOT EXISTS region AS SELECT '<%= vars.region %>' AS name, '<%= tier %>' AS tier;\n" });
        const run = await runAction({
            entry: dist.entry,
            workspace,
            inputs: { command: 'run build', database: 'from-input.sqlite', vars: 'region=eu-west\n\ntier=gold\n' },
            env: { NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'from-env.sqlite' },
        });
        expectOk(run);
        expect(existsSync(path.join(workspace, 'from-env.sqlite'))).toBe(false);
        expect(query(path.join(workspace, 'from-input.sqlite'), 'SELECT name, tier FROM region')).toEqual([{ name: 'eu-west', tier: 'gold' }]);
    });

    it('a warning of the run (a changeset applied out of order) becomes a warning annotation and is in the summary', async () => {
        const changeset = (name: string) => ({ [`changesets/${name}/change/001.sql`]: 'SELECT 1;\n', [`changesets/${name}/revert/001.sql`]: 'SELECT 1;\n' });
        const workspace = makeProject(changeset('2024-03-01_later'));
        const step = () => runAction({ entry: dist.entry, workspace, inputs: { command: 'change ff', dialect: 'sqlite', database: 'app.sqlite' } });
        expectOk(await step());
        writeFiles(workspace, changeset('2024-02-01_merged-late'));
        const run = await step();
        expectOk(run);
        expect(run.annotations).toEqual([
            {
                level: 'warning',
                properties: { title: 'noorm: out-of-order' },
                message: '2024-02-01_merged-late is older than 2024-03-01_later, which is already applied; applying it out of order',
            },
        ]);
        expect(run.summary).toContain('### Warnings\n\n- ⚠️ 2024-02-01_merged-late is older than 2024-03-01_later');
    });

    it('dry-run on a verb without a dry run is a usage error, not a real run', async () => {
        const workspace = makeProject({});
        const run = await runAction({ entry: dist.entry, workspace, inputs: { command: 'db create', 'dry-run': 'true', dialect: 'sqlite', database: 'app.sqlite' } });
        expect(run.code).toBe(1);
        expect(run.outputs['exit-code']).toBe('2');
        expect(existsSync(path.join(workspace, 'app.sqlite'))).toBe(false);
    });

    it('an input that is not true or false fails the step with a usage error', async () => {
        const run = await runAction({ entry: dist.entry, workspace: makeProject({}), inputs: { command: 'run build', 'dry-run': 'maybe' } });
        expect(run.code).toBe(1);
        expect(run.outputs['exit-code']).toBe('2');
        expect(run.annotations[0]!.message).toContain('Input dry-run must be true or false, got "maybe"');
    });
});

describe('install only (no command)', () => {
    it('puts a noorm on PATH that runs on the Node of the action, even with an old node first on PATH', async () => {
        const workspace = makeProject({ 'schema/001_t.sql': 'CREATE TABLE IF NOT EXISTS t (id integer);\n' });
        const run = await runAction({ entry: dist.entry, workspace, inputs: { dialect: 'sqlite', database: 'app.sqlite' } });
        expectOk(run);
        expect(run.outputs['status']).toBe('success');
        expect(run.paths).toHaveLength(1);
        expect(run.exported).toEqual({ NOORM_DIALECT: 'sqlite', NOORM_DATABASE: 'app.sqlite' });
        const shim = path.join(run.paths[0]!, 'noorm');
        // The machine's /usr/bin/node (if any) comes right after the shim: the shim must not use it.
        const env = { PATH: `${run.paths[0]}${path.delimiter}/usr/bin${path.delimiter}/bin`, HOME: workspace, ...run.exported };
        const version = spawnSync('noorm', ['--version'], { cwd: workspace, env, encoding: 'utf8' });
        expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(dist.dir, 'dist/package.json'), 'utf8')).version);
        const built = spawnSync('noorm', ['run', 'build', '--json'], { cwd: workspace, env, encoding: 'utf8' });
        expect([built.status, built.stderr]).toEqual([0, expect.any(String)]);
        expect(JSON.parse(built.stdout).files.map((file: { status: string }) => file.status)).toEqual(['success']);
        expect(query(path.join(workspace, 'app.sqlite'), 'SELECT count(*) AS n FROM t')).toEqual([{ n: 0 }]);
        expect(readFileSync(shim, 'utf8')).toContain(process.execPath);
    });
});

describe('the pull request plan comment', () => {
    interface Recorded {
        method: string;
        url: string;
        body: Record<string, unknown> | null;
        auth: string | undefined;
    }
    let server: Server;
    let apiUrl: string;
    const requests: Recorded[] = [];
    const comments: Array<{ id: number; body: string }> = [];

    beforeAll(async () => {
        // Stands in for api.github.com: lists, creates and updates issue comments, and records each request.
        server = createServer((request, response) => {
            let text = '';
            request.on('data', (chunk) => (text += chunk));
            request.on('end', () => {
                const body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
                requests.push({ method: request.method!, url: request.url!, body, auth: request.headers.authorization });
                const send = (status: number, value: unknown) => {
                    response.writeHead(status, { 'content-type': 'application/json' });
                    response.end(JSON.stringify(value));
                };
                const url = new URL(request.url!, 'http://localhost');
                if (request.method === 'GET' && url.pathname === '/repos/octo/app/issues/7/comments') return send(200, comments);
                if (request.method === 'POST' && url.pathname === '/repos/octo/app/issues/7/comments') {
                    const comment = { id: 100 + comments.length, body: String(body!['body']) };
                    comments.push(comment);
                    return send(201, comment);
                }
                const update = /^\/repos\/octo\/app\/issues\/comments\/(\d+)$/.exec(url.pathname);
                if (request.method === 'PATCH' && update) {
                    const comment = comments.find((c) => c.id === Number(update[1]))!;
                    comment.body = String(body!['body']);
                    return send(200, comment);
                }
                send(404, { message: 'Not Found' });
            });
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const address = server.address() as { port: number };
        apiUrl = `http://127.0.0.1:${address.port}`;
    });
    afterAll(async () => {
        await new Promise((resolve) => server.close(resolve));
    });

    it('creates one comment with the plan, then updates that same comment with the new plan', async () => {
        const workspace = makeProject({
            'schema/001_people.sql': 'CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, name varchar(100));\n',
            'schema/002_token.sql.eta': "-- seeded\nINSERT INTO people (id, name) VALUES (1, '<%= secrets.API_TOKEN %>');\n",
        });
        const event = { name: 'pull_request', payload: { pull_request: { number: 7 }, repository: { name: 'app', owner: { login: 'octo' } } } };
        const step = () =>
            runAction({
                entry: dist.entry,
                workspace,
                inputs: { command: 'run build', 'dry-run': 'true', dialect: 'sqlite', database: 'app.sqlite', 'github-token': 'ghs_faketoken1234' },
                env: { GITHUB_API_URL: apiUrl, NOORM_SECRET_API_TOKEN: 'tok-9f8e7d6c5b4a', no_proxy: '127.0.0.1' },
                event,
            });

        const first = await step();
        expectOk(first);
        expect(requests.map((r) => r.method)).toEqual(['GET', 'POST']);
        expect(requests[1]!.auth).toBe('token ghs_faketoken1234');
        expect(comments).toHaveLength(1);
        expect(first.outputs['comment-id']).toBe(String(comments[0]!.id));
        const body = comments[0]!.body;
        expect(body).toMatch(/^<!-- noorm-plan [0-9a-f]{16} \(\., default\) -->\n/);
        expect(body).toContain('| `schema/001_people.sql` | new |');
        expect(body).toContain("VALUES (1, '****')");
        expect(body).not.toContain('tok-9f8e7d6c5b4a');
        expect(body).toContain('No changesets pending.');

        writeFiles(workspace, {
            'changesets/2024-06-01_drop-legacy/change/001_drop.sql': 'CREATE TABLE legacy (id integer);\n\nDROP TABLE legacy;\n',
            'changesets/2024-06-01_drop-legacy/revert/001_undo.sql': 'SELECT 1;\n',
        });
        const second = await step();
        expectOk(second);
        expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
        expect(requests[3]!.url).toBe(`/repos/octo/app/issues/comments/${comments[0]!.id}`);
        expect(comments).toHaveLength(1);
        expect(comments[0]!.body).toContain('1 changeset pending: `2024-06-01_drop-legacy`');
        expect(comments[0]!.body).toContain('**DROP TABLE** in `changesets/2024-06-01_drop-legacy/change/001_drop.sql` line 3');
        expect(visibleLog(second)).not.toContain('ghs_faketoken1234');
        expect(visibleLog(second)).not.toContain('tok-9f8e7d6c5b4a');
    });
});
