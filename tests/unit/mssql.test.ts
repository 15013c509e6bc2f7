import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Kysely, MssqlDialect } from 'kysely';
import * as tarn from 'tarn';
import * as tedious from 'tedious';
import { mssqlDialect } from '../../src/core/dialect/mssql/mssql-dialect.js';
import { splitGoBatches } from '../../src/core/dialect/mssql/mssql-script.js';
import { normaliseSql } from '../../src/core/sql/normalise.js';
import { trackingTableBuilders } from '../../src/core/tracking/tables.js';
import { historyQuery } from '../../src/core/history/history.js';
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

describe('an SSMS "Generate Scripts" dump', () => {
    const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/mssql-ssms-generate-scripts.sql');

    it('is cut as sqlcmd cuts it: one batch per GO line, GO 2 sending its batch twice, CRLF or LF', () => {
        const text = readFileSync(fixture, 'utf8');
        const summary = (batches: ReturnType<typeof splitGoBatches>) =>
            batches.map((batch) => [batch.line, batch.count, batch.sql.split('\n').find((line) => !/^\/\*{6}/.test(line))]);
        const expected = [
            [1, 1, 'USE [__DATABASE__]'],
            [3, 1, 'CREATE SCHEMA [sales]'],
            [6, 1, 'SET ANSI_NULLS ON'],
            [9, 1, 'SET QUOTED_IDENTIFIER ON'],
            [11, 1, 'CREATE FUNCTION [sales].[Shout](@s nvarchar(100))'],
            [19, 1, 'SET ANSI_NULLS ON'],
            [22, 1, 'SET QUOTED_IDENTIFIER ON'],
            [24, 1, 'CREATE TABLE [sales].[Customers]('],
            [34, 1, 'SET ANSI_NULLS ON'],
            [37, 1, 'SET QUOTED_IDENTIFIER ON'],
            [39, 1, 'CREATE TABLE [sales].[Audit]('],
            [48, 1, 'SET ANSI_NULLS ON'],
            [51, 1, 'SET QUOTED_IDENTIFIER ON'],
            [53, 1, 'CREATE VIEW [sales].[LoudCustomers]'],
            [57, 1, 'SET IDENTITY_INSERT [sales].[Customers] ON'],
            [59, 1, "INSERT [sales].[Customers] ([CustomerID], [Name], [Note]) VALUES (1, N'Ada', N'it''s; a note"],
            [62, 1, "INSERT [sales].[Customers] ([CustomerID], [Name], [Note]) VALUES (2, N'Grace', NULL)"],
            [64, 1, 'SET IDENTITY_INSERT [sales].[Customers] OFF'],
            [66, 1, 'SET ANSI_NULLS ON'],
            [69, 1, 'SET QUOTED_IDENTIFIER ON'],
            [71, 1, 'CREATE PROCEDURE [sales].[AddCustomer]'],
            [79, 1, 'SET ANSI_NULLS ON'],
            [82, 1, 'SET QUOTED_IDENTIFIER ON'],
            [84, 1, 'CREATE TRIGGER [sales].[CustomersAudit] ON [sales].[Customers]'],
            [92, 1, 'ALTER TABLE [sales].[Customers] ENABLE TRIGGER [CustomersAudit]'],
            [94, 2, '/* Not from SSMS: a batch sqlcmd sends twice. */'],
            [97, 1, "EXEC [sales].[AddCustomer] @Name = N'Linus'"],
        ];
        const batches = splitGoBatches(text);
        expect(summary(batches)).toEqual(expected);
        // A batch starts on the line after its GO (a comment there counts for the server's line numbers), and holds no GO line.
        expect(batches.every((batch) => !/^\s*go\b/im.test(batch.sql))).toBe(true);
        expect(batches[4]!.sql).toMatch(/^CREATE FUNCTION[\s\S]*-- a comment; with a semicolon and the word GO in it[\s\S]*^END$/m);
        // SSMS saves with CRLF line endings; noorm reads them as LF, and so the same batches.
        expect(summary(splitGoBatches(normaliseSql(text.replace(/\n/g, '\r\n'))))).toEqual(expected);
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
        expect(statements).toHaveLength(6);
        const all = statements.join('\n');
        expect(all).not.toMatch(/if not exists|boolean|limit|serial|autoincrement/i);
        expect(statements[0]).toContain('"id" integer identity primary key');
        expect(statements[0]).toContain('"executed_at" datetime2 default SYSUTCDATETIME() not null');
        expect(statements[1]).toContain('"files_executed" nvarchar(max)');
        expect(statements[0]).toMatch(/^create table "dbo"\."__change_files__"/);
        // The history (tracking v2): its lookups as unique constraints, which T-SQL takes inline.
        expect(statements[3]).toMatch(/^create table "dbo"\."__noorm_history__"/);
        expect(statements[3]).toContain('"started_at" datetime2 not null');
        expect(statements[3]).toContain('constraint "__noorm_history___started" unique ("started_at", "id")');
        expect(statements[4]).toContain('constraint "__noorm_history_files___run" unique ("run_key", "id")');
        expect(statements[5]).toMatch(/^create table "dbo"\."__noorm_meta__"/);
    });
});

describe('SQL Server history query', () => {
    it('takes its newest rows with TOP, never LIMIT', () => {
        const db = new Kysely<TrackingDatabase>({
            dialect: new MssqlDialect({
                tarn: { ...tarn, options: { min: 0, max: 1 } },
                tedious: { ...tedious, connectionFactory: () => new tedious.Connection({ server: 'unused' }) },
            }),
        });
        const compiled = historyQuery({ db, dialect: mssqlDialect, trackingSchema: 'dbo' }, 51, new Date('2026-12-01T00:00:00Z')).compile();
        expect(compiled.sql).toMatch(/^select top\(51\) /);
        expect(compiled.sql).not.toMatch(/limit/i);
        expect(compiled.sql).toContain('order by "started_at" desc, "id" desc');
    });
});
