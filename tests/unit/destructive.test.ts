/** Statements a plan warns a reviewer about, at their lines; comments and strings never count. */
import { describe, expect, it } from '@jest/globals';
import { destructiveStatements } from '../../src/core/sql/destructive.js';

describe('destructiveStatements', () => {
    it('finds drops, truncates and deletes without WHERE at their lines', () => {
        const sql = [
            'CREATE TABLE keep (id int);',
            'DROP TABLE IF EXISTS old_users;',
            'ALTER TABLE users',
            '    DROP COLUMN legacy;',
            'ALTER TABLE t DROP nickname;',
            'TRUNCATE audit_log;',
            'DELETE FROM sessions;',
            'DELETE FROM tokens WHERE expired;',
            'drop view v_report;',
        ].join('\n');
        expect(destructiveStatements(sql).map(({ line, kind }) => [line, kind])).toEqual([
            [2, 'DROP TABLE'],
            [4, 'DROP COLUMN'],
            [5, 'DROP COLUMN'],
            [6, 'TRUNCATE'],
            [7, 'DELETE without WHERE'],
        ]);
        expect(destructiveStatements(sql)[0]!.text).toBe('DROP TABLE IF EXISTS old_users;');
    });

    it('ignores comments, string literals and drops that lose no data', () => {
        const sql = [
            'DROP VIEW IF EXISTS v_report;',
            'DROP INDEX IF EXISTS i;',
            'DROP FUNCTION IF EXISTS f;',
            '-- DROP TABLE users;',
            '/* TRUNCATE x;',
            '   DROP TABLE y; */',
            "INSERT INTO notes VALUES ('DROP TABLE users; it''s fine');",
            'ALTER TABLE t DROP CONSTRAINT fk_a;',
            'ALTER TABLE t DROP DEFAULT;',
        ].join('\n');
        expect(destructiveStatements(sql)).toEqual([]);
    });
});
