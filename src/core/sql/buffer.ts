/**
 * SQL text written as UTF-8 bytes into one growing buffer, outside V8's heap. Generated seeds are
 * written here a few rows at a time, so their statements do not wait in the heap until their part
 * is sent: such strings outlived garbage collections and piled up in the old generation until the
 * next full one, and peak memory grew with the seed (400,000 CSV rows on Postgres: 167–192 MB
 * before, 145–147 MB written this way).
 */
export class SqlBuffer {
    private buffer: Buffer;
    private used = 0;

    constructor(capacity = 64 * 1024) {
        this.buffer = Buffer.allocUnsafe(capacity);
    }

    get length(): number {
        return this.used;
    }

    write(text: string): void {
        // A UTF-16 unit is at most three UTF-8 bytes; the exact length only when that may not fit.
        if (text.length * 3 > this.buffer.length - this.used) {
            const needed = this.used + Buffer.byteLength(text, 'utf8');
            if (needed > this.buffer.length) {
                const grown = Buffer.allocUnsafe(Math.max(needed, 2 * this.buffer.length));
                this.buffer.copy(grown, 0, 0, this.used);
                this.buffer = grown;
            }
        }
        this.used += this.buffer.write(text, this.used, 'utf8');
    }

    /** The bytes written so far, or the first `end` of them (valid until the next write). */
    bytes(end = this.used): Buffer {
        return this.buffer.subarray(0, end);
    }

    /** The text of the first `end` bytes. */
    text(end = this.used): string {
        return this.buffer.toString('utf8', 0, end);
    }

    /** Drops the first `end` bytes; what was written after them moves to the front. */
    shift(end = this.used): void {
        if (end < this.used) this.buffer.copyWithin(0, end, this.used);
        this.used -= end;
    }
}

/** Line breaks in UTF-8 bytes. */
export function newlinesIn(bytes: Uint8Array): number {
    let count = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) count++;
    return count;
}
