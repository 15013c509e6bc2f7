import { describe, expect, it } from '@jest/globals';
import { loadDialect } from '../../src/core/dialect/registry.js';
import { insertRows } from '../../src/core/template/render.js';

describe('escape() literals per dialect', () => {
    it('writes strings, numbers, booleans, NULL, dates, JSON and bytes the way each database reads them', async () => {
        const pg = await loadDialect('postgres');
        const my = await loadDialect('mysql');
        const lite = await loadDialect('sqlite');
        const ms = await loadDialect('mssql');
        const date = new Date('2024-02-03T04:05:06.789Z');
        expect([pg, my, lite, ms].map((d) => d.quoteLiteral("it's \\ fine"))).toEqual(["'it''s \\ fine'", `_utf8mb4 X'${Buffer.from("it's \\ fine").toString('hex')}'`, "'it''s \\ fine'", "N'it''s \\ fine'"]);
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

    it('gives logical types in each database\'s words', async () => {
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
