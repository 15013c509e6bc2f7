import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDialect } from '../../src/core/dialect/registry.js';
import type { Dialect } from '../../src/core/dialect/types.js';
import { SqlBuffer } from '../../src/core/runner/sql-buffer.js';
import { CsvRows, InsertStatements, RowInserts, StreamedInserts, type InsertRowsOptions } from '../../src/core/template/insert-rows.js';

const insertRows = (dialect: Dialect, table: string, rows: Record<string, unknown>[], options?: InsertRowsOptions) => String(new RowInserts(dialect, table, rows, options));

describe('escape() literals per dialect', () => {
    it('writes strings, numbers, booleans, NULL, dates, JSON and bytes the way each database reads them', async () => {
        const pg = await loadDialect('postgres');
        const my = await loadDialect('mysql');
        const lite = await loadDialect('sqlite');
        const ms = await loadDialect('mssql');
        const date = new Date('2024-02-03T04:05:06.789Z');
        expect([pg, my, lite, ms].map((d) => d.quoteLiteral("it's \\ fine"))).toEqual([
            "'it''s \\ fine'",
            `_utf8mb4 X'${Buffer.from("it's \\ fine").toString('hex')}'`,
            "'it''s \\ fine'",
            "N'it''s \\ fine'",
        ]);
        expect([pg, my, lite, ms].map((d) => d.quoteLiteral(true))).toEqual(['TRUE', 'TRUE', '1', '1']);
        expect([pg, my, lite, ms].map((d) => d.quoteLiteral(null))).toEqual(['NULL', 'NULL', 'NULL', 'NULL']);
        expect(pg.quoteLiteral(undefined)).toBe('NULL');
        expect(pg.quoteLiteral(-1.5)).toBe('-1.5');
        expect(pg.quoteLiteral(12345678901234567890n)).toBe('12345678901234567890');
        expect([pg, my, ms].map((d) => d.quoteLiteral(date))).toEqual(["'2024-02-03T04:05:06.789Z'", "'2024-02-03 04:05:06.789'", "'2024-02-03T04:05:06.789'"]);
        expect(pg.quoteLiteral({ a: "b'c" })).toBe(`'{"a":"b''c"}'`);
        // MySQL: read the same with or without NO_BACKSLASH_ESCAPES.
        expect(my.quoteLiteral("it's\nhere")).toBe("'it''s\nhere'");
        expect(my.quoteLiteral('a\0b')).toBe(`_utf8mb4 X'610062'`);
        expect(lite.quoteLiteral(Buffer.from([1, 255]))).toBe("X'01ff'");
        expect(() => pg.quoteLiteral(Number.NaN)).toThrow(/NaN/);
        expect(() => pg.quoteLiteral('a\0b')).toThrow(/NUL/);
    });

    it("gives logical types in each database's words", async () => {
        expect((await loadDialect('postgres')).logicalTypes).toMatchObject({ json: 'jsonb', bool: 'boolean', uuid: 'uuid' });
        expect((await loadDialect('mssql')).logicalTypes).toMatchObject({ bool: 'bit', uuid: 'uniqueidentifier', serial: 'int IDENTITY(1,1)' });
    });
});

describe('insertRows', () => {
    it('batches rows into multi-row INSERTs with quoted names and literal values', async () => {
        const pg = await loadDialect('postgres');
        const rows = Array.from({ length: 2500 }, (_, i) => ({ id: i, name: `n'${i}` }));
        const sql = insertRows(pg, 'app.people', rows, { batch: 1000 });
        expect(sql.match(/^INSERT INTO "app"."people" \("id", "name"\) VALUES$/gm)).toHaveLength(3);
        expect(sql).toContain("(2499, 'n''2499');\n");
        expect(insertRows(pg, 't', [])).toBe('');
        expect(insertRows(pg, 't', [{ a: 1, b: 2 }], { columns: ['b'] })).toBe('INSERT INTO "t" ("b") VALUES\n(2);\n');
        expect(insertRows(pg, 't', [{ a: 1, b: 'x' }, { a: null }])).toBe('INSERT INTO "t" ("a", "b") VALUES\n(1, \'x\'),\n(NULL, NULL);\n');
        // Rows without columns: all defaults (valid on MySQL/MariaDB), as written by hand.
        expect(insertRows(pg, 't', [{}, {}])).toBe('INSERT INTO "t" () VALUES\n(),\n();\n');
    });
});

/** The statements one by one, as the runner writes them. */
function statementsOf(inserts: InsertStatements): string[] {
    const out = new SqlBuffer(16);
    const statements: string[] = [];
    for (const _ of inserts.write(out)) {
        statements.push(out.text());
        out.shift();
    }
    return statements;
}

describe('insertRows() output', () => {
    it('writes statement by statement exactly what it writes whole', async () => {
        const pg = await loadDialect('postgres');
        const inserts = new RowInserts(
            pg,
            't',
            Array.from({ length: 2501 }, (_, i) => ({ id: i, v: `v${i}` })),
            { batch: 1000 },
        );
        const statements = statementsOf(inserts);
        expect(statements).toHaveLength(3);
        expect(statements.join('')).toBe(String(inserts));
        expect(statements[2]).toBe(
            'INSERT INTO "t" ("id", "v") VALUES\n(2000, \'v2000\'),\n' + Array.from({ length: 500 }, (_, i) => `(${2001 + i}, 'v${2001 + i}')`).join(',\n') + ';\n',
        );
    });

    it('takes the values when called: later changes to the rows do not change the SQL', async () => {
        const pg = await loadDialect('postgres');
        const when = new Date('2024-01-02T03:04:05.000Z');
        const rows: Record<string, unknown>[] = [{ id: 1, at: when, meta: { tags: ['a'] }, bytes: Buffer.from([1]) }];
        const inserts = new RowInserts(pg, 't', rows);
        const before = String(inserts);
        rows[0]!['id'] = 2;
        when.setFullYear(1999);
        (rows[0]!['meta'] as { tags: string[] }).tags.push('b');
        (rows[0]!['bytes'] as Buffer)[0] = 9;
        rows.push({ id: 3 });
        expect(String(inserts)).toBe(before);
        expect(before).toBe('INSERT INTO "t" ("id", "at", "meta", "bytes") VALUES\n(1, \'2024-01-02T03:04:05.000Z\', \'{"tags":["a"]}\', \'\\x01\'::bytea);\n');
    });

    it('refuses a value without a literal at once, naming its row and column', async () => {
        const pg = await loadDialect('postgres');
        const my = await loadDialect('mysql');
        expect(() => new RowInserts(pg, 't', [{ a: 1 }, { a: Number.NaN }])).toThrow(/row 2, column a: NaN has no SQL literal/);
        expect(() => new RowInserts(pg, 't', [{ a: 'x\0y' }])).toThrow(/row 1, column a: text with a NUL/);
        expect(String(new RowInserts(my, 't', [{ a: 'x\0y' }]))).toContain("X'780079'");
        expect(() => new RowInserts(pg, 't', [{ a: () => 1 }])).toThrow(/row 1, column a: a function has no SQL literal/);
        expect(() => new RowInserts(pg, 't', [{ a: { n: 1n } }])).toThrow(/row 1, column a cannot be written as JSON/);
        expect(() => new RowInserts(pg, 't', [{ a: 1 }, null as unknown as Record<string, unknown>])).toThrow(/row 2 is null/);
        expect(() => new RowInserts(pg, 't', [{ a: 1 }], { batch: 0 })).toThrow(/batch must be a whole number/);
    });
});

describe('insertRows() over loadRows()', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-rows-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    let files = 0;
    /** loadRows() of a CSV file holding `text`. */
    const rowsOf = (text: string, map?: (row: Record<string, string>, index: number) => Record<string, unknown>) => {
        const file = path.join(dir, `${files++}.csv`);
        writeFileSync(file, text);
        return new CsvRows('t.csv', file, map);
    };

    it('writes what it would write over the same rows loaded whole, reading them anew on each pass', async () => {
        const pg = await loadDialect('postgres');
        const text = 'id,v\n' + Array.from({ length: 2500 }, (_, i) => `${i},"v ""${i}"""`).join('\n') + '\n';
        const map = (row: Record<string, string>, index: number) => ({ id: Number(row['id']), v: row['v'], n: index });
        const streamed = new StreamedInserts(pg, 't', rowsOf(text, map), { batch: 1000 });
        const rows = Array.from({ length: 2500 }, (_, i) => ({ id: i, v: `v "${i}"`, n: i }));
        expect(String(streamed)).toBe(String(new RowInserts(pg, 't', rows, { batch: 1000 })));
        expect(statementsOf(streamed)).toHaveLength(3);
        expect(String(streamed)).toBe(String(streamed));
        // Each pass reads the file from disk: the file the template saw, or none.
        const file = rowsOf('a\n1\n');
        const anew = new StreamedInserts(pg, 't', file);
        expect(String(anew)).toBe('INSERT INTO "t" ("a") VALUES\n(\'1\');\n');
        writeFileSync(path.join(dir, `${files - 1}.csv`), 'a\n22\n');
        expect(() => String(anew)).toThrow('t.csv changed while noorm was running');
        expect(new StreamedInserts(pg, 't', rowsOf('id,v\n')).empty).toBe(true);
        const failing = (row: Record<string, string>) => {
            if (row['a'] === '2') throw new Error('boom');
            return row;
        };
        expect(() => String(new StreamedInserts(pg, 't', rowsOf('a\n1\n2\n', failing)))).toThrow('loadRows(): the function given for t.csv failed on row 2: boom');
        expect(() => rowsOf('a\n', 'no' as never)).toThrow(/must be a function/);
        expect(() => new StreamedInserts(pg, 't', rowsOf('a\n1\n', (async (row: Record<string, string>) => row) as never))).toThrow(/returned a promise for row 1/);
        const columns = ['a'];
        const fixed = new StreamedInserts(pg, 't', rowsOf('a,b\n1,2\n'), { columns });
        columns.push('b');
        expect(String(fixed)).toBe('INSERT INTO "t" ("a") VALUES\n(\'1\');\n');
    });
});

describe('endsAtStatementBoundary', () => {
    it('tells whether a script leaves a statement, string, comment or delimiter open', async () => {
        const pg = await loadDialect('postgres');
        const my = await loadDialect('mysql');
        const lite = await loadDialect('sqlite');
        for (const dialect of [pg, my, lite]) {
            const ends = (text: string) => dialect.endsAtStatementBoundary!(text);
            expect([ends(''), ends('DELETE FROM t;\n'), ends('DELETE FROM t; -- done\n'), ends('-- only a comment\n')]).toEqual([true, true, true, true]);
            expect([ends('DELETE FROM t'), ends('/* open\n'), ends("SELECT 'open;\n"), ends('INSERT INTO t VALUES (1,\n')]).toEqual([false, false, false, false]);
            // A line comment without its line break would swallow the start of what follows.
            expect(ends('DELETE FROM t; -- users')).toBe(false);
        }
        expect(pg.endsAtStatementBoundary!('DO $$ BEGIN;\n')).toBe(false);
        expect(my.endsAtStatementBoundary!('DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\n')).toBe(false);
        expect(my.endsAtStatementBoundary!('DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\n')).toBe(true);
        expect(lite.endsAtStatementBoundary!('CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;\n')).toBe(false);
        // T-SQL batches keep their variables: a script is never cut there.
        expect((await loadDialect('mssql')).endsAtStatementBoundary).toBeUndefined();
    });
});
