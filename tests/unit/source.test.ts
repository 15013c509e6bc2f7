import { describe, expect, it } from '@jest/globals';
import { checksumOf, GeneratedSource, hasNoTransactionDirective, normaliseSql, sourceFromBytes, type GeneratedSql } from '../../src/core/runner/source.js';
import type { SqlBuffer } from '../../src/core/runner/sql-buffer.js';
import { FileError } from '../../src/core/errors.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('source files', () => {
    it('gives CRLF, BOM and LF versions of a file the same checksum', () => {
        const lf = sourceFromBytes('a.sql', '/p/a.sql', bytes('SELECT 1;\nSELECT 2;\n'));
        const crlf = sourceFromBytes('a.sql', '/p/a.sql', bytes('SELECT 1;\r\nSELECT 2;\r\n'));
        const bom = sourceFromBytes('a.sql', '/p/a.sql', bytes('\uFEFFSELECT 1;\r\nSELECT 2;\r\n'));
        expect(crlf.checksum).toBe(lf.checksum);
        expect(bom.checksum).toBe(lf.checksum);
        expect(bom.sql).toBe('SELECT 1;\nSELECT 2;\n');
        expect(lf.checksum).toBe(checksumOf('SELECT 1;\nSELECT 2;\n'));
        expect(lf.checksum).toMatch(/^[0-9a-f]{64}$/);
    });

    it('changes the checksum when the content changes', () => {
        expect(checksumOf('SELECT 1;')).not.toBe(checksumOf('SELECT 1; '));
    });

    it('measures size in UTF-8 bytes of the text sent', () => {
        expect(sourceFromBytes('a.sql', '/p/a.sql', bytes("\uFEFFSELECT 'é';")).sizeBytes).toBe(12);
    });

    it('refuses a file that is not UTF-8, naming the file and line', () => {
        const latin1 = new Uint8Array([...bytes("SELECT 1;\nSELECT '"), 0xe9, ...bytes("';\n")]);
        let caught: unknown;
        try {
            sourceFromBytes('schema/bad.sql', '/p/schema/bad.sql', latin1);
        } catch (error) {
            caught = error;
        }
        expect(caught).toBeInstanceOf(FileError);
        expect(caught).toMatchObject({ code: 'not-utf8', file: 'schema/bad.sql', line: 2, exitCode: 1 });
    });

    it('finds the no-transaction directive among leading comments only', () => {
        expect(hasNoTransactionDirective('-- noorm:no-transaction\nVACUUM;')).toBe(true);
        expect(hasNoTransactionDirective('\n-- License: MIT\n--   NOORM:NO-TRANSACTION\nVACUUM;')).toBe(true);
        expect(hasNoTransactionDirective('SELECT 1;\n-- noorm:no-transaction\n')).toBe(false);
        expect(hasNoTransactionDirective('-- noorm:no-transactional\n')).toBe(false);
    });

    it('leaves lone CR characters alone (they may be data)', () => {
        expect(normaliseSql("SELECT 'a\rb';\r\n")).toBe("SELECT 'a\rb';\n");
    });

    describe("a template's output in pieces", () => {
        const rows = (table: string): GeneratedSql => ({
            empty: false,
            *write(out: SqlBuffer) {
                for (const id of [1, 2]) {
                    out.write(`INSERT INTO ${table} VALUES (${id});\n`);
                    yield;
                }
            },
        });
        // insertRows() in a loop: generated statements with a blank line after each call.
        const source = () => new GeneratedSource('schema/seed.sql.eta', '/p/schema/seed.sql.eta', ['CREATE TABLE a (x int);\n', rows('a'), '\n', rows('b'), '\n']);
        const collect = async (apart: boolean) => {
            const pieces: Array<{ text: string; generated: boolean; last: boolean }> = [];
            for await (const piece of source().pieces(1024, apart)) pieces.push({ text: piece.bytes.toString('utf8'), generated: piece.generated, last: piece.last });
            return pieces;
        };

        it('keeps the blank text between generated statements with them, so a loop costs no extra parts', async () => {
            const pieces = await collect(true);
            expect(pieces).toEqual([
                { text: 'CREATE TABLE a (x int);\n', generated: false, last: false },
                { text: 'INSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\n\nINSERT INTO b VALUES (1);\nINSERT INTO b VALUES (2);\n\n', generated: true, last: true },
            ]);
        });

        it('sends text and generated statements together when the session reads every part anyway', async () => {
            const pieces = await collect(false);
            expect(pieces).toEqual([{ text: source().sql, generated: false, last: true }]);
            expect(checksumOf(pieces[0]!.text)).toBe(source().checksum);
        });
    });
});
