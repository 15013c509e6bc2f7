import { dialectNamed } from '../dialect/registry.js';
import { UsageError } from '../errors.js';
import type { ConfigLayer } from './types.js';

/** Parameters that carry the TLS mode in the URL conventions of the different drivers. */
const SSL_PARAMS = ['sslmode', 'ssl', 'ssl-mode', 'encrypt'];
/** Parameters that name the CA file. */
const SSL_CA_PARAMS = ['sslrootcert', 'ssl-ca', 'sslca'];

export interface ParsedUrl {
    fields: ConfigLayer;
    params: Record<string, string>;
}

/**
 * Splits a connection URL into config fields, so a URL and separate fields merge by the same rules.
 * The scheme is any name of a dialect. For a file database `sqlite:path`, `sqlite://path` and
 * `sqlite:///abs/path` name the file. `source` says where the URL came from (`--url`, `NOORM_URL`,
 * the stored config), for errors; they never quote the URL, which may hold a password.
 */
export function parseConnectionUrl(url: string, source?: string): ParsedUrl {
    const what = source ? `The connection URL (${source})` : 'The connection URL';
    const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    const info = match ? dialectNamed(match[1]!) : undefined;
    if (!match || !info) {
        throw new UsageError('bad-url', `${what} has an unknown scheme: ${schemeOf(url)}`, {
            hint: 'Use postgres://, mysql://, mariadb://, mssql://, sqlserver:// or sqlite:<file>.',
        });
    }
    const dialect = info.name;
    const decode = (value: string, field: string) => {
        try {
            return decodeURIComponent(value);
        } catch {
            throw new UsageError('bad-url', `${what} has a malformed %-escape in its ${field}`, {
                hint: `A % in the ${field} is written %25; other special characters are percent-encoded too (@ as %40, / as %2F, : as %3A).${field === 'password' ? ' Or give the password in NOORM_PASSWORD.' : ''}`,
            });
        }
    };
    if (info.fileDatabase) {
        let rest = url.slice(match[0].length);
        const query = rest.indexOf('?');
        const params = query >= 0 ? Object.fromEntries(new URLSearchParams(rest.slice(query + 1))) : {};
        if (query >= 0) rest = rest.slice(0, query);
        if (rest.startsWith('//')) rest = rest.slice(2);
        return { fields: { dialect, database: decode(rest, 'database') }, params };
    }

    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        throw new UsageError('bad-url', `${what} for ${dialect} cannot be parsed`, {
            hint: 'Expected scheme://user:password@host:port/database?param=value (percent-encode special characters in the password).',
        });
    }
    const fields: ConfigLayer = { dialect };
    if (parsed.hostname) fields.host = decode(parsed.hostname.replace(/^\[(.*)\]$/, '$1'), 'host');
    if (parsed.port) fields.port = parsed.port;
    if (parsed.username) fields.user = decode(parsed.username, 'user');
    if (parsed.password) fields.password = decode(parsed.password, 'password');
    const database = decode(parsed.pathname.replace(/^\//, ''), 'database');
    if (database) fields.database = database;

    const params: Record<string, string> = {};
    for (const [key, value] of parsed.searchParams) {
        const lower = key.toLowerCase();
        if (SSL_PARAMS.includes(lower) && fields.ssl === undefined) fields.ssl = value;
        else if (SSL_CA_PARAMS.includes(lower)) fields.sslCa = value;
        else params[key] = value;
    }
    return { fields, params };
}

function schemeOf(url: string): string {
    const colon = url.indexOf(':');
    return colon > 0 ? url.slice(0, colon + 1) : '(none)';
}
