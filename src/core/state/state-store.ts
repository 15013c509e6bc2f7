import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigStore, StoredConfig } from '../config/types.js';
import {
    DecryptError,
    KDF_ITERATIONS,
    MAX_PAYLOAD_BYTES,
    decrypt,
    deriveKey,
    encrypt,
    fingerprint,
    keyCheck,
    newSalt,
    parsePayload,
    sameText,
    type EncryptedPayload,
} from '../encryption/crypto.js';
import { machineId } from '../encryption/machine-id.js';
import { UsageError } from '../errors.js';
import { keyedRecord } from '../config/keys.js';
import { ensureNoormDir, withFileLock, writeFileAtomic } from './files.js';

/** Everything noorm keeps for a project: configs, their secrets, the active config. */
export interface State {
    version: 1;
    activeConfig: string | null;
    configs: Record<string, StoredConfig>;
    /** config name → secret key → value */
    secrets: Record<string, Record<string, string>>;
}

/** The state file's envelope: the encrypted payload plus what tells why a file does not open. */
interface StatePayload extends EncryptedPayload {
    /** Salted fingerprint of the machine id the file was written on. */
    machine: string;
    /** Whether NOORM_PASSPHRASE is part of the key. */
    passphrase: boolean;
    keyCheck: string;
}

export interface StateStoreOptions {
    /** Project root; the state lives in `<root>/.noorm/state.enc`. */
    root: string;
    env: NodeJS.ProcessEnv;
    /** Asks for the passphrase when the state needs one and NOORM_PASSPHRASE is unset (interactive only). */
    askPassphrase?: () => Promise<string | null>;
    /** The command's signal: a key derivation stops waiting when it aborts (Ctrl-C, SIGTERM). */
    signal?: AbortSignal;
}

export function emptyState(): State {
    return { version: 1, activeConfig: null, configs: keyedRecord(), secrets: keyedRecord() };
}

/** The state with every map keyed by user names made prototype-less (after parsing or cloning). */
function keyedState(state: State): State {
    const secrets = keyedRecord<Record<string, string>>();
    for (const [name, values] of Object.entries(state.secrets)) secrets[name] = keyedRecord(values);
    return { ...state, configs: keyedRecord(state.configs), secrets };
}

/**
 * The encrypted state file, `.noorm/state.enc`: AES-256-GCM under a key derived with PBKDF2-SHA256
 * from the machine id plus NOORM_PASSPHRASE when the file uses one. Reads decrypt into memory;
 * every change is a read-modify-write under a lock file, written atomically. A file that does not
 * decrypt is never overwritten: the error says why and how to recover.
 */
export class StateStore implements ConfigStore {
    readonly file: string;
    private readonly lockFile: string;
    private cached: { text: string; opened: Opened } | null = null;
    /** A passphrase that opened the state once: asked for at most once per process. */
    private typed: string | null = null;

    constructor(private readonly options: StateStoreOptions) {
        this.file = path.join(options.root, '.noorm', 'state.enc');
        this.lockFile = path.join(options.root, '.noorm', 'state.lock');
    }

    exists(): boolean {
        return existsSync(this.file);
    }

    /** The command's signal, for the other key derivations of the command (config export and import). */
    get signal(): AbortSignal | undefined {
        return this.options.signal;
    }

    /** The state, or null when the project has none yet. */
    async read(): Promise<State | null> {
        if (!this.exists()) return null;
        return (await this.open(this.readText())).state;
    }

    /** ConfigStore: what config resolution needs. */
    async load(): Promise<State | null> {
        return this.read();
    }

    /** Applies `mutate` to the newest state and writes it back; concurrent changes are serialised. */
    async update(mutate: (state: State) => void | Promise<void>): Promise<State> {
        ensureNoormDir(this.options.root);
        // Any passphrase prompt happens before the lock is taken, never while others wait on it.
        if (this.exists()) await this.read();
        return withFileLock(this.lockFile, async () => {
            const existing = this.exists() ? await this.open(this.readText()) : null;
            const state = existing ? keyedState(structuredClone(existing.state)) : emptyState();
            const passphrase = existing ? existing.passphrase : this.options.env['NOORM_PASSPHRASE'] || null;
            await mutate(state);
            await this.write(state, passphrase);
            return state;
        });
    }

    /** Re-encrypts the state with another passphrase (null: the machine id alone). */
    async rekey(passphrase: string | null): Promise<void> {
        if (!this.exists()) throw new UsageError('no-state', 'There is no state to re-encrypt yet', { hint: 'Add a config first: noorm config add.' });
        await this.read();
        await withFileLock(this.lockFile, async () => {
            const existing = await this.open(this.readText());
            await this.write(existing.state, passphrase);
        });
    }

    private async write(state: State, passphrase: string | null): Promise<void> {
        const id = machineId(this.options.env);
        const salt = newSalt();
        const key = await deriveKey(secretOf(id, passphrase), salt, KDF_ITERATIONS, this.options.signal);
        const payload: StatePayload = {
            ...encrypt(Buffer.from(JSON.stringify(state), 'utf8'), key, salt, KDF_ITERATIONS),
            machine: fingerprint(id, salt),
            passphrase: passphrase !== null,
            keyCheck: keyCheck(key),
        };
        const text = JSON.stringify(payload, null, 2) + '\n';
        writeFileAtomic(this.file, text);
        this.cached = { text, opened: { state, passphrase } };
    }

    /** The file's text; one far larger than any state noorm writes is not read at all. */
    private readText(): string {
        const size = statSync(this.file).size;
        if (size > MAX_PAYLOAD_BYTES) throw stateError('unsupported', RELATIVE, `it is ${size} bytes long (noorm reads at most ${MAX_PAYLOAD_BYTES})`);
        return readFileSync(this.file, 'utf8');
    }

    private async open(text: string): Promise<Opened> {
        if (this.cached?.text === text) return this.cached.opened;
        const relative = RELATIVE;
        let payload: StatePayload;
        try {
            payload = parsePayload<StatePayload>(text, ['machine', 'keyCheck']);
            if (typeof payload.passphrase !== 'boolean') throw new DecryptError('damaged');
        } catch (error) {
            // Parameters noorm never writes are refused here, before a key is derived from them.
            if (error instanceof DecryptError && error.reason === 'unsupported') throw stateError('unsupported', relative, error.detail);
            throw stateError('damaged', relative);
        }
        const salt = Buffer.from(payload.salt, 'base64');
        const id = machineId(this.options.env);
        if (!sameText(fingerprint(id, salt), payload.machine)) throw stateError('other-machine', relative);

        let passphrase: string | null = null;
        if (payload.passphrase) {
            passphrase = this.options.env['NOORM_PASSPHRASE'] || this.typed || (await this.options.askPassphrase?.()) || null;
            if (!passphrase) throw stateError('passphrase-required', relative);
        }
        const key = await deriveKey(secretOf(id, passphrase), salt, payload.iterations, this.options.signal);
        if (!sameText(keyCheck(key), payload.keyCheck)) throw stateError(payload.passphrase ? 'wrong-passphrase' : 'tampered', relative);
        let state: State;
        try {
            state = JSON.parse(decrypt(payload, key).toString('utf8')) as State;
        } catch {
            throw stateError('tampered', relative);
        }
        if (!state || state.version !== 1 || typeof state.configs !== 'object' || typeof state.secrets !== 'object' || !state.configs || !state.secrets)
            throw stateError('damaged', relative);
        const opened = { state: keyedState(state), passphrase };
        this.cached = { text, opened };
        if (passphrase) this.typed = passphrase;
        return opened;
    }
}

interface Opened {
    state: State;
    passphrase: string | null;
}

function secretOf(id: string, passphrase: string | null): string {
    return passphrase === null ? id : `${id}\u0000${passphrase}`;
}

type StateProblem = 'damaged' | 'unsupported' | 'other-machine' | 'passphrase-required' | 'wrong-passphrase' | 'tampered';

const RELATIVE = path.join('.noorm', 'state.enc');
const LEFT_AS_IS = 'The file was left exactly as it is.';

function stateError(problem: StateProblem, file: string, detail?: string): UsageError {
    switch (problem) {
        case 'unsupported':
            return new UsageError('state-unsupported', `${file} was not written by noorm, or was modified: ${detail ?? 'it asks for parameters noorm never writes'}`, {
                hint: `${LEFT_AS_IS} Nothing was derived from it. Restore it from a backup, or move it aside and re-create the configs (noorm config add, or noorm config import).`,
            });
        case 'damaged':
            return new UsageError('state-damaged', `${file} is damaged: it is truncated or not a noorm state file`, {
                hint: `${LEFT_AS_IS} Restore it from a backup, or move it aside and re-create the configs (noorm config add, or noorm config import).`,
            });
        case 'other-machine':
            return new UsageError('state-other-machine', `${file} was written on another machine and only opens there`, {
                hint: `${LEFT_AS_IS} To move configs, run \`noorm config export <name>\` on the old machine and \`noorm config import <file>\` here. If this is the same machine with a new machine id, set NOORM_MACHINE_ID to the old one.`,
            });
        case 'passphrase-required':
            return new UsageError('state-passphrase-required', `${file} is protected by a passphrase`, {
                hint: 'Set NOORM_PASSPHRASE to the passphrase (or run interactively to be asked).',
            });
        case 'wrong-passphrase':
            return new UsageError('state-wrong-passphrase', `The passphrase does not open ${file}`, {
                hint: `${LEFT_AS_IS} Check NOORM_PASSPHRASE.`,
            });
        case 'tampered':
            return new UsageError('state-tampered', `${file} failed its integrity check: it was modified or corrupted`, {
                hint: `${LEFT_AS_IS} Restore it from a backup, or move it aside and re-create the configs.`,
            });
    }
}
