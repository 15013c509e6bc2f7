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

    it('drops empty statements and comment-only text', () => {
        expect(split(';;\n-- nothing\n# nothing\n')).toEqual([]);
    });
});
