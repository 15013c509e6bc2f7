import { createCipheriv, createDecipheriv, createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { abortReason } from '../abort.js';

/**
 * PBKDF2-SHA256 iterations for new files: OWASP's 2023 figure. Measured on a 2-core machine of this
 * project: about 0.1–0.15 s per derivation. Stored in each payload, so it can be raised later and old
 * files still open.
 */
export const KDF_ITERATIONS = 600_000;
/**
 * The most iterations a file may ask for: ten times what noorm writes (about 1.5 s here), room to
 * raise the default. The count comes from the file, so without a bound a hostile file could make
 * noorm derive for minutes (2^31−1 iterations: about six), in a thread no signal can stop.
 */
export const MAX_KDF_ITERATIONS = 6_000_000;
/** Lengths noorm writes, in bytes; a file asking for others is refused before anything is derived. */
const BYTES = { salt: 16, iv: 12, authTag: 16 } as const;
/** Larger than any state or export noorm writes by far; larger files are not read. */
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

/** The encrypted envelope written to disk: the AES-256-GCM payload plus the KDF parameters it was derived with. */
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

/**
 * Why a payload did not open, as far as it can be told. `unsupported`: it asks for parameters noorm
 * never writes (`detail` says which); nothing was derived.
 */
export type DecryptFailure = 'damaged' | 'wrong-key' | 'tampered' | 'unsupported';

export class DecryptError extends Error {
    constructor(
        readonly reason: DecryptFailure,
        readonly detail?: string,
    ) {
        super(detail ? `cannot decrypt: ${detail}` : `cannot decrypt: ${reason}`);
        this.name = 'DecryptError';
    }
}

/**
 * The key, derived in libuv's thread pool. A signal stops the wait at once (the command then ends as
 * interrupted); the thread itself cannot be stopped, which is why the cost is bounded.
 */
export async function deriveKey(secret: string, salt: Buffer, iterations: number, signal?: AbortSignal): Promise<Buffer> {
    assertIterations(iterations);
    if (signal?.aborted) throw abortReason(signal);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal!));
        signal?.addEventListener('abort', onAbort, { once: true });
        pbkdf2(secret, salt, iterations, 32, 'sha256', (error, key) => {
            signal?.removeEventListener('abort', onAbort);
            if (error) reject(error);
            else resolve(key);
        });
    });
}

function assertIterations(iterations: unknown): void {
    if (!Number.isInteger(iterations) || (iterations as number) < KDF_ITERATIONS || (iterations as number) > MAX_KDF_ITERATIONS) {
        throw new DecryptError(
            'unsupported',
            `its key-derivation cost is ${String(iterations)} PBKDF2 iterations (noorm writes ${KDF_ITERATIONS} and reads at most ${MAX_KDF_ITERATIONS})`,
        );
    }
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

/**
 * Parses and checks the envelope: anything off in its shape means the file is damaged (e.g.
 * truncated); parameters noorm never writes (a key-derivation cost out of bounds, other salt, IV or
 * tag lengths, a file far too big) are refused as unsupported, before anything is derived.
 */
export function parsePayload<T extends EncryptedPayload>(text: string, extraFields: readonly string[] = []): T {
    if (text.length > MAX_PAYLOAD_BYTES) throw new DecryptError('unsupported', `it is ${text.length} bytes long (noorm reads at most ${MAX_PAYLOAD_BYTES})`);
    let value: Record<string, unknown>;
    try {
        value = JSON.parse(text) as Record<string, unknown>;
    } catch {
        throw new DecryptError('damaged');
    }
    const strings = ['salt', 'iv', 'authTag', 'ciphertext', ...extraFields];
    const ok =
        value &&
        typeof value === 'object' &&
        value['version'] === 1 &&
        value['algorithm'] === 'aes-256-gcm' &&
        value['kdf'] === 'pbkdf2-sha256' &&
        typeof value['iterations'] === 'number' &&
        strings.every((field) => typeof value[field] === 'string');
    if (!ok) throw new DecryptError('damaged');
    assertIterations(value['iterations']);
    for (const [field, bytes] of Object.entries(BYTES)) {
        const encoded = value[field] as string;
        if (!BASE64.test(encoded)) throw new DecryptError('unsupported', `its ${field} is not base64`);
        const length = Buffer.from(encoded, 'base64').length;
        if (length !== bytes) throw new DecryptError('unsupported', `its ${field} is ${length} bytes long (noorm writes ${bytes})`);
    }
    if (!BASE64.test(value['ciphertext'] as string)) throw new DecryptError('damaged');
    return value as T;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function sameText(a: string, b: string): boolean {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
}

export function newSalt(): Buffer {
    return randomBytes(16);
}
