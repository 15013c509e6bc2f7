import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { nextTurn } from '../abort.js';
import { FileError, NoormError, messageOf } from '../errors.js';
import { toTrackedPath } from '../project/root.js';
import { SqlBuffer } from '../sql/buffer.js';
import { normaliseSql } from '../sql/normalise.js';
import type { SqlPart, SqlPiece, TemplateRender } from '../sql/parts.js';

/** A file ready to run: its exact SQL text, checksum and directives. */
export interface SourceFile {
    /** Project-relative path with `/` separators, as tracked. */
    path: string;
    absolute: string;
    /** The SQL that is sent: BOM stripped, line endings normalised to `\n`. */
    readonly sql: string;
    /** SHA-256 (hex) of `sql`. */
    readonly checksum: string;
    /** Size of `sql` in bytes (UTF-8). */
    readonly sizeBytes: number;
    /** `-- noorm:no-transaction` in the file's leading comments. */
    noTransaction: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file as it runs: a template rendered first (its checksum is the rendered SQL's), any other
 * file read as it is.
 */
export async function loadSource(root: string, absolute: string, render: TemplateRender): Promise<SourceFile> {
    if (!/\.eta$/i.test(absolute)) return readSource(root, absolute);
    const tracked = toTrackedPath(root, absolute);
    // The template's own text was normalised before rendering; its output is sent as rendered, so
    // data with CRLF inside a string literal stays as it was.
    const parts = await render(absolute);
    if (parts.every((part) => typeof part === 'string')) return sourceFromText(tracked, absolute, parts.join(''), false);
    return new GeneratedSource(tracked, absolute, parts);
}

/**
 * A template's output holding generated statements. Its text, checksum and size are the same as if
 * it had been written out whole, but they are only worked out when asked (a dry run, an unchanged
 * check); a run sends it part by part through `pieces()`, which works out the checksum on the way.
 */
export class GeneratedSource implements SourceFile {
    readonly noTransaction: boolean;
    private whole: string | undefined;
    private digest: { checksum: string; sizeBytes: number } | undefined;

    constructor(
        readonly path: string,
        readonly absolute: string,
        readonly parts: readonly SqlPart[],
    ) {
        // Generated statements are INSERTs, so the directive can only be in the leading text.
        this.noTransaction = typeof parts[0] === 'string' && hasNoTransactionDirective(parts[0]);
    }

    get sql(): string {
        if (this.whole === undefined) {
            const out = new SqlBuffer();
            for (const _ of this.writeTo(out));
            this.whole = out.text();
        }
        return this.whole;
    }

    get checksum(): string {
        return this.measured().checksum;
    }

    get sizeBytes(): number {
        return this.measured().sizeBytes;
    }

    /**
     * Writes the text into `out` in order, pausing after each literal part and each generated
     * statement: true when what was written needs no reading before it is sent (a generated
     * statement, or blank text). Rows read as they are written (loadRows) can fail here, long after
     * rendering: the failure names this file.
     */
    *writeTo(out: SqlBuffer): Generator<boolean, void, void> {
        for (const part of this.parts) {
            if (typeof part === 'string') {
                if (part) {
                    out.write(part);
                    // Blank text between generated statements (the newline after each insertRows
                    // in a loop) needs no reading either: it travels with them.
                    yield !/\S/.test(part);
                }
                continue;
            }
            try {
                for (const _ of part.write(out)) yield true;
            } catch (error) {
                if (error instanceof FileError) throw error;
                throw new FileError(error instanceof NoormError ? error.code : 'template-failed', messageOf(error), {
                    file: this.path,
                    ...(error instanceof NoormError && error.hint ? { hint: error.hint } : {}),
                    cause: error,
                });
            }
        }
    }

    /**
     * The SQL in pieces of at least `size` bytes, cut only between statements. With `apart`, the
     * template's own text comes in pieces of its own and generated statements in others (which a
     * session can send without reading them); without, a piece may hold both. The event loop gets a
     * turn between statements, so what was sent goes out while the next piece is written. A full
     * pass records the checksum.
     */
    async *pieces(size: number, apart: boolean): AsyncGenerator<SqlPiece> {
        const hash = createHash('sha256');
        let bytes = 0;
        const out = new SqlBuffer(2 * size);
        const steps = this.writeTo(out);
        try {
            // Whether everything in the piece so far is generated.
            let allGenerated = true;
            for (let step = steps.next(); !step.done;) {
                const end = out.length;
                const generated = step.value;
                allGenerated &&= generated;
                // One statement ahead (written behind the piece), to know whether this is the last.
                step = steps.next();
                if (end >= size || step.done || (apart && generated !== step.value)) {
                    const cut = step.done ? out.length : end;
                    const piece = Buffer.from(out.bytes(cut));
                    hash.update(piece);
                    bytes += cut;
                    if (step.done) this.settle({ checksum: hash.digest('hex'), sizeBytes: bytes });
                    out.shift(cut);
                    yield { bytes: piece, generated: allGenerated, last: Boolean(step.done) };
                    allGenerated = true;
                }
                await nextTurn();
            }
        } finally {
            // Stopped early (a part failed): the data files being read are closed.
            steps.return();
        }
    }

    private measured(): { checksum: string; sizeBytes: number } {
        if (!this.digest) {
            const hash = createHash('sha256');
            let sizeBytes = 0;
            if (this.whole !== undefined) {
                hash.update(this.whole, 'utf8');
                sizeBytes = Buffer.byteLength(this.whole, 'utf8');
            } else {
                const out = new SqlBuffer();
                for (const _ of this.writeTo(out)) {
                    hash.update(out.bytes());
                    sizeBytes += out.length;
                    out.shift();
                }
            }
            this.digest = { checksum: hash.digest('hex'), sizeBytes };
        }
        return this.digest;
    }

    /**
     * Records the checksum of what was just written, or refuses the last part when it differs from
     * the checksum worked out before (rows that come out differently each time they are read).
     */
    private settle(digest: { checksum: string; sizeBytes: number }): void {
        if (this.digest && this.digest.checksum !== digest.checksum) {
            throw new FileError(
                'template-unstable',
                'the rows written to the database differ from the rows checksummed before they ran: the function given to loadRows() must give the same rows every time it is called',
                { file: this.path },
            );
        }
        this.digest = digest;
    }
}

/**
 * The checksum and size to record for a file that failed: those of its SQL, or empty when its
 * generated rows could not be written (the failure itself), since a failed file runs again anyway.
 */
export function failedDigest(source: SourceFile): { checksum: string; sizeBytes: number } {
    try {
        return { checksum: source.checksum, sizeBytes: source.sizeBytes };
    } catch {
        return { checksum: '', sizeBytes: 0 };
    }
}

/**
 * Reads a SQL file as noorm runs and checksums it. The checksum covers the normalised text, so a
 * checkout with CRLF line endings or a BOM does not look changed (a Windows checkout must not
 * re-run everything).
 */
export function readSource(root: string, absolute: string): SourceFile {
    const tracked = toTrackedPath(root, absolute);
    let bytes: Buffer;
    try {
        bytes = readFileSync(absolute);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new FileError('unreadable-file', `Cannot read ${tracked}${code ? ` (${code})` : ''}`, {
            file: tracked,
            hint: code === 'EACCES' ? 'Check the file permissions.' : undefined,
            cause: error,
        });
    }
    return sourceFromBytes(tracked, absolute, bytes);
}

export function sourceFromBytes(tracked: string, absolute: string, bytes: Uint8Array): SourceFile {
    // Checked natively, then decoded without a second check: a third of the decoding's cost on a
    // tree of small files.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (!isUtf8(bytes)) {
        const line = lineOfInvalidUtf8(bytes);
        throw new FileError('not-utf8', `${tracked} is not valid UTF-8 text`, {
            file: tracked,
            line,
            hint: 'Save the file as UTF-8 (most editors offer "Save with encoding"), e.g. iconv -f latin1 -t utf-8.',
        });
    }
    // A BOM is not part of the text.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', bom ? 3 : 0);
    // Text that needs no normalising is exactly these bytes: they are checksummed as they are,
    // without encoding the text again (a temporary copy as big as the file: a big dump's COPY data).
    const sql = normaliseSql(text);
    return sql === text && !bom ? sourceOf(tracked, absolute, sql, checksumOf(bytes), bytes.length) : sourceFromText(tracked, absolute, sql, false);
}

export function sourceFromText(tracked: string, absolute: string, text: string, normalise: boolean): SourceFile {
    const sql = normalise ? normaliseSql(text) : text;
    return sourceOf(tracked, absolute, sql, checksumOf(sql), Buffer.byteLength(sql, 'utf8'));
}

function sourceOf(tracked: string, absolute: string, sql: string, checksum: string, sizeBytes: number): SourceFile {
    return { path: tracked, absolute, sql, checksum, sizeBytes, noTransaction: hasNoTransactionDirective(sql) };
}

export function checksumOf(sql: string | Uint8Array): string {
    return typeof sql === 'string' ? createHash('sha256').update(sql, 'utf8').digest('hex') : createHash('sha256').update(sql).digest('hex');
}

/** True when `-- noorm:no-transaction` appears among the file's leading comment lines. */
export function hasNoTransactionDirective(sql: string): boolean {
    for (const raw of sql.split('\n', 50)) {
        const line = raw.trim();
        if (line === '') continue;
        if (!line.startsWith('--')) return false;
        if (/^--\s*noorm:no-transaction\b/i.test(line)) return true;
    }
    return false;
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
    // Decode line by line until one fails; cheap enough for the error path.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 10) {
            try {
                UTF8.decode(bytes.subarray(start, i));
            } catch {
                return line;
            }
            line++;
            start = i + 1;
        }
    }
    return line;
}
