/** The Redactor masks a secret in every form noorm's literal writers and its drivers produce. */
import { describe, expect, it } from '@jest/globals';
import mysql from 'mysql2';
import pg from 'pg';
import { mssqlDialect } from '../../src/core/dialect/mssql/mssql-dialect.js';
import { mysqlDialect } from '../../src/core/dialect/mysql/mysql-dialect.js';
import { postgresDialect } from '../../src/core/dialect/postgres/postgres-dialect.js';
import { sqliteDialect } from '../../src/core/dialect/sqlite/sqlite-dialect.js';
import { MIN_MASKED_LENGTH, Redactor, commandRedactor } from '../../src/core/redact.js';
import { terminalSafe } from '../../src/core/text/terminal-safe.js';

const SECRETS = [`it's-a-S3cret`, 'back\\slash\\S3cret', 'new\nline\ttab', 'quo"te-S3cret', 'ünï-cödé ✓', 'plain-S3cret'];

describe('Redactor', () => {
    const redactor = new Redactor().add(...SECRETS);

    it.each([postgresDialect, mysqlDialect, sqliteDialect, mssqlDialect])('masks $name literals of a secret, alone and inside JSON', (dialect) => {
        for (const secret of SECRETS) {
            for (const value of [secret, { token: secret, nested: [secret] }, Buffer.from(secret, 'utf8')]) {
                const literal = dialect.quoteLiteral(value);
                const masked = redactor.redact(`SELECT ${literal};`);
                expect(masked).toContain('****');
                expect(masked).not.toContain(secret);
                expect(masked.toLowerCase()).not.toContain(Buffer.from(secret, 'utf8').toString('hex'));
            }
        }
    });

    it('masks the escapes of the drivers noorm uses, JSON text and URL encoding', () => {
        const client = new pg.Client();
        for (const secret of SECRETS) {
            for (const form of [
                terminalSafe(secret),
                client.escapeLiteral(secret),
                mysql.escape(secret),
                JSON.stringify(secret),
                JSON.stringify({ secret }),
                encodeURIComponent(secret),
                new URLSearchParams({ secret }).toString(),
            ]) {
                expect(redactor.redact(`before ${form} after`)).toMatch(/^before .*\*\*\*\*.* after$/);
                expect(redactor.redact(form)).not.toContain(secret);
            }
        }
    });

    it('ignores values too short to mask, and adds what a config and the environment hold', () => {
        expect(MIN_MASKED_LENGTH).toBe(4);
        expect(new Redactor().add('abc').redact('abcdef')).toBe('abcdef');
        expect(new Redactor().add('abcd').redact('abcdef')).toBe('****ef');
        const fromConfig = commandRedactor({ config: { connection: { password: 'Pa55word' }, secrets: { K: 'secret-value' } }, env: { NOORM_PASSPHRASE: 'pass-phrase' } });
        expect(fromConfig.redact('Pa55word secret-value pass-phrase')).toBe('**** **** ****');
        // The face's redactor is the one used, with the config added to it.
        const face = new Redactor().add('face-only');
        expect(commandRedactor({ config: { connection: {}, secrets: { K: 'secret-value' } }, redactor: face })).toBe(face);
        expect(face.redact('face-only secret-value')).toBe('**** ****');
    });
});

describe('terminalSafe', () => {
    it('escapes control characters, invisible reordering characters and nothing else', () => {
        expect(terminalSafe('plain ünïcödé ✓ text')).toBe('plain ünïcödé ✓ text');
        expect(terminalSafe('a\nb\r\tc\u001b[2J\u0000\u007f\u009b')).toBe('a\\nb\\r\\tc\\x1b[2J\\x00\\x7f\\x9b');
        expect(terminalSafe('x\u202ey\u2028z')).toBe('x\\u202ey\\u2028z');
        expect(terminalSafe('line one\nline\u001b two', { keepLineBreaks: true })).toBe('line one\nline\\x1b two');
    });
});

describe('Redactor.secretForms and watch (for logs that mask on their own)', () => {
    it('lists every form it masks, and tells a watcher each form of a secret added later', () => {
        const redactor = new Redactor().add('first-S3cret');
        expect(redactor.secretForms()).toEqual(expect.arrayContaining(['first-S3cret', Buffer.from('first-S3cret').toString('hex')]));
        const seen: string[][] = [];
        const unwatch = redactor.watch((forms) => seen.push(forms));
        expect(seen).toEqual([redactor.secretForms()]);
        redactor.add("it's-later");
        expect(seen[1]).toEqual(expect.arrayContaining(["it's-later", "it''s-later", encodeURIComponent("it's-later")]));
        redactor.add("it's-later");
        expect(seen).toHaveLength(2);
        unwatch();
        redactor.add('after-unwatch');
        expect(seen).toHaveLength(2);
        for (const form of seen.flat()) expect(redactor.redact(`x ${form} y`)).toBe('x **** y');
    });

    it('a session masks the password of a URL both as written (percent-encoded) and decoded', async () => {
        const { openSession } = await import('../../src/core/session.js');
        const session = openSession({ cwd: process.cwd(), env: { NOORM_URL: 'postgres://app:S3c%21ret%2Fpw@db.example/app' } });
        expect(session.redactor.secretForms()).toEqual(expect.arrayContaining(['S3c%21ret%2Fpw', 'S3c!ret/pw']));
    });
});
