import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConnectionSettings } from '../config/types.js';
import { UsageError } from '../errors.js';

/** What the server dialects need to set up TLS, from NOORM_SSL / `sslmode` and NOORM_SSL_CA. */
export interface TlsSettings {
    enabled: boolean;
    /** Check the certificate chain against the CA (or the system's CAs). */
    verifyChain: boolean;
    /** Also check that the certificate names the host. */
    verifyHost: boolean;
    ca?: string;
}

const MODES: Record<string, Omit<TlsSettings, 'ca'>> = {
    disable: { enabled: false, verifyChain: false, verifyHost: false },
    false: { enabled: false, verifyChain: false, verifyHost: false },
    // libpq's `allow`/`prefer` fall back to plain text; the drivers cannot, so they mean no TLS here.
    allow: { enabled: false, verifyChain: false, verifyHost: false },
    prefer: { enabled: false, verifyChain: false, verifyHost: false },
    require: { enabled: true, verifyChain: false, verifyHost: false },
    true: { enabled: true, verifyChain: false, verifyHost: false },
    'no-verify': { enabled: true, verifyChain: false, verifyHost: false },
    'verify-ca': { enabled: true, verifyChain: true, verifyHost: false },
    'verify-full': { enabled: true, verifyChain: true, verifyHost: true },
    verify_identity: { enabled: true, verifyChain: true, verifyHost: true },
};

export function tlsSettings(settings: ConnectionSettings, root: string): TlsSettings {
    const mode = (settings.ssl ?? 'disable').trim().toLowerCase();
    const base = MODES[mode];
    if (!base) {
        throw new UsageError('bad-config-value', `ssl must be disable, require, verify-ca or verify-full, got "${settings.ssl}"`, {
            hint: 'Check --ssl, NOORM_SSL or the sslmode parameter of the URL.',
        });
    }
    if (!settings.sslCa) return { ...base };
    const file = path.resolve(root, settings.sslCa);
    try {
        // A CA file only makes sense with verification; giving one turns `require` into `verify-ca`.
        return { ...base, enabled: true, verifyChain: true, ca: readFileSync(file, 'utf8') };
    } catch (error) {
        throw new UsageError('bad-config-value', `Cannot read the CA certificate ${file}`, { cause: error, hint: 'Check --ssl-ca / NOORM_SSL_CA.' });
    }
}
