import { keyedRecord } from './keys.js';
import type { ConfigLayer } from './types.js';

/** Each config field and the NOORM_* variable that sets it. Declared once: docs and help read it too. */
export const ENV_VARIABLES = {
    config: 'NOORM_CONFIG',
    dialect: 'NOORM_DIALECT',
    url: 'NOORM_URL',
    host: 'NOORM_HOST',
    port: 'NOORM_PORT',
    database: 'NOORM_DATABASE',
    user: 'NOORM_USER',
    password: 'NOORM_PASSWORD',
    ssl: 'NOORM_SSL',
    sslCa: 'NOORM_SSL_CA',
    schemaPath: 'NOORM_SCHEMA_PATH',
    changesetPath: 'NOORM_CHANGESET_PATH',
    allowPath: 'NOORM_ALLOW_PATHS',
    identity: 'NOORM_IDENTITY',
    protected: 'NOORM_PROTECTED',
    test: 'NOORM_TEST',
    type: 'NOORM_TYPE',
    lockWait: 'NOORM_LOCK_WAIT',
    lockExpiry: 'NOORM_LOCK_EXPIRY',
    wait: 'NOORM_WAIT',
    connectTimeout: 'NOORM_CONNECT_TIMEOUT',
} as const satisfies Record<keyof ConfigLayer, string>;

/** The environment as a config layer. Empty variables count as unset, as shells make them easily. */
export function layerFromEnv(env: NodeJS.ProcessEnv): ConfigLayer {
    const layer: ConfigLayer = {};
    for (const [field, variable] of Object.entries(ENV_VARIABLES) as Array<[keyof ConfigLayer, string]>) {
        const value = env[variable];
        if (value !== undefined && value !== '') layer[field] = value;
    }
    return layer;
}

/** `NOORM_SECRET_<KEY>=value`: a secret templates see as `secrets.KEY`, for configs given by environment alone. */
export const SECRET_VARIABLE_PREFIX = 'NOORM_SECRET_';

/** The secrets the environment gives (`NOORM_SECRET_API_TOKEN` → `API_TOKEN`); empty values count as unset. */
export function secretsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
    const secrets = keyedRecord<string>();
    for (const [variable, value] of Object.entries(env)) {
        if (variable.startsWith(SECRET_VARIABLE_PREFIX) && variable.length > SECRET_VARIABLE_PREFIX.length && value) {
            secrets[variable.slice(SECRET_VARIABLE_PREFIX.length)] = value;
        }
    }
    return secrets;
}

/** `1`, `true`, `yes`, `on` (any case) are true; everything else is false. */
export function isTruthy(value: string | undefined): boolean {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
