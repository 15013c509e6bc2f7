/**
 * A dump as SQL Server Management Studio's "Generate Scripts" writes it (SET ANSI_NULLS ON, GO,
 * USE, schemas, a function, tables, a view, SET IDENTITY_INSERT with data, a procedure, a
 * trigger), plus a `GO 2`, run through noorm against a live SQL Server. Here no SQL Server runs:
 * this suite skips loudly; the GitHub workflow's SQL Server 2022 job runs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli } from '../helpers/cli.js';
import { availableDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { makeProject, removeProjects, writeFiles } from '../helpers/project.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/mssql-ssms-generate-scripts.sql');
const created: TestDatabase[] = [];
afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
    removeProjects();
});

const mssql = availableDialects(['mssql']).length > 0;

(mssql ? describe : describe.skip)('mssql: an SSMS "Generate Scripts" dump', () => {
    it('runs as sqlcmd runs it, with the objects and rows the script makes', async () => {
        const project = makeProject();
        const db = await createTestDatabase('mssql', project);
        created.push(db);
        // SSMS writes the database's name into its USE line, and CRLF line endings.
        writeFiles(project, { 'schema/000_base.sql': readFileSync(FIXTURE, 'utf8').replace('__DATABASE__', db.name).replace(/\n/g, '\r\n') });
        const result = await runCli(['run', 'build', '--json'], { cwd: project, env: db.env });
        expect(parseJson<{ ok: boolean }>(result)).toMatchObject({ ok: true });

        expect(
            await db.query(
                "SELECT o.type_desc AS kind, o.name FROM sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id WHERE s.name = 'sales' AND o.type IN ('U', 'V', 'P', 'FN', 'TR') ORDER BY o.type_desc, o.name",
            ),
        ).toEqual([
            { kind: 'SQL_SCALAR_FUNCTION', name: 'Shout' },
            { kind: 'SQL_STORED_PROCEDURE', name: 'AddCustomer' },
            { kind: 'SQL_TRIGGER', name: 'CustomersAudit' },
            { kind: 'USER_TABLE', name: 'Audit' },
            { kind: 'USER_TABLE', name: 'Customers' },
            { kind: 'VIEW', name: 'LoudCustomers' },
        ]);
        expect(await db.query('SELECT CustomerID AS id, Name AS name FROM sales.LoudCustomers ORDER BY CustomerID')).toEqual([
            { id: 1, name: 'ADA!' },
            { id: 2, name: 'GRACE!' },
            { id: 3, name: 'LINUS!' },
        ]);
        expect(await db.query('SELECT Note AS note FROM sales.Customers WHERE CustomerID = 1')).toEqual([{ note: "it's; a note\non two lines" }]);
        // GO 2 sent its batch twice; the trigger, created after the data, saw the last insert only.
        expect(await db.query('SELECT What AS what FROM sales.Audit ORDER BY AuditID')).toEqual([{ what: 'twice' }, { what: 'twice' }, { what: 'added Linus' }]);
        // The tracking row went to the database noorm tracks, whatever the script's USE did.
        expect(await db.query('SELECT filepath, status FROM dbo.__change_files__')).toEqual([{ filepath: 'schema/000_base.sql', status: 'success' }]);
    });
});
