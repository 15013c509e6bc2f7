import { describe, expect, it } from '@jest/globals';
import { Kysely, MssqlDialect } from 'kysely';
import * as tarn from 'tarn';
import * as tedious from 'tedious';
import { mssqlDialect } from '../../src/core/dialect/mssql/mssql-dialect.js';
import { splitGoBatches } from '../../src/core/dialect/mssql/mssql-batches.js';
import { trackingTableBuilders } from '../../src/core/tracking/tables.js';
import type { TrackingDatabase } from '../../src/core/tracking/schema.js';

describe('splitGoBatches', () => {
    it('splits at GO lines in any case, with counts and trailing comments', () => {
        const text = ['CREATE TABLE a (x int);', 'GO', 'INSERT INTO a VALUES (1);', '  go 3  ', 'SELECT 1;', 'Go -- done', 'PRINT 1'].join('\n');
        expect(splitGoBatches(text)).toEqual([
            { sql: 'CREATE TABLE a (x int);', line: 1, count: 1 },
            { sql: 'INSERT INTO a VALUES (1);', line: 3, count: 3 },
            { sql: 'SELECT 1;', line: 5, count: 1 },
            { sql: 'PRINT 1', line: 7, count: 1 },
        ]);
    });

    it('ignores GO inside strings, bracketed or quoted identifiers and comments', () => {
        const text = ["SELECT 'a", 'GO', "b';", '/* a', 'GO', '*/', 'SELECT [x', 'GO', '];', 'SELECT "y', 'GO', '";', '-- GO', 'GO'].join('\n');
        const batches = splitGoBatches(text);
        expect(batches).toHaveLength(1);
        expect(batches[0]!.sql.split('\n')).toHaveLength(13);
    });

    it('refuses GO 0, which would silently skip its batch', () => {
        expect(() => splitGoBatches('SELECT 1;\nGO 0\n')).toThrow(expect.objectContaining({ line: 2 }));
    });

    it('does not take words that start with GO for separators, and drops empty batches', () => {
        expect(splitGoBatches('GOTO label;\nGO\nGO\n\nGO\nGOVERNOR')).toEqual([
            { sql: 'GOTO label;', line: 1, count: 1 },
            { sql: 'GOVERNOR', line: 6, count: 1 },
        ]);
    });
});

describe('SQL Server tracking tables', () => {
    it('compile to valid T-SQL: identity, datetime2, no IF NOT EXISTS, no boolean, no LIMIT', () => {
        const db = new Kysely<TrackingDatabase>({
            dialect: new MssqlDialect({
                tarn: { ...tarn, options: { min: 0, max: 1 } },
                tedious: { ...tedious, connectionFactory: () => new tedious.Connection({ server: 'unused' }) },
            }),
        });
        const statements = trackingTableBuilders({ db, dialect: mssqlDialect, trackingSchema: 'dbo' }).map(({ builder }) => builder.compile().sql);
        expect(statements).toHaveLength(4);
        const all = statements.join('\n');
        expect(all).not.toMatch(/if not exists|boolean|limit|serial|autoincrement/i);
        expect(statements[0]).toContain('"id" integer identity primary key');
        expect(statements[0]).toContain('"executed_at" datetime2 default SYSUTCDATETIME() not null');
        expect(statements[1]).toContain('"files_executed" nvarchar(max)');
        expect(statements[0]).toMatch(/^create table "dbo"\."__change_files__"/);
    });
});
