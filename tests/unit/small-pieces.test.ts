import { describe, expect, it } from '@jest/globals';
import { formatIdentity, parseIdentity } from '../../src/core/identity/resolver.js';
import { assertAllowed } from '../../src/core/protection.js';
import { Redactor } from '../../src/core/redact.js';

describe('identity strings', () => {
    it('parses "Name <email>" and bare names', () => {
        expect(parseIdentity('CI Bot <ci@example.com>')).toEqual({ name: 'CI Bot', email: 'ci@example.com' });
        expect(parseIdentity('<ci@example.com>')).toEqual({ name: 'ci@example.com', email: 'ci@example.com' });
        expect(parseIdentity('  GitHub Actions ')).toEqual({ name: 'GitHub Actions' });
        expect(formatIdentity({ name: 'CI Bot', email: 'ci@example.com' })).toBe('CI Bot <ci@example.com>');
    });
});

describe('Redactor', () => {
    it('masks registered secrets, URL passwords and password parameters', () => {
        const redactor = new Redactor().add('hunter2', undefined, '');
        expect(redactor.redact('login failed for hunter2')).toBe('login failed for ****');
        expect(redactor.redact('postgres://app:s3cr%40t@host/db')).toBe('postgres://app:****@host/db');
        expect(redactor.redact('Server=x;Password=abc;User=y')).toBe('Server=x;Password=****;User=y');
        expect(redactor.redactValue({ a: ['hunter2'], b: 3 })).toEqual({ a: ['****'], b: 3 });
    });
});

describe('assertAllowed', () => {
    const prod = { name: 'prod', protected: true };

    it('lets unprotected configs through', async () => {
        await expect(assertAllowed({ config: { name: 'dev', protected: false } }, 'db:destroy')).resolves.toBeUndefined();
    });

    it('needs --yes or a typed confirmation on a protected config (exit 4 otherwise)', async () => {
        await expect(assertAllowed({ config: prod }, 'run:build')).rejects.toMatchObject({ exitCode: 4, code: 'confirmation-required' });
        await expect(assertAllowed({ config: prod, yes: true }, 'run:build')).resolves.toBeUndefined();
        await expect(assertAllowed({ config: prod, confirm: async () => 'yes-prod' }, 'run:build')).resolves.toBeUndefined();
        await expect(assertAllowed({ config: prod, confirm: async () => 'yes' }, 'run:build')).rejects.toMatchObject({ exitCode: 4 });
    });

    it('refuses db:destroy on a protected config whatever the flags', async () => {
        await expect(assertAllowed({ config: prod, yes: true, confirm: async () => 'yes-prod' }, 'db:destroy')).rejects.toMatchObject({ exitCode: 4, code: 'protected-destroy' });
    });
});

describe('identifier quoting per dialect', () => {
    it('doubles the quote character and never lets a name end the identifier', async () => {
        const { loadDialect } = await import('../../src/core/dialect/load.js');
        const cases: Array<[Parameters<typeof loadDialect>[0], string]> = [
            ['postgres', '"we""ird; DROP"'],
            ['sqlite', '"we""ird; DROP"'],
            ['mysql', '`we"ird; DROP`'],
            ['mssql', '[we"ird; DROP]'],
        ];
        for (const [name, expected] of cases) expect((await loadDialect(name)).quoteIdentifier('we"ird; DROP')).toBe(expected);
        expect((await loadDialect('mysql')).quoteIdentifier('a`b')).toBe('`a``b`');
        expect((await loadDialect('mssql')).quoteIdentifier('a]b')).toBe('[a]]b]');
    });
});
