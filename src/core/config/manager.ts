import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeTarget } from '../dialect/registry.js';
import { DecryptError, KDF_ITERATIONS, decrypt, deriveKey, encrypt, newSalt, parsePayload, type EncryptedPayload } from '../encryption/crypto.js';
import { UsageError, isNoormError } from '../errors.js';
import type { EventSink } from '../events.js';
import { assertAllowed, type ProtectionContext } from '../protection.js';
import { MIN_MASKED_LENGTH } from '../redact.js';
import type { State, StateStore } from '../state/state-store.js';
import { assertNotReserved, keyedRecord } from './keys.js';
import { parseConnectionUrl } from './url.js';
import { parsePortField, validateConfigName, validateStoredConfig } from './validate.js';
import type { ConfigLayer, ConfigSummary, DialectName, StoredConfig } from './types.js';

/** Config fields as a user gives them (flags): text as in a config layer, booleans for the switches. */
export type ConfigInput = Pick<
    ConfigLayer,
    'dialect' | 'url' | 'host' | 'port' | 'database' | 'user' | 'password' | 'ssl' | 'sslCa' | 'schemaPath' | 'changesetPath' | 'identity' | 'type'
> & {
    protected?: boolean;
    test?: boolean;
};

/** Confirmation inputs for the protection check (yes flag, interactive prompt). */
export type Guard = Omit<ProtectionContext, 'config'>;

/** `config add|edit|cp|use|import`: the config as it is now stored (what may be shown of it). */
export interface ConfigSavedResult {
    ok: true;
    command: 'config add' | 'config edit' | 'config cp' | 'config use' | 'config import';
    stored: ConfigSummary;
}

export interface ConfigListResult {
    ok: true;
    command: 'config list';
    configs: ConfigSummary[];
}

export interface ConfigRemovedResult {
    ok: true;
    command: 'config rm';
    name: string;
}

export interface ConfigExportResult {
    ok: true;
    command: 'config export';
    name: string;
    /** The file written. */
    file: string;
}

export interface PassphraseResult {
    ok: true;
    command: 'config passphrase';
    /** Whether the state now needs a passphrase (false: the machine id alone protects it). */
    passphrase: boolean;
}

/** `secret set|rm`. */
export interface SecretResult {
    ok: true;
    command: 'secret set' | 'secret rm';
    config: string;
    key: string;
}

export interface SecretListResult {
    ok: true;
    command: 'secret list';
    config: string;
    keys: string[];
}

export async function addConfig(store: StateStore, name: string, input: ConfigInput): Promise<ConfigSavedResult> {
    validateConfigName(name);
    const config = validateStoredConfig(applyInput({ name, connection: {} }, input));
    const state = await store.update((state) => {
        if (state.configs[name]) {
            throw new UsageError('config-exists', `A config named "${name}" already exists`, { hint: `Change it with \`noorm config edit ${name}\`, or pick another name.` });
        }
        state.configs[name] = config;
        // The first config becomes the active one: nothing else could be meant.
        state.activeConfig ??= name;
    });
    return saved('config add', state, name);
}

export async function editConfig(store: StateStore, name: string, input: ConfigInput, guard: Guard): Promise<ConfigSavedResult> {
    // Lifting the protection is itself protected: otherwise it would be one edit away from nothing.
    // Asked before the state's lock is taken, so nobody waits on a person typing.
    const before = requireConfig(await requireState(store), name);
    if (before.protected && input.protected === false) await assertAllowed({ ...guard, config: { name, protected: true } }, 'config:edit');
    const state = await store.update((state) => {
        const current = requireConfig(state, name);
        const next = validateStoredConfig(applyInput(structuredClone(current), input));
        if (current.protected && next.protected === false && !before.protected) {
            throw new UsageError('config-changed', `Config "${name}" became protected meanwhile; run the edit again`);
        }
        state.configs[name] = next;
    });
    return saved('config edit', state, name);
}

export async function removeConfig(store: StateStore, name: string, guard: Guard): Promise<ConfigRemovedResult> {
    const state = await requireState(store);
    const config = requireConfig(state, name);
    await assertAllowed({ ...guard, config: { name, protected: Boolean(config.protected) } }, 'config:rm');
    await store.update((fresh) => {
        requireConfig(fresh, name);
        delete fresh.configs[name];
        delete fresh.secrets[name];
        if (fresh.activeConfig === name) fresh.activeConfig = null;
    });
    return { ok: true, command: 'config rm', name };
}

export async function copyConfig(store: StateStore, from: string, to: string): Promise<ConfigSavedResult> {
    validateConfigName(to, 'to');
    const state = await store.update((state) => {
        const source = requireConfig(state, from);
        if (state.configs[to]) throw new UsageError('config-exists', `A config named "${to}" already exists`);
        state.configs[to] = { ...structuredClone(source), name: to };
        if (state.secrets[from]) state.secrets[to] = keyedRecord(state.secrets[from]);
    });
    return saved('config cp', state, to);
}

export async function useConfig(store: StateStore, name: string): Promise<ConfigSavedResult> {
    const state = await store.update((state) => {
        requireConfig(state, name);
        state.activeConfig = name;
    });
    return saved('config use', state, name);
}

export async function listConfigs(store: StateStore): Promise<ConfigListResult> {
    const state = await store.read();
    const configs = state
        ? Object.values(state.configs)
              .sort((a, b) => a.name.localeCompare(b.name, 'en'))
              .map((config) => summarise(config, state))
        : [];
    return { ok: true, command: 'config list', configs };
}

/** What may be shown of a config: never the password or secret values. */
export function summarise(config: StoredConfig, state: Pick<State, 'activeConfig' | 'secrets'>): ConfigSummary {
    const fromUrl = config.connection.url ? parseConnectionUrl(config.connection.url).fields : {};
    const c = config.connection;
    const port = c.port ?? (fromUrl.port ? Number(fromUrl.port) : undefined);
    const dialect = (c.dialect ?? fromUrl.dialect) as DialectName | undefined;
    const host = c.host ?? fromUrl.host;
    const database = c.database ?? fromUrl.database;
    return {
        name: config.name,
        active: state.activeConfig === config.name,
        dialect: dialect ?? null,
        target: dialect
            ? describeTarget({ dialect, ...(host !== undefined ? { host } : {}), ...(port !== undefined ? { port } : {}), ...(database !== undefined ? { database } : {}) })
            : null,
        host: host ?? null,
        port: port ?? null,
        database: database ?? null,
        user: c.user ?? fromUrl.user ?? null,
        hasPassword: Boolean(c.password ?? fromUrl.password),
        protected: Boolean(config.protected),
        isTest: Boolean(config.isTest),
        type: config.type ?? 'local',
        identity: config.identity ?? null,
        schemaPath: config.paths?.schema ?? null,
        changesetPath: config.paths?.changesets ?? null,
        secretKeys: Object.keys(state.secrets[config.name] ?? {}).sort(),
    };
}

// ---------------------------------------------------------------- secrets

const SECRET_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

function assertSecretKey(key: string, where?: string): void {
    if (!SECRET_KEY.test(key)) {
        throw new UsageError('invalid-secret-key', `${where ? `${where}: ` : ''}Invalid secret key "${key}": use letters, digits and "_", starting with a letter or "_"`);
    }
    assertNotReserved(key, 'secret key', 'invalid-secret-key', where);
}

/** Stores a secret; a value too short to mask is stored with a warning (sent to `onEvent`). */
export async function setSecret(store: StateStore, configName: string, key: string, value: string, onEvent?: EventSink): Promise<SecretResult> {
    assertSecretKey(key);
    if (value === '') throw new UsageError('empty-secret', "The secret's value is empty", { hint: 'Remove a secret with `noorm secret rm <key>`.' });
    await store.update((state) => {
        requireConfig(state, configName);
        (state.secrets[configName] ??= keyedRecord())[key] = value;
    });
    if (value.length < MIN_MASKED_LENGTH) {
        onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'secret-too-short',
            message: `secret ${key} is shorter than ${MIN_MASKED_LENGTH} characters, too short to mask without masking ordinary text: it may appear in output and errors; use a longer value`,
        });
    }
    return { ok: true, command: 'secret set', config: configName, key };
}

export async function removeSecret(store: StateStore, configName: string, key: string): Promise<SecretResult> {
    await store.update((state) => {
        requireConfig(state, configName);
        if (!state.secrets[configName]?.[key]) {
            throw new UsageError('unknown-secret', `Config "${configName}" has no secret "${key}"`, { hint: 'List them with `noorm secret list`.' });
        }
        delete state.secrets[configName]![key];
    });
    return { ok: true, command: 'secret rm', config: configName, key };
}

export async function listSecrets(store: StateStore, configName: string): Promise<SecretListResult> {
    const state = await requireState(store);
    requireConfig(state, configName);
    return { ok: true, command: 'secret list', config: configName, keys: Object.keys(state.secrets[configName] ?? {}).sort() };
}

// ---------------------------------------------------------------- moving between machines

interface ExportFile extends EncryptedPayload {
    noormExport: 1;
}

/**
 * One config and its secrets, encrypted with a passphrase only (no machine id), written to `file`
 * (readable by its owner only) for another machine.
 */
export async function exportConfig(store: StateStore, name: string, passphrase: string, options: { file: string; force?: boolean }): Promise<ConfigExportResult> {
    if (existsSync(options.file) && !options.force) throw new UsageError('file-exists', `${options.file} already exists`, { hint: 'Pick another --out, or pass --force.' });
    if (!passphrase) throw new UsageError('passphrase-required', 'An export needs a passphrase', { hint: 'Set NOORM_EXPORT_PASSPHRASE, or run interactively to be asked.' });
    const state = await requireState(store);
    const config = requireConfig(state, name);
    const salt = newSalt();
    const key = await deriveKey(passphrase, salt, KDF_ITERATIONS, store.signal);
    const body = Buffer.from(JSON.stringify({ config, secrets: state.secrets[name] ?? {} }), 'utf8');
    const exported: ExportFile = { noormExport: 1, ...encrypt(body, key, salt, KDF_ITERATIONS) };
    // `--out exports/dev.noorm-config`: the folder is made as needed.
    mkdirSync(path.dirname(options.file), { recursive: true });
    writeFileSync(options.file, JSON.stringify(exported, null, 2) + '\n', { mode: 0o600 });
    return { ok: true, command: 'config export', name, file: options.file };
}

/** Adds the config of a file written by `exportConfig`. */
export async function importConfig(store: StateStore, file: string, passphrase: string, options: { name?: string; force?: boolean } = {}): Promise<ConfigSavedResult> {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch {
        throw new UsageError('missing-file', `Cannot read ${file}`);
    }
    if (!passphrase) throw new UsageError('passphrase-required', "Importing needs the export's passphrase", { hint: 'Set NOORM_EXPORT_PASSPHRASE.' });
    let content: { config: StoredConfig; secrets: Record<string, string> };
    try {
        const payload = parsePayload<ExportFile>(text);
        const key = await deriveKey(passphrase, Buffer.from(payload.salt, 'base64'), payload.iterations, store.signal);
        content = JSON.parse(decrypt(payload, key).toString('utf8')) as typeof content;
    } catch (error) {
        // Interrupted while deriving: not the file's fault.
        if (isNoormError(error)) throw error;
        if (error instanceof DecryptError && error.reason === 'damaged') {
            throw new UsageError('import-damaged', 'The file is not a noorm config export (or it is truncated)');
        }
        if (error instanceof DecryptError && error.reason === 'unsupported') {
            throw new UsageError('import-unsupported', `The file was not written by noorm config export, or was modified: ${error.detail}`, {
                hint: 'Nothing was derived from it. Export the config again on the machine it comes from.',
            });
        }
        throw new UsageError('import-wrong-passphrase', 'The passphrase does not open this export (or the file was modified)', {
            hint: 'Check NOORM_EXPORT_PASSPHRASE: it is the passphrase given when the file was exported.',
        });
    }
    if (!isExportContent(content)) throw new UsageError('import-damaged', 'The file is not a noorm config export: it opens, but holds no config');
    const name = options.name ?? content.config.name;
    const config = validateStoredConfig({ ...content.config, name });
    for (const key of Object.keys(content.secrets ?? {})) assertSecretKey(key, file);
    const state = await store.update((state) => {
        if (state.configs[name] && !options.force) {
            throw new UsageError('config-exists', `A config named "${name}" already exists`, { hint: 'Import under another name with --name, or replace it with --force.' });
        }
        state.configs[name] = config;
        state.secrets[name] = keyedRecord(content.secrets);
        state.activeConfig ??= name;
    });
    return saved('config import', state, name);
}

/** What an export holds: a config (with its connection) and its secrets as text. */
function isExportContent(value: unknown): value is { config: StoredConfig; secrets: Record<string, string> } {
    const content = value as { config?: { name?: unknown; connection?: unknown }; secrets?: unknown } | null;
    if (!content || typeof content !== 'object' || !content.config || typeof content.config !== 'object') return false;
    if (typeof content.config.name !== 'string' || !content.config.connection || typeof content.config.connection !== 'object') return false;
    const secrets = content.secrets ?? {};
    return typeof secrets === 'object' && secrets !== null && Object.values(secrets).every((secret) => typeof secret === 'string');
}

/** Re-encrypts the state under a new passphrase; an empty one means the machine id alone. */
export async function changePassphrase(store: StateStore, passphrase: string): Promise<PassphraseResult> {
    await store.rekey(passphrase === '' ? null : passphrase);
    return { ok: true, command: 'config passphrase', passphrase: passphrase !== '' };
}

function saved(command: ConfigSavedResult['command'], state: State, name: string): ConfigSavedResult {
    return { ok: true, command, stored: summarise(requireConfig(state, name), state) };
}

// ---------------------------------------------------------------- helpers

async function requireState(store: StateStore): Promise<State> {
    const state = await store.read();
    if (!state) throw new UsageError('no-configs', 'No configs are stored in this project yet', { hint: 'Add one with `noorm config add <name> --dialect …`.' });
    return state;
}

function requireConfig(state: State, name: string): StoredConfig {
    const config = state.configs[name];
    if (!config) {
        const known = Object.keys(state.configs);
        throw new UsageError('unknown-config', `No stored config named "${name}"`, {
            hint: known.length ? `Stored configs: ${known.sort().join(', ')}.` : 'Add one with `noorm config add`.',
        });
    }
    return config;
}

/** Applies given fields to a config; an empty string removes an optional field. */
function applyInput(config: StoredConfig, input: ConfigInput): StoredConfig {
    const c = config.connection;
    const text = (value: string | undefined, set: (v: string | undefined) => void) => {
        if (value !== undefined) set(value === '' ? undefined : value);
    };
    text(input.dialect, (v) => (c.dialect = v));
    text(input.url, (v) => (c.url = v));
    text(input.host, (v) => (c.host = v));
    if (input.port !== undefined) c.port = input.port === '' ? undefined : parsePortField(input.port);
    text(input.database, (v) => (c.database = v));
    text(input.user, (v) => (c.user = v));
    text(input.password, (v) => (c.password = v));
    text(input.ssl, (v) => (c.ssl = v));
    text(input.sslCa, (v) => (c.sslCa = v));
    const paths = (config.paths ??= {});
    text(input.schemaPath, (v) => (paths.schema = v));
    text(input.changesetPath, (v) => (paths.changesets = v));
    text(input.identity, (v) => (config.identity = v));
    if (input.type !== undefined) config.type = input.type as 'local' | 'remote';
    if (input.protected !== undefined) config.protected = input.protected;
    if (input.test !== undefined) config.isTest = input.test;
    return pruneUndefined(config);
}

function pruneUndefined<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}
