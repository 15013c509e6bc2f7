import { describe, expect, it } from '@jest/globals';
import { checksumOf, hasNoTransactionDirective, normaliseSql, sourceFromBytes } from '../../src/core/runner/source.js';
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
        expect(sourceFromBytes('a.sql', '/p/a.sql', bytes('\uFEFFSELECT \'é\';')).sizeBytes).toBe(12);
    });

    it('refuses a file that is not UTF-8, naming the file and line', () => {
        const latin1 = new Uint8Array([...bytes('SELECT 1;\nSELECT \''), 0xe9, ...bytes('\';\n')]);
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
});
