export const id = 239;
export const ids = [239];
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

/***/ 7239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mysqlDialect: () => (/* binding */ mysqlDialect),
  quoteIdentifier: () => (/* binding */ quoteIdentifier)
});

// EXTERNAL MODULE: ./node_modules/kysely/dist/raw-builder/sql.js + 1 modules
var sql = __webpack_require__(20189);
// EXTERNAL MODULE: ./node_modules/kysely/dist/kysely.js + 74 modules
var kysely = __webpack_require__(2735);
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
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/mysql/mysql-driver.js
/// <reference types="./mysql-driver.d.ts" />





const PRIVATE_RELEASE_METHOD = Symbol();
class MysqlDriver {
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
        const rawConnection = await this.#acquireConnection();
        let connection = this.#connections.get(rawConnection);
        if (!connection) {
            connection = new MysqlConnection(rawConnection, this.#config.controlConnection);
            this.#connections.set(rawConnection, connection);
            // The driver must take care of calling `onCreateConnection` when a new
            // connection is created. The `mysql2` module doesn't provide an async hook
            // for the connection creation. We need to call the method explicitly.
            if (this.#config?.onCreateConnection) {
                await this.#config.onCreateConnection(connection, options);
            }
        }
        if (this.#config?.onReserveConnection) {
            await this.#config.onReserveConnection(connection, options);
        }
        return connection;
    }
    async beginTransaction(connection, settings) {
        if (settings.isolationLevel || settings.accessMode) {
            const parts = [];
            if (settings.isolationLevel) {
                parts.push(`isolation level ${settings.isolationLevel}`);
            }
            if (settings.accessMode) {
                parts.push(settings.accessMode);
            }
            const sql = `set transaction ${parts.join(', ')}`;
            // On MySQL this sets the isolation level of the next transaction.
            await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw(sql));
        }
        await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw('begin'));
    }
    async commitTransaction(connection) {
        await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw('commit'));
    }
    async rollbackTransaction(connection) {
        await connection.executeQuery(compiled_query/* CompiledQuery */.E.raw('rollback'));
    }
    async savepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('savepoint', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async rollbackToSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('rollback to', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async releaseSavepoint(connection, savepointName, compileQuery) {
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('release savepoint', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async releaseConnection(connection) {
        connection[PRIVATE_RELEASE_METHOD]();
    }
    async destroy() {
        return new Promise((resolve, reject) => {
            this.#pool.end((err) => {
                if (err) {
                    reject(err);
                }
                else {
                    resolve();
                }
            });
        });
    }
    async #acquireConnection() {
        return new Promise((resolve, reject) => {
            this.#pool.getConnection(async (err, rawConnection) => {
                if (err) {
                    reject(err);
                }
                else {
                    resolve(rawConnection);
                }
            });
        });
    }
}
function isOkPacket(obj) {
    return (0,object_utils/* isObject */.Gv)(obj) && 'insertId' in obj && 'affectedRows' in obj;
}
class MysqlConnection {
    #connection;
    #controlConnection;
    #cid;
    #queryId;
    constructor(connection, controlConnection) {
        this.#connection = connection;
        this.#controlConnection = controlConnection;
    }
    async cancelQuery(controlConnectionProvider) {
        await this.#executeControlQuery(`kill query ${this.#cid}`, controlConnectionProvider);
    }
    async collectSessionInfo() {
        if (this.#cid) {
            return;
        }
        const { threadId } = this.#connection;
        if (threadId != null) {
            this.#cid = threadId;
        }
        else {
            const [{ cid }] = (await this.#executeQuery(compiled_query/* CompiledQuery */.E.raw(`select connection_id() as cid`)));
            this.#cid = Number(cid);
        }
    }
    async executeQuery(compiledQuery) {
        try {
            // this helps ensure we don't cancel the wrong query when aborted.
            this.#queryId = compiledQuery.queryId;
            const result = await this.#executeQuery(compiledQuery);
            if (!isOkPacket(result)) {
                return {
                    rows: (Array.isArray(result) ? result : []),
                };
            }
            const { insertId, affectedRows, changedRows } = result;
            return {
                insertId: insertId != null && insertId.toString() !== '0'
                    ? BigInt(insertId)
                    : undefined,
                numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined,
                numChangedRows: changedRows != null ? BigInt(changedRows) : undefined,
                rows: [],
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
        try {
            // this removes the connection from the pool.
            // this is done to avoid picking it up after the `kill` command next, which
            // would cause an error when attempting to query.
            this.#connection.destroy();
        }
        catch {
            // noop
        }
        await this.#executeControlQuery(`kill connection ${this.#cid}`, controlConnectionProvider);
    }
    async *streamQuery(compiledQuery, _chunkSize) {
        // this helps ensure we don't cancel the wrong query when aborted.
        this.#queryId = compiledQuery.queryId;
        const stream = this.#connection
            .query(compiledQuery.sql, compiledQuery.parameters)
            .stream({ objectMode: true });
        try {
            for await (const row of stream) {
                yield {
                    rows: [row],
                };
            }
        }
        catch (error) {
            if ((0,object_utils/* isObject */.Gv)(error) &&
                'code' in error &&
                // @ts-ignore
                error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
                // Most likely because of https://github.com/mysqljs/mysql/blob/master/lib/protocol/sequences/Query.js#L220
                return;
            }
            throw error;
        }
        finally {
            // this tells cancellation the query is no longer relevant.
            this.#queryId = undefined;
        }
    }
    [PRIVATE_RELEASE_METHOD]() {
        this.#connection.release();
    }
    #executeQuery(compiledQuery) {
        return new Promise((resolve, reject) => {
            this.#connection.query(compiledQuery.sql, compiledQuery.parameters, (err, result) => {
                if (err) {
                    reject(err);
                }
                else {
                    resolve(result);
                }
            });
        });
    }
    async #executeControlQuery(query, controlConnectionProvider) {
        if (!this.#queryId) {
            return;
        }
        const { config } = this.#connection;
        const queryIdToCancel = this.#queryId;
        // we fallback to a pool connection, and execute a SQL query to cancel the
        // query. this is not ideal, as we might have to wait for an idle connection.
        if (!this.#controlConnection || !config) {
            return await controlConnectionProvider(async (controlConnection) => {
                // by the time we get the connection, another query might have been executed.
                // we need to ensure we're not canceling the wrong query.
                if (queryIdToCancel.queryId === this.#queryId?.queryId) {
                    await controlConnection.executeQuery(compiled_query/* CompiledQuery */.E.raw(query, []));
                }
            });
        }
        const { 
        // omitting these as they cause a warning and perhaps a future error when passed.
        clientFlags: _, maxPacketSize: __, ...cfg } = config;
        const controlConnection = this.#controlConnection(cfg);
        try {
            await new Promise((resolve, reject) => {
                controlConnection.connect((connectError) => {
                    if (connectError) {
                        return reject(connectError);
                    }
                    // by the time we get the connection, another query might have been executed.
                    // we need to ensure we're not canceling the wrong query.
                    if (queryIdToCancel.queryId !== this.#queryId?.queryId) {
                        return resolve();
                    }
                    controlConnection.query(query, [], (queryError) => {
                        if (queryError) {
                            return reject(queryError);
                        }
                        resolve();
                    });
                });
            });
        }
        finally {
            controlConnection.destroy();
        }
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/query-compiler/default-query-compiler.js + 1 modules
var default_query_compiler = __webpack_require__(4034);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/mysql/mysql-query-compiler.js
/// <reference types="./mysql-query-compiler.d.ts" />

const LITERAL_ESCAPE_REGEX = /[\\']/g;
const ID_WRAP_REGEX = /`/g;
const JSON_PATH_MEMBER_ESCAPE_REGEX = /[\\'"]/g;
class MysqlQueryCompiler extends default_query_compiler/* DefaultQueryCompiler */.n {
    getCurrentParameterPlaceholder() {
        return '?';
    }
    getLeftExplainOptionsWrapper() {
        return '';
    }
    getExplainOptionAssignment() {
        return '=';
    }
    getExplainOptionsDelimiter() {
        return ' ';
    }
    getRightExplainOptionsWrapper() {
        return '';
    }
    getLeftIdentifierWrapper() {
        return ID_WRAP_REGEX.source;
    }
    getRightIdentifierWrapper() {
        return ID_WRAP_REGEX.source;
    }
    sanitizeIdentifier(identifier) {
        return identifier.replace(ID_WRAP_REGEX, '``');
    }
    /**
     * MySQL requires escaping backslashes in string literals when using the
     * default NO_BACKSLASH_ESCAPES=OFF mode. Without this, a backslash
     * followed by a quote (\') can break out of the string literal.
     *
     * @see https://dev.mysql.com/doc/refman/9.6/en/string-literals.html
     */
    sanitizeStringLiteral(value) {
        return value.replace(LITERAL_ESCAPE_REGEX, (char) => char === '\\' ? '\\\\' : "''");
    }
    /**
     * Member values appear inside `"..."` in the JSON path, which itself sits
     * inside a SQL string literal. They must therefore be escaped twice — once
     * for the JSON path grammar, then again for MySQL's string literal parser.
     */
    sanitizeJSONPathMemberValue(value) {
        return value.replace(JSON_PATH_MEMBER_ESCAPE_REGEX, (char) => char === '\\' ? '\\\\\\\\' : char === "'" ? "''" : '\\\\"');
    }
    visitCreateIndex(node) {
        this.append('create ');
        if (node.unique) {
            this.append('unique ');
        }
        this.append('index ');
        if (node.ifNotExists) {
            this.append('if not exists ');
        }
        this.visitNode(node.name);
        if (node.using) {
            this.append(' using ');
            this.visitNode(node.using);
        }
        if (node.table) {
            this.append(' on ');
            this.visitNode(node.table);
        }
        if (node.columns) {
            this.append(' (');
            this.compileList(node.columns);
            this.append(')');
        }
        if (node.where) {
            this.append(' ');
            this.visitNode(node.where);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/migration/migrator.js
var migrator = __webpack_require__(46847);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/mysql/mysql-introspector.js
/// <reference types="./mysql-introspector.d.ts" />



class MysqlIntrospector {
    #db;
    constructor(db) {
        this.#db = db;
    }
    async getSchemas() {
        let rawSchemas = await this.#db
            .selectFrom('information_schema.schemata')
            .select('schema_name')
            .$castTo()
            .execute();
        return rawSchemas.map((it) => ({ name: it.SCHEMA_NAME }));
    }
    async getTables(options = { withInternalKyselyTables: false }) {
        let query = this.#db
            .selectFrom('information_schema.columns as columns')
            .innerJoin('information_schema.tables as tables', (b) => b
            .onRef('columns.TABLE_CATALOG', '=', 'tables.TABLE_CATALOG')
            .onRef('columns.TABLE_SCHEMA', '=', 'tables.TABLE_SCHEMA')
            .onRef('columns.TABLE_NAME', '=', 'tables.TABLE_NAME'))
            .select([
            'columns.COLUMN_NAME',
            'columns.COLUMN_DEFAULT',
            'columns.TABLE_NAME',
            'columns.TABLE_SCHEMA',
            'tables.TABLE_TYPE',
            'tables.ENGINE',
            'columns.IS_NULLABLE',
            'columns.DATA_TYPE',
            'columns.EXTRA',
            'columns.COLUMN_COMMENT',
        ])
            .where('columns.TABLE_SCHEMA', '=', (0,sql/* sql */.l) `database()`)
            .orderBy('columns.TABLE_NAME')
            .orderBy('columns.ORDINAL_POSITION')
            .$castTo();
        if (!options.withInternalKyselyTables) {
            query = query
                .where('columns.TABLE_NAME', '!=', migrator/* DEFAULT_MIGRATION_TABLE */.kQ)
                .where('columns.TABLE_NAME', '!=', migrator/* DEFAULT_MIGRATION_LOCK_TABLE */.sy);
        }
        const rawColumns = await query.execute();
        return this.#parseTableMetadata(rawColumns);
    }
    #parseTableMetadata(columns) {
        return columns.reduce((tables, it) => {
            let table = tables.find((tbl) => tbl.name === it.TABLE_NAME);
            if (!table) {
                table = (0,object_utils/* freeze */.CN)({
                    name: it.TABLE_NAME,
                    isView: it.TABLE_TYPE === 'VIEW',
                    isForeign: it.ENGINE === 'FEDERATED',
                    schema: it.TABLE_SCHEMA,
                    columns: [],
                });
                tables.push(table);
            }
            table.columns.push((0,object_utils/* freeze */.CN)({
                name: it.COLUMN_NAME,
                dataType: it.DATA_TYPE,
                isNullable: it.IS_NULLABLE === 'YES',
                isAutoIncrementing: it.EXTRA.toLowerCase().includes('auto_increment'),
                hasDefaultValue: it.COLUMN_DEFAULT !== null,
                comment: it.COLUMN_COMMENT === '' ? undefined : it.COLUMN_COMMENT,
            }));
            return tables;
        }, []);
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/dialect/dialect-adapter-base.js
var dialect_adapter_base = __webpack_require__(58676);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/mysql/mysql-adapter.js
/// <reference types="./mysql-adapter.d.ts" />


const LOCK_ID = 'ea586330-2c93-47c8-908d-981d9d270f9d';
const LOCK_TIMEOUT_SECONDS = 60 * 60;
class MysqlAdapter extends dialect_adapter_base/* DialectAdapterBase */.l {
    get supportsTransactionalDdl() {
        return false;
    }
    get supportsReturning() {
        return false;
    }
    async acquireMigrationLock(db, _opt) {
        // Kysely uses a single connection to run the migrations. Because of that, we
        // can take a lock using `get_lock`. Locks acquired using `get_lock` get
        // released when the connection is destroyed (session ends) or when the lock
        // is released using `release_lock`. This way we know that the lock is either
        // released by us after successfull or failed migrations OR it's released by
        // MySQL if the process gets killed for some reason.
        await (0,sql/* sql */.l) `select get_lock(${sql/* sql */.l.lit(LOCK_ID)}, ${sql/* sql */.l.lit(LOCK_TIMEOUT_SECONDS)})`.execute(db);
    }
    async releaseMigrationLock(db, _opt) {
        await (0,sql/* sql */.l) `select release_lock(${sql/* sql */.l.lit(LOCK_ID)})`.execute(db);
    }
}

;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/mysql/mysql-dialect.js
/// <reference types="./mysql-dialect.d.ts" />




/**
 * MySQL dialect that uses the [mysql2](https://github.com/sidorares/node-mysql2#readme) library.
 *
 * The constructor takes an instance of {@link MysqlDialectConfig}.
 *
 * ```ts
 * import { createPool } from 'mysql2'
 *
 * new MysqlDialect({
 *   pool: createPool({
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
 * import { createPool } from 'mysql2'
 *
 * new MysqlDialect({
 *   pool: async () => createPool({
 *     database: 'some_db',
 *     host: 'localhost',
 *   })
 * })
 * ```
 */
class MysqlDialect {
    #config;
    constructor(config) {
        this.#config = config;
    }
    createDriver() {
        return new MysqlDriver(this.#config);
    }
    createQueryCompiler() {
        return new MysqlQueryCompiler();
    }
    createAdapter() {
        return new MysqlAdapter();
    }
    createIntrospector(db) {
        return new MysqlIntrospector(db);
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/dialect/literal.js
var literal = __webpack_require__(61089);
// EXTERNAL MODULE: ./lib/core/dialect/database-name.js
var database_name = __webpack_require__(92969);
// EXTERNAL MODULE: ./lib/core/dialect/registry.js
var registry = __webpack_require__(14775);
// EXTERNAL MODULE: ./lib/core/dialect/connect-error.js
var connect_error = __webpack_require__(34963);
// EXTERNAL MODULE: ./lib/core/dialect/tls.js
var dialect_tls = __webpack_require__(74835);
// EXTERNAL MODULE: ./lib/core/dialect/types.js
var types = __webpack_require__(51667);
// EXTERNAL MODULE: ./lib/core/dialect/script-text.js
var script_text = __webpack_require__(83599);
;// CONCATENATED MODULE: ./lib/core/dialect/mysql/mysql-script.js


/** The DELIMITER directive as the client reads it: its argument up to a space, or quoted. */
const DELIMITER_DIRECTIVE = /^delimiter[ \t]+(?:(['"`])(.*?)\1|(\S+))[^\n]*/i;
function splitMysqlStatements(text) {
    return splitMysqlScript(text).statements;
}
/** The statements, and the delimiter in effect where the script ends. */
function splitMysqlScript(text) {
    const statements = [];
    const lineAt = (0,script_text/* makeLineCounter */.FR)(text);
    const n = text.length;
    let delimiter = ';';
    let start = -1; // offset of the current statement's first significant character
    // Semicolons (not the delimiter) since the statement's last other significant character.
    let trailing = [];
    let parts = [];
    let content = false; // the statement holds more than semicolons
    let gated = false; // inside a /*! executable comment */
    let i = 0;
    const finish = (end) => {
        if (start >= 0) {
            let sql = '';
            let at = start;
            if (content) {
                // Blanked rather than cut, so a comment after them stays and positions stay true.
                for (const offset of trailing) {
                    sql += text.slice(at, offset) + ' ';
                    at = offset + 1;
                }
            }
            sql = (sql + text.slice(at, end)).trimEnd();
            if (sql)
                statements.push({ sql, line: lineAt(start), ...(parts.length ? { parts } : {}), ...(gated ? { open: true } : {}) });
        }
        gated = false;
        start = -1;
        trailing = [];
        parts = [];
        content = false;
    };
    /** A significant character other than `;` at offset `at`. */
    const significant = (at) => {
        if (start < 0)
            start = at;
        if (trailing.length) {
            // The semicolons were not trailing: another server statement starts here.
            if (content)
                parts.push(lineAt(at));
            trailing = [];
        }
        content = true;
    };
    while (i < n) {
        const c = text[i];
        // The DELIMITER directive: a client command on a line of its own, between statements.
        if (start < 0 && (c === 'd' || c === 'D') && atLineStart(text, i)) {
            const match = DELIMITER_DIRECTIVE.exec(text.slice(i, i + 200));
            if (match) {
                const value = match[2] ?? match[3];
                if (value.includes('\\')) {
                    throw new types/* ScriptFailure */.g7('DELIMITER cannot contain a backslash character', lineAt(i), undefined, 'Choose another delimiter, such as // or $$.');
                }
                if (value)
                    delimiter = value;
                i += match[0].length;
                continue;
            }
        }
        if (text.startsWith(delimiter, i)) {
            finish(i);
            i += delimiter.length;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
            i++;
            continue;
        }
        // `--` starts a comment when a blank follows, and, as in the client, always at a statement's start.
        if (c === '#' || (c === '-' && text[i + 1] === '-' && (start < 0 || i + 2 >= n || /[\s]/.test(text[i + 2])))) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const executable = text[i + 2] === '!' || (text[i + 2] === 'M' && text[i + 3] === '!');
            if (executable) {
                // Its content is SQL: keep scanning inside it; the closing */ is skipped below.
                significant(i);
                gated = true;
                i += text[i + 2] === '!' ? 3 : 4;
                continue;
            }
            const close = text.indexOf('*/', i + 2);
            // Inside a statement a comment (or an optimizer hint) stays part of its text.
            if (text[i + 2] === '+')
                significant(i);
            i = close < 0 ? n : close + 2;
            continue;
        }
        if (c === ';') {
            // Not the delimiter (that was matched above): part of a custom-delimited statement.
            if (start < 0)
                start = i;
            trailing.push(i);
            i++;
            continue;
        }
        significant(i);
        if (gated && c === '*' && text[i + 1] === '/') {
            gated = false;
            i += 2;
            continue;
        }
        if (c === "'" || c === '"' || c === '`') {
            i = skipString(text, i);
            continue;
        }
        i++;
    }
    finish(n);
    return { statements, delimiter };
}
function atLineStart(text, i) {
    for (let j = i - 1; j >= 0; j--) {
        const c = text[j];
        if (c === '\n')
            return true;
        if (c !== ' ' && c !== '\t' && c !== '\r')
            return false;
    }
    return true;
}
/** Skips a quoted string or identifier; backslash escapes the next character except in backticks. */
function skipString(text, open) {
    const quote = text[open];
    const n = text.length;
    let i = open + 1;
    while (i < n) {
        const c = text[i];
        if (c === '\\' && quote !== '`') {
            i += 2;
            continue;
        }
        if (c === quote) {
            if (text[i + 1] === quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return n;
}
//# sourceMappingURL=mysql-script.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/mysql/mysql-dialect.js










const mysqlDialect = {
    name: 'mysql',
    // DDL commits implicitly: a file is not all-or-nothing, so each file's status is recorded as
    // it completes and a re-run resumes at the first file that did not succeed.
    capabilities: { transactionalDdl: false },
    tracking: {
        id: { type: 'integer', build: (column) => column.primaryKey().autoIncrement() },
        timestamp: (0,sql/* sql */.l) `datetime(3)`,
        defaultNow: (0,sql/* sql */.l) `CURRENT_TIMESTAMP(3)`,
        json: (0,sql/* sql */.l) `mediumtext`,
        text: 'text',
        // UTC, so sessions with different time_zone settings agree on lock times.
        now: () => (0,sql/* sql */.l) `UTC_TIMESTAMP(3)`,
        nowPlusSeconds: (seconds) => (0,sql/* sql */.l) `UTC_TIMESTAMP(3) + INTERVAL ${seconds} SECOND`,
        timeValue: (time) => time.toISOString().slice(0, 23).replace('T', ' '),
        sessionZone: {
            offsetSeconds: () => (0,sql/* sql */.l) `SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW()) AS utc_offset`,
            shift: (column, seconds) => (0,sql/* sql */.l) `${sql/* sql */.l.ref(column)} + INTERVAL ${seconds} SECOND`,
        },
    },
    sessionLock: {
        // Named locks are server-wide: the name carries the database (see lockName in the lock module).
        tryAcquire: (name) => (0,sql/* sql */.l) `SELECT GET_LOCK(${name}, 0) AS ok`,
        release: (name) => (0,sql/* sql */.l) `SELECT RELEASE_LOCK(${name})`,
        isHeld: (name) => (0,sql/* sql */.l) `SELECT IS_USED_LOCK(${name}) IS NOT NULL AS held`,
        sessionId: () => (0,sql/* sql */.l) `SELECT CONNECTION_ID() AS id`,
        // Ids restart from 1 when the server restarts, so the recorded id is not trusted: the script
        // connection holds a named lock, and the server says which connection still has it.
        findSession: () => (0,sql/* sql */.l) `SELECT IS_USED_LOCK(${sql/* sql */.l.raw(SCRIPT_LOCK)}) AS id`,
        endSession: (id) => (0,sql/* sql */.l) `KILL ${sql/* sql */.l.raw(String(Number(id)))}`,
    },
    quoteIdentifier: (name) => quoteIdentifier(name),
    quoteLiteral: (value) => (0,literal/* literal */.eu)(value, MYSQL_LITERALS),
    logicalTypes: { text: 'text', int: 'int', bigint: 'bigint', bool: 'boolean', json: 'json', timestamp: 'datetime(3)', uuid: 'char(36)', serial: 'int AUTO_INCREMENT' },
    prepareScript(text) {
        return { dialect: 'mysql', statements: splitMysqlStatements(text) };
    },
    hasStatement: (text) => splitMysqlStatements(text).length > 0,
    endsAtStatementBoundary(text) {
        const { statements, delimiter } = splitMysqlScript(text + script_text/* BOUNDARY_PROBE */.gq);
        const last = statements.at(-1);
        return delimiter === ';' && last !== undefined && `${last.sql};` === script_text/* BOUNDARY_PROBE */.gq && last.line === (0,script_text/* probeLine */.tL)(text);
    },
    connect: connectMysql,
    connectServer: connectMysqlServer,
    validateDatabaseName(name) {
        (0,database_name/* checkDatabaseName */.P)(name, { max: 64, unit: 'characters', server: 'MySQL' });
        if (/\s$/.test(name))
            throw new errors/* UsageError */.eb('invalid-database-name', 'MySQL database names cannot end with a space');
    },
};
/** Connection settings for mysql2, without the database. */
function baseOptions(settings, options) {
    const tls = (0,dialect_tls/* tlsSettings */.B)(settings, options.root);
    return {
        host: settings.host ?? '127.0.0.1',
        port: settings.port ?? 3306,
        ...(settings.user !== undefined ? { user: settings.user } : { user: 'root' }),
        ...(settings.password !== undefined ? { password: settings.password } : {}),
        ...(tls.enabled ? { ssl: { rejectUnauthorized: tls.verifyChain, ...(tls.ca ? { ca: tls.ca } : {}) } } : {}),
        charset: 'utf8mb4',
        dateStrings: true,
        connectTimeout: (0,connect_error/* connectTimeoutMs */.Ir)(settings),
    };
}
async function connectMysqlServer(settings, options) {
    const { default: mysql } = await Promise.all(/* import() */[__webpack_require__.e(748), __webpack_require__.e(909)]).then(__webpack_require__.t.bind(__webpack_require__, 20909, 19));
    const target = (0,registry/* describeTarget */.ff)(settings);
    const connection = mysql.createConnection(baseOptions(settings, options));
    connection.on('error', () => undefined);
    try {
        await query(connection, 'SELECT 1');
    }
    catch (error) {
        connection.destroy();
        throw connectError(error, target);
    }
    return {
        async databaseExists(name) {
            return (await query(connection, 'SELECT 1 FROM information_schema.schemata WHERE schema_name = ?', [name])).length > 0;
        },
        async createDatabase(name) {
            await query(connection, `CREATE DATABASE ${quoteIdentifier(name)}`);
        },
        async dropDatabase(name) {
            // As WITH (FORCE) on Postgres: end the sessions using it (those this user may end), so
            // an open transaction cannot hold the drop on a metadata lock.
            const sessions = (await query(connection, 'SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()', [name]));
            for (const session of sessions)
                await query(connection, `KILL ${Number(session.id)}`).catch(() => undefined);
            await query(connection, 'SET SESSION lock_wait_timeout = 60');
            await query(connection, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
        },
        async close() {
            await new Promise((resolve) => connection.end(() => resolve()));
        },
    };
}
async function connectMysql(settings, options) {
    const { default: mysql } = await Promise.all(/* import() */[__webpack_require__.e(748), __webpack_require__.e(909)]).then(__webpack_require__.t.bind(__webpack_require__, 20909, 19));
    const target = (0,registry/* describeTarget */.ff)(settings);
    if (!settings.database) {
        throw new errors/* ConnectError */.T$('connect-failed', `No database named for ${target}`, {
            hint: 'Set --database or NOORM_DATABASE (noorm keeps its tracking tables in that database).',
        });
    }
    const poolOptions = { ...baseOptions(settings, options), database: settings.database, connectionLimit: 4 };
    const pool = mysql.createPool(poolOptions);
    pool.on('connection', (connection) => {
        connection.query(WITHOUT_BACKSLASH_MODE);
        // A dry run cannot write even by accident.
        if (options.readOnly)
            connection.query('SET SESSION TRANSACTION READ ONLY');
    });
    // Script sessions have their own connections, never shared with noorm's own queries.
    // Scripts run on a connection of their own that may send several statements per round trip.
    const scripts = new ScriptConnection(() => mysql.createConnection({ ...poolOptions, multipleStatements: true }), settings.database, target);
    // A connection the pool cannot open mid-run (server gone, connection limit) is exit 5, not a SQL failure.
    const connectingPool = {
        getConnection: (callback) => pool.getConnection((error, connection) => callback(error ? connectError(error, target) : null, connection)),
        end: (callback) => pool.end(callback),
    };
    const db = new kysely/* Kysely */._$({ dialect: new MysqlDialect({ pool: connectingPool }) });
    try {
        await (0,sql/* sql */.l) `SELECT 1`.execute(db);
    }
    catch (error) {
        await db.destroy().catch(() => undefined);
        throw connectError(error, target);
    }
    const database = settings.database;
    return {
        dialect: mysqlDialect,
        db,
        trackingSchema: database,
        target,
        exists: true,
        async existingTables(names) {
            if (!names.length)
                return new Set();
            const result = await (0,sql/* sql */.l) `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ${database} AND table_name IN (${sql/* sql */.l.join(names)})`.execute(db);
            return new Set(result.rows.map((row) => row.name));
        },
        withScriptSession: (sessionOptions, fn) => scripts.session(sessionOptions, fn),
        async scriptSessionId() {
            return String(await scripts.ensureConnected());
        },
        async cancelRunning() {
            // The whole connection, not just the statement: KILL QUERY would let the rest of the
            // batch go on (and an interrupted SLEEP() even counts as success).
            const id = scripts.threadId();
            if (id)
                await (0,sql/* sql */.l) `KILL ${sql/* sql */.l.raw(String(Number(id)))}`.execute(db);
        },
        async close() {
            await scripts.close();
            await db.destroy();
        },
    };
}
const ER_EMPTY_QUERY = 1065;
const MYSQL_LITERALS = {
    // Right whatever the session's sql_mode: quotes doubled (read the same with or without
    // NO_BACKSLASH_ESCAPES), and text holding a backslash or NUL written as hex bytes, which no
    // mode reinterprets.
    string: (s) => {
        if (/[\\\0]/.test(s))
            return `_utf8mb4 X'${Buffer.from(s, 'utf8').toString('hex')}'`;
        return s.includes("'") ? `'${s.replace(/'/g, "''")}'` : `'${s}'`;
    },
    boolean: (b) => (b ? 'TRUE' : 'FALSE'),
    // DATETIME has no zone: a Date is written as its UTC wall-clock time.
    date: (d) => `'${(0,literal/* utcDateTime */.eM)(d)}'`,
    bytes: (b) => `X'${(0,literal/* hex */.uh)(b)}'`,
};
/**
 * mysql2 fills `?` with backslash-escaped text, which a server running with NO_BACKSLASH_ESCAPES
 * misreads. Sessions noorm queries through the pool drop that mode (the user's scripts never run
 * there); on the script connection, whose mode is the user's, noorm fills values itself with
 * literals that read the same in every mode.
 */
const WITHOUT_BACKSLASH_MODE = "SET SESSION sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))";
function formatQuery(text, values) {
    const parts = text.split('?');
    if (parts.length - 1 !== values.length)
        throw new Error(`internal: ${values.length} values for ${parts.length - 1} placeholders`);
    let out = parts[0];
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        out += (value instanceof types/* ServerExpression */.k5 ? value.sql : mysqlDialect.quoteLiteral(value)) + parts[i + 1];
    }
    return out;
}
/** Between the statements of a batch: a newline before the `;` keeps a trailing `-- comment` from swallowing it. */
const SEPARATOR = '\n;\n';
/** Largest batch of statements sent in one round trip (well under any max_allowed_packet). */
const BATCH_BYTES = 512 * 1024;
/**
 * The one connection scripts run on. Statements go in batches (several per round trip, as the
 * client's statements would, one after another); after each file COM_RESET_CONNECTION and USE undo
 * what the file did to its session, and the file's tracking rows follow on the clean session in
 * one transaction.
 */
class ScriptConnection {
    open;
    database;
    target;
    connection = null;
    busy = Promise.resolve();
    /** The server reports changes to the session's state in its answers (session_track_state_change). */
    tracksState = false;
    constructor(open, database, target) {
        this.open = open;
        this.database = database;
        this.target = target;
    }
    session(options, fn) {
        const run = this.busy.then(() => this.run(options, fn));
        this.busy = run.catch(() => undefined);
        return run;
    }
    /** Opens the connection now and returns its server thread id. */
    async ensureConnected() {
        await this.connect();
        return this.threadId();
    }
    /** The server thread of the script session, to cancel its statement. */
    threadId() {
        return this.connection?.threadId ?? null;
    }
    async close() {
        const connection = this.connection;
        this.connection = null;
        if (connection)
            await new Promise((resolve) => connection.end(() => resolve()));
    }
    async connect() {
        if (this.connection)
            return this.connection;
        const connection = this.open();
        connection.on('error', () => undefined);
        try {
            await query(connection, 'SELECT 1');
        }
        catch (error) {
            connection.destroy();
            throw connectError(error, this.target);
        }
        // Servers before MySQL 5.7 / MariaDB 10.2 cannot say: every file is followed by a reset.
        this.tracksState = await query(connection, TRACK_STATE).then(() => true, () => false);
        try {
            await holdScriptLock(connection);
        }
        catch (error) {
            connection.destroy();
            throw error;
        }
        this.connection = connection;
        return connection;
    }
    async run(options, fn) {
        const { transaction } = options;
        const connection = await this.connect();
        // Rows noorm writes after a file without a transaction wait for the session to be clean.
        const deferred = [];
        // Whether the file may have changed its session, so it needs the reset before noorm's rows.
        let touched = !this.tracksState;
        // A file of a session of one file that cannot touch its session, held back to go to the
        // server in one query with its tracking rows (see sendWithRows).
        let held = null;
        const session = {
            execute: async (script, executeOptions) => {
                const { statements } = script;
                if (options.oneFile && !transaction && !touched && !executeOptions?.continues && canSendWithRows(statements)) {
                    held = statements;
                    return;
                }
                if (!touched && !statements.every(leavesSessionAlone))
                    touched = true;
                const { status, changed } = await executeBatches(connection, statements);
                if (changed)
                    touched = true;
                // `SET autocommit = 0` or a START TRANSACTION without COMMIT: the reset would
                // silently throw that work away, so the file fails instead. The server says so in
                // its answer to the last statement; after a result set noorm asks.
                if (!transaction && !executeOptions?.continues && (status === undefined ? await inTransaction(connection) : (status & SERVER_STATUS_IN_TRANS) !== 0)) {
                    throw new types/* ScriptFailure */.g7('The file left a transaction open (autocommit off, or a START TRANSACTION without COMMIT); its uncommitted work was rolled back', undefined, undefined, 'End the file with COMMIT, or leave autocommit on.');
                }
            },
            async run(compiled) {
                if (transaction)
                    await query(connection, compiled.sql, compiled.parameters);
                else
                    deferred.push(formatQuery(compiled.sql, compiled.parameters));
            },
            // Sent with its rows, a file is timed by the server: from its first statement to the row.
            recordedDuration: () => (held ? HELD_FILE_DURATION : undefined),
        };
        let result;
        try {
            if (transaction)
                await query(connection, 'START TRANSACTION');
            result = await fn(session);
            if (transaction)
                await query(connection, 'COMMIT');
            if (held) {
                const statements = held;
                held = null;
                // What triggers or functions the statements fired may still have set variables:
                // then the reset follows, before the next file.
                if (await sendWithRows(connection, statements, deferred))
                    await this.reset(connection);
                return result;
            }
        }
        catch (error) {
            await query(connection, 'ROLLBACK').catch(() => undefined);
            await this.reset(connection);
            throw error;
        }
        // The tracking rows go on a clean session: this one once reset (in the query that restores
        // it), or a fresh one if the server (or a proxy in front of it) cannot reset sessions.
        const rows = deferred.length ? ['START TRANSACTION', ...deferred, 'COMMIT'] : [];
        if (!touched) {
            // Nothing the file ran changed its session (the statements' kinds say so, and the
            // server's own state tracking agrees): the rows need no reset before them.
            if (rows.length)
                await query(connection, rows.join(';\n'));
            return result;
        }
        if (await this.reset(connection, rows))
            return result;
        const clean = await this.connect();
        if (rows.length)
            await query(clean, rows.join(';\n'));
        return result;
    }
    /**
     * COM_RESET_CONNECTION drops variables, temp tables, autocommit and sql_mode; USE undoes
     * `USE other_db`. `then` (noorm's own statements for the clean session) goes in the same query
     * as the USE and the script lock: one round trip after the reset. A connection that cannot be
     * reset is closed and `then` not run; false tells the caller.
     */
    async reset(connection, then = []) {
        try {
            await new Promise((resolve, reject) => connection.reset((error) => (error ? reject(error) : resolve())));
        }
        catch {
            this.forget(connection);
            return false;
        }
        // The reset released the script lock too: it is taken again before noorm's rows are written.
        // The reset turned the server's state tracking off again.
        const restore = [`USE ${quoteIdentifier(this.database)}`, SCRIPT_LOCK_QUERY, ...(this.tracksState ? [TRACK_STATE] : [])];
        const { results, completed, error } = await countedQuery(connection, [...restore, ...then].join(';\n'));
        if (error && completed < restore.length) {
            // The session could not be restored; noorm's rows have not run.
            this.forget(connection);
            return false;
        }
        try {
            // Restored, then noorm's own statements failed: that error is the caller's.
            if (error)
                throw error;
            checkScriptLock(results[1]);
        }
        catch (failure) {
            this.forget(connection);
            throw failure;
        }
        return true;
    }
    forget(connection) {
        if (this.connection === connection)
            this.connection = null;
        connection.destroy();
    }
}
/** Named after the database (hashed: named locks are at most 64 characters). */
const SCRIPT_LOCK = "CONCAT('noorm-script:', LEFT(SHA1(DATABASE()), 40))";
/**
 * The script connection holds a named lock for as long as it lives, so after a crash the next run
 * can ask the server which connection, if any, is still running the crashed run's statement.
 */
async function holdScriptLock(connection) {
    checkScriptLock(await query(connection, SCRIPT_LOCK_QUERY));
}
const SCRIPT_LOCK_QUERY = `SELECT GET_LOCK(${SCRIPT_LOCK}, 10) AS ok`;
function checkScriptLock(rows) {
    if (Number(rows?.[0]?.ok) !== 1) {
        throw new errors/* LockError */.Ku('script-session-busy', 'A script session of an earlier noorm run is still running a statement on this database', {
            hint: 'Wait for it to finish (or end it on the server), then run again.',
        });
    }
}
async function inTransaction(connection) {
    const rows = (await query(connection, 'SELECT @@in_transaction AS open'));
    return Number(rows[0]?.open) === 1;
}
/** Status flags of the protocol: a transaction is open; the statement changed the session's state. */
const SERVER_STATUS_IN_TRANS = 0x0001;
const SERVER_SESSION_STATE_CHANGED = 0x4000;
/**
 * Asks the server to flag every answer whose statement changed the session: user variables,
 * system variables, the default database, temporary tables, prepared statements.
 */
const TRACK_STATE = 'SET SESSION session_track_state_change = ON';
/**
 * Statements of these kinds leave the session as it was unless the server flags a change (a
 * trigger setting a variable, CREATE TEMPORARY TABLE). Not SET, USE, LOCK TABLES, DO, SELECT, CALL
 * or an executable comment, and nothing naming a variable outside quotes: the server does not
 * flag every effect of those (MariaDB leaves `INSERT … SELECT @v := 1` and `DO GET_LOCK(…)` unflagged).
 */
const SESSION_NEUTRAL = /^(?:create|alter|drop|insert|update|delete|replace|rename|truncate)\b/i;
/** Files bigger than this go on their own (one batch, as executeBatches cuts them). */
const HOLD_LIMIT = 256 * 1024;
/**
 * A file that can go to the server in one query with its tracking rows: each statement leaves the
 * session alone (so noorm's rows, fully qualified, stay immune to it) and can share a query (see
 * sentAlone); small enough for one batch.
 */
function canSendWithRows(statements) {
    let bytes = 0;
    for (const statement of statements) {
        if (sentAlone(statement) || !leavesSessionAlone(statement))
            return false;
        bytes += statement.sql.length;
        if (bytes > HOLD_LIMIT)
            return false;
    }
    return statements.length > 0;
}
/** Started before the file's first statement, read by its tracking row (HELD_FILE_DURATION); cleared after. */
const CLOCK_START = 'SET @noorm_file_started = SYSDATE(6)';
const CLOCK_CLEAR = 'SET @noorm_file_started = NULL';
const HELD_FILE_DURATION = new types/* ServerExpression */.k5('TIMESTAMPDIFF(MICROSECOND, @noorm_file_started, SYSDATE(6)) DIV 1000');
/**
 * The file's statements, then its tracking rows in a transaction, in one query: one round trip for
 * the file. The statements commit as they run, as the client's do; a failing one stops the query
 * there, so no row is written for a file that did not complete. True when the server says a
 * statement of the file changed the session after all (a trigger setting a variable).
 *
 * Where the file ends with an INSERT, UPDATE, DELETE or REPLACE, the transaction opens before that
 * statement, so it and the rows commit together: the rows cost no commit (log flush) of their own,
 * the file makes as many as under the client, and its last change and its record cannot part.
 * Should that statement fail, it is undone, as under autocommit, and no row is written.
 */
async function sendWithRows(connection, statements, rows) {
    const fold = rows.length > 0 && DML.test(withoutLeadingComments(statements.at(-1).sql));
    // What the query sends, each with the file's statement it is, if it is one.
    const sent = [{ sql: CLOCK_START }];
    statements.forEach((statement, i) => {
        if (fold && i === statements.length - 1)
            sent.push({ sql: 'START TRANSACTION' });
        sent.push({ sql: statement.sql, statement });
    });
    if (rows.length)
        sent.push(...(fold ? [] : [{ sql: 'START TRANSACTION' }]), ...rows.map((sql) => ({ sql })), { sql: 'COMMIT' });
    sent.push({ sql: CLOCK_CLEAR });
    const { results, completed, error } = await countedQuery(connection, sent.map((part) => part.sql).join(SEPARATOR));
    if (error) {
        // The caller rolls back what a folded transaction holds: the failed statement, or noorm's rows.
        const failed = sent[completed]?.statement;
        throw failed ? scriptFailure(error, failed, 0, true) : error;
    }
    const flags = sent.flatMap((part, i) => (part.statement ? [statusOf(results[i])] : []));
    return !flags.every((status) => status !== undefined && (status & SERVER_SESSION_STATE_CHANGED) === 0);
}
/** Statements that change rows only, and can share a transaction with noorm's rows. */
const DML = /^(?:insert|update|delete|replace)\b/i;
function leavesSessionAlone(statement) {
    const text = withoutLeadingComments(statement.sql);
    return SESSION_NEUTRAL.test(text) && !/\btemporary\b/i.test(text) && !text.replace(QUOTED, '').includes('@');
}
/** Strings and quoted identifiers, with either escape; what is left holds any `@variable`. */
const QUOTED = /'(?:[^'\\]|\\[\s\S]|'')*'|"(?:[^"\\]|\\[\s\S]|"")*"|`(?:[^`]|``)*`/g;
/** Leading blanks and plain comments; an executable comment (`/*!…`, `/*M!…`) is kept: it runs. */
function withoutLeadingComments(text) {
    let rest = text;
    for (;;) {
        const next = rest.replace(/^\s+/, '').replace(/^(?:--[ \t][^\n]*(?:\n|$)|--(?:\n|$)|#[^\n]*(?:\n|$)|\/\*(?!!|M!)[\s\S]*?\*\/)/, '');
        if (next === rest)
            return rest;
        rest = next;
    }
}
/** A query of several statements: their results, and how many completed before an error. */
function countedQuery(connection, text) {
    return new Promise((resolve) => {
        const command = connection.query(text, (error, results) => {
            if (!error)
                return resolve({ results: results, completed: results.length });
            resolve({ results: [], completed: command._resultIndex ?? 0, error });
        });
    });
}
function query(connection, text, values) {
    const sqlText = values ? formatQuery(text, values) : text;
    return new Promise((resolve, reject) => connection.query(sqlText, (error, result) => (error ? reject(error) : resolve(result))));
}
/**
 * Sends statements in order, several per round trip. A CALL may return several result sets, so it
 * goes alone; elsewhere the number of result sets completed before an error names the statement
 * that failed.
 */
async function executeBatches(connection, statements) {
    let status;
    let changed = false;
    let i = 0;
    while (i < statements.length) {
        const batch = [statements[i]];
        let bytes = batch[0].sql.length;
        if (!sentAlone(batch[0])) {
            while (i + batch.length < statements.length) {
                const next = statements[i + batch.length];
                if (sentAlone(next) || bytes + next.sql.length > BATCH_BYTES)
                    break;
                batch.push(next);
                bytes += next.sql.length;
            }
        }
        const text = batch.map((statement) => statement.sql).join(SEPARATOR);
        status = await new Promise((resolve, reject) => {
            const command = connection.query(text, (error, results) => {
                if (!error) {
                    if (!statusOfAll(results, batch.length).every((flags) => flags !== undefined && (flags & SERVER_SESSION_STATE_CHANGED) === 0))
                        changed = true;
                    return resolve(statusOfAll(results, batch.length).at(-1));
                }
                // A statement the server found empty (a comment gated to another version) is what
                // the command-line client shrugs off too.
                if (batch.length === 1 && onlyGatedComments(batch[0]) && error.errno === ER_EMPTY_QUERY) {
                    changed = true;
                    return resolve(undefined);
                }
                const completed = command._resultIndex ?? 0;
                // Alone, a statement's results count its own server statements.
                if (batch.length === 1)
                    reject(scriptFailure(error, batch[0], completed));
                else {
                    const failed = Math.min(completed, batch.length - 1);
                    reject(scriptFailure(error, batch[failed], 0, failed < batch.length - 1));
                }
            });
        });
        i += batch.length;
    }
    return { status, changed };
}
/**
 * The server's status flags after each statement of a query, from their OK packets; undefined for
 * a statement that returned rows (the driver does not keep its end packet's flags) and, when the
 * results cannot be matched to the statements, for all of them.
 */
function statusOfAll(results, statements) {
    // One statement: its OK packet or its rows. Several: a list of those, one per result set.
    const list = statements === 1 ? [results] : Array.isArray(results) ? results : [];
    const flags = list.map(statusOf);
    return flags.length === statements ? flags : [undefined];
}
/** One statement's status flags from its OK packet; undefined for one that returned rows. */
function statusOf(result) {
    if (result?.constructor?.name !== 'ResultSetHeader')
        return undefined;
    const status = result.serverStatus;
    return typeof status === 'number' ? status : undefined;
}
/**
 * A CALL may return several result sets, a statement that is only a version-gated comment may be
 * empty for this server, and one holding several server statements (or a stray `;`) must fail on
 * its own to be placed: all go alone.
 */
function sentAlone(statement) {
    return Boolean(statement.parts || statement.open) || statement.sql.startsWith(';') || /^\s*call\b/i.test(statement.sql) || onlyGatedComments(statement);
}
function quoteIdentifier(name) {
    return '`' + name.replace(/`/g, '``') + '`';
}
/**
 * A syntax error quotes the query from the failing token on ("near '…'"); where statements after
 * the failing one were sent with it, the quote is cut where its statement ends, as the client,
 * which sends one statement a query, shows it.
 */
function nearWithinStatement(message, sql) {
    const near = /near '([\s\S]*)' at line \d+$/.exec(message);
    if (!near)
        return message;
    const quoted = near[1];
    for (let from = Math.max(0, sql.length - quoted.length); from <= sql.length; from++) {
        const tail = sql.slice(from);
        const rest = quoted.slice(tail.length);
        if (quoted.startsWith(tail) && rest && (rest.startsWith(SEPARATOR) || SEPARATOR.startsWith(rest))) {
            return message.slice(0, near.index + 6) + tail + message.slice(near.index + 6 + quoted.length);
        }
    }
    return message;
}
function onlyGatedComments(statement) {
    return /^(\s*\/\*[!M][\s\S]*?\*\/)+\s*$/.test(statement.sql);
}
/**
 * The server's "at line N" counts from the first line of the server statement that failed: the
 * `part`-th one inside `statement` (0: the statement itself).
 */
function scriptFailure(error, statement, part, followed = false) {
    const message = followed ? nearWithinStatement((0,errors/* messageOf */.bD)(error), statement.sql) : (0,errors/* messageOf */.bD)(error);
    const at = /at line (\d+)\s*$/.exec(message);
    const first = part > 0 ? (statement.parts?.[part - 1] ?? statement.line) : statement.line;
    const line = at ? first + Number(at[1]) - 1 : first;
    return new types/* ScriptFailure */.g7(message, line, error);
}
function connectError(error, target) {
    return (0,connect_error/* connectFailure */.vZ)(error, target, {
        ER_ACCESS_DENIED_ERROR: connect_error/* CREDENTIALS_HINT */.Pc,
        ER_BAD_DB_ERROR: connect_error/* MISSING_DATABASE_HINT */.rW,
        ER_DBACCESS_DENIED_ERROR: 'This user may not use that database; check its grants.',
    }, isServerError(error));
}
/** Server error numbers start at 1000; client-side failures (network) have none or a lower one. */
function isServerError(error) {
    const errno = error.errno;
    return typeof errno === 'number' && errno >= 1000;
}
//# sourceMappingURL=mysql-dialect.js.map

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
