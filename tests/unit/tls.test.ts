import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { tlsSettings } from '../../src/core/dialect/tls.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(removeProjects);

const settings = (ssl?: string, sslCa?: string) => ({ dialect: 'postgres' as const, params: {}, ...(ssl ? { ssl } : {}), ...(sslCa ? { sslCa } : {}) });

describe('tlsSettings', () => {
    it('maps the modes to encryption and verification', () => {
        expect(tlsSettings(settings(), '/')).toEqual({ enabled: false, verifyChain: false, verifyHost: false });
        expect(tlsSettings(settings('require'), '/')).toEqual({ enabled: true, verifyChain: false, verifyHost: false });
        expect(tlsSettings(settings('verify-ca'), '/')).toEqual({ enabled: true, verifyChain: true, verifyHost: false });
        expect(tlsSettings(settings('VERIFY-FULL'), '/')).toEqual({ enabled: true, verifyChain: true, verifyHost: true });
    });

    it('reads the CA file relative to the project root and verifies with it', () => {
        const root = makeProject();
        writeFileSync(path.join(root, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n');
        expect(tlsSettings(settings('require', 'ca.pem'), root)).toMatchObject({ enabled: true, verifyChain: true, ca: expect.stringContaining('BEGIN CERTIFICATE') });
    });

    it('refuses unknown modes and unreadable CA files as usage errors', () => {
        expect(() => tlsSettings(settings('sometimes'), '/')).toThrow(expect.objectContaining({ exitCode: 2 }));
        expect(() => tlsSettings(settings('require', 'missing.pem'), '/nonexistent')).toThrow(
            expect.objectContaining({ exitCode: 2, message: expect.stringContaining('missing.pem') }),
        );
    });
});
