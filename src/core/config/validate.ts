import { UsageError } from '../errors.js';
import { assertNotReserved } from './keys.js';
import { normaliseDialect } from './resolve.js';
import type { StoredConfig } from './types.js';
import { parseConnectionUrl } from './url.js';

/** Config names end up in paths, tables (varchar(100)) and confirmation phrases (`yes-<name>`). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export function validateConfigName(name: string | undefined, field = 'name'): string {
    if (name === undefined || name.trim() === '') throw invalid(field, 'must not be empty');
    if (!NAME.test(name)) {
        throw invalid(field, `"${name}" may only hold letters, digits, ".", "_" and "-" (no "/" or spaces), start with a letter or digit, and be at most 100 characters`);
    }
    assertNotReserved(name, 'config name', 'invalid-config');
    return name;
}

/** Checks a config before it is stored; each problem names its field. */
export function validateStoredConfig(config: StoredConfig): StoredConfig {
    validateConfigName(config.name);
    const c = config.connection;
    if (c.url !== undefined) parseConnectionUrl(c.url, '--url');
    if (c.dialect === undefined && c.url === undefined) {
        throw invalid('dialect', 'is required (postgres, mysql, sqlite or mssql), or give --url');
    }
    if (c.dialect !== undefined) {
        try {
            c.dialect = normaliseDialect(c.dialect);
        } catch (error) {
            throw invalid('dialect', (error as Error).message.replace(/^Unknown dialect/, 'is unknown:'));
        }
    }
    if (c.port !== undefined && (!Number.isInteger(c.port) || c.port < 1 || c.port > 65535)) {
        throw invalid('port', `must be a whole number from 1 to 65535, got ${String(c.port)}`);
    }
    if (config.type !== undefined && config.type !== 'local' && config.type !== 'remote') {
        throw invalid('type', `must be "local" or "remote", got "${String(config.type)}"`);
    }
    if (config.identity !== undefined && config.identity.length > 255) throw invalid('identity', 'is longer than 255 characters');
    for (const [field, value] of [
        ['schema-path', config.paths?.schema],
        ['changeset-path', config.paths?.changesets],
    ] as const) {
        if (value !== undefined && value.trim() === '') throw invalid(field, 'must not be empty');
    }
    return config;
}

/** Parses a port given as text, naming the field when it is not one. */
export function parsePortField(value: string): number {
    const port = Number(value);
    if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) throw invalid('port', `must be a whole number from 1 to 65535, got "${value}"`);
    return port;
}

function invalid(field: string, problem: string): UsageError {
    return new UsageError('invalid-config', `Invalid config: ${field} ${problem}`, { hint: `Fix --${field} and try again.` });
}
