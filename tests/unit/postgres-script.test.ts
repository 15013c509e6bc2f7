import { describe, expect, it } from '@jest/globals';
import { preparePostgresScript } from '../../src/core/dialect/postgres/postgres-dialect.js';
import { offsetOfPosition, scanPostgresScript } from '../../src/core/dialect/postgres/postgres-script.js';
import { ScriptFailure } from '../../src/core/dialect/types.js';

const statementsOf = (text: string) => scanPostgresScript(text).statements.map((s) => [s.line, text.slice(s.start, s.end)]);

describe('scanPostgresScript', () => {
    it('splits on semicolons outside strings, identifiers, comments and dollar quotes', () => {
        const text = [
            "SELECT 'a;b', \"we;ird\", E'it\\'s;', $$x;y$$; -- c;",
            '/* outer /* nested; */ still; comment */ SELECT 2;',
            'CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;',
            'SELECT $1, a$b FROM t;',
        ].join('\n');
        expect(statementsOf(text).map(([line]) => line)).toEqual([1, 2, 3, 4]);
        expect(statementsOf(text)[2]![1]).toMatch(/^CREATE FUNCTION.*plpgsql;$/);
    });

    it('keeps SQL-standard function bodies (BEGIN ATOMIC … END) in one statement, as psql does', () => {
        const text = 'CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND;\nSELECT 3;';
        const statements = statementsOf(text);
        expect(statements).toHaveLength(2);
        expect(statements[1]).toEqual([6, 'SELECT 3;']);
    });

    it('does not split inside parentheses (CREATE RULE … DO ALSO (a; b))', () => {
        expect(statementsOf('CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;')).toHaveLength(2);
    });

    it('finds psql meta-commands outside strings only', () => {
        const scan = scanPostgresScript("\\restrict abc\nSELECT '\\not a command';\n\\connect other\n");
        expect(scan.metaCommands.map((m) => [m.line, m.name])).toEqual([
            [1, 'restrict'],
            [3, 'connect'],
        ]);
    });

    it('keeps the first words of each statement for transaction checks', () => {
        expect(scanPostgresScript('begin;\n  START TRANSACTION ISOLATION LEVEL SERIALIZABLE;').statements.map((s) => s.words.slice(0, 2))).toEqual([
            ['begin'],
            ['start', 'transaction'],
        ]);
    });
});

describe('preparePostgresScript', () => {
    it("turns pg_dump's \\restrict lines into comments of the same length", () => {
        const text = '\\restrict K3y\nSELECT 1;\n\\unrestrict K3y\n';
        const prepared = preparePostgresScript(text, { transaction: true });
        expect(prepared.text).toBe('--estrict K3y\nSELECT 1;\n--nrestrict K3y\n');
        expect(prepared.text).toHaveLength(text.length);
    });

    it('refuses other meta-commands and COPY FROM stdin with their line', () => {
        const refused = (text: string) => {
            try {
                preparePostgresScript(text, { transaction: true });
            } catch (error) {
                return error as ScriptFailure;
            }
            throw new Error('not refused');
        };
        expect(refused('SELECT 1;\n\\i other.sql\n')).toMatchObject({ line: 2, message: expect.stringContaining('\\i') });
        expect(refused('SELECT 1;\n\n COPY public.t (a, b) FROM stdin;\n1\t2\n\\.\n')).toMatchObject({ line: 3 });
    });

    it("refuses transaction statements inside noorm's transaction, not outside it", () => {
        expect(() => preparePostgresScript('BEGIN;\nCREATE TABLE t (x int);\nCOMMIT;', { transaction: true })).toThrow(ScriptFailure);
        expect(() => preparePostgresScript('SAVEPOINT a;\nROLLBACK TO SAVEPOINT a;', { transaction: true })).not.toThrow();
        expect(preparePostgresScript('BEGIN;\nCOMMIT;', { transaction: false }).oneByOne).toBe(true);
    });

    it('maps server character positions to offsets, counting astral characters once', () => {
        const text = "SELECT '😀', x";
        expect(text.slice(offsetOfPosition(text, 13))).toBe('x');
    });
});
