/**
 * Every DELIMITER form in tests/fixtures/mysql-delimiter/ is run twice into fresh databases: by the
 * `mariadb` (or `mysql`) client itself and by noorm. The client is the reference: both must
 * succeed or fail alike (the same line, the server's same message) and leave the same tables,
 * rows, routines and triggers behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects } from '../helpers/project.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/mysql-delimiter');
const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const mysql = availableDialects(['mysql']).length > 0;

interface Outcome {
    ok: boolean;
    line?: number;
    message?: string;
}

/** Everything a script can leave behind, with the database's own name taken out. */
async function snapshot(db: TestDatabase): Promise<Record<string, unknown>> {
    const tables = await db.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name NOT LIKE '\\_\\_%' ORDER BY 1",
    );
    const rows: Record<string, string[]> = {};
    for (const { name } of tables) {
        rows[name] = (await db.query(`SELECT * FROM \`${name.replace(/`/g, '``')}\``)).map((row) => JSON.stringify(row)).sort();
    }
    const routines = await db.query('SELECT routine_type, routine_name, routine_definition FROM information_schema.routines WHERE routine_schema = DATABASE() ORDER BY 2');
    const triggers = await db.query(
        'SELECT trigger_name, event_manipulation, action_timing, action_statement FROM information_schema.triggers WHERE trigger_schema = DATABASE() ORDER BY 1',
    );
    return JSON.parse(JSON.stringify({ rows, routines, triggers }).split(db.name).join('<db>')) as Record<string, unknown>;
}

(mysql ? describe : describe.skip)('DELIMITER fixtures, against the mariadb client', () => {
    const fixtures = readdirSync(FIXTURES)
        .filter((file) => file.endsWith('.sql'))
        .sort();

    it('covers every form the client knows', () => {
        expect(fixtures.length).toBeGreaterThanOrEqual(14);
    });

    it.each(fixtures)('%s', async (fixture) => {
        const file = path.join(FIXTURES, fixture);
        const root = makeProject({ [fixture]: readFileSync(file) });
        const viaClient = await createTestDatabase('mysql', root);
        const viaNoorm = await createTestDatabase('mysql', root);
        created.push(viaClient, viaNoorm);

        const native = await viaClient.native(file);
        if (!native) {
            process.stderr.write(`\n*** SKIPPED ${fixture}: neither the mariadb nor the mysql client is installed ***\n`);
            return;
        }
        const failure = /^ERROR \d+ \(\w+\) at line (\d+): (.*)$/m.exec(native.stderr);
        const expected: Outcome = native.code === 0 ? { ok: true } : { ok: false, line: Number(failure?.[1]), message: failure?.[2]?.split(viaClient.name).join('<db>') };
        expect(native.code === 0 || failure !== null).toBe(true);

        const result = parseJson<{ ok: boolean; error?: { line?: number; message: string } }>(await runCli(['run', 'file', fixture, '--json'], { cwd: root, env: viaNoorm.env }));
        const actual: Outcome = result.ok ? { ok: true } : { ok: false, line: result.error?.line, message: result.error?.message.split(viaNoorm.name).join('<db>') };

        expect(actual).toEqual(expected);
        expect(await snapshot(viaNoorm)).toEqual(await snapshot(viaClient));
    });
});
