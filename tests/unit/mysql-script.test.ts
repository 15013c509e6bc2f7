import { describe, expect, it } from '@jest/globals';
import { splitMysqlStatements } from '../../src/core/dialect/mysql/mysql-script.js';

const split = (text: string) => splitMysqlStatements(text).map((s) => [s.line, s.sql]);

describe('splitMysqlStatements', () => {
    it('splits on ; outside strings, identifiers and comments, with backslash escapes', () => {
        const text = ["INSERT INTO t VALUES ('a;b', \"c;d\", 'it\\'s; ok', `we;ird`); # comment; here", '-- dash comment; here', '/* block; */ SELECT 1;', 'SELECT 2'].join('\n');
        expect(split(text)).toEqual([
            [1, "INSERT INTO t VALUES ('a;b', \"c;d\", 'it\\'s; ok', `we;ird`)"],
            [3, 'SELECT 1'],
            [4, 'SELECT 2'],
        ]);
    });

    it('does not take --x (without a space) for a comment', () => {
        expect(split('SELECT 1--1;')).toEqual([[1, 'SELECT 1--1']]);
    });

    it('honours DELIMITER with any delimiter and any case', () => {
        for (const delimiter of ['//', '$$', ';;', '|', '#']) {
            const text = [`delimiter ${delimiter}`, 'CREATE PROCEDURE p()', 'BEGIN', '  SELECT 1; SELECT 2;', `END ${delimiter}`, 'DeLiMiTeR ;', 'SELECT 3;'].join('\n');
            expect(split(text)).toEqual([
                [2, 'CREATE PROCEDURE p()\nBEGIN\n  SELECT 1; SELECT 2;\nEND'],
                [7, 'SELECT 3'],
            ]);
        }
    });

    it('keeps /*! executable comments */ as SQL, where the delimiter still ends a statement', () => {
        const text = [
            '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
            'DELIMITER ;;',
            '/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN',
            '  SET NEW.x = 1;',
            'END */;;',
            'DELIMITER ;',
        ].join('\n');
        const statements = split(text);
        expect(statements).toHaveLength(2);
        expect(statements[0]).toEqual([1, '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */']);
        expect(statements[1]![0]).toBe(3);
        expect(statements[1]![1]).toMatch(/^\/\*!50003 CREATE\*\/.*END \*\/$/s);
    });

    it('blanks the semicolons a custom-delimited statement ends with, which the server would see as empty statements', () => {
        const text = [
            'delimiter |',
            'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN',
            '  INSERT INTO b SET x = NEW.x;',
            'END;',
            '|',
            'delimiter ;',
            'INSERT INTO a VALUES (1);',
        ].join('\n');
        expect(splitMysqlStatements(text)).toEqual([
            { sql: 'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN\n  INSERT INTO b SET x = NEW.x;\nEND', line: 2, parts: [4] },
            { sql: 'INSERT INTO a VALUES (1)', line: 7 },
        ]);
        expect(split('delimiter $$\nselect 3;\n$$\nselect 4;; -- twice\n$$\nselect 5; /* c */ ;\n$$')).toEqual([
            [2, 'select 3'],
            [4, 'select 4   -- twice'],
            [6, 'select 5  /* c */'],
        ]);
    });

    it('records where further server statements start inside one custom-delimited statement', () => {
        expect(splitMysqlStatements('DELIMITER $$\nselect 1;\n  -- then\n  select 2; select 3$$')).toEqual([
            { sql: 'select 1;\n  -- then\n  select 2; select 3', line: 2, parts: [4, 4] },
        ]);
    });

    it('marks a statement the delimiter ends inside an executable comment, which must not share a query', () => {
        expect(splitMysqlStatements('/*!40101 SET @a = 1; SET @b = 2 */;\n/*!40101 SET @c = 3 */;')).toEqual([
            { sql: '/*!40101 SET @a = 1', line: 1, open: true },
            { sql: 'SET @b = 2 */', line: 1 },
            { sql: '/*!40101 SET @c = 3 */', line: 2 },
        ]);
    });

    it('keeps a statement of semicolons alone, which the client sends (and the server calls empty)', () => {
        expect(split('delimiter $$\n;\n$$\nselect 1$$')).toEqual([
            [2, ';'],
            [4, 'select 1'],
        ]);
    });

    it('reads the DELIMITER argument as the client does: up to a blank, or quoted; never with a backslash', () => {
        expect(split("delimiter '$$' ignored\nselect 1$$\ndelimiter ;  -- back\nselect 2;")).toEqual([
            [2, 'select 1'],
            [4, 'select 2'],
        ]);
        expect(() => splitMysqlStatements('select 1;\ndelimiter \\\\\n')).toThrow(expect.objectContaining({ line: 2, message: expect.stringContaining('backslash') }));
    });

    it('takes -- for a comment at the start of a statement even without a blank, as the client does', () => {
        expect(split('--no blank\nselect 3--1;\n')).toEqual([[2, 'select 3--1']]);
    });

    it('drops empty statements and comment-only text', () => {
        expect(split(';;\n-- nothing\n# nothing\n')).toEqual([]);
    });
});
