/**
 * Hardening, class 3: a hostile state or export file cannot hang noorm. Every parameter read from the
 * file (the key-derivation cost, the salt, IV and tag lengths) is bounded to what noorm writes, and
 * anything else is refused with exit 2 before a key is derived; a derivation stops at a signal.
 * (Files, not databases: nothing here depends on a dialect.)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { deriveKey, KDF_ITERATIONS, MAX_KDF_ITERATIONS } from '../../src/core/encryption/crypto.js';
import { InterruptedError } from '../../src/core/errors.js';
import { StateStore } from '../../src/core/state/state-store.js';
import { parseJson, runCli } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(removeProjects);

const MACHINE = 'hardening-kdf-machine';
/** A hang guard: before the bounds, 2^31−1 iterations took about six minutes. */
const GUARD = { killAfterMs: 30_000 };

interface ErrorJson {
    error: { code: string; exitCode: number; message: string; hint: string | null };
}

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function projectWithState(): Promise<{ root: string; file: string }> {
    const root = makeProject();
    const added = await runCli(['config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.sqlite'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE } });
    expect(added.code).toBe(0);
    return { root, file: path.join(root, '.noorm', 'state.enc') };
}

/** Payload fields a hostile file could set, and values noorm never writes: [what, field, value]. */
const HOSTILE: Array<[string, string, unknown]> = [
    ['2^31-1 iterations', 'iterations', 2 ** 31 - 1],
    ['10^12 iterations', 'iterations', 1e12],
    ['one iteration over the maximum', 'iterations', MAX_KDF_ITERATIONS + 1],
    ['fewer iterations than noorm writes', 'iterations', 1000],
    ['a fractional iteration count', 'iterations', 600000.5],
    ['a 4096-byte salt', 'salt', Buffer.alloc(4096).toString('base64')],
    ['a 1-byte IV', 'iv', Buffer.alloc(1).toString('base64')],
    ['an auth tag that is not base64', 'authTag', 'not base64 at all!'],
];

describe('state file', () => {
    it.each(HOSTILE)('refuses %s before deriving a key, leaving the file as it is', async (_what, field, value) => {
        const { root, file } = await projectWithState();
        const payload = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        payload[field] = value;
        writeFileSync(file, JSON.stringify(payload));
        const before = hashOf(file);
        for (const args of [
            ['config', 'list', '--json'],
            ['config', 'add', 'other', '--dialect', 'sqlite', '--database', 'o.sqlite', '--json'],
        ]) {
            const result = await runCli(args, { cwd: root, env: { NOORM_MACHINE_ID: MACHINE }, ...GUARD });
            expect(result.code).toBe(2);
            const { error } = parseJson<ErrorJson>(result);
            expect(error.code).toBe('state-unsupported');
            expect(error.message).toContain(field === 'iterations' ? 'key-derivation cost' : field);
            expect(error.hint).toMatch(/left exactly as it is/);
        }
        expect(hashOf(file)).toBe(before);
    });

    it('is not read at all when it is larger than any state noorm writes', async () => {
        const { root, file } = await projectWithState();
        writeFileSync(file, `${' '.repeat(17 * 1024 * 1024)}{}`);
        const result = await runCli(['config', 'list', '--json'], { cwd: root, env: { NOORM_MACHINE_ID: MACHINE }, ...GUARD });
        expect(result.code).toBe(2);
        expect(parseJson<ErrorJson>(result).error.code).toBe('state-unsupported');
    });
});

describe('export file', () => {
    it.each(HOSTILE)('config import refuses %s before deriving a key', async (_what, field, value) => {
        const { root } = await projectWithState();
        const env = { NOORM_MACHINE_ID: MACHINE, NOORM_EXPORT_PASSPHRASE: 'move it' };
        expect((await runCli(['config', 'export', 'dev', '--out', 'dev.export'], { cwd: root, env })).code).toBe(0);
        const exportFile = path.join(root, 'dev.export');
        const payload = JSON.parse(readFileSync(exportFile, 'utf8')) as Record<string, unknown>;
        payload[field] = value;
        writeFileSync(exportFile, JSON.stringify(payload));
        const other = makeProject();
        const result = await runCli(['config', 'import', exportFile, '--json'], { cwd: other, env: { ...env, NOORM_MACHINE_ID: 'another-machine' }, ...GUARD });
        expect(result.code).toBe(2);
        const { error } = parseJson<ErrorJson>(result);
        expect(error.code).toBe('import-unsupported');
        expect(error.message).toContain(field === 'iterations' ? 'key-derivation cost' : field);
    });

    it('refuses an export whose content is not a config', async () => {
        // Encrypted correctly, with the right passphrase, but holding something else.
        const { encrypt, newSalt } = await import('../../src/core/encryption/crypto.js');
        const salt = newSalt();
        const key = await deriveKey('move it', salt, KDF_ITERATIONS);
        const file = path.join(makeProject(), 'odd.export');
        writeFileSync(file, JSON.stringify({ noormExport: 1, ...encrypt(Buffer.from(JSON.stringify({ hello: 'world' })), key, salt, KDF_ITERATIONS) }));
        const result = await runCli(['config', 'import', file, '--json'], { cwd: makeProject(), env: { NOORM_MACHINE_ID: MACHINE, NOORM_EXPORT_PASSPHRASE: 'move it' } });
        expect(result.code).toBe(2);
        expect(parseJson<ErrorJson>(result).error.code).toBe('import-damaged');
    });
});

describe('key derivation', () => {
    it("stops waiting at a signal, with the signal's reason", async () => {
        const controller = new AbortController();
        const derivation = deriveKey('secret', Buffer.alloc(16), MAX_KDF_ITERATIONS, controller.signal);
        const reason = new InterruptedError('SIGTERM');
        controller.abort(reason);
        await expect(derivation).rejects.toBe(reason);
    });

    it('a state read stops at a signal (Ctrl-C while the state opens)', async () => {
        const { root } = await projectWithState();
        const controller = new AbortController();
        const reason = new InterruptedError('SIGINT');
        controller.abort(reason);
        const store = new StateStore({ root, env: { NOORM_MACHINE_ID: MACHINE }, signal: controller.signal });
        await expect(store.read()).rejects.toBe(reason);
    });

    it('refuses a cost outside the bounds even when asked directly', async () => {
        await expect(deriveKey('secret', Buffer.alloc(16), 2 ** 31 - 1)).rejects.toThrow(/key-derivation cost/);
    });
});
