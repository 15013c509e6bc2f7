import type { ColumnDefinitionBuilder, CompiledQuery, CreateTableBuilder, Kysely, RawBuilder } from 'kysely';
import type { ConnectionSettings, DialectName } from '../config/types.js';
import type { TrackingDatabase } from '../tracking/schema.js';

/**
 * What differs between databases, as flags with safe defaults. The runner reads these flags and
 * never a dialect's name.
 */
export interface DialectCapabilities {
    /** DDL is transactional: a unit of work (a file, a changeset) can be all-or-nothing. */
    transactionalDdl: boolean;
    /** `CREATE TABLE IF NOT EXISTS` is valid (not in T-SQL); default true. */
    createTableIfNotExists?: boolean;
    /** Connecting creates the database when it is missing (an SQLite file); default false. */
    connectCreatesDatabase?: boolean;
    /** A query's first rows are `SELECT TOP (n)` (T-SQL), not `LIMIT n`; default false. */
    selectTop?: boolean;
}

/** A column type as Kysely's schema builder takes it (a type name or a raw `sql` expression). */
export type DataTypeExpression = Parameters<CreateTableBuilder<string, never>['addColumn']>[1];

/** Column types and time expressions for noorm's own tracking tables on one database. */
export interface TrackingSql {
    /** The auto-increment primary key column (`SERIAL`, `AUTO_INCREMENT`, `IDENTITY`, ...). */
    id: { type: DataTypeExpression; build: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder };
    timestamp: DataTypeExpression;
    /** Default for `executed_at`; CURRENT_TIMESTAMP unless the column type needs another spelling. */
    defaultNow?: RawBuilder<unknown>;
    json: DataTypeExpression;
    /** Unbounded text (error messages, file lists). */
    text: DataTypeExpression;
    /** The server's current time, in UTC, in the representation of `timestamp`. */
    now(): RawBuilder<Date | string>;
    /** A time as a parameter compared with `timestamp` columns, where a Date is not one (zoneless text). */
    timeValue?(time: Date): string;
    /**
     * Where `timestamp` has no zone and the column default (CURRENT_TIMESTAMP) is in the session's
     * time zone (MySQL): the session's offset from UTC, and a column shifted by some seconds. The
     * upgrade from tracking v1, which left times to the default, uses it to make them UTC.
     */
    sessionZone?: {
        offsetSeconds(): RawBuilder<{ utc_offset: number | string }>;
        shift(column: string, seconds: number): RawBuilder<Date | string>;
    };
    /** The server's current time plus some seconds. */
    nowPlusSeconds(seconds: number): RawBuilder<Date | string>;
}

/**
 * A lock owned by one server session and released by the server the moment that session ends
 * (Postgres advisory lock, MySQL named lock, SQL Server application lock). noorm's lock holder
 * keeps one for the whole run, so the next run can tell a crashed holder from a live one at once.
 */
export interface SessionLockSql {
    /** Takes the lock without waiting: one row, `ok` truthy when taken. */
    tryAcquire(name: string): RawBuilder<{ ok: unknown }>;
    release(name: string): RawBuilder<unknown>;
    /** One row, `held` truthy while any session holds the lock. */
    isHeld(name: string): RawBuilder<{ held: unknown }>;
    /** This session's id on the server (backend pid, connection id, session id). */
    sessionId(): RawBuilder<{ id: unknown }>;
    /**
     * The crashed run's script session (recorded as `id`, locked at `lockedAt`) if it is still on
     * the server: a row with the id to end. Ids get reused: never name a stranger's session.
     */
    findSession(id: string, lockedAt: string): RawBuilder<{ id: unknown }>;
    /**
     * Ends that session (and rolls back its statement): used on the script session of a run that
     * crashed, whose statement could otherwise keep running on the server after the run is gone.
     */
    endSession(id: string): RawBuilder<unknown>;
}

export interface ConnectOptions {
    /** Project root: relative SQLite files are resolved against it. */
    root: string;
    /**
     * Never write, never create: a dry run connects this way. A database that does not exist yet is
     * reported through `exists: false` instead of being created.
     */
    readOnly?: boolean;
}

/** The logical types templates may ask for, and this database's name for each. */
export interface LogicalTypes {
    text: string;
    int: string;
    bigint: string;
    bool: string;
    json: string;
    timestamp: string;
    uuid: string;
    /** An auto-incrementing integer column type (add PRIMARY KEY as usual). */
    serial: string;
}

/** A database dialect: one module per database under `src/core/dialect/<db>/`. */
export interface Dialect {
    readonly name: DialectName;
    readonly capabilities: DialectCapabilities;
    readonly tracking: TrackingSql;
    /** Absent where the server has no sessions (SQLite): the lock then checks the holder's process. */
    readonly sessionLock?: SessionLockSql;
    /** Quotes a name (database, schema, table) as an identifier of this database. */
    quoteIdentifier(name: string): string;
    /** A value as a SQL literal of this database (templates' `escape()`). */
    quoteLiteral(value: unknown): string;
    /** Common logical types in this database's words (templates' `types`). */
    readonly logicalTypes: LogicalTypes;
    /**
     * Reads a script the way the database's own client would (statement boundaries, client
     * directives) without running anything. Throws ScriptFailure for what cannot run (a psql
     * meta-command, a transaction statement inside noorm's transaction), so the whole run is
     * refused before its first file executes.
     */
    prepareScript(sql: string, options: { transaction: boolean }): PreparedScript;
    /**
     * True when the script holds a statement, as the database's reader finds them: a file of only
     * comments, blank lines and lone semicolons has none (a changeset of such files is refused).
     */
    hasStatement(sql: string): boolean;
    /**
     * True when `text` leaves nothing open for what follows it (every statement terminated, no
     * string or comment, no client delimiter change), so what follows can be sent as a script of its
     * own with the same effect: a template's generated rows are then sent in parts. Absent where a
     * script must reach the server as one batch (T-SQL: a batch's variables end with it).
     */
    endsAtStatementBoundary?(text: string): boolean;
    connect(settings: ConnectionSettings, options: ConnectOptions): Promise<DialectConnection>;
    /**
     * Reaches the server itself (through its maintenance database), for `db create`, `db destroy`
     * and `db wait`. Throws ConnectError when the server does not answer.
     */
    connectServer(settings: ConnectionSettings, options: ConnectOptions): Promise<ServerAdmin>;
    /** Refuses a database name this server cannot hold (length, characters), naming the problem. */
    validateDatabaseName(name: string): void;
}

/** Server-level operations. Names are always quoted as identifiers, never spliced in as SQL. */
export interface ServerAdmin {
    databaseExists(name: string): Promise<boolean>;
    createDatabase(name: string): Promise<void>;
    /** Drops it, ending other sessions on it where the server allows. */
    dropDatabase(name: string): Promise<void>;
    close(): Promise<void>;
}

/** A script as its dialect prepared it; only that dialect's sessions look inside. */
export interface PreparedScript {
    readonly dialect: DialectName;
    /** What the dialect's reader wants said about the file (see ScriptNote). */
    readonly notes?: readonly ScriptNote[];
}

/**
 * Something the reader decided about a file that the output must say: the file's own BEGIN …
 * COMMIT taken as noorm's transaction, the rows a COPY would load.
 */
export interface ScriptNote {
    line: number;
    /** Said when the file runs; absent when only a dry run says something. */
    run?: string;
    /** Said in a dry run instead of running the file. */
    plan: string;
}

/** noorm's connection to one database. */
export interface DialectConnection {
    readonly dialect: Dialect;
    /** Runs noorm's own queries (tracking tables, lock). */
    readonly db: Kysely<TrackingDatabase>;
    /** Schema (or database) the tracking tables live in, so a script changing its session cannot move them. */
    readonly trackingSchema: string;
    /** Human description of the target without secrets, e.g. `sqlite ./app.sqlite`. */
    readonly target: string;
    /** False only for a read-only connection to a database that does not exist yet. */
    readonly exists: boolean;
    /** Which of `names` exist as tables where the tracking tables live (one query for all). */
    existingTables(names: readonly string[]): Promise<Set<string>>;
    /**
     * Runs `fn` on a session of its own: all statements of one file run on one connection, and
     * whatever the file does to its session (settings, temp tables, current schema) is gone before
     * noorm's next query or the next file. With `transaction`, the script and the tracking rows
     * written through `session.run` commit or roll back together.
     */
    withScriptSession<T>(options: ScriptSessionOptions, fn: (session: ScriptSession) => Promise<T>): Promise<T>;
    /**
     * Asks the server to cancel the statement a script session is running (on SIGINT/SIGTERM), so
     * its unit rolls back instead of running to the end. Absent where a statement cannot be
     * interrupted (SQLite runs it in-process to completion).
     */
    cancelRunning?(): Promise<void>;
    /** The server session id of the connection scripts run on (opening it if needed), where there is one. */
    scriptSessionId?(): Promise<string | null>;
    /**
     * Starts opening the connection scripts run on, once it is clear the command will run some, so
     * it is ready by the time noorm's own work is done. Failures surface when it is used. Absent
     * where that session is not free to open early (MySQL's holds a named lock of its own).
     */
    openScriptSession?(): void;
    close(): Promise<void>;
}

export interface ScriptSessionOptions {
    transaction: boolean;
    /**
     * The session runs one file, then writes its tracking rows (`run build|dir|file`): the dialect
     * may send the file and its rows to the server together, in one round trip.
     */
    oneFile?: boolean;
}

/**
 * A value of a tracking row that the server works out as it writes the row, in the dialect's own
 * SQL: the duration of a file sent together with its row (the session cannot time what it has not
 * sent yet). Only the dialect session that handed it out reads it.
 */
export class ServerExpression {
    constructor(readonly sql: string) {}
}

export interface ScriptSession {
    /**
     * Runs a prepared script as the database's own client would. Throws ScriptFailure. With
     * `continues`, more of the same file follows on this session (a file sent in parts): the checks
     * of a file's end (a transaction it left open) wait for its last part.
     */
    execute(script: PreparedScript, options?: { continues?: boolean }): Promise<void>;
    /**
     * Runs complete statements generated by insertRows(), given as UTF-8 text, in the file's
     * transaction, without reading them first or making them a string: a big seed is sent from the
     * bytes it was written into. Throws ScriptFailure with the line within `sql`. Optional: without
     * it the runner reads them with `prepareScript` and uses `execute`.
     */
    executeGenerated?(sql: Buffer, options?: { continues?: boolean }): Promise<void>;
    /**
     * Runs one of noorm's own queries (built with `DialectConnection.db`) as part of this file's
     * unit: inside its transaction when it has one, so both commit together; otherwise on a session
     * the script cannot have changed (noorm's own connection, or this one once it has been reset).
     * The dialect may send it later than called, but before the session ends.
     */
    run(query: CompiledQuery): Promise<void>;
    /**
     * The duration a file's tracking row should record when this session sends the file together
     * with that row (`oneFile`): measured by the server. Undefined when the file already ran (the
     * runner's own measure is right then).
     */
    recordedDuration?(): ServerExpression | undefined;
}

/**
 * A script failed, or cannot run. `line` is 1-based within the script where the database or the
 * dialect's reader can tell; the runner adds the file path.
 */
/**
 * One of noorm's own queries given to `ScriptSession.run` in a transaction failed, once the
 * script had run (where a dialect sends them with the COMMIT, when it sent them): the unit rolled
 * back for noorm's row, not for the script's SQL.
 */
export class RecordFailure extends Error {
    constructor(cause: unknown) {
        super(cause instanceof Error ? cause.message : String(cause), { cause });
        this.name = 'RecordFailure';
    }
}

export class ScriptFailure extends Error {
    readonly line: number | undefined;
    readonly hint: string | undefined;
    constructor(message: string, line: number | undefined, cause: unknown, hint?: string) {
        super(message, { cause });
        this.name = 'ScriptFailure';
        this.line = line;
        this.hint = hint;
    }
}
