/**
 * Real-world scripts run exactly as the databases' own clients run them: a pg_dump of a rich
 * schema, a mysqldump with triggers and routines, hand-written DELIMITER scripts. Each file is
 * loaded once by noorm and once by psql / mariadb into fresh databases, and the results compared.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

async function fresh(dialect: 'postgres' | 'mysql', root: string) {
    const db = await createTestDatabase(dialect, root);
    created.push(db);
    return db;
}

function dumpTool(candidates: string[]): string | null {
    return candidates.find((tool) => !spawnSync(tool, ['--version']).error) ?? null;
}

const postgres = availableDialects(['postgres']).length > 0;
const mysql = availableDialects(['mysql']).length > 0;

(postgres ? describe : describe.skip)('pg_dump output', () => {
    const PG_CATALOG = `
        SELECT 'class ' || c.relkind::text AS item, count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'app' GROUP BY c.relkind
        UNION ALL SELECT 'function', count(*)::int FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = 'app'
        UNION ALL SELECT 'trigger', count(*)::int FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'app' AND NOT t.tgisinternal
        UNION ALL SELECT 'type ' || t.typtype::text, count(*)::int FROM pg_type t JOIN pg_namespace s ON s.oid = t.typnamespace WHERE s.nspname = 'app' GROUP BY t.typtype
        UNION ALL SELECT 'enum labels', count(*)::int FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace s ON s.oid = t.typnamespace WHERE s.nspname = 'app'
        UNION ALL SELECT 'function bodies ' || md5(string_agg(pg_get_functiondef(p.oid), '' ORDER BY p.proname)), 0 FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = 'app'
        UNION ALL SELECT 'comment ' || obj_description('app.people'::regclass, 'pg_class'), 0
        ORDER BY 1`;

    it('loads a pg_dump (schema, then data as INSERTs) exactly as psql does', async () => {
        const pgDump = dumpTool(['pg_dump']);
        if (!pgDump) {
            process.stderr.write('\n*** SKIPPED pg_dump comparison: pg_dump is not installed ***\n');
            return;
        }
        const root = makeProject();
        const source = await fresh('postgres', root);
        await source.exec(readFileSync(path.join(FIXTURES, 'postgres-source-schema.sql'), 'utf8'));
        const url = source.env['NOORM_URL']!;
        const schemaDump = spawnSync(pgDump, ['--schema-only', '--no-owner', url], { encoding: 'utf8' });
        const dataDump = spawnSync(pgDump, ['--data-only', '--inserts', '--no-owner', url], { encoding: 'utf8' });
        if (schemaDump.status !== 0 || dataDump.status !== 0) {
            process.stderr.write(`\n*** SKIPPED pg_dump comparison: pg_dump failed: ${schemaDump.stderr}${dataDump.stderr} ***\n`);
            return;
        }
        expect(schemaDump.stdout).toContain('$$');
        writeFiles(root, { 'schema/001_schema.sql': schemaDump.stdout, 'schema/002_data.sql': dataDump.stdout });

        const viaNoorm = await fresh('postgres', root);
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: viaNoorm.env });
        expect(result.stderr).not.toContain('FAIL');
        expect(result.code).toBe(0);

        const viaPsql = await fresh('postgres', root);
        for (const file of ['schema/001_schema.sql', 'schema/002_data.sql']) {
            const native = await viaPsql.native(path.join(root, file));
            expect(native?.code).toBe(0);
        }

        const catalog = await viaNoorm.query(PG_CATALOG);
        expect(catalog).toEqual(await viaPsql.query(PG_CATALOG));
        expect(catalog).toEqual(await source.query(PG_CATALOG));
        expect(catalog).toEqual(
            expect.arrayContaining([
                { item: 'trigger', n: 1 },
                { item: 'enum labels', n: 3 },
                { item: 'class p', n: 1 },
            ]),
        );
        for (const table of ['app.people', 'app.events']) {
            const rows = `SELECT * FROM ${table} ORDER BY id`;
            expect(await viaNoorm.query(rows)).toEqual(await viaPsql.query(rows));
            expect((await viaNoorm.query(rows)).length).toBe(2);
        }
        // The dump emptied search_path for its session; noorm's tracking rows still landed in public.
        expect(await viaNoorm.query('SELECT count(*)::int AS n FROM public.__change_files__')).toEqual([{ n: 2 }]);
    });

    it('ignores \\restrict lines and refuses other psql meta-commands before anything runs', async () => {
        const root = makeProject({
            'schema/001_ok.sql': '\\restrict Abc123\nCREATE TABLE first_one (x int);\n\\unrestrict Abc123\n',
            'schema/002_meta.sql': 'CREATE TABLE second_one (x int);\n\\connect other\nCREATE TABLE third_one (x int);\n',
        });
        const db = await fresh('postgres', root);
        const result = await runCli(['run', 'build', '--json'], { cwd: root, env: db.env });
        expect(result.code).toBe(1);
        expect(parseJson<{ error: { file: string; line: number; message: string; hint: string } }>(result).error).toMatchObject({
            file: 'schema/002_meta.sql',
            line: 2,
            message: expect.stringContaining('\\connect'),
        });
        // Refused before the first file ran: nothing exists, not even noorm's tables.
        expect(await db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).toEqual([]);

        writeFiles(root, { 'schema/002_meta.sql': 'COPY first_one (x) FROM stdin;\n1\n\\.\n' });
        const copy = parseJson<{ error: { file: string; line: number; hint: string } }>(await runCli(['run', 'build', '--json'], { cwd: root, env: db.env }));
        expect(copy.error).toMatchObject({ file: 'schema/002_meta.sql', line: 1, hint: expect.stringContaining('--inserts') });
    });

    it("reports the line of a syntax error from the server's position, and of a runtime error by statement", async () => {
        const root = makeProject({
            'schema/001.sql': 'CREATE TABLE t (x int);\n\nSELECT 1;\nSELECT x\n  FROM t\n  WHERE x = = 1;\n',
        });
        const db = await fresh('postgres', root);
        const syntax = parseJson<{ error: { line: number; message: string } }>(await runCli(['run', 'build', '--json'], { cwd: root, env: db.env }));
        expect(syntax.error).toMatchObject({ line: 6, message: expect.stringContaining('syntax error') });

        writeFiles(root, { 'schema/001.sql': 'CREATE TABLE t (x int);\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT 1;\n\nSELECT 1 / 0;\nSELECT 2;\n' });
        const runtime = parseJson<{ error: { line: number; message: string } }>(await runCli(['run', 'build', '--json'], { cwd: root, env: db.env }));
        expect(runtime.error).toMatchObject({ line: 5, message: expect.stringContaining('division by zero') });
    });

    it("refuses BEGIN/COMMIT inside noorm's transaction, and runs -- noorm:no-transaction files statement by statement", async () => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (x int);\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n' });
        const db = await fresh('postgres', root);
        const refused = await runCli(['run', 'build', '--json'], { cwd: root, env: db.env });
        expect(refused.code).toBe(1);
        expect(parseJson<{ error: { line: number; hint: string } }>(refused).error).toMatchObject({ line: 2, hint: expect.stringContaining('noorm:no-transaction') });

        writeFiles(root, {
            'schema/001.sql': '-- noorm:no-transaction\nCREATE TABLE t (x int);\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_x ON t (x);\nVACUUM t;\n',
        });
        const result = await runCli(['run', 'build'], { cwd: root, env: db.env });
        expect(result.code).toBe(0);
        expect(await db.query("SELECT indexname FROM pg_indexes WHERE tablename = 't'")).toEqual([{ indexname: 't_x' }]);
    });
});

(mysql ? describe : describe.skip)('mysqldump output and DELIMITER scripts', () => {
    const MYSQL_CATALOG = `
        SELECT CONCAT('table ', table_type) AS item, COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name NOT LIKE '\\_\\_%' GROUP BY table_type
        UNION ALL SELECT CONCAT('routine ', routine_type, ' ', routine_name), 0 FROM information_schema.routines WHERE routine_schema = DATABASE()
        UNION ALL SELECT CONCAT('trigger ', trigger_name, ' ', event_manipulation, ' ', action_timing), 0 FROM information_schema.triggers WHERE trigger_schema = DATABASE()
        ORDER BY 1`;

    it('loads a dump with triggers, procedures and functions exactly as the mariadb/mysql client does', async () => {
        const dumper = dumpTool(['mariadb-dump', 'mysqldump']);
        if (!dumper) {
            process.stderr.write('\n*** SKIPPED mysqldump comparison: neither mariadb-dump nor mysqldump is installed ***\n');
            return;
        }
        const root = makeProject();
        const source = await fresh('mysql', root);
        await source.exec(readFileSync(path.join(FIXTURES, 'mysql-source-schema.sql'), 'utf8'));
        const admin = new URL(process.env['NOORM_TEST_MYSQL_URL']!);
        const dump = spawnSync(
            dumper,
            [
                `--host=${admin.hostname}`,
                `--port=${admin.port || 3306}`,
                `--user=${decodeURIComponent(admin.username) || 'root'}`,
                `--password=${decodeURIComponent(admin.password)}`,
                '--routines',
                '--triggers',
                '--skip-dump-date',
                source.name,
            ],
            { encoding: 'utf8' },
        );
        if (dump.status !== 0) {
            process.stderr.write(`\n*** SKIPPED mysqldump comparison: ${dumper} failed: ${dump.stderr} ***\n`);
            return;
        }
        expect(dump.stdout).toMatch(/DELIMITER ;;/);
        writeFiles(root, {
            'schema/001_dump.sql': dump.stdout.replace(/\n/g, '\r\n'),
            'schema/002_handwritten.sql': readFileSync(path.join(FIXTURES, 'mysql-handwritten.sql'), 'utf8'),
        });

        const viaNoorm = await fresh('mysql', root);
        const result = await runCli(['run', 'build'], { cwd: root, env: viaNoorm.env });
        expect(result.stderr).not.toContain('FAIL');
        expect(result.code).toBe(0);

        const viaClient = await fresh('mysql', root);
        for (const file of ['schema/001_dump.sql', 'schema/002_handwritten.sql']) {
            const native = await viaClient.native(path.join(root, file));
            expect(native).toMatchObject({ code: 0 });
        }

        const catalog = await viaNoorm.query(MYSQL_CATALOG);
        expect(catalog).toEqual(await viaClient.query(MYSQL_CATALOG));
        expect(catalog.length).toBeGreaterThanOrEqual(6);
        for (const query of ['SELECT * FROM people ORDER BY id', 'SELECT * FROM audit ORDER BY id', 'SELECT * FROM notes ORDER BY id']) {
            expect(await viaNoorm.query(query)).toEqual(await viaClient.query(query));
        }
        expect(await viaNoorm.query('SELECT body FROM notes ORDER BY id')).toEqual([
            { body: 'double "quoted"; text' },
            { body: "single 'quoted'; text\\" },
            { body: 'count before: 2' },
            { body: 'after a trailing comment' },
        ]);
    });

    it("runs a file bigger than the server's max_allowed_packet", async () => {
        const root = makeProject();
        const db = await fresh('mysql', root);
        const [{ max }] = (await db.query<{ max: string }>('SELECT @@max_allowed_packet AS max')) as [{ max: string }];
        const chunk = 'x'.repeat(1024 * 1024);
        const statements = Math.ceil(Number(max) / chunk.length) + 2;
        const lines = ['CREATE TABLE big (id int PRIMARY KEY AUTO_INCREMENT, v longtext);'];
        for (let i = 0; i < statements; i++) lines.push(`INSERT INTO big (v) VALUES ('${chunk}');`);
        writeFileSync(path.join(root, 'big.sql'), lines.join('\n'));
        expect(lines.join('\n').length).toBeGreaterThan(Number(max));
        const result = await runCli(['run', 'file', 'big.sql'], { cwd: root, env: db.env });
        expect(result.code).toBe(0);
        expect(await db.query('SELECT COUNT(*) AS n FROM big')).toEqual([{ n: statements }]);
    });

    it('reports a syntax error at the file line the server names', async () => {
        const root = makeProject({ 'schema/001.sql': 'CREATE TABLE t (x int);\n\nDELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELEC 1;\nEND //\nDELIMITER ;\n' });
        const db = await fresh('mysql', root);
        const result = parseJson<{ error: { line: number; message: string } }>(await runCli(['run', 'build', '--json'], { cwd: root, env: db.env }));
        expect(result.error).toMatchObject({ line: 6, message: expect.stringContaining('SQL syntax') });
    });
});
