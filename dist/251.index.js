export const id = 251;
export const ids = [251];
export const modules = {

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

/***/ 93251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sqliteDialect: () => (/* binding */ sqliteDialect)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/kysely/dist/raw-builder/sql.js + 1 modules
var sql = __webpack_require__(20189);
// EXTERNAL MODULE: ./node_modules/kysely/dist/kysely.js + 74 modules
var kysely = __webpack_require__(2735);
// EXTERNAL MODULE: ./node_modules/kysely/dist/operation-node/select-query-node.js + 2 modules
var select_query_node = __webpack_require__(23637);
// EXTERNAL MODULE: ./node_modules/kysely/dist/parser/savepoint-parser.js
var savepoint_parser = __webpack_require__(57150);
// EXTERNAL MODULE: ./node_modules/kysely/dist/query-compiler/compiled-query.js
var compiled_query = __webpack_require__(94596);
// EXTERNAL MODULE: ./node_modules/kysely/dist/util/object-utils.js
var object_utils = __webpack_require__(26159);
// EXTERNAL MODULE: ./node_modules/kysely/dist/util/query-id.js
var query_id = __webpack_require__(54322);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/sqlite/sqlite-driver.js
/// <reference types="./sqlite-driver.d.ts" />





class SqliteDriver {
    #config;
    #db;
    #connection;
    constructor(config) {
        this.#config = (0,object_utils/* freeze */.CN)({ ...config });
    }
    async init(options) {
        this.#db = (0,object_utils/* isFunction */.Tn)(this.#config.database)
            ? await this.#config.database(options)
            : this.#config.database;
        this.#connection = new SqliteConnection(this.#db);
        if (this.#config.onCreateConnection) {
            await this.#config.onCreateConnection(this.#connection, options);
        }
    }
    async acquireConnection() {
        return this.#connection;
    }
    async beginTransaction(connection) {
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
        await connection.executeQuery(compileQuery((0,savepoint_parser/* parseSavepointCommand */._)('release', savepointName), (0,query_id/* createQueryId */.a)()));
    }
    async releaseConnection() {
        // noop
    }
    async destroy() {
        this.#db?.close();
    }
}
class SqliteConnection {
    #db;
    constructor(db) {
        this.#db = db;
    }
    async executeQuery(compiledQuery) {
        const { sql, parameters } = compiledQuery;
        const stmt = this.#db.prepare(sql);
        if (stmt.reader) {
            return {
                rows: stmt.all(parameters),
            };
        }
        const { changes, lastInsertRowid } = stmt.run(parameters);
        return {
            insertId: lastInsertRowid != null ? BigInt(lastInsertRowid) : undefined,
            numAffectedRows: changes != null ? BigInt(changes) : undefined,
            rows: [],
        };
    }
    async *streamQuery(compiledQuery, _chunkSize) {
        const { sql, parameters, query } = compiledQuery;
        const stmt = this.#db.prepare(sql);
        if (!select_query_node/* SelectQueryNode */.L.is(query)) {
            throw new Error('Sqlite driver only supports streaming of select queries');
        }
        const iter = stmt.iterate(parameters);
        for (const row of iter) {
            yield {
                rows: [row],
            };
        }
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/query-compiler/default-query-compiler.js + 1 modules
var default_query_compiler = __webpack_require__(4034);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/sqlite/sqlite-query-compiler.js
/// <reference types="./sqlite-query-compiler.d.ts" />

const ID_WRAP_REGEX = /"/g;
const JSON_PATH_MEMBER_ESCAPE_REGEX = /[\\'"]/g;
class SqliteQueryCompiler extends default_query_compiler/* DefaultQueryCompiler */.n {
    visitOrAction(node) {
        this.append('or ');
        this.append(node.action);
    }
    getCurrentParameterPlaceholder() {
        return '?';
    }
    getLeftExplainOptionsWrapper() {
        return '';
    }
    getRightExplainOptionsWrapper() {
        return '';
    }
    getLeftIdentifierWrapper() {
        return '"';
    }
    getRightIdentifierWrapper() {
        return '"';
    }
    getAutoIncrement() {
        return 'autoincrement';
    }
    sanitizeIdentifier(identifier) {
        return identifier.replace(ID_WRAP_REGEX, '""');
    }
    sanitizeJSONPathMemberValue(value) {
        return value.replace(JSON_PATH_MEMBER_ESCAPE_REGEX, (char) => char === '\\' ? '\\\\' : char === "'" ? "''" : '\\"');
    }
    visitDefaultInsertValue(_) {
        // sqlite doesn't support the `default` keyword in inserts.
        this.append('null');
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/migration/migrator.js
var migrator = __webpack_require__(46847);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/sqlite/sqlite-introspector.js
/// <reference types="./sqlite-introspector.d.ts" />


class SqliteIntrospector {
    #db;
    constructor(db) {
        this.#db = db;
    }
    async getSchemas() {
        // Sqlite doesn't support schemas.
        return [];
    }
    async getTables(options = { withInternalKyselyTables: false }) {
        return await this.#getTableMetadata(options);
    }
    #tablesQuery(qb, options) {
        let tablesQuery = qb
            .selectFrom('sqlite_master')
            .where('type', 'in', ['table', 'view'])
            .where('name', 'not like', 'sqlite_%')
            .select(['name', 'sql', 'type'])
            .orderBy('name');
        if (!options.withInternalKyselyTables) {
            tablesQuery = tablesQuery
                .where('name', '!=', migrator/* DEFAULT_MIGRATION_TABLE */.kQ)
                .where('name', '!=', migrator/* DEFAULT_MIGRATION_LOCK_TABLE */.sy);
        }
        return tablesQuery;
    }
    async #getTableMetadata(options) {
        const tablesResult = await this.#tablesQuery(this.#db, options).execute();
        const tableMetadata = await this.#db
            .with('table_list', (qb) => this.#tablesQuery(qb, options))
            .selectFrom([
            'table_list as tl',
            (0,sql/* sql */.l) `pragma_table_info(tl.name)`.as('p'),
        ])
            .select([
            'tl.name as table',
            'p.cid',
            'p.name',
            'p.type',
            'p.notnull',
            'p.dflt_value',
            'p.pk',
        ])
            .orderBy('tl.name')
            .orderBy('p.cid')
            .execute();
        const columnsByTable = {};
        for (const row of tableMetadata) {
            columnsByTable[row.table] ??= [];
            columnsByTable[row.table].push(row);
        }
        return tablesResult.map(({ name, sql, type }) => {
            // // Try to find the name of the column that has `autoincrement` 🤦
            let autoIncrementCol = sql
                ?.split(/[\(\),]/)
                ?.find((it) => it.toLowerCase().includes('autoincrement'))
                ?.trimStart()
                ?.split(/\s+/)?.[0]
                ?.replace(/["`]/g, '');
            const columns = columnsByTable[name] ?? [];
            // Otherwise, check for an INTEGER PRIMARY KEY
            // https://www.sqlite.org/autoinc.html
            if (!autoIncrementCol) {
                const pkCols = columns.filter((r) => r.pk > 0);
                if (pkCols.length === 1 && pkCols[0].type.toLowerCase() === 'integer') {
                    autoIncrementCol = pkCols[0].name;
                }
            }
            return {
                name: name,
                isView: type === 'view',
                isForeign: false,
                columns: columns.map((col) => ({
                    name: col.name,
                    dataType: col.type,
                    isNullable: !col.notnull,
                    isAutoIncrementing: col.name === autoIncrementCol,
                    hasDefaultValue: col.dflt_value != null,
                    comment: undefined,
                })),
            };
        });
    }
}

// EXTERNAL MODULE: ./node_modules/kysely/dist/dialect/dialect-adapter-base.js
var dialect_adapter_base = __webpack_require__(58676);
;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/sqlite/sqlite-adapter.js
/// <reference types="./sqlite-adapter.d.ts" />

class SqliteAdapter extends dialect_adapter_base/* DialectAdapterBase */.l {
    get supportsMultipleConnections() {
        return false;
    }
    get supportsTransactionalDdl() {
        return false;
    }
    get supportsReturning() {
        return true;
    }
    async acquireMigrationLock(_db, _opt) {
        // SQLite only has one connection that's reserved by the migration system
        // for the whole time between acquireMigrationLock and releaseMigrationLock.
        // We don't need to do anything here.
    }
    async releaseMigrationLock(_db, _opt) {
        // SQLite only has one connection that's reserved by the migration system
        // for the whole time between acquireMigrationLock and releaseMigrationLock.
        // We don't need to do anything here.
    }
}

;// CONCATENATED MODULE: ./node_modules/kysely/dist/dialect/sqlite/sqlite-dialect.js
/// <reference types="./sqlite-dialect.d.ts" />





/**
 * SQLite dialect that uses the [better-sqlite3](https://github.com/JoshuaWise/better-sqlite3) library.
 *
 * The constructor takes an instance of {@link SqliteDialectConfig}.
 *
 * ```ts
 * import Database from 'better-sqlite3'
 *
 * new SqliteDialect({
 *   database: new Database('db.sqlite')
 * })
 * ```
 *
 * If you want the pool to only be created once it's first used, `database`
 * can be a function:
 *
 * ```ts
 * import Database from 'better-sqlite3'
 *
 * new SqliteDialect({
 *   database: async () => new Database('db.sqlite')
 * })
 * ```
 */
class SqliteDialect {
    #config;
    constructor(config) {
        this.#config = (0,object_utils/* freeze */.CN)({ ...config });
    }
    createDriver() {
        return new SqliteDriver(this.#config);
    }
    createQueryCompiler() {
        return new SqliteQueryCompiler();
    }
    createAdapter() {
        return new SqliteAdapter();
    }
    createIntrospector(db) {
        return new SqliteIntrospector(db);
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/dialect/literal.js
var literal = __webpack_require__(61089);
// EXTERNAL MODULE: ./lib/core/dialect/transaction-control.js
var transaction_control = __webpack_require__(56010);
// EXTERNAL MODULE: ./lib/core/dialect/registry.js
var registry = __webpack_require__(14775);
// EXTERNAL MODULE: ./lib/core/dialect/types.js
var types = __webpack_require__(51667);
// EXTERNAL MODULE: ./lib/core/dialect/script-text.js
var script_text = __webpack_require__(83599);
;// CONCATENATED MODULE: ./lib/core/dialect/sqlite/sqlite-script.js

var Token;
(function (Token) {
    Token[Token["Semi"] = 0] = "Semi";
    Token[Token["Ws"] = 1] = "Ws";
    Token[Token["Other"] = 2] = "Other";
    Token[Token["Explain"] = 3] = "Explain";
    Token[Token["Create"] = 4] = "Create";
    Token[Token["Temp"] = 5] = "Temp";
    Token[Token["Trigger"] = 6] = "Trigger";
    Token[Token["End"] = 7] = "End";
})(Token || (Token = {}));
var State;
(function (State) {
    State[State["Invalid"] = 0] = "Invalid";
    State[State["Start"] = 1] = "Start";
    State[State["Normal"] = 2] = "Normal";
    State[State["Explain"] = 3] = "Explain";
    State[State["Create"] = 4] = "Create";
    State[State["Trigger"] = 5] = "Trigger";
    State[State["Semi"] = 6] = "Semi";
    State[State["End"] = 7] = "End";
})(State || (State = {}));
// Rows: state; columns: token. Mirrors the transition table of SQLite's complete.c.
const TRANSITIONS = [
    /* Invalid */ [State.Start, State.Invalid, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
    /* Start   */ [State.Start, State.Start, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
    /* Normal  */ [State.Start, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal],
    /* Explain */ [State.Start, State.Explain, State.Explain, State.Normal, State.Create, State.Normal, State.Normal, State.Normal],
    /* Create  */ [State.Start, State.Create, State.Normal, State.Normal, State.Normal, State.Create, State.Trigger, State.Normal],
    /* Trigger */ [State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
    /* Semi    */ [State.Semi, State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.End],
    /* End     */ [State.Start, State.End, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
];
const KEYWORDS = {
    create: Token.Create,
    trigger: Token.Trigger,
    temp: Token.Temp,
    temporary: Token.Temp,
    end: Token.End,
    explain: Token.Explain,
};
function isIdChar(code) {
    return ((code >= 0x30 && code <= 0x39) || // 0-9
        (code >= 0x41 && code <= 0x5a) || // A-Z
        (code >= 0x61 && code <= 0x7a) || // a-z
        code === 0x5f || // _
        code === 0x24 || // $
        code >= 0x80);
}
function splitSqliteStatements(script) {
    const statements = [];
    let state = State.Start;
    let start = -1; // offset of the current statement's first token
    let i = 0;
    const n = script.length;
    const lineAt = (0,script_text/* makeLineCounter */.FR)(script);
    while (i < n) {
        const ch = script[i];
        let token;
        const tokenStart = i;
        if (ch === ';') {
            token = Token.Semi;
            i++;
        }
        else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
            token = Token.Ws;
            i++;
        }
        else if (ch === '/' && script[i + 1] === '*') {
            const close = script.indexOf('*/', i + 2);
            i = close < 0 ? n : close + 2;
            token = Token.Ws;
        }
        else if (ch === '-' && script[i + 1] === '-') {
            const eol = script.indexOf('\n', i + 2);
            i = eol < 0 ? n : eol + 1;
            token = Token.Ws;
        }
        else if (ch === '[') {
            const close = script.indexOf(']', i + 1);
            i = close < 0 ? n : close + 1;
            token = Token.Other;
        }
        else if (ch === '`' || ch === '"' || ch === "'") {
            const close = script.indexOf(ch, i + 1);
            i = close < 0 ? n : close + 1;
            token = Token.Other;
        }
        else if (isIdChar(script.charCodeAt(i))) {
            let j = i + 1;
            while (j < n && isIdChar(script.charCodeAt(j)))
                j++;
            token = KEYWORDS[script.slice(i, j).toLowerCase()] ?? Token.Other;
            i = j;
        }
        else {
            token = Token.Other;
            i++;
        }
        if (token !== Token.Ws && token !== Token.Semi && start < 0)
            start = tokenStart;
        state = TRANSITIONS[state][token];
        if (state === State.Start && token === Token.Semi && start >= 0) {
            statements.push({ sql: script.slice(start, i), line: lineAt(start) });
            start = -1;
        }
    }
    if (start >= 0) {
        const sql = script.slice(start).trimEnd();
        if (sql)
            statements.push({ sql, line: lineAt(start) });
    }
    return statements;
}
//# sourceMappingURL=sqlite-script.js.map
// EXTERNAL MODULE: ./lib/core/dialect/sqlite/sqlite-driver.js
var sqlite_driver = __webpack_require__(97294);
;// CONCATENATED MODULE: ./lib/core/dialect/sqlite/sqlite-dialect.js











const SQLITE_LITERALS = {
    string: literal/* standardString */.hI,
    boolean: (b) => (b ? '1' : '0'),
    date: (d) => `'${d.toISOString()}'`,
    bytes: (b) => `X'${(0,literal/* hex */.uh)(b)}'`,
};
/** Milliseconds a script's statement waits for another connection's write lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * noorm's own connection waits less: a run polling for the lock must come back to its own wait
 * loop (and its --lock-wait) instead of sitting in SQLite's busy handler while another run writes.
 */
const MAIN_BUSY_TIMEOUT_MS = 1000;
const TIMESTAMP_FORMAT = '%Y-%m-%d %H:%M:%f';
const sqliteDialect = {
    name: 'sqlite',
    capabilities: { transactionalDdl: true, connectCreatesDatabase: true },
    tracking: {
        id: { type: 'integer', build: (column) => column.primaryKey().autoIncrement() },
        timestamp: 'timestamp',
        json: 'text',
        text: 'text',
        now: () => (0,sql/* sql */.l) `strftime(${TIMESTAMP_FORMAT}, 'now')`,
        nowPlusSeconds: (seconds) => (0,sql/* sql */.l) `strftime(${TIMESTAMP_FORMAT}, 'now', ${`+${seconds} seconds`})`,
        timeValue: (time) => time.toISOString().slice(0, 23).replace('T', ' '),
    },
    quoteIdentifier: (name) => `"${name.replace(/"/g, '""')}"`,
    quoteLiteral: (value) => (0,literal/* literal */.eu)(value, SQLITE_LITERALS),
    logicalTypes: { text: 'text', int: 'integer', bigint: 'integer', bool: 'integer', json: 'text', timestamp: 'text', uuid: 'text', serial: 'integer' },
    prepareScript(text, options) {
        const statements = splitSqliteStatements(text);
        if (options.transaction) {
            const heads = statements.map((statement) => ({ line: statement.line, words: (0,script_text/* leadingWords */.kq)(statement.sql, 4), statement }));
            const shape = (0,transaction_control/* dumpTransaction */.dm)(heads, SQLITE_TRANSACTION_WORDS);
            if (shape) {
                // `sqlite3 .dump` output: its body runs in noorm's transaction instead.
                const body = statements.filter((statement) => statement !== shape.begin.statement && statement !== shape.commit.statement);
                return { dialect: 'sqlite', statements: body, notes: [(0,transaction_control/* dumpTransactionNote */.Dr)(shape.begin, shape.commit)] };
            }
            (0,transaction_control/* assertNoTransactionControl */.zL)(heads, SQLITE_TRANSACTION_WORDS.isControl);
        }
        return { dialect: 'sqlite', statements };
    },
    hasStatement: (text) => splitSqliteStatements(text).length > 0,
    endsAtStatementBoundary(text) {
        const last = splitSqliteStatements(text + script_text/* BOUNDARY_PROBE */.gq).at(-1);
        return last !== undefined && last.sql === script_text/* BOUNDARY_PROBE */.gq && last.line === (0,script_text/* probeLine */.tL)(text);
    },
    connect: connectSqlite,
    // The "server" of SQLite is the file system: create makes the file, drop removes it and its journals.
    async connectServer(_settings, options) {
        return {
            async databaseExists(name) {
                return name === ':memory:' || (0,external_node_fs_.existsSync)(external_node_path_.resolve(options.root, name));
            },
            async createDatabase(name) {
                const Database = await (0,sqlite_driver/* loadSqliteDriver */.x)();
                const file = external_node_path_.resolve(options.root, name);
                try {
                    new Database(file).close();
                }
                catch (error) {
                    throw new errors/* ConnectError */.T$('connect-failed', `Cannot create SQLite database ${file}: ${(0,errors/* messageOf */.bD)(error)}`, {
                        hint: 'Check that the folder exists and is writable.',
                        cause: error,
                    });
                }
            },
            async dropDatabase(name) {
                const file = external_node_path_.resolve(options.root, name);
                for (const suffix of ['', '-journal', '-wal', '-shm'])
                    (0,external_node_fs_.rmSync)(file + suffix, { force: true });
            },
            async close() { },
        };
    },
    validateDatabaseName(name) {
        if (name.trim() === '' || name.includes('\0'))
            throw new errors/* UsageError */.eb('invalid-database-name', 'The SQLite database file name is empty or holds a NUL character');
    },
};
/** How SQLite spells transaction control, and the BEGIN … COMMIT that `sqlite3 .dump` wraps its output in. */
const SQLITE_TRANSACTION_WORDS = {
    isControl: ([first, second]) => first === 'begin' || first === 'commit' || first === 'end' || (first === 'rollback' && second !== 'to'),
    isBegin: ([first, ...rest]) => first === 'begin' &&
        rest.length <= 2 &&
        rest.every((word, i) => (i === rest.length - 1 && word === 'transaction') || (i === 0 && (word === 'deferred' || word === 'immediate' || word === 'exclusive'))),
    isCommit: ([first, ...rest]) => (first === 'commit' || first === 'end') && (rest.length === 0 || (rest.length === 1 && rest[0] === 'transaction')),
    // `PRAGMA foreign_keys=OFF` comes first in a dump; inside a transaction it changes nothing, and
    // noorm's script sessions start with foreign keys off anyway, as the shell's do.
    mayPrecede: ([first]) => first === 'pragma',
};
async function connectSqlite(settings, options) {
    const Database = await (0,sqlite_driver/* loadSqliteDriver */.x)();
    const name = settings.database;
    const memory = name === ':memory:';
    const file = memory ? name : external_node_path_.resolve(options.root, name);
    // A read-only look at a database that does not exist must not create the file.
    const exists = memory || !options.readOnly || (0,external_node_fs_.existsSync)(file);
    const open = (busyTimeout = BUSY_TIMEOUT_MS) => {
        try {
            const handle = exists ? new Database(file, options.readOnly && !memory ? { readonly: true, fileMustExist: true } : {}) : new Database(':memory:');
            handle.pragma(`busy_timeout = ${busyTimeout}`);
            // Surfaces "file is not a database" here rather than in the middle of a run.
            handle.prepare('SELECT count(*) FROM sqlite_master').get();
            return handle;
        }
        catch (error) {
            throw new errors/* ConnectError */.T$('connect-failed', `Cannot open SQLite database ${file}: ${(0,errors/* messageOf */.bD)(error)}`, {
                hint: 'Check that the folder exists, that the file is a SQLite database, and that it is readable and writable.',
                cause: error,
            });
        }
    };
    const main = open(MAIN_BUSY_TIMEOUT_MS);
    const db = new kysely/* Kysely */._$({ dialect: new SqliteDialect({ database: main }) });
    return {
        dialect: sqliteDialect,
        db,
        trackingSchema: 'main',
        target: (0,registry/* describeTarget */.ff)(settings),
        exists,
        async existingTables(names) {
            if (!names.length)
                return new Set();
            const rows = main.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name IN (${names.map(() => '?').join(', ')})`).all(...names);
            return new Set(rows.map((row) => row.name));
        },
        async withScriptSession(sessionOptions, fn) {
            // A fresh connection per file: PRAGMAs, temp tables and attachments of one file never
            // reach the next file or noorm's own queries. An in-memory database has only one.
            const handle = memory ? main : open();
            // better-sqlite3 turns foreign keys on by default; the sqlite3 shell and SQLite itself
            // do not. Scripts run as the shell runs them: a file that wants enforcement says so.
            handle.pragma('foreign_keys = OFF');
            const session = {
                async execute(script, executeOptions) {
                    executeStatements(handle, script.statements);
                    // A BEGIN without its COMMIT would hold the write lock, and noorm's own row
                    // would then wait for it and fail with "database is locked": the file fails instead.
                    if (!sessionOptions.transaction && !executeOptions?.continues && handle.inTransaction) {
                        handle.exec('ROLLBACK');
                        throw new types/* ScriptFailure */.g7('The file left a transaction open (a BEGIN without its COMMIT); it was rolled back', undefined, undefined, 'End every transaction the file opens, or leave transactions to noorm by removing `-- noorm:no-transaction`.');
                    }
                },
                async run(query) {
                    // Without a transaction the file may have left its handle mid-BEGIN: use noorm's own.
                    (sessionOptions.transaction ? handle : main).prepare(query.sql).run(...query.parameters);
                },
            };
            try {
                if (!sessionOptions.transaction)
                    return await fn(session);
                // IMMEDIATE takes the write lock up front (waiting for it): a deferred transaction
                // that reads first fails at once with "database is locked" when it must upgrade
                // while another connection writes, e.g. a second run polling for noorm's lock.
                handle.exec('BEGIN IMMEDIATE');
                try {
                    const result = await fn(session);
                    handle.exec('COMMIT');
                    return result;
                }
                catch (error) {
                    if (handle.inTransaction)
                        handle.exec('ROLLBACK');
                    throw error;
                }
            }
            finally {
                if (!memory)
                    handle.close();
            }
        },
        async close() {
            await db.destroy();
        },
    };
}
function executeStatements(handle, statements) {
    for (const statement of statements) {
        try {
            handle.exec(statement.sql);
        }
        catch (error) {
            throw new types/* ScriptFailure */.g7((0,errors/* messageOf */.bD)(error), statement.line, error);
        }
    }
}
//# sourceMappingURL=sqlite-dialect.js.map

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


/***/ })

};
