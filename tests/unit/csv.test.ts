import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { parseCsv } from '../../src/core/template/csv.js';

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
});
