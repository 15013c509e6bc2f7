/**
 * Hardening, class 6: names and messages noorm did not write itself (file and changeset names, the
 * database's messages) reach the terminal with their control characters escaped: a newline in a
 * file name cannot print a fake progress line, an ESC sequence cannot clear the screen. JSON output
 * escapes them as JSON does.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase, type TestDialect } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const ESC = '\u001b';
/** A file name that would print a line of its own, looking like noorm's. */
const FAKE_LINE_NAME = '001_a\n  ok    schema/FAKE.sql  1 ms\n.sql';
const CLEAR_NAME = `002_${ESC}[2J${ESC}[Hcleared.sql`;

/** A query on a table whose name holds an ESC sequence: the database's message quotes it. */
function failingQuery(dialect: TestDialect): string {
    const name = `no_such_${ESC}[31mred`;
    return dialect === 'mysql' ? `SELECT * FROM \`${name}\`;\n` : `SELECT * FROM "${name}";\n`;
}

/** No control character other than noorm's own line breaks. */
function expectClean(text: string): void {
    expect(text).not.toContain(ESC);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n').filter((line) => line.includes('FAKE.sql') && !line.includes('001_a'))).toEqual([]);
}

async function setup(dialect: TestDialect, files: Record<string, string>) {
    const root = makeProject(files);
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    const noorm = (args: string[]) => runCli(args, { cwd: root, env: { ...db.env, NOORM_IDENTITY: 'T <t@example.com>' } });
    return { noorm };
}

const all = (result: CliResult) => `${result.stdout}${result.stderr}`;

describe.each(availableDialects(['postgres', 'mysql', 'sqlite']))('%s: control characters are escaped in text output', (dialect) => {
    it('in file names: progress lines, the dry-run plan and its SQL headers', async () => {
        const { noorm } = await setup(dialect, {
            [`schema/${FAKE_LINE_NAME}`]: 'CREATE TABLE IF NOT EXISTS one (id integer);\n',
            [`schema/${CLEAR_NAME}`]: 'CREATE TABLE IF NOT EXISTS two (id integer);\n',
        });
        const dry = await noorm(['run', 'build', '--dry-run']);
        expect(dry.code).toBe(0);
        expectClean(all(dry));
        expect(dry.stderr).toContain('001_a\\n  ok    schema/FAKE.sql  1 ms\\n.sql');
        expect(dry.stdout).toContain('-- schema/002_\\x1b[2J\\x1b[Hcleared.sql (new)');

        const run = await noorm(['run', 'build']);
        expect(run.code).toBe(0);
        expectClean(all(run));
        expect(run.stderr).toContain('\\x1b[2J');

        // JSON escapes them its own way, and keeps the names exact.
        const json = await noorm(['run', 'build', '--force', '--json']);
        expect(json.stdout).not.toContain(ESC);
        expect(parseJson<{ files: Array<{ path: string }> }>(json).files.map((file) => file.path)).toEqual([`schema/${FAKE_LINE_NAME}`, `schema/${CLEAR_NAME}`]);
    });

    it("in the database's error messages", async () => {
        const { noorm } = await setup(dialect, { 'schema/001_fails.sql': failingQuery(dialect) });
        const result = await noorm(['run', 'build']);
        expect(result.code).toBe(1);
        expectClean(all(result));
        // MySQL writes the character as \001B itself.
        expect(result.stderr).toMatch(/no_such_(\\x1b|\\001B)\[31mred/);
    });

    it('in changeset names and their stored errors', async () => {
        const name = `2024-01-01_x${ESC}[2Jy`;
        const { noorm } = await setup(dialect, { [`changesets/${name}/change/001.sql`]: failingQuery(dialect) });
        const ff = await noorm(['change', 'ff']);
        expect(ff.code).toBe(1);
        expectClean(all(ff));
        const list = await noorm(['change', 'list']);
        expect(list.code).toBe(0);
        expectClean(all(list));
        expect(list.stdout).toContain('2024-01-01_x\\x1b[2Jy');
    });
});
