/**
 * The shapes a file's SQL takes between the template renderer, which writes it, and the runner,
 * which sends it: kept here so neither imports the other.
 */
import type { SqlBuffer } from './buffer.js';

/**
 * SQL written statement by statement when it is sent (a template's `insertRows()`), so a big seed
 * is never held as one text.
 */
export interface GeneratedSql {
    /** True when it writes no statement at all. */
    readonly empty: boolean;
    /**
     * Writes the statements in order into `out`, each complete with its terminator and final line
     * break, pausing after each one. Every pass writes them anew, the same each time.
     */
    write(out: SqlBuffer): Iterable<void>;
}

/** Part of a file's SQL as it is sent: UTF-8 bytes, only generated statements or only the template's text. */
export interface SqlPiece {
    bytes: Buffer;
    /** Complete statements written by insertRows(): nothing a reader needs to look at first. */
    generated: boolean;
    last: boolean;
}

/** A template's output in order: its text, and the generated statements it printed. */
export type SqlPart = string | GeneratedSql;

/** Renders a template file to its SQL (templates are rendered before anything runs). */
export type TemplateRender = (absolute: string) => Promise<readonly SqlPart[]>;
