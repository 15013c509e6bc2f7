import { describe, expect, it } from '@jest/globals';
import { ambiguousOrder, changesetStamp, compareChangesetNames, namesExactly, newChangesetName } from '../../src/core/changeset/naming.js';
import { staleFiles } from '../../src/core/changeset/status.js';
import { tsqlHasStatement } from '../../src/core/dialect/mssql/mssql-script.js';
import { mssqlDialect } from '../../src/core/dialect/mssql/mssql-dialect.js';
import { mysqlDialect } from '../../src/core/dialect/mysql/mysql-dialect.js';
import { postgresDialect } from '../../src/core/dialect/postgres/postgres-dialect.js';
import { sqliteDialect } from '../../src/core/dialect/sqlite/sqlite-dialect.js';

const at = (iso: string) => new Date(iso);

describe('changeset names', () => {
    it('stamps the UTC date and time to the second, with no ":" (valid on Windows)', () => {
        expect(newChangesetName('add-isbn', at('2026-12-03T14:30:05.900Z'), [])).toBe('2026-12-03T143005_add-isbn');
    });

    it('steps past a changeset of the same second, so name order stays creation order', () => {
        const first = newChangesetName('add-isbn', at('2026-12-03T14:30:05Z'), []);
        const second = newChangesetName('add-isbn-index', at('2026-12-03T14:30:05Z'), [first]);
        const third = newChangesetName('add-genre', at('2026-12-03T14:30:04Z'), [first, second]);
        expect([first, second, third]).toEqual(['2026-12-03T143005_add-isbn', '2026-12-03T143006_add-isbn-index', '2026-12-03T143007_add-genre']);
        expect([third, first, second].sort(compareChangesetNames)).toEqual([first, second, third]);
        // Another day's changesets do not push the time.
        expect(newChangesetName('x', at('2026-12-04T00:00:01Z'), [third])).toBe('2026-12-04T000001_x');
    });

    it('orders date-only names where they were, before the timed names of the same day', () => {
        const names = ['2026-12-03T090000_b', '2026-12-04_a', '2026-12-03_zeta', '2026-12-03T100000_a', '2026-12-02T235959_z', '2026-12-03_alpha'];
        expect([...names].sort(compareChangesetNames)).toEqual([
            '2026-12-02T235959_z',
            '2026-12-03_alpha',
            '2026-12-03_zeta',
            '2026-12-03T090000_b',
            '2026-12-03T100000_a',
            '2026-12-04_a',
        ]);
    });

    it('reads the date, time and slug (a date-only name whose slug starts with digits stays date-only)', () => {
        expect(changesetStamp('2026-12-03T143005_add-isbn')).toEqual({ date: '2026-12-03', time: '143005', slug: 'add-isbn' });
        expect(changesetStamp('2026-12-03_2fa')).toEqual({ date: '2026-12-03', time: null, slug: '2fa' });
        expect(changesetStamp('initial')).toBeNull();
    });

    it('groups the changesets whose creation order cannot be told', () => {
        expect(ambiguousOrder(['2026-12-03_a', '2026-12-03_b', '2026-12-03T100000_c', '2026-12-04_d', 'loose'])).toEqual([['2026-12-03_a', '2026-12-03_b']]);
        expect(ambiguousOrder(['2026-12-03T100000_a', '2026-12-03T100000_b'])).toEqual([['2026-12-03T100000_a', '2026-12-03T100000_b']]);
    });

    it('names a changeset exactly by its whole name, its slug, or its date and slug', () => {
        expect(namesExactly('2026-12-03T143005_add-isbn', 'add-isbn')).toBe(true);
        expect(namesExactly('2026-12-03T143005_add-isbn', '2026-12-03_add-isbn')).toBe(true);
        expect(namesExactly('2026-12-03T143005_add-isbn', '2026-12-03T143005_add-isbn')).toBe(true);
        expect(namesExactly('2026-12-03T143005_add-isbn-index', 'add-isbn')).toBe(false);
    });
});

describe('stale files', () => {
    const file = (path: string, checksum: string) => ({ path, checksum, status: 'success' as const });
    it('says which change files were edited, added or removed', () => {
        expect(staleFiles([file('a.sql', '1'), file('b.sql', '2')], [file('a.sql', '1'), file('b.sql', '3'), file('c.sql', '4')])).toEqual([
            { path: 'b.sql', change: 'changed' },
            { path: 'c.sql', change: 'added' },
        ]);
        expect(staleFiles([file('a.sql', '1'), file('b.sql', '2')], [file('a.sql', '1')])).toEqual([{ path: 'b.sql', change: 'removed' }]);
        expect(staleFiles([file('a.sql', '1')], [file('a.sql', '1')])).toEqual([]);
    });
});

describe('a script with no statement', () => {
    const empty = ['-- the change\n', '\n\n', '/* a\n block */\n;\n'];
    it.each([
        ['postgres', postgresDialect],
        ['mysql', mysqlDialect],
        ['sqlite', sqliteDialect],
        ['mssql', mssqlDialect],
    ] as const)('%s: comments, blanks and lone semicolons hold none; SQL does', (_name, dialect) => {
        for (const text of empty) expect(dialect.hasStatement(text)).toBe(false);
        expect(dialect.hasStatement('-- the change\nSELECT 1;\n')).toBe(true);
        expect(dialect.hasStatement("/* x */ SELECT '-- not a comment';")).toBe(true);
    });

    it('T-SQL: nested block comments and GO lines hold none', () => {
        expect(tsqlHasStatement('/* outer /* inner */ still comment */\n')).toBe(false);
        expect(mssqlDialect.hasStatement('-- one\nGO\n-- two\nGO\n')).toBe(false);
        expect(mssqlDialect.hasStatement('-- one\nGO\nPRINT 1\nGO\n')).toBe(true);
    });
});
