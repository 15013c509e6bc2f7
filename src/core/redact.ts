/**
 * One place that keeps secrets out of anything printed: error messages, JSON output, progress
 * lines, job summaries. Front ends pass every outgoing string through `redact`.
 */

const MASK = '****';

/** `scheme://user:password@host` → `scheme://user:****@host`, whatever the scheme. */
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s/]+)@/gi;
/** `password=...` style parameters in connection strings and URLs. */
const PASSWORD_PARAMS = /\b(password|pwd|passwd|pass)=([^&;\s]+)/gi;

export class Redactor {
    private readonly secrets = new Set<string>();

    /** Registers values that must never be shown (passwords, secret values). */
    add(...values: Array<string | undefined | null>): this {
        for (const value of values) {
            // Very short values would mask ordinary words; they are still masked in URLs and params.
            if (value && value.length >= 3) this.secrets.add(value);
        }
        return this;
    }

    redact(text: string): string {
        let out = text.replace(URL_CREDENTIALS, `$1${MASK}@`).replace(PASSWORD_PARAMS, `$1=${MASK}`);
        // Longest first, so a secret that contains another is masked whole.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join(MASK);
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
}
