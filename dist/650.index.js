export const id = 650;
export const ids = [650];
export const modules = {

/***/ 34963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ connectTimeoutMs),
/* harmony export */   Pc: () => (/* binding */ CREDENTIALS_HINT),
/* harmony export */   rW: () => (/* binding */ MISSING_DATABASE_HINT),
/* harmony export */   vZ: () => (/* binding */ connectFailure)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30983);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);


/** The connect timeout of these settings, in the milliseconds drivers take. */
function connectTimeoutMs(settings) {
    return Math.max(1, Math.round((settings.connectTimeoutSeconds ?? _config_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONNECT_TIMEOUT_SECONDS */ .R) * 1000));
}
const TIMEOUT_HINT = 'The server did not answer within the connect timeout: check host, port and firewalls, or allow longer with --connect-timeout or NOORM_CONNECT_TIMEOUT.';
/** Hints for the network failures every server dialect meets. */
const NETWORK_HINTS = {
    ECONNREFUSED: 'Is the server running and listening on that host and port?',
    ENOTFOUND: 'Check the host name.',
    ETIMEDOUT: TIMEOUT_HINT,
    ETIMEOUT: TIMEOUT_HINT,
};
const CREDENTIALS_HINT = 'Check the user and password: --user and --password, NOORM_USER and NOORM_PASSWORD, or the URL.';
const MISSING_DATABASE_HINT = 'Create the database first (noorm db create), or check --database.';
/**
 * A failure to reach the database as exit 5, with a hint chosen by the driver's error code. The
 * driver's message names the user at most, never the password. `serverAnswered`: the dialect
 * recognised an error sent by the server itself (the server is up, waiting longer will not help).
 */
function connectFailure(error, target, hints, serverAnswered) {
    // Already mapped on the way up (a pool's connect callback): wrapping it again would repeat its prefix.
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnectError */ .T$)
        return error;
    const code = error.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnectError */ .T$('connect-failed', `Cannot connect to ${target}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) || code || 'unknown error'}`, {
        // pg's own timeout carries no code, only its message.
        hint: (code && (hints[code] ?? NETWORK_HINTS[code])) ||
            (!code && /\btimeout\b/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)) ? TIMEOUT_HINT : undefined) ||
            'Check the connection settings (--url or NOORM_HOST, NOORM_PORT, NOORM_DATABASE, NOORM_USER).',
        cause: error,
        serverAnswered,
    });
}
//# sourceMappingURL=connect-error.js.map

/***/ }),

/***/ 92969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ checkDatabaseName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/**
 * The checks every server shares for a database name: not empty, no NUL, within the server's
 * length limit. Everything else (quotes, semicolons, spaces) is allowed: names are always quoted
 * as identifiers, so they stay literal names.
 */
function checkDatabaseName(name, limit) {
    if (name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('invalid-database-name', 'The database name is empty', { hint: 'Set --database or NOORM_DATABASE.' });
    if (name.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('invalid-database-name', 'The database name holds a NUL character');
    const length = limit.unit === 'bytes' ? Buffer.byteLength(name, 'utf8') : [...name].length;
    if (length > limit.max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('invalid-database-name', `The database name is ${length} ${limit.unit} long; ${limit.server} allows at most ${limit.max}`);
    }
}
//# sourceMappingURL=database-name.js.map

/***/ }),

/***/ 61089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eM: () => (/* binding */ utcDateTime),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   hI: () => (/* binding */ standardString),
/* harmony export */   uh: () => (/* binding */ hex)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

function literal(value, style) {
    if (value === null || value === undefined)
        return 'NULL';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('bad-literal', `escape(): ${value} has no SQL literal`);
        return String(value);
    }
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'boolean')
        return style.boolean(value);
    if (typeof value === 'string')
        return style.string(value);
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('bad-literal', 'escape(): an invalid Date has no SQL literal');
        return style.date(value);
    }
    if (value instanceof Uint8Array)
        return style.bytes(value);
    return style.string(JSON.stringify(value));
}
/** `'text'` with quotes doubled: the SQL standard's string literal. */
function standardString(value) {
    if (value.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('bad-literal', 'escape(): text with a NUL character cannot be a SQL string literal');
    // Most values hold no quote: skip the replace (seeds write hundreds of thousands of these).
    return value.includes("'") ? `'${value.replace(/'/g, "''")}'` : `'${value}'`;
}
function hex(value) {
    return Buffer.from(value).toString('hex');
}
/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC. */
function utcDateTime(value, separator = ' ') {
    return value.toISOString().replace('T', separator).replace('Z', '');
}
//# sourceMappingURL=literal.js.map

/***/ }),

/***/ 47650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postgresDialect: () => (/* binding */ postgresDialect)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/kysely/dist/raw-builder/sql.js + 1 modules
var sql = __webpack_require__(20189);
// EXTERNAL MODULE: ./lib/core/dialect/database-name.js
var database_name = __webpack_require__(92969);
// EXTERNAL MODULE: ./lib/core/dialect/literal.js
var literal = __webpack_require__(61089);
// EXTERNAL MODULE: ./lib/core/dialect/registry.js
var registry = __webpack_require__(14775);
// EXTERNAL MODULE: ./lib/core/dialect/connect-error.js
var connect_error = __webpack_require__(34963);
// EXTERNAL MODULE: ./lib/core/dialect/tls.js
var dialect_tls = __webpack_require__(74835);
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-client.js


/** Connection settings for the pg driver, without the database. */
function baseClientConfig(settings, options) {
    const tls = (0,dialect_tls/* tlsSettings */.B)(settings, options.root);
    const ssl = !tls.enabled
        ? false
        : {
            rejectUnauthorized: tls.verifyChain,
            ...(tls.ca ? { ca: tls.ca } : {}),
            ...(tls.verifyHost ? {} : { checkServerIdentity: () => undefined }),
        };
    return {
        host: settings.host ?? '127.0.0.1',
        port: settings.port ?? 5432,
        ...(settings.user !== undefined ? { user: settings.user } : {}),
        ...(settings.password !== undefined ? { password: settings.password } : {}),
        ssl,
        connectionTimeoutMillis: (0,connect_error/* connectTimeoutMs */.Ir)(settings),
        application_name: 'noorm',
    };
}
/** A name as a PostgreSQL identifier. */
function quotePostgresIdentifier(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function connectError(error, target) {
    return (0,connect_error/* connectFailure */.vZ)(error, target, {
        '28P01': connect_error/* CREDENTIALS_HINT */.Pc,
        '28000': "The server refused this user from this host: check the user and password (--user and --password, NOORM_USER and NOORM_PASSWORD, or the URL) and the server's pg_hba.conf.",
        '3D000': connect_error/* MISSING_DATABASE_HINT */.rW,
    }, isServerError(error));
}
/** A SQLSTATE code means the server itself answered. */
function isServerError(error) {
    const code = error.code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
//# sourceMappingURL=postgres-client.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-admin.js


/** The server itself, through its maintenance database: `db create`, `db destroy`, `db wait`. */
async function connectPostgresServer(settings, options) {
    const { default: pgModule } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849));
    const target = (0,registry/* describeTarget */.ff)(settings);
    // The maintenance database; template1 where a server has no `postgres` database.
    let client = null;
    for (const database of ['postgres', 'template1']) {
        const candidate = new pgModule.Client({ ...baseClientConfig(settings, options), database });
        candidate.on('error', () => undefined);
        try {
            await candidate.connect();
            client = candidate;
            break;
        }
        catch (error) {
            await candidate.end().catch(() => undefined);
            if (error.code !== '3D000' || database === 'template1')
                throw connectError(error, target);
        }
    }
    const admin = client;
    const quote = quotePostgresIdentifier;
    return {
        async databaseExists(name) {
            return (await admin.query('SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1', [name])).rows.length > 0;
        },
        async createDatabase(name) {
            await admin.query(`CREATE DATABASE ${quote(name)}`);
        },
        async dropDatabase(name) {
            const version = Number((await admin.query("SELECT current_setting('server_version_num') AS v")).rows[0].v);
            if (version >= 130000) {
                await admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
                return;
            }
            await admin.query('SELECT pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
            await admin.query(`DROP DATABASE IF EXISTS ${quote(name)}`);
        },
        async close() {
            await admin.end().catch(() => undefined);
        },
    };
}
//# sourceMappingURL=postgres-admin.js.map
// EXTERNAL MODULE: ./node_modules/kysely/dist/kysely.js + 74 modules
var kysely = __webpack_require__(2735);
// EXTERNAL MODULE: ./node_modules/kysely/dist/driver/aborted-transaction-error.js
var aborted_transaction_error = __webpack_require__(70081);
// EXTERNAL MODULE: ./node_modules/kysely/dist/parser/savepoint-parser.js
var savepoint_parser = __webpack_require__(57150);
// EXTERNAL MODULE: ./node_modules/kysely/dist/query-compiler/compiled-query.js
var compiled_query = __webpack_require__(94596);
// EXTERNAL MODULE: ./node_modules/kysely/dist/util/object-utils.js
var object_utils = __webpack_require__(26159);
// EXTERNAL MODULE: ./node_modules/kysely/dist/util/query-id.js
var query_id = __webpack_require__(54322);
// EXTERNAL MODULE: ./node_modules/kysely/dist/util/stack-trace-utils.js
var stack_trace_utils = __webpack_require__(88114);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/postgres/postgres-driver.js
/// <reference types="./postgres-driver.d.ts" />






const PRIVATE_RELEASE_METHOD = Symbol();
const PRIVATE_MARK_FOR_DISCARD_METHOD = Symbol();
class PostgresDriver {
    #config;
    #connections = new WeakMap();
    #pool;
    constructor(config) {
        this.#config = (0,object_utils/* freeze */.CN)({ ...config });
    }
    async init(options) {
        this.#pool = (0,object_utils/* isFunction */.Tn)(this.#config.pool)
            ? await this.#config.pool(options)
            : this.#config.pool;
    }
    async acquireConnection(options) {
        const client = await this.#pool.connect();
        // `destroy` was called while the connection was being acquired.
        if (!this.#pool) {
            client.release();
            throw new Error('driver has already been destroyed');
        }
        let connection = this.#connections.get(client);
        if (!connection) {
            connection = new PostgresConnection(client, {
                controlClient: this.#config.controlClient || this.#pool.Client,
                cursor: this.#config.cursor ?? null,
                poolOptions: this.#pool.options,
            });
            this.#connections.set(client, connection);
            // The driver must take care of calling `onCreateConnection` when a new
            // connection is created. The `pg` module doesn't provide an async hook
            // for the connection creation. We need to call the method explicitly.
            if (this.#config.onCreateConnection) {
                await this.#config.onCreateConnection(connection, options);
            }
        }
        if (this.#config.onReserveConnection) {
            await this.#config.onReserveConnection(connection, options);
        }
        return connection;
    }
    async beginTransaction(connection, settings) {
        let sql = 'begin';
        if (settings.isolationLevel || settings.accessMode) {
            sql = 'start transaction';
            if (settings.isolationLevel) {
                sql += ` isolation level ${settings.isolationLevel}`;
            }
            if (settings.accessMode) {
                sql += ` ${settings.accessMode}`;
            }
        }
        await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw(sql));
    }
    async commitTransaction(connection) {
        const { rows } = await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw('commit'));
        // PostgreSQL completes COMMIT with a ROLLBACK tag if an earlier
        // statement error left the transaction aborted.
        if (rows[0]?.command === 'ROLLBACK') {
            throw new aborted_transaction_error/* AbortedTransactionError */.Q();
        }
    }
    async rollbackTransaction(connection) {
        try {
            await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw('rollback'));
        }
        catch (err) {
            connection[PRIVATE_MARK_FOR_DISCARD_METHOD]();
            throw err;
        }
    }
    async savepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('savepoint', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async rollbackToSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('rollback to', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async releaseSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('release', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async releaseConnection(connection) {
        connection[PRIVATE_RELEASE_METHOD]();
    }
    async destroy() {
        if (this.#pool) {
            const pool = this.#pool;
            this.#pool = undefined;
            await pool.end();
        }
    }
}
class PostgresConnection {
    #client;
    #options;
    #queryId;
    #pid;
    #discarded;
    constructor(client, options) {
        this.#client = client;
        this.#options = options;
    }
    async cancelQuery(controlConnectionProvider) {
        return await this.#executeControlQuery(`select pg_cancel_backend(${this.#pid})`, controlConnectionProvider);
    }
    async collectSessionInfo() {
        if (this.#pid) {
            return;
        }
        const { processID } = this.#client;
        // `processID` is an undocumented member of the `Client` class.
        // it might not exist in old or future versions of the `pg` driver.
        // if it does, use it.
        if (processID) {
            this.#pid = processID;
        }
        else {
            this.#assertNotDiscarded();
            const { rows: [{ pid }], } = await this.#client.query('select pg_backend_pid() as pid', []);
            this.#pid = Number(pid);
        }
    }
    async executeQuery(compiledQuery) {
        this.#assertNotDiscarded();
        try {
            // this helps ensure we don't cancel the wrong query when aborted.
            this.#queryId = compiledQuery.queryId;
            const result = await this.#client.query(compiledQuery.sql, compiledQuery.parameters);
            const { command, rowCount, rows } = result;
            if (command === 'ROLLBACK' || command === 'COMMIT') {
                return { rows: [{ command }] };
            }
            return {
                numAffectedRows: command === 'INSERT' ||
                    command === 'UPDATE' ||
                    command === 'DELETE' ||
                    command === 'MERGE'
                    ? BigInt(rowCount)
                    : undefined,
                rows: rows ?? [],
            };
        }
        catch (err) {
            throw (0,stack_trace_utils/* extendStackTrace */.O)(err, new Error());
        }
        finally {
            // this tells cancellation the query is no longer relevant.
            this.#queryId = undefined;
        }
    }
    async killSession(controlConnectionProvider) {
        return await this.#executeControlQuery(`select pg_terminate_backend(${this.#pid})`, controlConnectionProvider);
    }
    async *streamQuery(compiledQuery, chunkSize) {
        if (!this.#options.cursor) {
            throw new Error("`cursor` is not present in your postgres dialect config. It's required to make streaming work in postgres.");
        }
        this.#assertNotDiscarded();
        // this helps ensure we don't cancel the wrong query when aborted.
        this.#queryId = compiledQuery.queryId;
        const cursor = this.#client.query(new this.#options.cursor(compiledQuery.sql, compiledQuery.parameters.slice()));
        try {
            while (true) {
                const rows = await cursor.read(chunkSize);
                if (rows.length === 0) {
                    break;
                }
                yield {
                    rows,
                };
            }
        }
        finally {
            await cursor.close();
            // this tells cancellation the query is no longer relevant.
            this.#queryId = undefined;
        }
    }
    [PRIVATE_RELEASE_METHOD]() {
        this.#client.release(Boolean(this.#discarded));
    }
    [PRIVATE_MARK_FOR_DISCARD_METHOD]() {
        this.#discarded = true;
    }
    #assertNotDiscarded() {
        if (this.#discarded) {
            throw new Error('Postgres connection has been discarded');
        }
    }
    async #executeControlQuery(query, controlConnectionProvider) {
        if (!this.#queryId) {
            return;
        }
        const { controlClient: Client, poolOptions } = this.#options;
        const queryIdToCancel = this.#queryId;
        // we fallback to a pool connection, and execute a SQL query to cancel the
        // query. this is not ideal, as we might have to wait for an idle connection.
        if (!Client) {
            return await controlConnectionProvider(async (controlConnection) => {
                // by the time we get the connection, another query might have been executed.
                // we need to ensure we're not canceling the wrong query.
                if (queryIdToCancel.queryId === this.#queryId?.queryId) {
                    await controlConnection.executeQuery(compiled_query/* CompiledQuery */.E.raw(query, []));
                }
            });
        }
        const controlClient = new Client({
            ...poolOptions,
            // `password` is not enumerable, so we have to explicitly set it after the spread.
            password: 'password' in poolOptions ? poolOptions.password : undefined,
        });
        try {
            await controlClient.connect();
            // by the time we get the connection, another query might have been executed.
            // we need to ensure we're not canceling the wrong query.
            if (queryIdToCancel.queryId !== this.#queryId.queryId) {
                return;
            }
            await controlClient.query(query, []);
        }
        finally {
            controlClient.end();
        }
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/migration/migrator.js
var migrator = __webpack_require__(46847);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/postgres/postgres-introspector.js
/// <reference types="./postgres-introspector.d.ts" />



class PostgresIntrospector {
    #db;
    constructor(db) {
        this.#db = db;
    }
    async getSchemas() {
        let rawSchemas = await this.#db
            .selectFrom('pg_catalog.pg_namespace')
            .select('nspname')
            .$castTo()
            .execute();
        return rawSchemas.map((it) => ({ name: it.nspname }));
    }
    async getTables(options = { withInternalKyselyTables: false }) {
        let query = this.#db
            // column
            .selectFrom('pg_catalog.pg_attribute as a')
            // table
            .innerJoin('pg_catalog.pg_class as c', 'a.attrelid', 'c.oid')
            // table schema
            .innerJoin('pg_catalog.pg_namespace as ns', 'c.relnamespace', 'ns.oid')
            // column data type
            .innerJoin('pg_catalog.pg_type as typ', 'a.atttypid', 'typ.oid')
            // column data type schema
            .innerJoin('pg_catalog.pg_namespace as dtns', 'typ.typnamespace', 'dtns.oid')
            .select([
            'a.attname as column',
            'a.attnotnull as not_null',
            'a.atthasdef as has_default',
            'c.relname as table',
            'c.relkind as table_type',
            'ns.nspname as schema',
            'typ.typname as type',
            'dtns.nspname as type_schema',
            (0,sql/* sql */.l) `col_description(a.attrelid, a.attnum)`.as('column_description'),
            (0,sql/* sql */.l) `pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname)`.as('auto_incrementing'),
        ])
            .where('c.relkind', 'in', [
            'r' /*regular table*/,
            'v' /*view*/,
            'p' /*partitioned table*/,
            'f' /*foreign table*/,
        ])
            .where('ns.nspname', '!~', '^pg_')
            .where('ns.nspname', '!=', 'information_schema')
            // Filter out internal cockroachdb schema
            .where('ns.nspname', '!=', 'crdb_internal')
            // Only schemas where we are allowed access
            .where((0,sql/* sql */.l) `has_schema_privilege(ns.nspname, 'USAGE')`)
            // No system columns
            .where('a.attnum', '>=', 0)
            .where('a.attisdropped', '!=', true)
            .orderBy('ns.nspname')
            .orderBy('c.relname')
            .orderBy('a.attnum')
            .$castTo();
        if (!options.withInternalKyselyTables) {
            query = query
                .where('c.relname', '!=', migrator/* DEFAULT_MIGRATION_TABLE */.kQ)
                .where('c.relname', '!=', migrator/* DEFAULT_MIGRATION_LOCK_TABLE */.sy);
        }
        const rawColumns = await query.execute();
        return this.#parseTableMetadata(rawColumns);
    }
    #parseTableMetadata(columns) {
        const tables = [];
        const schemas = new Map();
        for (const column of columns) {
            let schema = schemas.get(column.schema);
            if (!schema) {
                schema = new Map();
                schemas.set(column.schema, schema);
            }
            let table = schema.get(column.table);
            if (!table) {
                table = (0,object_utils/* freeze */.CN)({
                    columns: [],
                    isForeign: column.table_type === 'f',
                    isView: column.table_type === 'v',
                    name: column.table,
                    schema: column.schema,
                });
                schema.set(column.table, table);
                tables.push(table);
            }
            table.columns.push((0,object_utils/* freeze */.CN)({
                comment: column.column_description ?? undefined,
                dataType: column.type,
                dataTypeSchema: column.type_schema,
                hasDefaultValue: column.has_default,
                isAutoIncrementing: column.auto_incrementing !== null,
                isNullable: !column.not_null,
                name: column.column,
            }));
        }
        return tables;
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/query-compiler/default-query-compiler.js + 1 modules
var default_query_compiler = __webpack_require__(4034);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/postgres/postgres-query-compiler.js
/// <reference types="./postgres-query-compiler.d.ts" />

const ID_WRAP_REGEX = /"/g;
class PostgresQueryCompiler extends default_query_compiler/* DefaultQueryCompiler */.n {
    sanitizeIdentifier(identifier) {
        return identifier.replace(ID_WRAP_REGEX, '""');
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/dialect/dialect-adapter-base.js
var dialect_adapter_base = __webpack_require__(58676);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/postgres/postgres-adapter.js
/// <reference types="./postgres-adapter.d.ts" />


const LOCK_ID = BigInt('3853314791062309107');
const LOCK_TIMEOUT_MILLISECONDS = 60 * 60 * 1_000;
class PostgresAdapter extends dialect_adapter_base/* DialectAdapterBase */.l {
    get supportsTransactionalDdl() {
        return true;
    }
    get supportsReturning() {
        return true;
    }
    async acquireMigrationLock(db, _opt) {
        // in 1 RTT, acquire a session-level advisory lock with a timeout.
        //
        // if ever this runs inside a transaction, niche edge case we support - the
        // user is responsible to set a different timeout value or disable (`0` value).
        await (0,sql/* sql */.l) `
    with set_timeout as (
      select set_config('lock_timeout', '${sql/* sql */.l.lit(LOCK_TIMEOUT_MILLISECONDS)}', true) as config_val
    )
    select pg_advisory_lock(${sql/* sql */.l.lit(LOCK_ID)})
    from set_timeout`.execute(db);
    }
    async releaseMigrationLock(db, _opt) {
        await (0,sql/* sql */.l) `select pg_advisory_unlock(${sql/* sql */.l.lit(LOCK_ID)})`.execute(db);
    }
}

;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/postgres/postgres-dialect.js
/// <reference types="./postgres-dialect.d.ts" />




/**
 * PostgreSQL dialect that uses the [pg](https://node-postgres.com/) library.
 *
 * The constructor takes an instance of {@link PostgresDialectConfig}.
 *
 * ```ts
 * import { Pool } from 'pg'
 *
 * new PostgresDialect({
 *   pool: new Pool({
 *     database: 'some_db',
 *     host: 'localhost',
 *   })
 * })
 * ```
 *
 * If you want the pool to only be created once it's first used, `pool`
 * can be a function:
 *
 * ```ts
 * import { Pool } from 'pg'
 *
 * new PostgresDialect({
 *   pool: async () => new Pool({
 *     database: 'some_db',
 *     host: 'localhost',
 *   })
 * })
 * ```
 */
class PostgresDialect {
    #config;
    constructor(config) {
        this.#config = config;
    }
    createDriver() {
        return new PostgresDriver(this.#config);
    }
    createQueryCompiler() {
        return new PostgresQueryCompiler();
    }
    createAdapter() {
        return new PostgresAdapter();
    }
    createIntrospector(db) {
        return new PostgresIntrospector(db);
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/dialect/script-text.js
var script_text = __webpack_require__(83599);
// EXTERNAL MODULE: ./lib/core/dialect/types.js
var types = __webpack_require__(51667);
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-copy.js



/** True for `COPY … FROM stdin` (the data follows in the script), from the statement's text. */
function isCopyFromStdin(statement) {
    return /^copy\b/i.test(statement) && /\bfrom\s+stdin\b/i.test(statement);
}
/** True for `COPY … TO stdout`, whose output only psql can take. */
function isCopyToStdout(statement) {
    return /^copy\b/i.test(statement) && /\bto\s+stdout\b/i.test(statement);
}
/**
 * Reads the data after a `COPY … FROM stdin` statement ending (with its `;`) at `end`. Data lines
 * end at a line that is exactly `\.`, as psql ends them, even inside a quoted CSV value.
 */
function readCopyData(text, statement, end) {
    const format = copyFormat(statement);
    const eol = text.indexOf('\n', end);
    const rest = text.slice(end, eol < 0 ? text.length : eol);
    const trailing = /\S/.test(rest) && !/^\s*--/.test(rest);
    const start = eol < 0 ? text.length : eol + 1;
    let at = start;
    let lines = 0;
    let dataEnd = text.length;
    let resume = text.length;
    while (at < text.length) {
        const next = text.indexOf('\n', at);
        const lineEnd = next < 0 ? text.length : next;
        if (lineEnd - at === 2 && text.charCodeAt(at) === 92 && text.charCodeAt(at + 1) === 46) {
            dataEnd = at;
            resume = next < 0 ? text.length : next + 1;
            break;
        }
        lines++;
        at = next < 0 ? text.length : next + 1;
    }
    const rows = (format.kind === 'csv' ? csvRows(text, start, dataEnd, format) : lines) - (format.header && lines > 0 ? 1 : 0);
    return { format, target: targetOf(statement), start, end: dataEnd, resume, lines, rows, trailing };
}
/** The format options of a COPY statement, in either syntax (`WITH (FORMAT csv, …)`, `CSV HEADER`). */
function copyFormat(statement) {
    const options = statement.slice(statement.search(/\bfrom\s+stdin\b/i));
    const named = /\bformat\s+'?(\w+)'?/i.exec(options)?.[1]?.toLowerCase();
    const kind = named === 'csv' || named === 'binary' || named === 'text' ? named : /\bcsv\b/i.test(options) ? 'csv' : /\bbinary\b/i.test(options) ? 'binary' : 'text';
    const char = (option) => {
        const match = new RegExp(`\\b${option}\\s+(?:as\\s+)?'((?:''|[^'])+)'`, 'i').exec(options);
        return match ? match[1].replace(/''/g, "'") : undefined;
    };
    const quote = char('quote') ?? '"';
    const header = /\bheader\b(?!\s*(?:false|off|0)\b)/i.test(options);
    return { kind, quote, escape: char('escape') ?? quote, header };
}
function targetOf(statement) {
    return statement
        .replace(/^copy\s+/i, '')
        .replace(/\s+from\s+stdin\b[\s\S]*$/i, '')
        .replace(/\s+/g, ' ');
}
/** CSV rows, whose quoted values may hold line breaks, between `start` and `end`. */
function csvRows(text, start, end, format) {
    let count = 0;
    let quoted = false;
    let rowStart = true;
    for (let i = start; i < end; i++) {
        if (rowStart) {
            count++;
            rowStart = false;
        }
        const c = text[i];
        if (quoted) {
            if (c === format.escape && format.escape !== format.quote && i + 1 < end)
                i++;
            else if (c === format.quote) {
                if (format.escape === format.quote && text[i + 1] === format.quote)
                    i++;
                else
                    quoted = false;
            }
        }
        else if (c === format.quote)
            quoted = true;
        else if (c === '\n')
            rowStart = true;
    }
    return count;
}
/**
 * The script line where the row starts that the server calls line `n` of the data. The server
 * counts input lines, header included, and inside a quoted CSV value the line breaks it has seen
 * since it knew the data's end-of-line (not those in the first row, before its first real end).
 */
function lineOfDataLine(text, data, n) {
    if (n < 1 || n > data.lines)
        return undefined;
    const lineAt = (0,script_text/* makeLineCounter */.FR)(text);
    if (data.format.kind !== 'csv')
        return lineAt(data.start) + n - 1;
    const { quote, escape } = data.format;
    let counted = 0;
    let eolKnown = false;
    let quoted = false;
    let row = -1;
    for (let i = data.start; i < data.end; i++) {
        if (row < 0) {
            row = i;
            counted++;
        }
        const c = text[i];
        if (quoted) {
            if (c === escape && escape !== quote && i + 1 < data.end)
                i++;
            else if (c === quote) {
                if (escape === quote && text[i + 1] === quote)
                    i++;
                else
                    quoted = false;
            }
            else if (c === '\n' && eolKnown)
                counted++;
        }
        else if (c === quote)
            quoted = true;
        else if (c === '\n') {
            if (counted >= n)
                return lineAt(row);
            eolKnown = true;
            row = -1;
        }
    }
    return row >= 0 ? lineAt(row) : undefined;
}
/** What a dry run says about a COPY instead of loading it. */
function copyNote(data, line) {
    return { line, plan: `line ${line}: COPY ${data.target} would load ${data.rows} row${data.rows === 1 ? '' : 's'} (not loaded: dry run)` };
}
/**
 * Data sent in pieces of about this many characters, each cut after a line break: the data is
 * never copied whole, and no piece splits a character.
 */
const PIECE = 256 * 1024;
function* pieces(text, start, end) {
    let at = start;
    while (at < end) {
        let cut = at + PIECE >= end ? end : text.lastIndexOf('\n', at + PIECE);
        if (cut < at)
            cut = text.indexOf('\n', at + PIECE);
        cut = cut < 0 || cut >= end ? end : cut + 1;
        yield Buffer.from(text.slice(at, cut), 'utf8');
        at = cut;
    }
}
/**
 * Runs one COPY statement on `client` and streams its data, waiting for the server whenever the
 * connection is full. Resolves with the rows loaded; rejects with the server's error.
 */
async function streamCopy(client, statement, text, data) {
    const { from } = (await __webpack_require__.e(/* import() */ 901).then(__webpack_require__.t.bind(__webpack_require__, 26901, 19))).default;
    const stream = client.query(from(statement));
    return new Promise((resolve, reject) => {
        let failure;
        let wake = null;
        stream.on('error', (error) => {
            failure ??= error;
            wake?.();
            reject(error);
        });
        stream.on('finish', () => resolve(stream.rowCount));
        stream.on('drain', () => wake?.());
        void (async () => {
            for (const piece of pieces(text, data.start, data.end)) {
                if (failure !== undefined)
                    return;
                if (!stream.write(piece)) {
                    await new Promise((go) => (wake = go));
                    wake = null;
                }
            }
            if (failure === undefined)
                stream.end();
        })();
    });
}
/**
 * The server's error for a COPY, placed on the script line of the bad row where the server names
 * it (`COPY t, line 3, column b: "x"`), else on the statement's line.
 */
function copyFailure(error, text, data, statementLine) {
    const e = error;
    const where = e.where?.split('\n')[0];
    const row = where ? /\bline (\d+)/.exec(where) : null;
    const line = (row ? lineOfDataLine(text, data, Number(row[1])) : undefined) ?? statementLine;
    const detail = e.detail ? ` (${e.detail})` : '';
    return new types/* ScriptFailure */.g7(`${(0,errors/* messageOf */.bD)(error)}${detail}${where ? ` [${where}]` : ''}`, line, error, e.hint);
}
/**
 * Runs a script holding COPY … FROM stdin blocks, in order: the SQL before each COPY as one
 * query (through `sendSql`, given the text range, its statements and, the first time, `prefix`),
 * the COPY with its data, then what follows. Inside a transaction all of it is one unit.
 */
async function runWithCopies(client, text, statements, prefix, sendSql) {
    let head = prefix;
    let from = 0;
    let pending = [];
    const flush = async (to) => {
        if (pending.length || head)
            await sendSql(from, to, pending, head);
        head = '';
        pending = [];
    };
    for (const statement of statements) {
        const { copy } = statement;
        if (!copy) {
            pending.push(statement);
            continue;
        }
        await flush(statement.start);
        await streamCopy(client, text.slice(statement.start, statement.end), text, copy).catch((error) => Promise.reject(copyFailure(error, text, copy, statement.line)));
        from = copy.resume;
    }
    await flush(text.length);
}
//# sourceMappingURL=postgres-copy.js.map
// EXTERNAL MODULE: ./lib/core/dialect/transaction-control.js
var transaction_control = __webpack_require__(56010);
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-script.js




const WORDS_KEPT = 6;
function isIdentStart(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 128;
}
function isIdentChar(code) {
    return isIdentStart(code) || (code >= 48 && code <= 57) || code === 36; // digits and $
}
function scanPostgresScript(text) {
    const statements = [];
    const metaCommands = [];
    const lineAt = (0,script_text/* makeLineCounter */.FR)(text);
    const n = text.length;
    let start = -1;
    let words = [];
    let parenDepth = 0;
    // psql's heuristic for SQL-standard function bodies: inside CREATE [OR REPLACE]
    // FUNCTION|PROCEDURE, BEGIN … END (and CASE … END within it) keep semicolons in the statement.
    let identifiers = [];
    let beginDepth = 0;
    const finish = (end) => {
        if (start >= 0)
            statements.push({ start, end, line: lineAt(start), words });
        start = -1;
        words = [];
        parenDepth = 0;
        identifiers = [];
        beginDepth = 0;
    };
    const begin = (offset) => {
        if (start < 0)
            start = offset;
    };
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        // whitespace
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
            i++;
            continue;
        }
        // -- comment
        if (c === 45 && text.charCodeAt(i + 1) === 45) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol + 1;
            continue;
        }
        // /* nested block comment */
        if (c === 47 && text.charCodeAt(i + 1) === 42) {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
                    depth++;
                    i += 2;
                }
                else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            continue;
        }
        // psql meta-command: a backslash outside strings and comments, up to the end of its line
        if (c === 92) {
            const eol = text.indexOf('\n', i);
            const end = eol < 0 ? n : eol;
            const match = /^\\([A-Za-z0-9_.!?]+|\S)/.exec(text.slice(i, Math.min(end, i + 64)));
            metaCommands.push({ start: i, end, line: lineAt(i), name: match ? match[1] : '' });
            i = end;
            continue;
        }
        // ; ends a statement outside parentheses and function bodies
        if (c === 59) {
            i++;
            if (parenDepth === 0 && beginDepth === 0) {
                if (words[0] === 'copy' && isCopyFromStdin(text.slice(start, i))) {
                    const copy = readCopyData(text, text.slice(start, i), i);
                    statements.push({ start, end: i, line: lineAt(start), words, copy });
                    start = -1;
                    finish(i);
                    i = copy.resume;
                    continue;
                }
                finish(i);
            }
            continue;
        }
        begin(i);
        if (c === 40) {
            parenDepth++;
            i++;
            continue;
        }
        if (c === 41) {
            if (parenDepth > 0)
                parenDepth--;
            i++;
            continue;
        }
        // 'string', E'string' (the E was consumed as an identifier: see below), "identifier"
        if (c === 39) {
            i = skipQuoted(text, i, 39, false);
            continue;
        }
        if (c === 34) {
            i = skipQuoted(text, i, 34, false);
            continue;
        }
        // $tag$ … $tag$ (a $ directly after an identifier character belongs to the identifier)
        if (c === 36) {
            const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 256));
            if (tag) {
                const close = text.indexOf(tag[0], i + tag[0].length);
                i = close < 0 ? n : close + tag[0].length;
                continue;
            }
            i++; // $1 parameter or a stray $
            while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                i++;
            continue;
        }
        if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentChar(text.charCodeAt(j)))
                j++;
            const word = text.slice(i, j);
            // E'…' / e'…': an escape string, where backslash escapes the next character.
            if (j - i === 1 && (word === 'E' || word === 'e') && text.charCodeAt(j) === 39) {
                i = skipQuoted(text, j, 39, true);
                continue;
            }
            // U&'…', B'…', X'…' and N'…' are ordinary quoted strings after their prefix.
            trackWord(word.toLowerCase());
            i = j;
            continue;
        }
        i++; // operators, digits, commas, dots
    }
    finish(n);
    return { statements, metaCommands };
    function trackWord(lower) {
        if (words.length < WORDS_KEPT)
            words.push(lower);
        if (identifiers.length < 4)
            identifiers.push(lower);
        const [first, second, third, fourth] = identifiers;
        const routine = (w) => w === 'function' || w === 'procedure';
        const inRoutine = first === 'create' && (routine(second) || (second === 'or' && third === 'replace' && routine(fourth)));
        if (!inRoutine || parenDepth !== 0)
            return;
        if (lower === 'begin')
            beginDepth++;
        else if (lower === 'case' && beginDepth > 0)
            beginDepth++;
        else if (lower === 'end' && beginDepth > 0)
            beginDepth--;
    }
}
/** Skips a quoted token starting at `open`; doubled quotes stay inside, and backslashes with `escapes`. */
function skipQuoted(text, open, quote, escapes) {
    const n = text.length;
    const mark = String.fromCharCode(quote);
    let i = open + 1;
    while (i < n) {
        if (!escapes) {
            // The common case (standard strings, identifiers): jump to the next quote.
            const close = text.indexOf(mark, i);
            if (close < 0)
                return n;
            if (text.charCodeAt(close + 1) === quote) {
                i = close + 2;
                continue;
            }
            return close + 1;
        }
        const c = text.charCodeAt(i);
        if (c === 92) {
            i += 2;
            continue;
        }
        if (c === quote) {
            if (text.charCodeAt(i + 1) === quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return n;
}
/** Converts PostgreSQL's 1-based character position into a 0-based UTF-16 offset of `text`. */
function offsetOfPosition(text, position, base = 0) {
    let offset = base;
    for (let chars = 1; chars < position && offset < text.length; chars++) {
        const code = text.charCodeAt(offset);
        offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    return offset;
}
/** `text` from `start` to `end` with the blanks in that range applied. */
function blankedText(text, start, end, blanks) {
    let out = '';
    let at = start;
    for (const blank of blanks) {
        if (blank.end <= start || blank.start >= end)
            continue;
        out += text.slice(at, blank.start);
        const hidden = text.slice(blank.start, blank.end);
        out += blank.as === 'comment' ? '--' + hidden.slice(2) : hidden.replace(/[^\n]/g, ' ');
        at = blank.end;
    }
    return out + text.slice(at, end);
}
/** psql meta-commands a pg_dump file may hold that mean nothing to the server. */
const IGNORED_META = new Set(['restrict', 'unrestrict']);
/**
 * Words that may start a statement the checks below look for. A file without a backslash and
 * without any of them (most files, and big generated seeds) needs no full read before it is sent;
 * its statement boundaries are only read if it fails.
 */
const NEEDS_READING = /\\|\b(begin|start|commit|end|abort|rollback|prepare|copy)\b/i;
function preparePostgresScript(source, options) {
    if (options.transaction && !NEEDS_READING.test(source)) {
        return lazyStatements({ dialect: 'postgres', text: source, oneByOne: false }, source);
    }
    const scan = scanPostgresScript(source);
    const blanks = [];
    const notes = [];
    for (const statement of scan.statements) {
        const { copy } = statement;
        if (copy) {
            if (copy.format.kind === 'binary')
                throw new types/* ScriptFailure */.g7('COPY … FROM stdin in binary format cannot be written inline in a script', statement.line, undefined, COPY_HINT);
            if (copy.trailing)
                throw new types/* ScriptFailure */.g7('COPY … FROM stdin: its data must start on the line after the statement', statement.line, undefined, "End the line with the COPY statement's `;` and put the data lines, then `\\.`, below it.");
            notes.push(copyNote(copy, statement.line));
        }
        else if (statement.words[0] === 'copy' && isCopyToStdout(source.slice(statement.start, Math.min(statement.end, statement.start + 4000)))) {
            throw new types/* ScriptFailure */.g7('COPY … TO stdout needs psql to read the data it writes', statement.line, undefined, COPY_OUT_HINT);
        }
    }
    for (const meta of scan.metaCommands) {
        if (!IGNORED_META.has(meta.name)) {
            throw new types/* ScriptFailure */.g7(`psql meta-command \\${meta.name} cannot run outside psql`, meta.line, undefined, META_HINT);
        }
        blanks.push({ start: meta.start, end: meta.end, as: 'comment' });
    }
    let statements = scan.statements;
    if (options.transaction) {
        const shape = (0,transaction_control/* dumpTransaction */.dm)(statements, POSTGRES_TRANSACTION_WORDS);
        if (shape) {
            statements = statements.filter((statement) => statement !== shape.begin && statement !== shape.commit);
            blanks.push({ start: shape.begin.start, end: shape.begin.end, as: 'space' }, { start: shape.commit.start, end: shape.commit.end, as: 'space' });
            notes.unshift((0,transaction_control/* dumpTransactionNote */.Dr)(shape.begin, shape.commit));
        }
        else {
            (0,transaction_control/* assertNoTransactionControl */.zL)(statements, POSTGRES_TRANSACTION_WORDS.isControl);
        }
    }
    blanks.sort((a, b) => a.start - b.start);
    const copies = statements.some((statement) => statement.copy);
    const text = copies || !blanks.length ? source : blankedText(source, 0, source.length, blanks);
    return { dialect: 'postgres', text, statements, oneByOne: !options.transaction, ...(copies ? { copies: blanks } : {}), ...(notes.length ? { notes } : {}) };
}
/** How PostgreSQL spells transaction control, and the BEGIN … COMMIT a dump may wrap itself in. */
const POSTGRES_TRANSACTION_WORDS = {
    isControl: ([first, second]) => first === 'begin' ||
        first === 'start' ||
        first === 'commit' ||
        first === 'end' ||
        first === 'abort' ||
        (first === 'rollback' && second !== 'to') ||
        (first === 'prepare' && second === 'transaction'),
    isBegin: (words) => words.length <= 2 &&
        ((words[0] === 'begin' && (words[1] === undefined || words[1] === 'work' || words[1] === 'transaction')) || (words[0] === 'start' && words[1] === 'transaction')),
    isCommit: (words) => words.length <= 2 && (words[0] === 'commit' || words[0] === 'end') && (words[1] === undefined || words[1] === 'work' || words[1] === 'transaction'),
    // Session settings (not SET LOCAL or SET TRANSACTION, which would then apply to noorm's transaction).
    mayPrecede: ([first, second, third]) => (first === 'set' && second !== 'local' && second !== 'transaction') || (first === 'select' && (second === 'set_config' || third === 'set_config')),
};
/** A prepared script whose statement list is read on first use (to place an error). */
function lazyStatements(script, source) {
    let statements;
    return Object.defineProperty(script, 'statements', {
        get: () => (statements ??= scanPostgresScript(source).statements),
        enumerable: true,
    });
}
const META_HINT = "noorm sends SQL to the server; psql commands such as \\connect, \\i or \\set only work in psql. Remove them (pg_dump's \\restrict lines are ignored for you).";
const COPY_HINT = 'Write the data in text or CSV format (as pg_dump does), as INSERT statements (pg_dump --inserts), or load this file with psql.';
const COPY_OUT_HINT = "Nothing reads what COPY … TO stdout writes when noorm runs a file: remove it (export data with psql's \\copy or pg_dump), or run this file with psql.";
/**
 * True when `text` leaves nothing open for what follows (every statement terminated or ended by a
 * line, no string, dollar quote or comment open), so more statements can follow it in one query.
 */
function endsAtPostgresStatementBoundary(text) {
    const last = scanPostgresScript(text + script_text/* BOUNDARY_PROBE */.gq).statements.at(-1);
    return last !== undefined && last.start === text.length && last.end === text.length + script_text/* BOUNDARY_PROBE */.gq.length;
}
//# sourceMappingURL=postgres-script.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-wire.js
/**
 * What noorm adds to the pg driver's wire handling: counting the statements a multi-statement
 * simple query completed (to tell which one failed), and sending a query whose text is bytes
 * already written, without making it a string.
 */
/**
 * Sends a multi-statement simple query and reports how many statements completed before an
 * error, if any. Rows of SELECTs are not kept (a row listener stops pg from accumulating them).
 * Text given as UTF-8 bytes is written to the connection as it is, without becoming a string.
 */
function countedQuery(pgModule, client, text) {
    let completed = 0;
    const query = new pgModule.Query(typeof text === 'string' ? text : '');
    const handleCommandComplete = query.handleCommandComplete.bind(query);
    query.handleCommandComplete = (...args) => {
        completed++;
        handleCommandComplete(...args);
    };
    if (typeof text !== 'string')
        query.submit = (connection) => sendQueryBytes(connection, Buffer.from(text.prefix, 'utf8'), text.sql);
    query.on('row', () => undefined);
    return new Promise((resolve) => {
        query.on('end', () => resolve({ completed }));
        query.on('error', (error) => resolve({ completed, error }));
        void client.query(query);
    });
}
/** A simple-protocol Query message ('Q', its length, the text, NUL) whose text is `head` then `body`. */
function sendQueryBytes(connection, head, body) {
    const header = Buffer.allocUnsafe(5);
    header.write('Q', 0, 'latin1');
    header.writeInt32BE(4 + head.length + body.length + 1, 1);
    connection.stream.cork?.();
    try {
        connection._send(header);
        if (head.length)
            connection._send(head);
        connection._send(body);
        connection._send(Buffer.from([0]));
    }
    finally {
        connection.stream.uncork?.();
    }
    return null;
}
//# sourceMappingURL=postgres-wire.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-session.js







/**
 * The one connection scripts run on. A file costs three round trips: BEGIN with the script; then
 * noorm's tracking rows with the COMMIT, after resetting the role and settings the file may have
 * changed (so the rows are written as noorm, not as whatever the file became); then the rest of
 * what DISCARD ALL does, so the next file starts on a clean session.
 */
class ScriptConnection {
    pgModule;
    config;
    target;
    client = null;
    /** ReadyForQuery's transaction status after the last query: I idle, T in a block, E failed block. */
    status = 'I';
    busy = Promise.resolve();
    /** The connection being opened, so that two callers share one. */
    connecting = null;
    constructor(pgModule, config, target) {
        this.pgModule = pgModule;
        this.config = config;
        this.target = target;
    }
    /** `main` runs noorm's rows for files without a transaction: the script's session may be in any state. */
    session(options, fn, main) {
        // Files run one after another; should two sessions ever overlap, the second waits.
        const run = this.busy.then(() => this.run(options, fn, main));
        this.busy = run.catch(() => undefined);
        return run;
    }
    async close() {
        await this.connecting?.catch(() => undefined);
        const client = this.client;
        this.client = null;
        await client?.end().catch(() => undefined);
    }
    /** Starts opening the connection; a failure is left for the next use, which tries again. */
    openEarly() {
        this.connect().catch(() => undefined);
    }
    /** Opens the connection now and returns its server process id. */
    async ensureConnected() {
        await this.connect();
        return this.backendPid();
    }
    /** The server process of the script session, to cancel its statement. */
    backendPid() {
        return this.client?.processID ?? null;
    }
    connect() {
        if (this.client)
            return Promise.resolve(this.client);
        this.connecting ??= this.open().finally(() => {
            this.connecting = null;
        });
        return this.connecting;
    }
    async open() {
        const client = new this.pgModule.Client(this.config);
        this.status = 'I';
        // Dropped while idle (a FATAL such as idle_session_timeout arrives as an error before the
        // end; a server or proxy may just close it): the next file opens a new one.
        const forget = () => {
            if (this.client === client)
                this.client = null;
        };
        client.on('error', forget);
        client.on('end', forget);
        try {
            await client.connect();
            client.connection.on('readyForQuery', (message) => {
                this.status = message.status ?? 'I';
            });
        }
        catch (error) {
            await client.end().catch(() => undefined);
            throw connectError(error, this.target);
        }
        this.client = client;
        return client;
    }
    async discard(client) {
        this.client = null;
        await client.end().catch(() => undefined);
    }
    async run(options, fn, main) {
        const { transaction } = options;
        const client = await this.connect();
        // In a transaction, noorm's own rows are sent with the COMMIT, in the same round trip.
        const deferred = [];
        let begun = false;
        // A file of a session of one file, held back to go in the COMMIT's query too: BEGIN, the
        // file, noorm's rows, COMMIT and the reset, all in one round trip.
        let held = null;
        const sendHeld = async () => {
            if (!held)
                return;
            const script = held;
            held = null;
            begun = true;
            await executeScript(this.pgModule, client, script, 'BEGIN;\n', 1);
        };
        const session = {
            execute: async (script, executeOptions) => {
                const prepared = script;
                await sendHeld();
                if (options.oneFile && transaction && !begun && !executeOptions?.continues && canHold(prepared)) {
                    held = prepared;
                    return;
                }
                if (prepared.oneByOne) {
                    await executeScript(this.pgModule, client, prepared, '', 0);
                    if (!executeOptions?.continues && this.status !== 'I') {
                        throw new types/* ScriptFailure */.g7('The file left a transaction open (a BEGIN without its COMMIT); it was rolled back', undefined, undefined, 'End every transaction the file opens, or leave transactions to noorm by removing `-- noorm:no-transaction`.');
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
                    const script = { dialect: 'postgres', text, statements, oneByOne: false };
                    throw scriptFailure(error, script, { prefix: prefix.length, base: 0 }, failed >= 0 ? statements[failed]?.line : undefined);
                }
            },
            run: async (query) => {
                if (transaction)
                    deferred.push(inlineParameters(client, query));
                else
                    await main.query(query.sql, query.parameters);
            },
            // Sent with its rows, a file is timed by the server: from the query's start to the row.
            recordedDuration: () => (held ? HELD_FILE_DURATION : undefined),
        };
        let result;
        try {
            result = await fn(session);
            if (transaction) {
                // One round trip: noorm's rows (as noorm, not as whatever role the file set), the
                // COMMIT, then the reset for the next file, which may follow a COMMIT in one query;
                // with the held file and its BEGIN in front.
                const file = held;
                held = null;
                const head = [begun || file ? '' : 'BEGIN', ...RESET_ROLE_AND_SETTINGS, ...deferred, 'COMMIT'].filter(Boolean);
                const tail = [...head, ...RESET_AFTER_ROWS].join(';\n');
                const { completed, error } = await countedQuery(this.pgModule, client, file ? `BEGIN;\n${file.text}\n;\n${tail}` : tail);
                // A failure among noorm's rows (after the file's SQL, before the COMMIT) is noorm's to report.
                const offset = file ? 1 + file.statements.length : 0;
                const rows = offset + head.length - 1 - deferred.length;
                if (error && completed >= rows && completed < offset + head.length - 1)
                    throw new types/* RecordFailure */.mH(error);
                if (error && file) {
                    // Counting completed statements tells whether the file failed (at which line) or noorm's part did.
                    const failed = completed - 1;
                    if (failed < file.statements.length)
                        throw scriptFailure(error, file, { prefix: 'BEGIN;\n'.length, base: 0 }, file.statements[Math.max(0, failed)]?.line);
                    if (completed < 1 + file.statements.length + head.length)
                        throw error;
                }
                else if (error && completed < head.length)
                    throw error;
                // Committed; only the reset failed: the session is not used again.
                if (error)
                    await this.discard(client);
                return result;
            }
        }
        catch (error) {
            if (this.status !== 'I') {
                try {
                    await client.query('ROLLBACK');
                }
                catch {
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
    async reset(client) {
        if (this.client !== client)
            return;
        try {
            await client.query(RESET_SESSION.join(';\n'));
        }
        catch {
            // A session that cannot be reset is not used again.
            await this.discard(client);
        }
    }
}
/** Files bigger than this go on their own: reading them for a boundary costs more than the round trip saves. */
const HOLD_LIMIT = 256 * 1024;
/** What the server measures for a file sent with its row: from the start of the query to the row. */
const HELD_FILE_DURATION = new types/* ServerExpression */.k5('round(extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000)::integer');
/**
 * A file that can share its query with what follows: one plain query (no COPY data, not statement
 * by statement), small, and leaving nothing open, so noorm's statements after it stay statements.
 */
function canHold(script) {
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
function inlineParameters(client, query) {
    return query.sql.replace(/\$(\d+)/g, (_, n) => {
        const value = query.parameters[Number(n) - 1];
        if (value === null || value === undefined)
            return 'NULL';
        if (typeof value === 'number' && Number.isFinite(value))
            return String(value);
        if (typeof value === 'boolean')
            return value ? 'TRUE' : 'FALSE';
        if (value instanceof Date)
            return client.escapeLiteral(value.toISOString());
        if (value instanceof types/* ServerExpression */.k5)
            return value.sql;
        return client.escapeLiteral(String(value));
    });
}
/**
 * Runs a prepared script. `prefix` holds statements sent in the same query before it (BEGIN, a
 * session setting): `prefixStatements` of them, whose length the error positions skip.
 */
async function executeScript(pgModule, client, script, prefix, prefixStatements) {
    if (script.oneByOne) {
        // Outside a transaction psql sends each statement on its own, so VACUUM, CREATE INDEX
        // CONCURRENTLY and friends run; one multi-statement query would be one implicit transaction.
        for (const statement of script.statements) {
            const text = script.text.slice(statement.start, statement.end);
            if (statement.copy) {
                await streamCopy(client, text, script.text, statement.copy).catch((error) => Promise.reject(copyFailure(error, script.text, statement.copy, statement.line)));
                continue;
            }
            try {
                await client.query(text);
            }
            catch (error) {
                throw scriptFailure(error, script, { prefix: 0, base: statement.start }, statement.line);
            }
        }
        return;
    }
    if (script.copies) {
        const blanks = script.copies;
        return runWithCopies(client, script.text, script.statements, prefix, (from, to, statements, head) => sendPart(pgModule, client, script, { text: blankedText(script.text, from, to, blanks), base: from, statements }, head, head ? prefixStatements : 0));
    }
    return sendPart(pgModule, client, script, { text: script.text, base: 0, statements: script.statements }, prefix, prefixStatements);
}
/**
 * Sends `part` of a script (its text from offset `base`, holding `statements`) as one
 * simple-protocol query: $$ bodies, DO blocks and many statements run as psql would run them, in
 * one round trip. Counting completed statements tells which one failed.
 */
async function sendPart(pgModule, client, script, part, prefix, prefixStatements) {
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
function scriptFailure(error, script, sent, fallbackLine) {
    const e = error;
    let line = fallbackLine;
    const position = Number(e.position) - sent.prefix;
    if (e.position && position >= 1)
        line = (0,script_text/* makeLineCounter */.FR)(script.text)(offsetOfPosition(script.text, position, sent.base));
    const detail = e.detail ? ` (${e.detail})` : '';
    const where = e.where && !e.position ? ` [${e.where.split('\n')[0]}]` : '';
    const hints = [e.hint, e.code === '25001' ? NO_TRANSACTION_HINT : undefined].filter(Boolean).join(' ');
    return new types/* ScriptFailure */.g7(`${(0,errors/* messageOf */.bD)(error)}${detail}${where}`, line, error, hints || undefined);
}
const NO_TRANSACTION_HINT = 'Put `-- noorm:no-transaction` on the first line of this file so it runs outside a transaction, statement by statement, as psql runs it.';
//# sourceMappingURL=postgres-session.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-connection.js




/** noorm's connection to one PostgreSQL database: a pool for its own queries, a session of its own for scripts. */
async function connectPostgres(dialect, settings, options) {
    const { default: pgModule } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849));
    const baseConfig = {
        ...baseClientConfig(settings, options),
        ...(settings.database !== undefined ? { database: settings.database } : {}),
    };
    // Session settings in the startup packet survive RESET ALL. A dry run cannot write even by
    // accident; on PostgreSQL 14+ the server notices a vanished client during a long query and
    // cancels it, instead of holding its locks until the query ends.
    const startup = (checkInterval) => {
        const settingsList = [...(options.readOnly ? ['default_transaction_read_only=on'] : []), ...(checkInterval ? ['client_connection_check_interval=2000'] : [])];
        return settingsList.length ? { ...baseConfig, options: settingsList.map((setting) => `-c ${setting}`).join(' ') } : baseConfig;
    };
    const target = (0,registry/* describeTarget */.ff)(settings);
    const open = async (clientConfig) => {
        // noorm's own queries (tracking, lock) use this pool; scripts get a connection of their own.
        const pool = new pgModule.Pool({ ...clientConfig, max: 2 });
        // An idle connection dropped by the server must not crash the process; the next query reports it.
        pool.on('error', () => undefined);
        try {
            const result = await pool.query('SELECT current_schema() AS schema');
            return { pool, clientConfig, schema: result.rows[0]?.schema ?? null };
        }
        catch (error) {
            await pool.end().catch(() => undefined);
            throw error;
        }
    };
    let opened;
    try {
        opened = await open(startup(true)).catch((error) => {
            // 42704: a server before 14 does not know client_connection_check_interval.
            if (error.code === '42704')
                return open(startup(false));
            throw error;
        });
    }
    catch (error) {
        throw connectError(error, target);
    }
    const { pool, clientConfig } = opened;
    const scripts = new ScriptConnection(pgModule, clientConfig, target);
    // A connection the pool cannot open mid-run (server gone, connection limit) is exit 5, not a SQL failure.
    const connectingPool = {
        options: pool.options,
        connect: async () => {
            const client = await pool.connect().catch((error) => Promise.reject(connectError(error, target)));
            // A checked-out client (the lock's pinned one) that loses its connection must not crash
            // the process: the next query on it fails, and the lock notices.
            if (!client.listenerCount('error'))
                client.on('error', () => undefined);
            return client;
        },
        end: () => pool.end(),
    };
    const db = new kysely/* Kysely */._$({ dialect: new PostgresDialect({ pool: connectingPool }) });
    const trackingSchema = opened.schema ?? 'public';
    return {
        dialect,
        db,
        trackingSchema,
        target,
        exists: true,
        async existingTables(names) {
            if (!names.length)
                return new Set();
            const result = await (0,sql/* sql */.l) `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = ${trackingSchema} AND tablename IN (${sql/* sql */.l.join(names)})`.execute(db);
            return new Set(result.rows.map((row) => row.name));
        },
        withScriptSession: (sessionOptions, fn) => scripts.session(sessionOptions, fn, pool),
        async scriptSessionId() {
            return String(await scripts.ensureConnected());
        },
        openScriptSession() {
            scripts.openEarly();
        },
        async cancelRunning() {
            const pid = scripts.backendPid();
            if (pid)
                await pool.query('SELECT pg_cancel_backend($1)', [pid]);
        },
        async close() {
            await scripts.close();
            await db.destroy();
            // Kysely ends the pool only if it ever used it; the pool must end either way.
            if (!pool.ended)
                await pool.end();
        },
    };
}
//# sourceMappingURL=postgres-connection.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/postgres/postgres-dialect.js








/**
 * PostgreSQL. The dialect object; its parts live beside it: the script reader (postgres-script.ts,
 * with COPY data in postgres-copy.ts), the connection and its script session (postgres-connection.ts,
 * postgres-session.ts), server admin (postgres-admin.ts), client settings (postgres-client.ts) and
 * what noorm adds to the driver's wire handling (postgres-wire.ts).
 */
const postgresDialect = {
    name: 'postgres',
    capabilities: { transactionalDdl: true },
    tracking: {
        id: { type: 'serial', build: (column) => column.primaryKey() },
        timestamp: 'timestamptz',
        json: 'jsonb',
        text: 'text',
        now: () => (0,sql/* sql */.l) `now()`,
        nowPlusSeconds: (seconds) => (0,sql/* sql */.l) `now() + ${`${seconds} seconds`}::interval`,
    },
    sessionLock: {
        // Advisory locks are per database; the key is derived from the lock's name.
        tryAcquire: (name) => (0,sql/* sql */.l) `SELECT pg_try_advisory_lock(${advisoryKey(name)[0]}, ${advisoryKey(name)[1]}) AS ok`,
        release: (name) => (0,sql/* sql */.l) `SELECT pg_advisory_unlock(${advisoryKey(name)[0]}, ${advisoryKey(name)[1]})`,
        isHeld: (name) => (0,sql/* sql */.l) `SELECT count(*) > 0 AS held FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
                AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
                AND classid = ${advisoryKey(name)[0]}::oid AND objid = ${advisoryKey(name)[1]}::oid`,
        sessionId: () => (0,sql/* sql */.l) `SELECT pg_backend_pid() AS id`,
        // The same noorm connection: same pid, this database, started before the lock was taken.
        findSession: (id, lockedAt) => (0,sql/* sql */.l) `SELECT pid AS id FROM pg_catalog.pg_stat_activity WHERE pid = ${Number(id)} AND application_name = 'noorm'
                AND datname = current_database() AND backend_start <= ${lockedAt}::timestamptz`,
        endSession: (id) => (0,sql/* sql */.l) `SELECT pg_terminate_backend(${Number(id)})`,
    },
    quoteIdentifier: quotePostgresIdentifier,
    quoteLiteral: (value) => (0,literal/* literal */.eu)(value, POSTGRES_LITERALS),
    logicalTypes: {
        text: 'text',
        int: 'integer',
        bigint: 'bigint',
        bool: 'boolean',
        json: 'jsonb',
        timestamp: 'timestamptz',
        uuid: 'uuid',
        serial: 'integer GENERATED BY DEFAULT AS IDENTITY',
    },
    prepareScript: preparePostgresScript,
    hasStatement: (text) => scanPostgresScript(text).statements.length > 0,
    endsAtStatementBoundary: endsAtPostgresStatementBoundary,
    connect: (settings, options) => connectPostgres(postgresDialect, settings, options),
    connectServer: connectPostgresServer,
    validateDatabaseName: (name) => (0,database_name/* checkDatabaseName */.P)(name, { max: 63, unit: 'bytes', server: 'PostgreSQL' }),
};
const POSTGRES_LITERALS = {
    // standard_conforming_strings is on (the default, and what pg_dump sets): backslashes are literal.
    string: literal/* standardString */.hI,
    boolean: (b) => (b ? 'TRUE' : 'FALSE'),
    date: (d) => `'${d.toISOString()}'`,
    bytes: (b) => `'\\x${(0,literal/* hex */.uh)(b)}'::bytea`,
};
/** Two non-negative int4 keys for pg_advisory_lock, from a name. */
function advisoryKey(name) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(name).digest();
    return [digest.readUInt32BE(0) & 0x7fffffff, digest.readUInt32BE(4) & 0x7fffffff];
}
//# sourceMappingURL=postgres-dialect.js.map

/***/ }),

/***/ 83599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ makeLineCounter),
/* harmony export */   gq: () => (/* binding */ BOUNDARY_PROBE),
/* harmony export */   kq: () => (/* binding */ leadingWords),
/* harmony export */   tL: () => (/* binding */ probeLine)
/* harmony export */ });
/** Small text helpers the dialects' script readers share. */
/** Returns a function mapping increasing offsets to 1-based line numbers in O(total length). */
function makeLineCounter(text) {
    let line = 1;
    let scanned = 0;
    return (offset) => {
        if (offset < scanned) {
            line = 1;
            scanned = 0;
        }
        for (; scanned < offset; scanned++)
            if (text.charCodeAt(scanned) === 10)
                line++;
        return line;
    };
}
/**
 * A statement put right after a script (no line break added: a trailing `--` comment must swallow
 * it) to see whether the script left anything open: if the reader finds it as a statement of its
 * own, the script ends at a statement boundary.
 */
const BOUNDARY_PROBE = 'SELECT 1;';
/** The line the probe starts on when put right after `text`. */
function probeLine(text) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines++;
    return lines;
}
/** The first `count` words of a statement, lower-cased (`["begin", "transaction"]`). */
function leadingWords(statement, count) {
    const words = [];
    const pattern = /[A-Za-z_]+/g;
    for (let match = pattern.exec(statement); match && words.length < count; match = pattern.exec(statement)) {
        words.push(match[0].toLowerCase());
    }
    return words;
}
//# sourceMappingURL=script-text.js.map

/***/ }),

/***/ 74835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tlsSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);



const MODES = {
    disable: { enabled: false, verifyChain: false, verifyHost: false },
    false: { enabled: false, verifyChain: false, verifyHost: false },
    // libpq's `allow`/`prefer` fall back to plain text; the drivers cannot, so they mean no TLS here.
    allow: { enabled: false, verifyChain: false, verifyHost: false },
    prefer: { enabled: false, verifyChain: false, verifyHost: false },
    require: { enabled: true, verifyChain: false, verifyHost: false },
    true: { enabled: true, verifyChain: false, verifyHost: false },
    'no-verify': { enabled: true, verifyChain: false, verifyHost: false },
    'verify-ca': { enabled: true, verifyChain: true, verifyHost: false },
    'verify-full': { enabled: true, verifyChain: true, verifyHost: true },
    verify_identity: { enabled: true, verifyChain: true, verifyHost: true },
};
function tlsSettings(settings, root) {
    const mode = (settings.ssl ?? 'disable').trim().toLowerCase();
    const base = MODES[mode];
    if (!base) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('bad-config-value', `ssl must be disable, require, verify-ca or verify-full, got "${settings.ssl}"`, {
            hint: 'Check --ssl, NOORM_SSL or the sslmode parameter of the URL.',
        });
    }
    if (!settings.sslCa)
        return { ...base };
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, settings.sslCa);
    try {
        // A CA file only makes sense with verification; giving one turns `require` into `verify-ca`.
        return { ...base, enabled: true, verifyChain: true, ca: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('bad-config-value', `Cannot read the CA certificate ${file}`, { cause: error, hint: 'Check --ssl-ca / NOORM_SSL_CA.' });
    }
}
//# sourceMappingURL=tls.js.map

/***/ }),

/***/ 56010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ dumpTransactionNote),
/* harmony export */   dm: () => (/* binding */ dumpTransaction),
/* harmony export */   zL: () => (/* binding */ assertNoTransactionControl)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51667);

const HINT = "noorm already runs each file in a transaction, so the file's own transaction statements would commit or roll back noorm's. Remove them, or put `-- noorm:no-transaction` on the first line to run the file as it is. (A file whose only transaction control is one BEGIN before its first statement and one COMMIT as its last, as dump tools write it, runs unchanged.)";
/**
 * Refuses a file that controls its own transaction when noorm wraps it in one: its COMMIT would
 * commit noorm's transaction half-way and break the all-or-nothing promise silently.
 */
function assertNoTransactionControl(heads, isControl) {
    for (const head of heads) {
        if (isControl(head.words)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ScriptFailure */ .g7(`The file manages its own transaction (${head.words.slice(0, 2).join(' ').toUpperCase()} at line ${head.line})`, head.line, undefined, HINT);
        }
    }
}
/**
 * The shape every dump tool writes: session settings, one BEGIN, the body, one COMMIT as the last
 * statement, and no other transaction control. Such a file means "run my body as one
 * transaction", which is what noorm does anyway: the BEGIN and COMMIT it returns are left out and
 * the body runs in noorm's transaction, with its tracking row. Null for any other file.
 */
function dumpTransaction(heads, words) {
    const begin = heads.findIndex((head) => words.isControl(head.words));
    if (begin < 0 || !words.isBegin(heads[begin].words))
        return null;
    const commit = heads.length - 1;
    if (commit <= begin || !words.isCommit(heads[commit].words))
        return null;
    if (!heads.slice(0, begin).every((head) => words.mayPrecede(head.words)))
        return null;
    if (heads.slice(begin + 1, commit).some((head) => words.isControl(head.words)))
        return null;
    return { begin: heads[begin], commit: heads[commit] };
}
/** What the output says about a file run in the dump shape. */
function dumpTransactionNote(begin, commit) {
    const text = `the file's own BEGIN (line ${begin.line}) … COMMIT (line ${commit.line}) wraps the whole file, so its body runs as noorm's transaction for it and is recorded in that same transaction`;
    return { line: begin.line, run: text, plan: text };
}
//# sourceMappingURL=transaction-control.js.map

/***/ }),

/***/ 57150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseSavepointCommand)
/* harmony export */ });
/* harmony import */ var _operation_node_identifier_node_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29648);
/* harmony import */ var _operation_node_raw_node_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43109);
/// <reference types="./savepoint-parser.d.ts" />


function parseSavepointCommand(command, savepointName) {
    return _operation_node_raw_node_js__WEBPACK_IMPORTED_MODULE_0__/* .RawNode */ .z.createWithChildren([
        _operation_node_raw_node_js__WEBPACK_IMPORTED_MODULE_0__/* .RawNode */ .z.createWithSql(`${command} `),
        _operation_node_identifier_node_js__WEBPACK_IMPORTED_MODULE_1__/* .IdentifierNode */ .O.create(savepointName), // ensures savepointName gets sanitized
    ]);
}


/***/ }),

/***/ 88114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ extendStackTrace)
/* harmony export */ });
/* harmony import */ var _object_utils_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26159);
/// <reference types="./stack-trace-utils.d.ts" />

function extendStackTrace(err, stackError) {
    if (isStackHolder(err) && stackError.stack) {
        // Remove the first line that just says `Error`.
        const stackExtension = stackError.stack.split('\n').slice(1).join('\n');
        err.stack += `\n${stackExtension}`;
        return err;
    }
    return err;
}
function isStackHolder(obj) {
    return (0,_object_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(obj) && (0,_object_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(obj.stack);
}


/***/ })

};
