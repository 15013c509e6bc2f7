import { abortReason } from '../abort.js';
import type { DialectName } from '../config/types.js';
import { ScriptFailure, type Dialect, type PreparedScript, type ScriptSession } from '../dialect/types.js';
import { GeneratedSource, type SourceFile } from './source.js';
import { SqlBuffer, newlinesIn } from '../sql/buffer.js';

/**
 * Bytes per part when generated rows are sent in parts: small enough that the server is busy
 * with one part while the next is written, large enough that a part's fixed cost does not count.
 * Measured on Postgres with 100,000 rows: 512 KiB parts took 0.9–1.0 s, 256 KiB parts 1.2 s and
 * 1 MiB parts 1.1 s; a part of 8,000 rows kept the server busy hardly longer than one of 4,000.
 */
const PART_SIZE = 512 * 1024;

/**
 * A template's output that goes to the server in parts, written as it is sent: its text parts were
 * read by the dialect before anything ran, and its generated statements are complete INSERTs.
 */
class ScriptInParts implements PreparedScript {
    constructor(
        readonly dialect: DialectName,
        readonly source: GeneratedSource,
    ) {}
}

/**
 * The dialect's reading of a file. A template's generated rows are sent in parts where the
 * dialect can tell that cutting the script there changes nothing; otherwise, and for every other
 * file, the script is read and sent whole.
 */
export function prepareSource(dialect: Dialect, source: SourceFile, transaction: boolean): PreparedScript {
    if (!(source instanceof GeneratedSource) || !canSendInParts(dialect, source)) return dialect.prepareScript(source.sql, { transaction });
    source.parts.forEach((part, index) => {
        if (typeof part !== 'string') return;
        try {
            dialect.prepareScript(part, { transaction });
        } catch (error) {
            throw atLine(error, linesBefore(source, index) + 1);
        }
    });
    return new ScriptInParts(dialect.name, source);
}

/**
 * Runs a prepared script on a session. A script in parts is written part by part, the next while
 * the server runs the one before; a failure names its line in the whole rendered SQL.
 */
export async function executeScript(session: ScriptSession, dialect: Dialect, script: PreparedScript, options: { transaction: boolean; signal?: AbortSignal }): Promise<void> {
    if (!(script instanceof ScriptInParts)) return session.execute(script);
    let line = 1;
    let running: Promise<void> | undefined;
    try {
        // Apart where generated statements can go unread (a session that can send them in a transaction).
        const apart = Boolean(options.transaction && session.executeGenerated);
        for await (const piece of script.source.pieces(PART_SIZE, apart)) {
            const from = line;
            const continues = !piece.last;
            // Generated statements go as they are where the session takes them so (in a transaction:
            // outside one a reader must split them); anything else is read while the part before
            // runs, and a part that fails here is reported after that one.
            let send: () => Promise<void>;
            if (piece.generated && options.transaction && session.executeGenerated) {
                send = () => session.executeGenerated!(piece.bytes, { continues });
            } else {
                let prepared: PreparedScript;
                try {
                    prepared = dialect.prepareScript(piece.bytes.toString('utf8'), { transaction: options.transaction });
                } catch (error) {
                    throw atLine(error, from);
                }
                send = () => session.execute(prepared, { continues });
            }
            if (running) await running;
            if (options.signal?.aborted) throw abortReason(options.signal);
            running = Promise.resolve()
                .then(send)
                .catch((error: unknown) => {
                    throw atLine(error, from);
                });
            // Awaited before the next part is sent; until then a failure must not count as unhandled.
            running.catch(() => undefined);
            line += newlinesIn(piece.bytes);
        }
    } catch (error) {
        // Writing the next part failed while one was running: that one ends first (its own
        // failure, earlier in the file, is the one to report), so the session is idle again.
        if (running) await running;
        throw error;
    }
    await running;
}

function canSendInParts(dialect: Dialect, source: GeneratedSource): boolean {
    if (!dialect.endsAtStatementBoundary) return false;
    // Generated statements end in `;\n`: only text followed by more parts has to be checked.
    return source.parts.every((part, index) => typeof part !== 'string' || index === source.parts.length - 1 || dialect.endsAtStatementBoundary!(part));
}

/** A failure inside a part, with its line counted in the whole script (the part starts at `from`). */
function atLine(error: unknown, from: number): unknown {
    if (!(error instanceof ScriptFailure) || error.line === undefined || from === 1) return error;
    return new ScriptFailure(error.message, error.line + from - 1, error.cause, error.hint);
}

/** Lines of the script before part `index` (the generated ones written out to count them). */
function linesBefore(source: GeneratedSource, index: number): number {
    let lines = 0;
    source.parts.slice(0, index).forEach((part) => {
        if (typeof part === 'string') lines += newlines(part);
        else {
            const out = new SqlBuffer();
            for (const _ of part.write(out)) {
                lines += newlinesIn(out.bytes());
                out.shift();
            }
        }
    });
    return lines;
}

function newlines(text: string): number {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    return count;
}
