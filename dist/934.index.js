export const id = 934;
export const ids = [934];
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

/***/ 20934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mssqlDialect: () => (/* binding */ mssqlDialect),
  quoteIdentifier: () => (/* binding */ quoteIdentifier)
});

// EXTERNAL MODULE: ./node_modules/kysely/dist/raw-builder/sql.js + 1 modules
var sql = __webpack_require__(20189);
// EXTERNAL MODULE: ./node_modules/kysely/dist/kysely.js + 74 modules
var kysely = __webpack_require__(2735);
// EXTERNAL MODULE: ./node_modules/kysely/dist/dialect/mssql/mssql-dialect.js + 4 modules
var mssql_dialect = __webpack_require__(2677);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/dialect/connect-error.js
var connect_error = __webpack_require__(34963);
// EXTERNAL MODULE: ./lib/core/dialect/tls.js
var dialect_tls = __webpack_require__(74835);
// EXTERNAL MODULE: ./lib/core/dialect/literal.js
var literal = __webpack_require__(61089);
// EXTERNAL MODULE: ./lib/core/dialect/database-name.js
var database_name = __webpack_require__(92969);
// EXTERNAL MODULE: ./lib/core/dialect/registry.js
var registry = __webpack_require__(14775);
// EXTERNAL MODULE: ./lib/core/dialect/types.js
var types = __webpack_require__(51667);
;// CONCATENATED MODULE: ./lib/core/dialect/mssql/mssql-script.js

const GO_LINE = /^[ \t]*go(?:[ \t]+(\d+))?[ \t]*(?:--[^\n]*)?$/i;
function splitGoBatches(text) {
    const batches = [];
    const n = text.length;
    let batchStart = 0;
    let batchLine = 1;
    let line = 1;
    let i = 0;
    let atLineStart = true;
    const push = (end, count) => {
        const sql = text.slice(batchStart, end);
        if (sql.trim())
            batches.push({ sql: sql.replace(/\s+$/, ''), line: batchLine, count });
    };
    while (i < n) {
        if (atLineStart) {
            const eol = text.indexOf('\n', i);
            const lineEnd = eol < 0 ? n : eol;
            const go = GO_LINE.exec(text.slice(i, lineEnd));
            if (go) {
                const count = go[1] ? Number(go[1]) : 1;
                if (count < 1)
                    throw new types/* ScriptFailure */.g7(`GO ${go[1]} would run its batch no times`, line, undefined, 'Use GO alone, or GO with a count of 1 or more.');
                push(i, count);
                i = eol < 0 ? n : eol + 1;
                line++;
                batchStart = i;
                batchLine = line;
                continue;
            }
            atLineStart = false;
        }
        const c = text[i];
        if (c === '\n') {
            line++;
            i++;
            atLineStart = true;
            continue;
        }
        if (c === '-' && text[i + 1] === '-') {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol; // the newline itself is handled above
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else {
                    if (text[i] === '\n')
                        line++;
                    i++;
                }
            }
            continue;
        }
        if (c === "'" || c === '"' || c === '[') {
            const close = c === '[' ? ']' : c;
            i++;
            while (i < n) {
                if (text[i] === close) {
                    if (text[i + 1] === close) {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (text[i] === '\n')
                    line++;
                i++;
            }
            continue;
        }
        i++;
    }
    push(n, 1);
    return batches;
}
/** True when a batch holds more than comments (line comments and nested block comments), blanks and semicolons. */
function tsqlHasStatement(batch) {
    for (let i = 0; i < batch.length;) {
        const c = batch[i];
        if (c === '-' && batch[i + 1] === '-') {
            const eol = batch.indexOf('\n', i);
            i = eol < 0 ? batch.length : eol + 1;
        }
        else if (c === '/' && batch[i + 1] === '*') {
            // T-SQL block comments nest.
            let depth = 1;
            i += 2;
            while (i < batch.length && depth > 0) {
                const pair = batch.slice(i, i + 2);
                depth += pair === '/*' ? 1 : pair === '*/' ? -1 : 0;
                i += pair === '/*' || pair === '*/' ? 2 : 1;
            }
        }
        else if (/[\s;]/.test(c))
            i++;
        else
            return true;
    }
    return false;
}
//# sourceMappingURL=mssql-script.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/mssql/mssql-dialect.js









const MSSQL_LITERALS = {
    string: (s) => `N${(0,literal/* standardString */.hI)(s)}`,
    boolean: (b) => (b ? '1' : '0'),
    date: (d) => `'${(0,literal/* utcDateTime */.eM)(d, 'T')}'`,
    bytes: (b) => `0x${(0,literal/* hex */.uh)(b)}`,
};
const mssqlDialect = {
    name: 'mssql',
    // DDL is transactional in SQL Server; a unit runs with XACT_ABORT ON so any error aborts it.
    capabilities: { transactionalDdl: true, createTableIfNotExists: false, selectTop: true },
    tracking: {
        id: { type: 'integer', build: (column) => column.identity().primaryKey() },
        timestamp: 'datetime2',
        defaultNow: (0,sql/* sql */.l) `SYSUTCDATETIME()`,
        json: (0,sql/* sql */.l) `nvarchar(max)`,
        text: (0,sql/* sql */.l) `nvarchar(max)`,
        now: () => (0,sql/* sql */.l) `SYSUTCDATETIME()`,
        nowPlusSeconds: (seconds) => (0,sql/* sql */.l) `DATEADD(second, ${seconds}, SYSUTCDATETIME())`,
    },
    sessionLock: {
        tryAcquire: (name) => (0,sql/* sql */.l) `DECLARE @r int; EXEC @r = sp_getapplock @Resource = ${name}, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END AS ok`,
        release: (name) => (0,sql/* sql */.l) `EXEC sp_releaseapplock @Resource = ${name}, @LockOwner = 'Session'`,
        isHeld: (name) => (0,sql/* sql */.l) `SELECT CASE WHEN APPLOCK_TEST('public', ${name}, 'Exclusive', 'Session') = 0 THEN 1 ELSE 0 END AS held`,
        sessionId: () => (0,sql/* sql */.l) `SELECT @@SPID AS id`,
        findSession: (id, lockedAt) => (0,sql/* sql */.l) `SELECT session_id AS id FROM sys.dm_exec_sessions WHERE session_id = ${Number(id)} AND program_name = 'noorm' AND login_time <= ${lockedAt}`,
        endSession: (id) => (0,sql/* sql */.l) `${sql/* sql */.l.raw(`KILL ${Number(id)}`)}`,
    },
    quoteIdentifier: (name) => quoteIdentifier(name),
    quoteLiteral: (value) => (0,literal/* literal */.eu)(value, MSSQL_LITERALS),
    logicalTypes: {
        text: 'nvarchar(max)',
        int: 'int',
        bigint: 'bigint',
        bool: 'bit',
        json: 'nvarchar(max)',
        timestamp: 'datetime2',
        uuid: 'uniqueidentifier',
        serial: 'int IDENTITY(1,1)',
    },
    prepareScript(text) {
        return { dialect: 'mssql', batches: splitGoBatches(text) };
    },
    hasStatement: (text) => splitGoBatches(text).some((batch) => tsqlHasStatement(batch.sql)),
    connect: connectMssql,
    connectServer: connectMssqlServer,
    validateDatabaseName: (name) => (0,database_name/* checkDatabaseName */.P)(name, { max: 128, unit: 'characters', server: 'SQL Server' }),
};
function connectionConfig(settings, root, readOnly) {
    const tls = (0,dialect_tls/* tlsSettings */.B)(settings, root);
    return {
        server: settings.host ?? '127.0.0.1',
        authentication: { type: 'default', options: { userName: settings.user ?? 'sa', password: settings.password ?? '' } },
        options: {
            port: settings.port ?? 1433,
            ...(settings.database !== undefined ? { database: settings.database } : {}),
            encrypt: tls.enabled,
            trustServerCertificate: !tls.verifyChain,
            connectTimeout: (0,connect_error/* connectTimeoutMs */.Ir)(settings),
            requestTimeout: 0,
            appName: 'noorm',
            ...(readOnly ? { readOnlyIntent: true } : {}),
        },
    };
}
async function connectMssql(settings, options) {
    const tedious = await Promise.all(/* import() */[__webpack_require__.e(748), __webpack_require__.e(768)]).then(__webpack_require__.t.bind(__webpack_require__, 86768, 19));
    const tarn = await __webpack_require__.e(/* import() */ 521).then(__webpack_require__.t.bind(__webpack_require__, 93521, 19));
    const config = connectionConfig(settings, options.root, Boolean(options.readOnly));
    const target = (0,registry/* describeTarget */.ff)(settings);
    const db = new kysely/* Kysely */._$({
        dialect: new mssql_dialect/* MssqlDialect */.R({
            // propagateCreateError: a connection that fails is reported at once, instead of tarn
            // trying again for its own 30 s; a server that does not answer ends at the connect timeout.
            tarn: { ...tarn, options: { min: 0, max: 4, propagateCreateError: true } },
            tedious: { ...tedious, connectionFactory: () => new tedious.Connection(config) },
        }),
    });
    let trackingSchema;
    try {
        const result = await (0,sql/* sql */.l) `SELECT SCHEMA_NAME() AS name`.execute(db);
        trackingSchema = result.rows[0]?.name ?? 'dbo';
    }
    catch (error) {
        await db.destroy().catch(() => undefined);
        throw connectError(error, target);
    }
    const database = settings.database;
    // Scripts run on a connection of their own, reset after each file.
    let scriptConnection = null;
    return {
        dialect: mssqlDialect,
        db,
        trackingSchema,
        target,
        exists: true,
        async existingTables(names) {
            if (!names.length)
                return new Set();
            const result = await (0,sql/* sql */.l) `SELECT TABLE_NAME AS name FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ${trackingSchema} AND TABLE_NAME IN (${sql/* sql */.l.join(names)})`.execute(db);
            return new Set(result.rows.map((row) => row.name));
        },
        async withScriptSession(sessionOptions, fn) {
            scriptConnection ??= await openConnection(tedious, config).catch((error) => {
                throw connectError(error, target);
            });
            const connection = scriptConnection;
            const session = {
                async execute(script) {
                    for (const batch of script.batches) {
                        for (let round = 0; round < batch.count; round++) {
                            try {
                                await execBatch(tedious, connection, batch.sql);
                            }
                            catch (error) {
                                // A batch with several errors arrives as an AggregateError: report them all, at the first one's line.
                                const errors = error instanceof AggregateError && error.errors.length
                                    ? error.errors
                                    : [error];
                                const lineNumber = errors.find((e) => e.lineNumber)?.lineNumber;
                                const message = errors
                                    .map((e) => (0,core_errors/* messageOf */.bD)(e))
                                    .filter(Boolean)
                                    .join(' / ') || 'SQL Server reported an error without a message';
                                throw new types/* ScriptFailure */.g7(message, lineNumber ? batch.line + lineNumber - 1 : batch.line, error);
                            }
                        }
                    }
                },
                async run(query) {
                    // Without a transaction the script's session may be in any state: use noorm's own.
                    if (!sessionOptions.transaction)
                        return void (await db.executeQuery(query));
                    // The script may have switched databases (USE): noorm's row goes to its own.
                    if (database)
                        await execBatch(tedious, connection, `USE ${quoteIdentifier(database)};`);
                    await execQuery(tedious, connection, query);
                },
            };
            let broken = false;
            try {
                if (!sessionOptions.transaction)
                    return await fn(session);
                await execBatch(tedious, connection, 'SET XACT_ABORT ON; BEGIN TRANSACTION;');
                try {
                    const result = await fn(session);
                    await execBatch(tedious, connection, 'COMMIT TRANSACTION;');
                    return result;
                }
                catch (error) {
                    await execBatch(tedious, connection, 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;').catch(() => {
                        broken = true;
                    });
                    throw error;
                }
            }
            finally {
                // sp_reset_connection: session settings, temp tables and the current database
                // return to how the connection started.
                try {
                    await new Promise((resolve, reject) => connection.reset((error) => (error ? reject(error) : resolve())));
                }
                catch {
                    broken = true;
                }
                if (broken) {
                    connection.close();
                    scriptConnection = null;
                }
            }
        },
        async scriptSessionId() {
            scriptConnection ??= await openConnection(tedious, config).catch((error) => {
                throw connectError(error, target);
            });
            const connection = scriptConnection;
            return new Promise((resolve, reject) => {
                let id = null;
                const request = new tedious.Request('SELECT @@SPID AS id', (error) => (error ? reject(error) : resolve(id)));
                request.on('row', (columns) => (id = String(columns[0]?.value)));
                connection.execSql(request);
            });
        },
        async cancelRunning() {
            scriptConnection?.cancel();
        },
        async close() {
            scriptConnection?.close();
            await db.destroy();
        },
    };
}
function quoteIdentifier(name) {
    return `[${name.replace(/]/g, ']]')}]`;
}
async function connectMssqlServer(settings, options) {
    const tedious = await Promise.all(/* import() */[__webpack_require__.e(748), __webpack_require__.e(768)]).then(__webpack_require__.t.bind(__webpack_require__, 86768, 19));
    const config = connectionConfig({ ...settings, database: 'master' }, options.root, false);
    const target = (0,registry/* describeTarget */.ff)(settings);
    const connection = await openConnection(tedious, config).catch((error) => {
        throw connectError(error, target);
    });
    const rows = (text, name) => new Promise((resolve, reject) => {
        let count = 0;
        const request = new tedious.Request(text, (error) => (error ? reject(error) : resolve(count)));
        request.addParameter('name', tedious.TYPES.NVarChar, name);
        request.on('row', () => count++);
        connection.execSql(request);
    });
    return {
        async databaseExists(name) {
            return (await rows('SELECT 1 FROM sys.databases WHERE name = @name', name)) > 0;
        },
        async createDatabase(name) {
            await execBatch(tedious, connection, `CREATE DATABASE ${quoteIdentifier(name)}`);
        },
        async dropDatabase(name) {
            // Other sessions are rolled back and disconnected first, as WITH (FORCE) does on Postgres.
            await execBatch(tedious, connection, `IF DB_ID(${quoteString(name)}) IS NOT NULL BEGIN ALTER DATABASE ${quoteIdentifier(name)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${quoteIdentifier(name)}; END`);
        },
        async close() {
            connection.close();
        },
    };
}
function quoteString(value) {
    return `N'${value.replace(/'/g, "''")}'`;
}
function openConnection(tedious, config) {
    return new Promise((resolve, reject) => {
        const connection = new tedious.Connection(config);
        connection.connect((error) => (error ? reject(error) : resolve(connection)));
    });
}
/** A batch as sqlcmd sends it: plain text, no sp_executesql, so CREATE PROCEDURE and friends work. */
function execBatch(tedious, connection, text) {
    return new Promise((resolve, reject) => {
        connection.execSqlBatch(new tedious.Request(text, (error) => (error ? reject(error) : resolve())));
    });
}
function execQuery(tedious, connection, query) {
    return new Promise((resolve, reject) => {
        const request = new tedious.Request(query.sql, (error) => (error ? reject(error) : resolve()));
        query.parameters.forEach((value, index) => request.addParameter(String(index + 1), tediousType(tedious, value), value));
        connection.execSql(request);
    });
}
function tediousType(tedious, value) {
    const { TYPES } = tedious;
    if (value === null || value === undefined)
        return TYPES.NVarChar;
    if (typeof value === 'boolean')
        return TYPES.Bit;
    if (typeof value === 'bigint')
        return TYPES.BigInt;
    if (typeof value === 'number')
        return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? TYPES.Int : TYPES.Float;
    if (value instanceof Date)
        return TYPES.DateTime2;
    if (value instanceof Uint8Array)
        return TYPES.VarBinary;
    return TYPES.NVarChar;
}
function connectError(error, target) {
    return (0,connect_error/* connectFailure */.vZ)(error, target, {
        ELOGIN: `${connect_error/* CREDENTIALS_HINT */.Pc} Also check that the database exists.`,
        ESOCKET: 'Is the server running and listening on that host and port?',
    }, error.code === 'ELOGIN');
}
//# sourceMappingURL=mssql-dialect.js.map

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

/***/ })

};
