import { statSync } from 'node:fs';
import path from 'node:path';
import { DIALECTS, dialectNamed, dialectNamesHint } from '../dialect/registry.js';
import { UsageError } from '../errors.js';
import { findProjectRoot } from '../project/root.js';
import { ENV_VARIABLES, SECRET_VARIABLE_PREFIX, isTruthy, layerFromEnv, secretsFromEnv } from './env.js';
import { assertNotReserved, keyedRecord } from './keys.js';
import { parseConnectionUrl } from './url.js';
import { DIALECT_NAMES, type ConfigLayer, type ConfigStore, type ConnectionSettings, type DialectName, type ResolvedConfig, type StoredConfig } from './types.js';

export interface ResolveConfigInput {
    /** Working directory the command was started in; the project root is found from here. */
    cwd: string;
    /** Values given as command-line flags (highest priority). */
    flags?: ConfigLayer;
    /** Usually `process.env`. */
    env?: NodeJS.ProcessEnv;
    /** Stored configs; absent until the encrypted state exists. */
    store?: ConfigStore;
}

const DEFAULTS: ConfigLayer = {
    schemaPath: './schema',
    changesetPath: './changesets',
    lockWait: '60',
    lockExpiry: '600',
};

const CONNECTION_FIELDS = ['dialect', 'host', 'port', 'database', 'user', 'password', 'ssl', 'sslCa'] as const;

/**
 * Merges flags > NOORM_* environment > stored config > defaults into one validated config.
 * With no stored state the environment alone is a complete config (CI, Docker).
 */
export async function resolveConfig(input: ResolveConfigInput): Promise<ResolvedConfig> {
    const { root, flags, envLayer, state, stored, name, merged, params } = await mergeLayers(input);
    const connection = buildConnection(merged, params);
    if (merged.connectTimeout !== undefined) {
        connection.connectTimeoutSeconds = parseSeconds('connect timeout', merged.connectTimeout, ENV_VARIABLES.connectTimeout, false, MAX_CONNECT_TIMEOUT_SECONDS);
    }
    const identity =
        flags.identity !== undefined
            ? { value: flags.identity, source: 'cli' as const }
            : envLayer.identity !== undefined
              ? { value: envLayer.identity, source: 'env' as const }
              : stored?.identity
                ? { value: stored.identity, source: 'config' as const }
                : undefined;

    const type = merged.type ?? stored?.type ?? 'local';
    if (type !== 'local' && type !== 'remote') {
        throw new UsageError('bad-config-value', `type must be "local" or "remote", got "${type}"`);
    }

    return {
        name,
        source: stored ? 'stored' : 'environment',
        connection,
        paths: pathsOf(root, merged),
        // NOORM_PROTECTED can protect an environment config, never unprotect a stored one.
        protected: Boolean(stored?.protected) || (merged.protected !== undefined && isTruthy(merged.protected)),
        isTest: merged.test !== undefined ? isTruthy(merged.test) : false,
        type,
        ...(identity ? { identity } : {}),
        // The environment's secrets win over stored ones of the same key, as every variable does.
        secrets: mergedSecrets(stored ? state?.secrets?.[name] : undefined, input.env ?? {}),
        waitSeconds: merged.wait === undefined ? 0 : parseSeconds('wait', merged.wait, ENV_VARIABLES.wait, true),
        lock: {
            waitSeconds: parseSeconds('lock wait', merged.lockWait!, ENV_VARIABLES.lockWait, true),
            expirySeconds: parseSeconds('lock expiry', merged.lockExpiry!, ENV_VARIABLES.lockExpiry, false),
        },
    };
}

/** The stored config's secrets with the environment's over them, refusing names no record can hold. */
function mergedSecrets(stored: Record<string, string> | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
    const fromEnv = secretsFromEnv(env);
    for (const key of Object.keys(fromEnv)) assertNotReserved(key, 'secret key', 'invalid-secret-key', `${SECRET_VARIABLE_PREFIX}${key}`);
    return Object.assign(keyedRecord(stored), fromEnv);
}

/**
 * True when the environment alone describes a whole connection (a URL, or a dialect and a
 * database) and names no stored config: the way CI, the Action and containers run. Such a run
 * needs nothing from the state file, so one that does not open here (another machine's) does not
 * stop it.
 */
export function environmentIsComplete(env: NodeJS.ProcessEnv, flags: ConfigLayer = {}): boolean {
    const layer = layerFromEnv(env);
    if (flags.config !== undefined || layer.config !== undefined) return false;
    if (layer.url !== undefined) {
        try {
            const { fields } = parseConnectionUrl(layer.url);
            return fields.database !== undefined || layer.database !== undefined;
        } catch {
            // A URL that does not parse is reported by the resolution that follows.
            return true;
        }
    }
    return layer.dialect !== undefined && layer.database !== undefined;
}

/**
 * Only the project paths (root, schema, changesets), for commands that touch files but not a
 * database (`change add`): no dialect needed.
 */
export async function resolvePaths(input: ResolveConfigInput): Promise<ResolvedConfig['paths']> {
    const { root, merged } = await mergeLayers(input);
    return pathsOf(root, merged);
}

function pathsOf(root: string, merged: ConfigLayer): ResolvedConfig['paths'] {
    return { root, schema: path.resolve(root, merged.schemaPath!), changesets: path.resolve(root, merged.changesetPath!), allowed: allowedFolders(root, merged.allowPath) };
}

/** --allow-path / NOORM_ALLOW_PATHS: folders relative to the project root, each one that exists. */
function allowedFolders(root: string, value: string | undefined): string[] {
    if (value === undefined) return [];
    return value
        .split(path.delimiter)
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
            const absolute = path.resolve(root, entry);
            let folder = false;
            try {
                folder = statSync(absolute).isDirectory();
            } catch {
                // reported below
            }
            if (!folder) {
                throw new UsageError('bad-config-value', `The allowed folder ${entry} (${absolute}) is not a folder that exists`, {
                    hint: `Check --allow-path and ${ENV_VARIABLES.allowPath} (folders are relative to the project root, separated by "${path.delimiter}").`,
                });
            }
            return absolute;
        });
}

/** The layers merged field by field (flags > environment > stored config > defaults). */
async function mergeLayers(input: ResolveConfigInput) {
    const root = findProjectRoot(input.cwd);
    const flags = input.flags ?? {};
    const envLayer = layerFromEnv(input.env ?? {});

    const requested = flags.config ?? envLayer.config;
    const state = input.store ? await input.store.load(root) : null;
    let stored: StoredConfig | undefined;
    let name: string;
    if (state) {
        name = requested ?? state.activeConfig ?? 'default';
        stored = state.configs[name];
        if (!stored && (requested !== undefined || state.activeConfig !== null)) {
            const known = Object.keys(state.configs);
            throw new UsageError('unknown-config', `No stored config named "${name}"`, {
                hint: known.length
                    ? `Stored configs: ${known.join(', ')}. Pick one with --config or ${ENV_VARIABLES.config}.`
                    : 'No configs are stored yet; add one with `noorm config add`.',
            });
        }
    } else {
        name = requested ?? 'default';
    }

    const layers: Array<[ConfigLayer, string]> = [
        [DEFAULTS, 'defaults'],
        [stored ? layerFromStored(stored) : {}, `the stored config "${name}"`],
        [envLayer, ENV_VARIABLES.url],
        [flags, '--url'],
    ];
    const merged: ConfigLayer = {};
    let params: Record<string, string> = {};
    for (const [layer, source] of layers) {
        if (layer.url !== undefined) {
            // A URL describes a whole connection: lower layers' connection fields do not leak into it.
            const parsed = parseConnectionUrl(layer.url, source);
            for (const field of CONNECTION_FIELDS) delete merged[field];
            Object.assign(merged, parsed.fields);
            params = parsed.params;
        }
        for (const [key, value] of Object.entries(layer) as Array<[keyof ConfigLayer, string | undefined]>) {
            if (key !== 'url' && value !== undefined) merged[key] = value;
        }
    }
    return { root, flags, envLayer, state, stored, name, merged, params };
}

/** Accepts the dialect names and their aliases (`postgresql`, `mariadb`, `sqlserver`, ...). */
export function normaliseDialect(value: string): DialectName {
    const info = dialectNamed(value);
    if (!info) throw new UsageError('unknown-dialect', `Unknown dialect "${value}"`, { hint: `Supported dialects: ${dialectNamesHint()}.` });
    return info.name;
}

function buildConnection(merged: ConfigLayer, params: Record<string, string>): ConnectionSettings {
    if (merged.dialect === undefined) {
        throw new UsageError('no-dialect', 'No database dialect is configured', {
            hint: `Set --dialect or ${ENV_VARIABLES.dialect} (${DIALECT_NAMES.join(', ')}), or give a connection URL with --url / ${ENV_VARIABLES.url}. noorm has no default dialect.`,
        });
    }
    const connection: ConnectionSettings = { dialect: normaliseDialect(merged.dialect), params };
    if (merged.host !== undefined) connection.host = merged.host;
    if (merged.port !== undefined) connection.port = parsePort(merged.port);
    if (merged.database !== undefined) connection.database = merged.database;
    if (merged.user !== undefined) connection.user = merged.user;
    if (merged.password !== undefined) connection.password = merged.password;
    if (merged.ssl !== undefined) connection.ssl = merged.ssl;
    if (merged.sslCa !== undefined) connection.sslCa = merged.sslCa;
    if (DIALECTS[connection.dialect].fileDatabase && !connection.database) {
        throw new UsageError('no-database', `No ${connection.dialect} database file is configured`, {
            hint: `Set --database or ${ENV_VARIABLES.database} to the database file (relative to the project root), or --url ${connection.dialect}:<file>.`,
        });
    }
    return connection;
}

function parsePort(value: string): number {
    const port = Number(value);
    if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
        throw new UsageError('bad-config-value', `port must be a whole number from 1 to 65535, got "${value}"`);
    }
    return port;
}

/**
 * The most seconds any duration may be: a year. Beyond it a lock's expiry no longer fits the
 * databases' time arithmetic, and no wait is meant that long.
 */
const MAX_SECONDS = 365 * 24 * 3600;

/** A connect timeout is at most an hour: the drivers' timers cannot hold much more than three weeks. */
const MAX_CONNECT_TIMEOUT_SECONDS = 3600;

function parseSeconds(label: string, value: string, variable: string, zeroAllowed: boolean, max = MAX_SECONDS): number {
    const seconds = Number(value);
    if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || (!zeroAllowed && seconds === 0) || seconds > max) {
        const limit = max === MAX_SECONDS ? `${MAX_SECONDS} (a year)` : `${max}`;
        throw new UsageError('bad-config-value', `${label} must be a number of seconds${zeroAllowed ? '' : ' above 0'}, at most ${limit}, got "${value}"`, {
            hint: `Check --${label.replace(/ /g, '-')} or ${variable}.`,
        });
    }
    return seconds;
}

function layerFromStored(stored: StoredConfig): ConfigLayer {
    const layer: ConfigLayer = {};
    const c = stored.connection;
    if (c.url !== undefined) layer.url = c.url;
    if (c.dialect !== undefined) layer.dialect = c.dialect;
    if (c.host !== undefined) layer.host = c.host;
    if (c.port !== undefined) layer.port = String(c.port);
    if (c.database !== undefined) layer.database = c.database;
    if (c.user !== undefined) layer.user = c.user;
    if (c.password !== undefined) layer.password = c.password;
    if (c.ssl !== undefined) layer.ssl = c.ssl;
    if (stored.paths?.schema !== undefined) layer.schemaPath = stored.paths.schema;
    if (stored.paths?.changesets !== undefined) layer.changesetPath = stored.paths.changesets;
    if (stored.protected !== undefined) layer.protected = String(stored.protected);
    if (stored.isTest !== undefined) layer.test = String(stored.isTest);
    if (stored.type !== undefined) layer.type = stored.type;
    return layer;
}
