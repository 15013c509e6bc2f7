/**
 * One place that keeps secrets out of anything printed or stored: error messages, JSON output,
 * progress lines, job summaries, the tracking tables' error columns. Every face (CLI, TUI, GitHub
 * Action) passes every outgoing string through one Redactor, and the engine passes errors through
 * it before it records them.
 */
import { ENV_VARIABLES } from './config/env.js';
import { terminalSafe } from './text/terminal-safe.js';

const MASK = '****';

/**
 * Shorter values cannot be masked without masking ordinary words (`abc` in "abcdef"); they are still
 * masked as URL passwords and `password=` parameters. `secret set` warns about them.
 */
export const MIN_MASKED_LENGTH = 4;

/** `scheme://user:password@host` → `scheme://user:****@host`, whatever the scheme. */
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s/]+)@/gi;
/** `password=...` style parameters in connection strings and URLs. */
const PASSWORD_PARAMS = /\b(password|pwd|passwd|pass)=([^&;\s]+)/gi;

/** The environment variables whose values are secret wherever they appear. */
const SECRET_VARIABLES = [ENV_VARIABLES.password, 'NOORM_PASSPHRASE', 'NOORM_NEW_PASSPHRASE', 'NOORM_EXPORT_PASSPHRASE'] as const;

export class Redactor {
    private readonly secrets = new Set<string>();
    /** Every form of every secret, longest first; rebuilt when a secret is added. */
    private forms: string[] | null = null;
    private readonly watchers = new Set<(forms: string[]) => void>();

    /** Registers values that must never be shown (passwords, secret values), in all their forms. */
    add(...values: Array<string | undefined | null>): this {
        for (const value of values) {
            if (value && value.length >= MIN_MASKED_LENGTH && !this.secrets.has(value)) {
                this.secrets.add(value);
                this.forms = null;
                if (this.watchers.size) {
                    const forms = encodedForms(value);
                    for (const watcher of this.watchers) watcher(forms);
                }
            }
        }
        return this;
    }

    /**
     * Every form this redactor masks, longest first: for a log that masks on its own (GitHub's
     * `::add-mask::`), which must learn each form before anything is written.
     */
    secretForms(): readonly string[] {
        return [...this.allForms()];
    }

    /**
     * Calls `watcher` now with every form known, and again with the forms of each secret added later
     * (a stored config's secrets become known only when the config is resolved). Returns the unwatch.
     */
    watch(watcher: (forms: string[]) => void): () => void {
        watcher([...this.allForms()]);
        this.watchers.add(watcher);
        return () => this.watchers.delete(watcher);
    }

    /** The password and the secrets of a resolved config. */
    addConfig(config: { connection: { password?: string | undefined }; secrets: Readonly<Record<string, string>> }): this {
        return this.add(config.connection.password, ...Object.values(config.secrets));
    }

    /** The password and passphrases noorm reads from NOORM_* variables. */
    addEnvironment(env: NodeJS.ProcessEnv): this {
        return this.add(...SECRET_VARIABLES.map((name) => env[name]));
    }

    redact(text: string): string {
        let out = text.replace(URL_CREDENTIALS, `$1${MASK}@`).replace(PASSWORD_PARAMS, `$1=${MASK}`);
        // Longest first, so a form that contains another is masked whole.
        for (const form of this.allForms()) {
            if (out.includes(form)) out = out.split(form).join(MASK);
        }
        return out;
    }

    /** Deep-redacts every string inside a JSON-able value. */
    redactValue<T>(value: T): T {
        if (typeof value === 'string') return this.redact(value) as T;
        if (Array.isArray(value)) return value.map((item) => this.redactValue(item)) as T;
        if (value && typeof value === 'object') {
            const out: Record<string, unknown> = {};
            for (const [key, item] of Object.entries(value)) out[key] = this.redactValue(item);
            return out as T;
        }
        return value;
    }

    private allForms(): string[] {
        if (!this.forms) {
            const forms = new Set<string>();
            for (const secret of this.secrets) for (const form of encodedForms(secret)) forms.add(form);
            this.forms = [...forms].sort((a, b) => b.length - a.length);
        }
        return this.forms;
    }
}

/**
 * The forms in which noorm itself may write a value: as it is; inside a SQL string literal (quotes
 * doubled, as every dialect's literal and `escape()` write it; with backslashes escaped, as MySQL's
 * client library and PostgreSQL's `E''` literals write it); as the hex bytes of MySQL's literal for
 * text holding a backslash (and of every dialect's bytes literal); inside JSON text (`escape()` of
 * an object) and that JSON inside a literal; URL-encoded; and with its control characters escaped
 * for a terminal (terminalSafe), as text faces print what noorm did not write itself.
 */
export function encodedForms(secret: string): string[] {
    const json = JSON.stringify(secret).slice(1, -1);
    const forms: string[] = [encodeURIComponent(secret), new URLSearchParams({ v: secret }).toString().slice(2), terminalSafe(secret)];
    for (const text of [secret, json]) {
        const hex = Buffer.from(text, 'utf8').toString('hex');
        forms.push(text, doubledQuotes(text), backslashEscaped(text), doubledQuotes(text.replace(/\\/g, '\\\\')), hex, hex.toUpperCase());
    }
    return [...new Set(forms)].filter((form) => form.length >= MIN_MASKED_LENGTH);
}

function doubledQuotes(text: string): string {
    return text.replace(/'/g, "''");
}

/** The escapes of MySQL's client libraries (mysql2, mysql_real_escape_string). */
function backslashEscaped(text: string): string {
    const escapes: Record<string, string> = { '\0': '\\0', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z', '"': '\\"', "'": "\\'", '\\': '\\\\' };
    return text.replace(/[\0\b\t\n\r\x1a"'\\]/g, (char) => escapes[char]!);
}

/**
 * The redactor a command records errors with: the one its face gave (so everything the face
 * registered is masked too), with the config's password and secrets added.
 */
export function commandRedactor(context: {
    config: { connection: { password?: string | undefined }; secrets: Readonly<Record<string, string>> };
    redactor?: Redactor | undefined;
    env?: NodeJS.ProcessEnv | undefined;
}): Redactor {
    const redactor = (context.redactor ?? new Redactor()).addConfig(context.config);
    return context.env ? redactor.addEnvironment(context.env) : redactor;
}
