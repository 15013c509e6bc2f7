import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { messageOf } from '../../errors.js';
import { makeLineCounter } from '../script-text.js';
import { RecordFailure, ScriptFailure, ServerExpression, type ScriptSession, type ScriptSessionOptions } from '../types.js';
import { connectError } from './postgres-client.js';
import { copyFailure, runWithCopies, streamCopy } from './postgres-copy.js';
import { blankedText, endsAtPostgresStatementBoundary, offsetOfPosition, scanPostgresScript, type PgStatement, type PostgresScript } from './postgres-script.js';
import { countedQuery } from './postgres-wire.js';

/**
 * The one connection scripts run on. A file costs three round trips: BEGIN with the script; then
 * noorm's tracking rows with the COMMIT, after resetting the role and settings the file may have
 * changed (so the rows are written as noorm, not as whatever the file became); then the rest of
 * what DISCARD ALL does, so the next file starts on a clean session.
 */
export class ScriptConnection {
    private client: pg.Client | null = null;
    /** ReadyForQuery's transaction status after the last query: I idle, T in a block, E failed block. */
    private status = 'I';
    private busy: Promise<unknown> = Promise.resolve();
    /** The connection being opened, so that two callers share one. */
    private connecting: Promise<pg.Client> | null = null;

    constructor(
        private readonly pgModule: typeof pg,
        private readonly config: pg.ClientConfig,
        private readonly target: string,
    ) {}

    /** `main` runs noorm's rows for files without a transaction: the script's session may be in any state. */
    session<T>(options: ScriptSessionOptions, fn: (session: ScriptSession) => Promise<T>, main: pg.Pool): Promise<T> {
        // Files run one after another; should two sessions ever overlap, the second waits.
        const run = this.busy.then(() => this.run(options, fn, main));
        this.busy = run.catch(() => undefined);
        return run;
    }

    async close(): Promise<void> {
        await this.connecting?.catch(() => undefined);
        const client = this.client;
        this.client = null;
        await client?.end().catch(() => undefined);
    }

    /** Starts opening the connection; a failure is left for the next use, which tries again. */
    openEarly(): void {
        this.connect().catch(() => undefined);
    }

    /** Opens the connection now and returns its server process id. */
    async ensureConnected(): Promise<number | null> {
        await this.connect();
        return this.backendPid();
    }

    /** The server process of the script session, to cancel its statement. */
    backendPid(): number | null {
        return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
    }

    private connect(): Promise<pg.Client> {
        if (this.client) return Promise.resolve(this.client);
        this.connecting ??= this.open().finally(() => {
            this.connecting = null;
        });
        return this.connecting;
    }

    private async open(): Promise<pg.Client> {
        const client = new this.pgModule.Client(this.config);
        this.status = 'I';
        // Dropped while idle (a FATAL such as idle_session_timeout arrives as an error before the
        // end; a server or proxy may just close it): the next file opens a new one.
        const forget = () => {
            if (this.client === client) this.client = null;
        };
        client.on('error', forget);
        client.on('end', forget);
        try {
            await client.connect();
            (client as unknown as { connection: NodeJS.EventEmitter }).connection.on('readyForQuery', (message: { status?: string }) => {
                this.status = message.status ?? 'I';
            });
        } catch (error) {
            await client.end().catch(() => undefined);
            throw connectError(error, this.target);
        }
        this.client = client;
        return client;
    }

    private async discard(client: pg.Client): Promise<void> {
        this.client = null;
        await client.end().catch(() => undefined);
    }

    private async run<T>(options: ScriptSessionOptions, fn: (session: ScriptSession) => Promise<T>, main: pg.Pool): Promise<T> {
        const { transaction } = options;
        const client = await this.connect();
        // In a transaction, noorm's own rows are sent with the COMMIT, in the same round trip.
        const deferred: string[] = [];
        let begun = false;
        // A file of a session of one file, held back to go in the COMMIT's query too: BEGIN, the
        // file, noorm's rows, COMMIT and the reset, all in one round trip.
        let held: PostgresScript | null = null;
        const sendHeld = async () => {
            if (!held) return;
            const script = held;
            held = null;
            begun = true;
            await executeScript(this.pgModule, client, script, 'BEGIN;\n', 1);
        };
        const session: ScriptSession = {
            execute: async (script, executeOptions) => {
                const prepared = script as PostgresScript;
                await sendHeld();
                if (options.oneFile && transaction && !begun && !executeOptions?.continues && canHold(prepared)) {
                    held = prepared;
                    return;
                }
                if (prepared.oneByOne) {
                    await executeScript(this.pgModule, client, prepared, '', 0);
                    if (!executeOptions?.continues && this.status !== 'I') {
                        throw new ScriptFailure(
                            'The file left a transaction open (a BEGIN without its COMMIT); it was rolled back',
                            undefined,
                            undefined,
                            'End every transaction the file opens, or leave transactions to noorm by removing `-- noorm:no-transaction`.',
                        );
                    }
                    return;
                }
                const prefix = transaction && !begun ? 'BEGIN;\n' : '';
                begun = true;
                return executeScript(this.pgModule, client, prepared, prefix, prefix ? 1 : 0);
            },
            executeGenerated: async (sql) => {
                await sendHeld();
                const prefix = transaction && !begun ? 'BEGIN;\n' : '';
                begun = true;
                const { completed, error } = await countedQuery(this.pgModule, client, { prefix, sql });
                if (error) {
                    // Read only now, to name the failing line; only scanned, so nothing here can hide the server's error.
                    const text = sql.toString('utf8');
                    const statements = scanPostgresScript(text).statements;
                    const failed = completed - (prefix ? 1 : 0);
                    const script: PostgresScript = { dialect: 'postgres', text, statements, oneByOne: false };
                    throw scriptFailure(error, script, { prefix: prefix.length, base: 0 }, failed >= 0 ? statements[failed]?.line : undefined);
                }
            },
            run: async (query: CompiledQuery) => {
                if (transaction) deferred.push(inlineParameters(client, query));
                else await main.query(query.sql, query.parameters as unknown[]);
            },
            // Sent with its rows, a file is timed by the server: from the query's start to the row.
            recordedDuration: () => (held ? HELD_FILE_DURATION : undefined),
        };
        let result: T;
        try {
            result = await fn(session);
            if (transaction) {
                // One round trip: noorm's rows (as noorm, not as whatever role the file set), the
                // COMMIT, then the reset for the next file, which may follow a COMMIT in one query;
                // with the held file and its BEGIN in front.
                const file = held as PostgresScript | null;
                held = null;
                const head = [begun || file ? '' : 'BEGIN', ...RESET_ROLE_AND_SETTINGS, ...deferred, 'COMMIT'].filter(Boolean);
                const tail = [...head, ...RESET_AFTER_ROWS].join(';\n');
                const { completed, error } = await countedQuery(this.pgModule, client, file ? `BEGIN;\n${file.text}\n;\n${tail}` : tail);
                // A failure among noorm's rows (after the file's SQL, before the COMMIT) is noorm's to report.
                const offset = file ? 1 + file.statements.length : 0;
                const rows = offset + head.length - 1 - deferred.length;
                if (error && completed >= rows && completed < offset + head.length - 1) throw new RecordFailure(error);
                if (error && file) {
                    // Counting completed statements tells whether the file failed (at which line) or noorm's part did.
                    const failed = completed - 1;
                    if (failed < file.statements.length) throw scriptFailure(error, file, { prefix: 'BEGIN;\n'.length, base: 0 }, file.statements[Math.max(0, failed)]?.line);
                    if (completed < 1 + file.statements.length + head.length) throw error;
                } else if (error && completed < head.length) throw error;
                // Committed; only the reset failed: the session is not used again.
                if (error) await this.discard(client);
                return result;
            }
        } catch (error) {
            if (this.status !== 'I') {
                try {
                    await client.query('ROLLBACK');
                } catch {
                    await this.discard(client);
                    throw error;
                }
            }
            await this.reset(client);
            throw error;
        }
        await this.reset(client);
        return result;
    }

    /** What DISCARD ALL does, in one round trip outside any transaction. */
    private async reset(client: pg.Client): Promise<void> {
        if (this.client !== client) return;
        try {
            await client.query(RESET_SESSION.join(';\n'));
        } catch {
            // A session that cannot be reset is not used again.
            await this.discard(client);
        }
    }
}

/** Files bigger than this go on their own: reading them for a boundary costs more than the round trip saves. */
const HOLD_LIMIT = 256 * 1024;

/** What the server measures for a file sent with its row: from the start of the query to the row. */
const HELD_FILE_DURATION = new ServerExpression('round(extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000)::integer');

/**
 * A file that can share its query with what follows: one plain query (no COPY data, not statement
 * by statement), small, and leaving nothing open, so noorm's statements after it stay statements.
 */
function canHold(script: PostgresScript): boolean {
    return !script.oneByOne && !script.copies && script.text.length <= HOLD_LIMIT && endsAtPostgresStatementBoundary(script.text + '\n;');
}

/** What a file may have changed that noorm's rows must not run under: its role and its settings. */
const RESET_ROLE_AND_SETTINGS = ['SET SESSION AUTHORIZATION DEFAULT', 'RESET ALL'];

/** The statements DISCARD ALL stands for (it cannot share a query with another statement). */
const RESET_SESSION = [
    'CLOSE ALL',
    'SET SESSION AUTHORIZATION DEFAULT',
    'RESET ALL',
    'DEALLOCATE ALL',
    'UNLISTEN *',
    'SELECT pg_advisory_unlock_all()',
    'DISCARD PLANS',
    'DISCARD TEMP',
    'DISCARD SEQUENCES',
];

/** The rest of the reset once the role and settings were reset before the rows, which committed with them. */
const RESET_AFTER_ROWS = RESET_SESSION.filter((statement) => !RESET_ROLE_AND_SETTINGS.includes(statement));

/** A compiled query of noorm's own ($1, $2, … placeholders) as literal SQL for a simple query. */
function inlineParameters(client: pg.ClientBase, query: CompiledQuery): string {
    return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
        const value = query.parameters[Number(n) - 1];
        if (value === null || value === undefined) return 'NULL';
        if (typeof value === 'number' && Number.isFinite(value)) return String(value);
        if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
        if (value instanceof Date) return client.escapeLiteral(value.toISOString());
        if (value instanceof ServerExpression) return value.sql;
        return client.escapeLiteral(String(value));
    });
}

/**
 * Runs a prepared script. `prefix` holds statements sent in the same query before it (BEGIN, a
 * session setting): `prefixStatements` of them, whose length the error positions skip.
 */
async function executeScript(pgModule: typeof pg, client: pg.ClientBase, script: PostgresScript, prefix: string, prefixStatements: number): Promise<void> {
    if (script.oneByOne) {
        // Outside a transaction psql sends each statement on its own, so VACUUM, CREATE INDEX
        // CONCURRENTLY and friends run; one multi-statement query would be one implicit transaction.
        for (const statement of script.statements) {
            const text = script.text.slice(statement.start, statement.end);
            if (statement.copy) {
                await streamCopy(client, text, script.text, statement.copy).catch((error: unknown) =>
                    Promise.reject(copyFailure(error, script.text, statement.copy!, statement.line)),
                );
                continue;
            }
            try {
                await client.query(text);
            } catch (error) {
                throw scriptFailure(error, script, { prefix: 0, base: statement.start }, statement.line);
            }
        }
        return;
    }
    if (script.copies) {
        const blanks = script.copies;
        return runWithCopies(client, script.text, script.statements, prefix, (from, to, statements, head) =>
            sendPart(pgModule, client, script, { text: blankedText(script.text, from, to, blanks), base: from, statements }, head, head ? prefixStatements : 0),
        );
    }
    return sendPart(pgModule, client, script, { text: script.text, base: 0, statements: script.statements }, prefix, prefixStatements);
}

/**
 * Sends `part` of a script (its text from offset `base`, holding `statements`) as one
 * simple-protocol query: $$ bodies, DO blocks and many statements run as psql would run them, in
 * one round trip. Counting completed statements tells which one failed.
 */
async function sendPart(
    pgModule: typeof pg,
    client: pg.ClientBase,
    script: PostgresScript,
    part: { text: string; base: number; statements: readonly PgStatement[] },
    prefix: string,
    prefixStatements: number,
): Promise<void> {
    const { completed, error } = await countedQuery(pgModule, client, prefix + part.text);
    if (error) {
        const failed = completed - prefixStatements;
        throw scriptFailure(error, script, { prefix: prefix.length, base: part.base }, failed >= 0 ? part.statements[failed]?.line : undefined);
    }
}

/**
 * A server error as a ScriptFailure at the right line: the server's position where it gives one.
 * The query sent was `prefix` (ASCII) followed by the script from offset `base`.
 */
function scriptFailure(error: unknown, script: PostgresScript, sent: { prefix: number; base: number }, fallbackLine: number | undefined): ScriptFailure {
    const e = error as Partial<pg.DatabaseError>;
    let line = fallbackLine;
    const position = Number(e.position) - sent.prefix;
    if (e.position && position >= 1) line = makeLineCounter(script.text)(offsetOfPosition(script.text, position, sent.base));
    const detail = e.detail ? ` (${e.detail})` : '';
    const where = e.where && !e.position ? ` [${e.where.split('\n')[0]}]` : '';
    const hints = [e.hint, e.code === '25001' ? NO_TRANSACTION_HINT : undefined].filter(Boolean).join(' ');
    return new ScriptFailure(`${messageOf(error)}${detail}${where}`, line, error, hints || undefined);
}

const NO_TRANSACTION_HINT = 'Put `-- noorm:no-transaction` on the first line of this file so it runs outside a transaction, statement by statement, as psql runs it.';
