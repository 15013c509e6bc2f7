import { describe, expect, it } from '@jest/globals';
import { offsetOfPosition, preparePostgresScript, scanPostgresScript } from '../../src/core/dialect/postgres/postgres-script.js';
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

const refused = (text: string, transaction = true) => {
    try {
        preparePostgresScript(text, { transaction });
    } catch (error) {
        return error as ScriptFailure;
    }
    throw new Error('not refused');
};

describe('COPY … FROM stdin data in a script', () => {
    it('skips the data lines up to \\. as psql does: quotes, backslashes and semicolons in them mean nothing', () => {
        const text = "COPY t (a, b) FROM stdin;\n1\tit's; \\N\n2\t\\.x $$ /*\n\\.\nSELECT 'after';\n";
        const { statements, metaCommands } = scanPostgresScript(text);
        expect(metaCommands).toEqual([]);
        expect(statements.map((s) => [s.line, text.slice(s.start, s.end)])).toEqual([
            [1, 'COPY t (a, b) FROM stdin;'],
            [5, "SELECT 'after';"],
        ]);
        expect(statements[0]!.copy).toMatchObject({ lines: 2, rows: 2, format: { kind: 'text' }, target: 't (a, b)' });
        expect(text.slice(statements[0]!.copy!.start, statements[0]!.copy!.end)).toBe("1\tit's; \\N\n2\t\\.x $$ /*\n");
    });

    it('ends data at the end of the file when \\. is missing, and reads several blocks per file', () => {
        const text = 'COPY a FROM stdin;\n1\n\\.\nCOPY b FROM STDIN;\n2\n3';
        const copies = scanPostgresScript(text).statements.map((s) => s.copy && { rows: s.copy.rows, data: text.slice(s.copy.start, s.copy.end) });
        expect(copies).toEqual([
            { rows: 1, data: '1\n' },
            { rows: 2, data: '2\n3' },
        ]);
    });

    it('counts CSV rows whose quoted values hold line breaks, without the header', () => {
        const text = 'COPY t FROM stdin WITH (FORMAT csv, HEADER true);\na,b\n1,"x\ny"\n2,"say ""hi""\n\n"\n\\.\n';
        expect(scanPostgresScript(text).statements[0]!.copy).toMatchObject({ format: { kind: 'csv', header: true }, lines: 6, rows: 2 });
        expect(scanPostgresScript("COPY t FROM stdin CSV QUOTE '''' ESCAPE '\\';\n1,'a\\'b\nc'\n\\.\n").statements[0]!.copy).toMatchObject({
            format: { quote: "'", escape: '\\' },
            rows: 1,
        });
    });

    it('says in a dry run how many rows each COPY would load', () => {
        const prepared = preparePostgresScript('CREATE TABLE t (a int);\nCOPY public.t (a) FROM stdin;\n1\n2\n\\.\n', { transaction: true });
        expect(prepared.notes).toEqual([{ line: 2, plan: 'line 2: COPY public.t (a) would load 2 rows (not loaded: dry run)' }]);
        // The text is the file as read, not a copy of it.
        expect(prepared.copies).toEqual([]);
    });
});

describe("a dump's own BEGIN … COMMIT", () => {
    it("runs a file wrapped in one BEGIN … COMMIT as noorm's transaction, the two blanked where they stood", () => {
        const text = "SET client_encoding = 'UTF8';\nBEGIN;\nCREATE TABLE t (x int);\nCOMMIT;\n";
        const prepared = preparePostgresScript(text, { transaction: true });
        expect(prepared.text).toBe("SET client_encoding = 'UTF8';\n      \nCREATE TABLE t (x int);\n       \n");
        expect(prepared.statements.map((s) => s.line)).toEqual([1, 3]);
        expect(prepared.notes).toEqual([expect.objectContaining({ line: 2, run: expect.stringContaining('BEGIN (line 2) … COMMIT (line 4)') })]);
    });

    it('keeps refusing any other transaction control', () => {
        for (const text of [
            'BEGIN;\nCREATE TABLE t (x int);\nCOMMIT;\nSELECT 1;',
            'CREATE TABLE t (x int);\nBEGIN;\nSELECT 1;\nCOMMIT;',
            'BEGIN;\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;\nCOMMIT;',
            'BEGIN ISOLATION LEVEL SERIALIZABLE;\nSELECT 1;\nCOMMIT;',
            'BEGIN;\nSELECT 1;\nROLLBACK;',
            'SET LOCAL x.y = 1;\nBEGIN;\nSELECT 1;\nCOMMIT;',
        ]) {
            expect(refused(text)).toMatchObject({ hint: expect.stringContaining('noorm:no-transaction') });
        }
        expect(preparePostgresScript('BEGIN;\nSELECT 1;\nCOMMIT;', { transaction: false }).notes).toBeUndefined();
    });
});

describe('preparePostgresScript', () => {
    it("turns pg_dump's \\restrict lines into comments of the same length", () => {
        const text = '\\restrict K3y\nSELECT 1;\n\\unrestrict K3y\n';
        const prepared = preparePostgresScript(text, { transaction: true });
        expect(prepared.text).toBe('--estrict K3y\nSELECT 1;\n--nrestrict K3y\n');
        expect(prepared.text).toHaveLength(text.length);
    });

    it('refuses other meta-commands, COPY TO stdout, binary COPY data and data on the COPY line, with their line', () => {
        expect(refused('SELECT 1;\n\\i other.sql\n')).toMatchObject({ line: 2, message: expect.stringContaining('\\i') });
        expect(refused('SELECT 1;\n\n COPY public.t (a, b) TO stdout;\n')).toMatchObject({ line: 3, message: expect.stringContaining('TO stdout') });
        expect(refused('SELECT 1;\nCOPY t FROM STDIN WITH (FORMAT binary);\n\\.\n')).toMatchObject({ line: 2, message: expect.stringContaining('binary') });
        expect(refused('COPY t FROM stdin; 1\t2\n\\.\n')).toMatchObject({ line: 1, message: expect.stringContaining('line after') });
        expect(() => preparePostgresScript('COPY t FROM stdin; -- data below\n1\n\\.\n', { transaction: true })).not.toThrow();
    });

    it("refuses transaction statements inside noorm's transaction, not outside it", () => {
        expect(() => preparePostgresScript('CREATE TABLE t (x int);\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;', { transaction: true })).toThrow(ScriptFailure);
        expect(() => preparePostgresScript('SAVEPOINT a;\nROLLBACK TO SAVEPOINT a;', { transaction: true })).not.toThrow();
        expect(preparePostgresScript('BEGIN;\nCOMMIT;', { transaction: false }).oneByOne).toBe(true);
    });

    it('maps server character positions to offsets, counting astral characters once', () => {
        const text = "SELECT '😀', x";
        expect(text.slice(offsetOfPosition(text, 13))).toBe('x');
    });
});
