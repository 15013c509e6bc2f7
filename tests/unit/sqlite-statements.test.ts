import { describe, expect, it } from '@jest/globals';
import { splitSqliteStatements } from '../../src/core/dialect/sqlite/sqlite-statements.js';

describe('splitSqliteStatements', () => {
    it('splits on semicolons and reports the line of each statement', () => {
        const statements = splitSqliteStatements('CREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);');
        expect(statements.map((s) => [s.line, s.sql])).toEqual([
            [1, 'CREATE TABLE a (x);'],
            [3, 'INSERT INTO a VALUES (1);'],
            [4, 'INSERT INTO a VALUES (2);'],
        ]);
    });

    it('keeps a trigger body with its inner semicolons in one statement', () => {
        const script = [
            'CREATE TRIGGER t AFTER INSERT ON a',
            'BEGIN',
            '  INSERT INTO log VALUES (NEW.x);',
            '  UPDATE a SET x = CASE WHEN x > 1 THEN 1 ELSE 0 END;',
            'END;',
            'SELECT 1;',
        ].join('\n');
        const statements = splitSqliteStatements(script);
        expect(statements).toHaveLength(2);
        expect(statements[0]!.sql.endsWith('END;')).toBe(true);
        expect(statements[1]).toEqual({ sql: 'SELECT 1;', line: 6 });
    });

    it('knows CREATE TEMP TRIGGER and CREATE TEMPORARY TRIGGER', () => {
        for (const kind of ['TEMP', 'temporary']) {
            const statements = splitSqliteStatements(`create ${kind} trigger t after insert on a begin select 1; select 2; end; select 3;`);
            expect(statements).toHaveLength(2);
        }
    });

    it('ignores semicolons inside strings, quoted identifiers and comments', () => {
        const script = [
            'INSERT INTO a VALUES (\'x;y\', "we;ird", [br;acket], `back;tick`); -- trailing; comment',
            "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');",
        ].join('\n');
        const statements = splitSqliteStatements(script);
        expect(statements).toHaveLength(2);
        expect(statements[1]!.line).toBe(2);
    });

    it('does not count a leading comment as the statement start', () => {
        const statements = splitSqliteStatements('-- header\n-- more\n\nCREATE TABLE a (x);');
        expect(statements).toEqual([{ sql: 'CREATE TABLE a (x);', line: 4 }]);
    });

    it('keeps a last statement without a semicolon and drops empty ones', () => {
        expect(splitSqliteStatements(';;SELECT 1;;\nSELECT 2\n  ')).toEqual([
            { sql: 'SELECT 1;', line: 1 },
            { sql: 'SELECT 2', line: 2 },
        ]);
        expect(splitSqliteStatements('  -- only a comment\n')).toEqual([]);
    });

    it('treats END as ending a trigger only right after a semicolon', () => {
        const script = 'CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END; SELECT 3;';
        expect(splitSqliteStatements(script).map((s) => s.sql)).toEqual(['CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; END;', 'SELECT 3;']);
    });
});
