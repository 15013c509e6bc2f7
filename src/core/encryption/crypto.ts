import { createCipheriv, createDecipheriv, createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

/**
 * PBKDF2-SHA256 iterations for new files: OWASP's 2023 figure. Measured on a 2-core machine of this
 * project: about 0.1 s per derivation. Stored in each payload, so it can be raised later and old
 * files still open.
 */
export const KDF_ITERATIONS = 600_000;

/** The encrypted envelope written to disk (SPEC.md's payload plus the KDF parameters). */
export interface EncryptedPayload {
    version: 1;
    algorithm: 'aes-256-gcm';
    kdf: 'pbkdf2-sha256';
    iterations: number;
    salt: string;
    iv: string;
    authTag: string;
    ciphertext: string;
}

/** Why a payload did not open, as far as it can be told. */
export type DecryptFailure = 'damaged' | 'wrong-key' | 'tampered';

export class DecryptError extends Error {
    constructor(readonly reason: DecryptFailure) {
        super(`cannot decrypt: ${reason}`);
        this.name = 'DecryptError';
    }
}

export async function deriveKey(secret: string, salt: Buffer, iterations: number): Promise<Buffer> {
    return pbkdf2Async(secret, salt, iterations, 32, 'sha256');
}

/** A short verifier of the key: it tells a wrong key from a tampered ciphertext. */
export function keyCheck(key: Buffer): string {
    return createHmac('sha256', key).update('noorm key check').digest().subarray(0, 12).toString('base64');
}

/** A salted fingerprint of a value (the machine id): says "other machine" without revealing the id. */
export function fingerprint(value: string, salt: Buffer): string {
    return createHash('sha256').update(salt).update('noorm machine').update(value).digest().subarray(0, 12).toString('base64');
}

export function encrypt(plaintext: Buffer, key: Buffer, salt: Buffer, iterations: number): EncryptedPayload {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
        version: 1,
        algorithm: 'aes-256-gcm',
        kdf: 'pbkdf2-sha256',
        iterations,
        salt: salt.toString('base64'),
        iv: iv.toString('base64'),
        authTag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
    };
}

export function decrypt(payload: EncryptedPayload, key: Buffer): Buffer {
    try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(payload.iv, 'base64'));
        decipher.setAuthTag(Buffer.from(payload.authTag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(payload.ciphertext, 'base64')), decipher.final()]);
    } catch {
        throw new DecryptError('tampered');
    }
}

/** Parses and checks the envelope's shape; anything off means the file is damaged (e.g. truncated). */
export function parsePayload<T extends EncryptedPayload>(text: string, extraFields: readonly string[] = []): T {
    let value: Record<string, unknown>;
    try {
        value = JSON.parse(text) as Record<string, unknown>;
    } catch {
        throw new DecryptError('damaged');
    }
    const strings = ['salt', 'iv', 'authTag', 'ciphertext', ...extraFields];
    const ok =
        value &&
        value['version'] === 1 &&
        value['algorithm'] === 'aes-256-gcm' &&
        value['kdf'] === 'pbkdf2-sha256' &&
        Number.isInteger(value['iterations']) &&
        (value['iterations'] as number) > 0 &&
        strings.every((field) => typeof value[field] === 'string');
    if (!ok) throw new DecryptError('damaged');
    return value as T;
}

export function sameText(a: string, b: string): boolean {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
}

export function newSalt(): Buffer {
    return randomBytes(16);
}
