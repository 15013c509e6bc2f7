import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normaliseSql } from '../../src/core/sql/normalise.js';
import { csvFileRows, csvRows, parseCsv } from '../../src/core/template/csv.js';

const reference = (text: string) => parse(text, { columns: true, bom: true, skip_empty_lines: true }) as unknown;

const AWKWARD: Record<string, string> = {
    simple: 'a,b\n1,2\n3,4\n',
    'no final newline': 'a,b\n1,2',
    'BOM and CRLF': '\uFEFFname,motto\r\nAda,"counts, computes"\r\nZoë,😀\r\n',
    'quotes, commas and newlines': 'name,motto\n"O\'Brien","says ""hi""\nthen leaves"\n"a,b",""\n',
    'CRLF inside quotes': 'k,v\n1,"line one\r\nline two"\n',
    'empty fields': 'a,b,c\n,,\n1,,3\n',
    'blank lines': 'a,b\n\n1,2\n\n\n3,4\n',
    'quoted header': '"first name","last, name"\nAda,Lovelace\n',
};

describe('parseCsv', () => {
    it.each(Object.entries(AWKWARD))('reads %s exactly as csv-parse does', (_label, text) => {
        expect(parseCsv(text, 'x.csv')).toEqual(reference(text));
    });

    it('names the line of a row with the wrong number of fields, and of an unclosed quote', () => {
        expect(() => parseCsv('a,b\n1,2\n3\n', 'data.csv')).toThrow('data.csv line 3 has 1 fields; the header has 2');
        expect(() => parseCsv('a,b\n1,"open\n', 'data.csv')).toThrow('data.csv line 2: a quoted field is never closed');
    });

    it('keeps a row whose only field is a quoted empty string, and a column named __proto__', () => {
        const rows = parseCsv('v\n""\n\nx\n', 'one.csv');
        expect(rows).toEqual([{ v: '' }, { v: 'x' }]);
        const proto = parseCsv('__proto__,b\n1,2\n', 'proto.csv');
        expect(Object.keys(proto[0]!)).toEqual(['__proto__', 'b']);
        expect(Object.getPrototypeOf(proto[0]!)).toBe(Object.prototype);
    });

    it('refuses a quote inside an unquoted field rather than guessing', () => {
        expect(() => parseCsv('a,b\n1,x"y\n', 'bad.csv')).toThrow('bad.csv line 2: a quote inside an unquoted field');
    });

    it('reads 100,000 rows', () => {
        const lines = ['id,name'];
        for (let i = 0; i < 100_000; i++) lines.push(`${i},"name ${i}, ""quoted"""`);
        const rows = parseCsv(lines.join('\n'), 'big.csv');
        expect(rows).toHaveLength(100_000);
        expect(rows[99_999]).toEqual({ id: '99999', name: 'name 99999, "quoted"' });
    });

    it('reads the same rows however the text is cut into chunks', () => {
        for (const text of Object.values(AWKWARD)) {
            for (const size of [1, 2, 3, 5, 8, 13]) {
                const chunks: string[] = [];
                for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
                expect([...csvRows(chunks, 'x.csv')]).toEqual(parseCsv(text, 'x.csv'));
            }
        }
        const cut = (text: string) => [...text];
        expect(() => [...csvRows(cut('a,b\n1,2\n\n3\n'), 'data.csv')]).toThrow('data.csv line 4 has 1 fields; the header has 2');
        expect(() => [...csvRows(cut('a,b\n1,"open\n\n'), 'data.csv')]).toThrow('data.csv line 2: a quoted field is never closed');
    });
});

describe('csvFileRows', () => {
    it('reads a file bigger than its chunks as the whole normalised text reads', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-csv-'));
        try {
            // CRLF line ends, CRLF inside quotes, doubled quotes and multi-byte characters; the first
            // 64 KiB chunk ends inside a doubled quote, the second between a CR and its LF.
            const lines = ['\uFEFFid,text'];
            for (let i = 0; i < 6000; i++) lines.push(i % 3 ? `${i},"é ${'x'.repeat(i % 17)}\r\nzoë ""${i}"""` : `${i},plain ${i}`);
            const text = lines.join('\r\n') + '\r\n';
            const file = path.join(dir, 'rows.csv');
            writeFileSync(file, text);
            expect(Buffer.from(text).subarray(65533, 65536).toString()).toBe('"""');
            expect(Buffer.from(text).subarray(131071, 131073).toString()).toBe('\r\n');
            const rows = [...csvFileRows(file, 'rows.csv')];
            expect(rows).toEqual(parseCsv(normaliseSql(text), 'rows.csv'));
            expect(rows).toHaveLength(6000);
            expect(rows[1]).toEqual({ id: '1', text: 'é x\nzoë "1"' });
            // A character cut in two by the chunk boundary, and a CRLF inside quotes.
            writeFileSync(file, `v\n${'a'.repeat(65533)}é\n`);
            expect([...csvFileRows(file, 'rows.csv')]).toEqual([{ v: `${'a'.repeat(65533)}é` }]);
            writeFileSync(file, `v\n"${'a'.repeat(65532)}\r\nb"\n`);
            expect([...csvFileRows(file, 'rows.csv')]).toEqual([{ v: `${'a'.repeat(65532)}\nb` }]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('closes the file when only the first rows are read, and names a file it cannot read', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-csv-'));
        try {
            const file = path.join(dir, 'rows.csv');
            writeFileSync(file, 'a\n1\n2\n');
            const open = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);
            const before = open();
            for (let i = 0; i < 20; i++) {
                for (const row of csvFileRows(file, 'rows.csv')) {
                    expect(row).toEqual({ a: '1' });
                    break;
                }
            }
            expect(open()).toBe(before);
            expect(() => [...csvFileRows(path.join(dir, 'gone.csv'), 'seeds/gone.csv')]).toThrow('Cannot read seeds/gone.csv (ENOENT)');
            expect(() => [...csvFileRows(dir, 'seeds')]).toThrow('Cannot read seeds (EISDIR)');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
