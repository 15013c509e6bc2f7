export const id = 915;
export const ids = [915];
export const modules = {

/***/ 30983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_SECONDS),
/* harmony export */   m: () => (/* binding */ DIALECT_NAMES)
/* harmony export */ });
/** The databases noorm has a dialect module for. */
const DIALECT_NAMES = ['postgres', 'mysql', 'sqlite', 'mssql'];
/**
 * Seconds a server dialect waits for the server to answer a connection: a refused or unroutable
 * server is reported this soon, on every dialect alike. The CLI's --help says it in words (help
 * loads no engine code).
 */
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 14775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ dialectNamed),
/* harmony export */   O9: () => (/* binding */ DIALECTS),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   qV: () => (/* binding */ dialectNamesHint)
/* harmony export */ });
const DIALECTS = {
    postgres: {
        name: 'postgres',
        aliases: ['postgres', 'postgresql', 'pg'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 5432,
    },
    mysql: {
        name: 'mysql',
        aliases: ['mysql', 'mariadb'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 3306,
    },
    sqlite: {
        name: 'sqlite',
        aliases: ['sqlite', 'sqlite3', 'file'],
        fileDatabase: true,
    },
    mssql: {
        name: 'mssql',
        aliases: ['mssql', 'sqlserver'],
        fileDatabase: false,
        defaultHost: '127.0.0.1',
        defaultPort: 1433,
    },
};
/** The dialect a name stands for (`postgresql`, `mariadb`, `sqlserver`, …), any case; undefined when none. */
function dialectNamed(name) {
    const wanted = name.trim().toLowerCase();
    return Object.values(DIALECTS).find((info) => info.aliases.includes(wanted));
}
/** Every accepted name, for hints: `postgres (postgresql, pg), mysql (mariadb), …`. */
function dialectNamesHint() {
    return Object.values(DIALECTS)
        .map((info) => `${info.name}${info.aliases.length > 1 ? ` (${info.aliases.slice(1).join(', ')})` : ''}`)
        .join(', ');
}
/**
 * The target of a connection for people to read, without secrets: `postgres 127.0.0.1:5432/app`,
 * `sqlite data/app.sqlite`. The same text whether or not the connection could be opened.
 */
function describeTarget(connection) {
    const info = DIALECTS[connection.dialect];
    if (info.fileDatabase)
        return `${info.name} ${connection.database ?? ''}`;
    return `${info.name} ${connection.host ?? info.defaultHost}:${connection.port ?? info.defaultPort}/${connection.database ?? ''}`;
}
//# sourceMappingURL=registry.js.map

/***/ }),

/***/ 51667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ ScriptFailure),
/* harmony export */   k5: () => (/* binding */ ServerExpression),
/* harmony export */   mH: () => (/* binding */ RecordFailure)
/* harmony export */ });
/**
 * A value of a tracking row that the server works out as it writes the row, in the dialect's own
 * SQL: the duration of a file sent together with its row (the session cannot time what it has not
 * sent yet). Only the dialect session that handed it out reads it.
 */
class ServerExpression {
    sql;
    constructor(sql) {
        this.sql = sql;
    }
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
class RecordFailure extends Error {
    constructor(cause) {
        super(cause instanceof Error ? cause.message : String(cause), { cause });
        this.name = 'RecordFailure';
    }
}
class ScriptFailure extends Error {
    line;
    hint;
    constructor(message, line, cause, hint) {
        super(message, { cause });
        this.name = 'ScriptFailure';
        this.line = line;
        this.hint = hint;
    }
}
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 12915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConnectError: () => (/* reexport */ errors/* ConnectError */.T$),
  DEFAULT_HISTORY_LIMIT: () => (/* reexport */ DEFAULT_HISTORY_LIMIT),
  DIALECT_NAMES: () => (/* reexport */ types/* DIALECT_NAMES */.m),
  ENV_VARIABLES: () => (/* reexport */ ENV_VARIABLES),
  ExitCode: () => (/* reexport */ errors/* ExitCode */.yU),
  FileError: () => (/* reexport */ errors/* FileError */.f6),
  InterruptedError: () => (/* reexport */ errors/* InterruptedError */.p4),
  LockError: () => (/* reexport */ errors/* LockError */.Ku),
  MIN_MASKED_LENGTH: () => (/* reexport */ MIN_MASKED_LENGTH),
  NoormError: () => (/* reexport */ errors/* NoormError */.mQ),
  NotUpToDateError: () => (/* reexport */ errors/* NotUpToDateError */.Ks),
  Redactor: () => (/* reexport */ Redactor),
  RefusedError: () => (/* reexport */ errors/* RefusedError */.fk),
  SECRET_VARIABLE_PREFIX: () => (/* reexport */ SECRET_VARIABLE_PREFIX),
  StateStore: () => (/* reexport */ StateStore),
  UsageError: () => (/* reexport */ errors/* UsageError */.eb),
  VERB_LINES: () => (/* reexport */ VERB_LINES),
  addConfig: () => (/* reexport */ addConfig),
  asNoormError: () => (/* reexport */ asNoormError),
  assertAllowed: () => (/* reexport */ assertAllowed),
  changeAdd: () => (/* reexport */ changeAdd),
  changeEdit: () => (/* reexport */ changeEdit),
  changeFf: () => (/* reexport */ changeFf),
  changeList: () => (/* reexport */ changeList),
  changeNext: () => (/* reexport */ changeNext),
  changePassphrase: () => (/* reexport */ changePassphrase),
  changeRebase: () => (/* reexport */ changeRebase),
  changeRevert: () => (/* reexport */ changeRevert),
  changeRm: () => (/* reexport */ changeRm),
  changeRun: () => (/* reexport */ changeRun),
  copyConfig: () => (/* reexport */ copyConfig),
  createDatabase: () => (/* reexport */ createDatabase),
  describeHolder: () => (/* reexport */ describeHolder),
  describeTakeover: () => (/* reexport */ describeTakeover),
  describeTarget: () => (/* reexport */ registry/* describeTarget */.ff),
  destroyDatabase: () => (/* reexport */ destroyDatabase),
  destructiveStatements: () => (/* reexport */ destructiveStatements),
  discoverSqlFiles: () => (/* reexport */ discoverSqlFiles),
  editConfig: () => (/* reexport */ editConfig),
  emptyState: () => (/* reexport */ emptyState),
  encodedForms: () => (/* reexport */ encodedForms),
  environmentIsComplete: () => (/* reexport */ environmentIsComplete),
  errorDocument: () => (/* reexport */ errorDocument),
  exitCodeOf: () => (/* reexport */ exitCodeOf),
  exportConfig: () => (/* reexport */ exportConfig),
  failureDocument: () => (/* reexport */ failureDocument),
  findProjectRoot: () => (/* reexport */ findProjectRoot),
  formatIdentity: () => (/* reexport */ formatIdentity),
  importConfig: () => (/* reexport */ importConfig),
  initProject: () => (/* reexport */ initProject),
  isDue: () => (/* reexport */ isDue),
  isNoormError: () => (/* reexport */ errors/* isNoormError */.E3),
  isTruthy: () => (/* reexport */ isTruthy),
  listConfigs: () => (/* reexport */ listConfigs),
  listSecrets: () => (/* reexport */ listSecrets),
  lockStatus: () => (/* reexport */ lockStatus),
  messageOf: () => (/* reexport */ errors/* messageOf */.bD),
  normaliseDialect: () => (/* reexport */ normaliseDialect),
  openSession: () => (/* reexport */ openSession),
  parseIdentity: () => (/* reexport */ parseIdentity),
  parsePortField: () => (/* reexport */ parsePortField),
  parseTemplateVars: () => (/* reexport */ parseTemplateVars),
  parseVerbLine: () => (/* reexport */ parseVerbLine),
  readHistory: () => (/* reexport */ readHistory),
  releaseLock: () => (/* reexport */ releaseLock),
  removeConfig: () => (/* reexport */ removeConfig),
  removeSecret: () => (/* reexport */ removeSecret),
  resolveConfig: () => (/* reexport */ resolveConfig),
  resolveIdentity: () => (/* reexport */ resolveIdentity),
  resolvePaths: () => (/* reexport */ resolvePaths),
  resultDocument: () => (/* reexport */ resultDocument),
  runBuild: () => (/* reexport */ runBuild),
  runDir: () => (/* reexport */ runDir),
  runFile: () => (/* reexport */ runFile),
  runVerbLine: () => (/* reexport */ runVerbLine),
  setSecret: () => (/* reexport */ setSecret),
  sourceExcerpt: () => (/* reexport */ sourceExcerpt),
  splitWords: () => (/* reexport */ splitWords),
  status: () => (/* reexport */ status_status),
  summarise: () => (/* reexport */ summarise),
  terminalSafe: () => (/* reexport */ terminalSafe),
  up: () => (/* reexport */ up),
  useConfig: () => (/* reexport */ useConfig),
  validateConfigName: () => (/* reexport */ validateConfigName),
  verbTakesDryRun: () => (/* reexport */ verbTakesDryRun),
  waitForDatabase: () => (/* reexport */ waitForDatabase)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/dialect/registry.js
var registry = __webpack_require__(14775);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/project/root.js


/**
 * The project root is the nearest folder upwards from `cwd` that contains `.noorm/`, else `cwd`
 * itself. Every tracked path is relative to it, so the same checkout run from any sub-folder (or
 * from another machine) records the same paths.
 */
function findProjectRoot(cwd) {
    let dir = external_node_path_.resolve(cwd);
    for (;;) {
        const marker = external_node_path_.join(dir, '.noorm');
        if ((0,external_node_fs_.existsSync)(marker) && (0,external_node_fs_.statSync)(marker).isDirectory())
            return dir;
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            return external_node_path_.resolve(cwd);
        dir = parent;
    }
}
/** True when `target` (absolute) is `root` or lies below it. */
function isInside(root, target) {
    const rel = external_node_path_.relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(rel));
}
/**
 * Project-relative path with `/` separators, as stored in the tracking tables, so the same checkout
 * records the same paths on every machine. A file in an allowed folder outside the project is
 * tracked as `../…`. Which paths may be read at all is one rule: assertAllowedPath.
 */
function toTrackedPath(root, absolute) {
    return external_node_path_.relative(root, absolute).split(external_node_path_.sep).join('/');
}
//# sourceMappingURL=root.js.map
;// CONCATENATED MODULE: ./lib/core/config/keys.js

/**
 * Names a JavaScript object answers through its prototype: stored under them, a value would be
 * lost (`__proto__`) or a lookup would find something noorm never stored (`constructor`).
 */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
/** Refuses a reserved name for something users name (a config, a secret, a template variable). */
function assertNotReserved(name, what, code, where) {
    if (!RESERVED_NAMES.has(name))
        return;
    throw new errors/* UsageError */.eb(code, `${where ? `${where}: ` : ''}${what} "${name}" is a reserved name`, {
        hint: `${[...RESERVED_NAMES].join(', ')} cannot name a ${what}: templates and noorm's own records treat them as part of every object. Pick another name.`,
    });
}
/**
 * A record keyed by names users chose, without a prototype: a name finds only what was stored
 * under it, and storing under any name keeps the value.
 */
function keyedRecord(entries) {
    const record = Object.create(null);
    if (entries)
        for (const [key, value] of Object.entries(entries))
            record[key] = value;
    return record;
}
//# sourceMappingURL=keys.js.map
;// CONCATENATED MODULE: ./lib/core/config/env.js

/** Each config field and the NOORM_* variable that sets it. Declared once: docs and help read it too. */
const ENV_VARIABLES = {
    config: 'NOORM_CONFIG',
    dialect: 'NOORM_DIALECT',
    url: 'NOORM_URL',
    host: 'NOORM_HOST',
    port: 'NOORM_PORT',
    database: 'NOORM_DATABASE',
    user: 'NOORM_USER',
    password: 'NOORM_PASSWORD',
    ssl: 'NOORM_SSL',
    sslCa: 'NOORM_SSL_CA',
    schemaPath: 'NOORM_SCHEMA_PATH',
    changesetPath: 'NOORM_CHANGESET_PATH',
    allowPath: 'NOORM_ALLOW_PATHS',
    identity: 'NOORM_IDENTITY',
    protected: 'NOORM_PROTECTED',
    test: 'NOORM_TEST',
    type: 'NOORM_TYPE',
    lockWait: 'NOORM_LOCK_WAIT',
    lockExpiry: 'NOORM_LOCK_EXPIRY',
    wait: 'NOORM_WAIT',
    connectTimeout: 'NOORM_CONNECT_TIMEOUT',
};
/** The environment as a config layer. Empty variables count as unset, as shells make them easily. */
function layerFromEnv(env) {
    const layer = {};
    for (const [field, variable] of Object.entries(ENV_VARIABLES)) {
        const value = env[variable];
        if (value !== undefined && value !== '')
            layer[field] = value;
    }
    return layer;
}
/** `NOORM_SECRET_<KEY>=value`: a secret templates see as `secrets.KEY`, for configs given by environment alone. */
const SECRET_VARIABLE_PREFIX = 'NOORM_SECRET_';
/** The secrets the environment gives (`NOORM_SECRET_API_TOKEN` → `API_TOKEN`); empty values count as unset. */
function secretsFromEnv(env) {
    const secrets = keyedRecord();
    for (const [variable, value] of Object.entries(env)) {
        if (variable.startsWith(SECRET_VARIABLE_PREFIX) && variable.length > SECRET_VARIABLE_PREFIX.length && value) {
            secrets[variable.slice(SECRET_VARIABLE_PREFIX.length)] = value;
        }
    }
    return secrets;
}
/** `1`, `true`, `yes`, `on` (any case) are true; everything else is false. */
function isTruthy(value) {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
//# sourceMappingURL=env.js.map
;// CONCATENATED MODULE: ./lib/core/config/url.js


/** Parameters that carry the TLS mode in the URL conventions of the different drivers. */
const SSL_PARAMS = ['sslmode', 'ssl', 'ssl-mode', 'encrypt'];
/** Parameters that name the CA file. */
const SSL_CA_PARAMS = ['sslrootcert', 'ssl-ca', 'sslca'];
/**
 * Splits a connection URL into config fields, so a URL and separate fields merge by the same rules.
 * The scheme is any name of a dialect. For a file database `sqlite:path`, `sqlite://path` and
 * `sqlite:///abs/path` name the file. `source` says where the URL came from (`--url`, `NOORM_URL`,
 * the stored config), for errors; they never quote the URL, which may hold a password.
 */
function parseConnectionUrl(url, source) {
    const what = source ? `The connection URL (${source})` : 'The connection URL';
    const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    const info = match ? (0,registry/* dialectNamed */.Gl)(match[1]) : undefined;
    if (!match || !info) {
        throw new errors/* UsageError */.eb('bad-url', `${what} has an unknown scheme: ${schemeOf(url)}`, {
            hint: 'Use postgres://, mysql://, mariadb://, mssql://, sqlserver:// or sqlite:<file>.',
        });
    }
    const dialect = info.name;
    const decode = (value, field) => {
        try {
            return decodeURIComponent(value);
        }
        catch {
            throw new errors/* UsageError */.eb('bad-url', `${what} has a malformed %-escape in its ${field}`, {
                hint: `A % in the ${field} is written %25; other special characters are percent-encoded too (@ as %40, / as %2F, : as %3A).${field === 'password' ? ' Or give the password in NOORM_PASSWORD.' : ''}`,
            });
        }
    };
    if (info.fileDatabase) {
        let rest = url.slice(match[0].length);
        const query = rest.indexOf('?');
        const params = query >= 0 ? Object.fromEntries(new URLSearchParams(rest.slice(query + 1))) : {};
        if (query >= 0)
            rest = rest.slice(0, query);
        if (rest.startsWith('//'))
            rest = rest.slice(2);
        return { fields: { dialect, database: decode(rest, 'database') }, params };
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* UsageError */.eb('bad-url', `${what} for ${dialect} cannot be parsed`, {
            hint: 'Expected scheme://user:password@host:port/database?param=value (percent-encode special characters in the password).',
        });
    }
    const fields = { dialect };
    if (parsed.hostname)
        fields.host = decode(parsed.hostname.replace(/^\[(.*)\]$/, '$1'), 'host');
    if (parsed.port)
        fields.port = parsed.port;
    if (parsed.username)
        fields.user = decode(parsed.username, 'user');
    if (parsed.password)
        fields.password = decode(parsed.password, 'password');
    const database = decode(parsed.pathname.replace(/^\//, ''), 'database');
    if (database)
        fields.database = database;
    const params = {};
    for (const [key, value] of parsed.searchParams) {
        const lower = key.toLowerCase();
        if (SSL_PARAMS.includes(lower) && fields.ssl === undefined)
            fields.ssl = value;
        else if (SSL_CA_PARAMS.includes(lower))
            fields.sslCa = value;
        else
            params[key] = value;
    }
    return { fields, params };
}
function schemeOf(url) {
    const colon = url.indexOf(':');
    return colon > 0 ? url.slice(0, colon + 1) : '(none)';
}
//# sourceMappingURL=url.js.map
// EXTERNAL MODULE: ./lib/core/config/types.js
var types = __webpack_require__(30983);
;// CONCATENATED MODULE: ./lib/core/config/resolve.js









const DEFAULTS = {
    schemaPath: './schema',
    changesetPath: './changesets',
    lockWait: '60',
    lockExpiry: '600',
};
const CONNECTION_FIELDS = ['dialect', 'host', 'port', 'database', 'user', 'password', 'ssl', 'sslCa'];
/**
 * Merges flags > NOORM_* environment > stored config > defaults into one validated config.
 * With no stored state the environment alone is a complete config (CI, Docker).
 */
async function resolveConfig(input) {
    const { root, flags, envLayer, state, stored, name, merged, params } = await mergeLayers(input);
    const connection = buildConnection(merged, params);
    if (merged.connectTimeout !== undefined) {
        connection.connectTimeoutSeconds = parseSeconds('connect timeout', merged.connectTimeout, ENV_VARIABLES.connectTimeout, false, MAX_CONNECT_TIMEOUT_SECONDS);
    }
    const identity = flags.identity !== undefined
        ? { value: flags.identity, source: 'cli' }
        : envLayer.identity !== undefined
            ? { value: envLayer.identity, source: 'env' }
            : stored?.identity
                ? { value: stored.identity, source: 'config' }
                : undefined;
    const type = merged.type ?? stored?.type ?? 'local';
    if (type !== 'local' && type !== 'remote') {
        throw new errors/* UsageError */.eb('bad-config-value', `type must be "local" or "remote", got "${type}"`);
    }
    return {
        name,
        source: stored ? 'stored' : 'environment',
        connection,
        paths: pathsOf(root, merged),
        // NOORM_PROTECTED can protect an environment config, never unprotect a stored one.
        protected: Boolean(stored?.protected) || (merged.protected !== undefined && isTruthy(merged.protected)),
        isTest: merged.test !== undefined ? isTruthy(merged.test) : false,
        type,
        ...(identity ? { identity } : {}),
        // The environment's secrets win over stored ones of the same key, as every variable does.
        secrets: mergedSecrets(stored ? state?.secrets?.[name] : undefined, input.env ?? {}),
        waitSeconds: merged.wait === undefined ? 0 : parseSeconds('wait', merged.wait, ENV_VARIABLES.wait, true),
        lock: {
            waitSeconds: parseSeconds('lock wait', merged.lockWait, ENV_VARIABLES.lockWait, true),
            expirySeconds: parseSeconds('lock expiry', merged.lockExpiry, ENV_VARIABLES.lockExpiry, false),
        },
    };
}
/** The stored config's secrets with the environment's over them, refusing names no record can hold. */
function mergedSecrets(stored, env) {
    const fromEnv = secretsFromEnv(env);
    for (const key of Object.keys(fromEnv))
        assertNotReserved(key, 'secret key', 'invalid-secret-key', `${SECRET_VARIABLE_PREFIX}${key}`);
    return Object.assign(keyedRecord(stored), fromEnv);
}
/**
 * True when the environment alone describes a whole connection (a URL, or a dialect and a
 * database) and names no stored config: the way CI, the Action and containers run. Such a run
 * needs nothing from the state file, so one that does not open here (another machine's) does not
 * stop it.
 */
function environmentIsComplete(env, flags = {}) {
    const layer = layerFromEnv(env);
    if (flags.config !== undefined || layer.config !== undefined)
        return false;
    if (layer.url !== undefined) {
        try {
            const { fields } = parseConnectionUrl(layer.url);
            return fields.database !== undefined || layer.database !== undefined;
        }
        catch {
            // A URL that does not parse is reported by the resolution that follows.
            return true;
        }
    }
    return layer.dialect !== undefined && layer.database !== undefined;
}
/**
 * Only the project paths (root, schema, changesets), for commands that touch files but not a
 * database (`change add`): no dialect needed.
 */
async function resolvePaths(input) {
    const { root, merged } = await mergeLayers(input);
    return pathsOf(root, merged);
}
function pathsOf(root, merged) {
    return { root, schema: external_node_path_.resolve(root, merged.schemaPath), changesets: external_node_path_.resolve(root, merged.changesetPath), allowed: allowedFolders(root, merged.allowPath) };
}
/** --allow-path / NOORM_ALLOW_PATHS: folders relative to the project root, each one that exists. */
function allowedFolders(root, value) {
    if (value === undefined)
        return [];
    return value
        .split(external_node_path_.delimiter)
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
        const absolute = external_node_path_.resolve(root, entry);
        let folder = false;
        try {
            folder = (0,external_node_fs_.statSync)(absolute).isDirectory();
        }
        catch {
            // reported below
        }
        if (!folder) {
            throw new errors/* UsageError */.eb('bad-config-value', `The allowed folder ${entry} (${absolute}) is not a folder that exists`, {
                hint: `Check --allow-path and ${ENV_VARIABLES.allowPath} (folders are relative to the project root, separated by "${external_node_path_.delimiter}").`,
            });
        }
        return absolute;
    });
}
/** The layers merged field by field (flags > environment > stored config > defaults). */
async function mergeLayers(input) {
    const root = findProjectRoot(input.cwd);
    const flags = input.flags ?? {};
    const envLayer = layerFromEnv(input.env ?? {});
    const requested = flags.config ?? envLayer.config;
    const state = input.store ? await input.store.load(root) : null;
    let stored;
    let name;
    if (state) {
        name = requested ?? state.activeConfig ?? 'default';
        stored = state.configs[name];
        if (!stored && (requested !== undefined || state.activeConfig !== null)) {
            const known = Object.keys(state.configs);
            throw new errors/* UsageError */.eb('unknown-config', `No stored config named "${name}"`, {
                hint: known.length
                    ? `Stored configs: ${known.join(', ')}. Pick one with --config or ${ENV_VARIABLES.config}.`
                    : 'No configs are stored yet; add one with `noorm config add`.',
            });
        }
    }
    else {
        name = requested ?? 'default';
    }
    const layers = [
        [DEFAULTS, 'defaults'],
        [stored ? layerFromStored(stored) : {}, `the stored config "${name}"`],
        [envLayer, ENV_VARIABLES.url],
        [flags, '--url'],
    ];
    const merged = {};
    let params = {};
    for (const [layer, source] of layers) {
        if (layer.url !== undefined) {
            // A URL describes a whole connection: lower layers' connection fields do not leak into it.
            const parsed = parseConnectionUrl(layer.url, source);
            for (const field of CONNECTION_FIELDS)
                delete merged[field];
            Object.assign(merged, parsed.fields);
            params = parsed.params;
        }
        for (const [key, value] of Object.entries(layer)) {
            if (key !== 'url' && value !== undefined)
                merged[key] = value;
        }
    }
    return { root, flags, envLayer, state, stored, name, merged, params };
}
/** Accepts the dialect names and their aliases (`postgresql`, `mariadb`, `sqlserver`, ...). */
function normaliseDialect(value) {
    const info = (0,registry/* dialectNamed */.Gl)(value);
    if (!info)
        throw new errors/* UsageError */.eb('unknown-dialect', `Unknown dialect "${value}"`, { hint: `Supported dialects: ${(0,registry/* dialectNamesHint */.qV)()}.` });
    return info.name;
}
function buildConnection(merged, params) {
    if (merged.dialect === undefined) {
        throw new errors/* UsageError */.eb('no-dialect', 'No database dialect is configured', {
            hint: `Set --dialect or ${ENV_VARIABLES.dialect} (${types/* DIALECT_NAMES */.m.join(', ')}), or give a connection URL with --url / ${ENV_VARIABLES.url}. noorm has no default dialect.`,
        });
    }
    const connection = { dialect: normaliseDialect(merged.dialect), params };
    if (merged.host !== undefined)
        connection.host = merged.host;
    if (merged.port !== undefined)
        connection.port = parsePort(merged.port);
    if (merged.database !== undefined)
        connection.database = merged.database;
    if (merged.user !== undefined)
        connection.user = merged.user;
    if (merged.password !== undefined)
        connection.password = merged.password;
    if (merged.ssl !== undefined)
        connection.ssl = merged.ssl;
    if (merged.sslCa !== undefined)
        connection.sslCa = merged.sslCa;
    if (registry/* DIALECTS */.O9[connection.dialect].fileDatabase && !connection.database) {
        throw new errors/* UsageError */.eb('no-database', `No ${connection.dialect} database file is configured`, {
            hint: `Set --database or ${ENV_VARIABLES.database} to the database file (relative to the project root), or --url ${connection.dialect}:<file>.`,
        });
    }
    return connection;
}
function parsePort(value) {
    const port = Number(value);
    if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
        throw new errors/* UsageError */.eb('bad-config-value', `port must be a whole number from 1 to 65535, got "${value}"`);
    }
    return port;
}
/**
 * The most seconds any duration may be: a year. Beyond it a lock's expiry no longer fits the
 * databases' time arithmetic, and no wait is meant that long.
 */
const MAX_SECONDS = 365 * 24 * 3600;
/** A connect timeout is at most an hour: the drivers' timers cannot hold much more than three weeks. */
const MAX_CONNECT_TIMEOUT_SECONDS = 3600;
function parseSeconds(label, value, variable, zeroAllowed, max = MAX_SECONDS) {
    const seconds = Number(value);
    if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || (!zeroAllowed && seconds === 0) || seconds > max) {
        const limit = max === MAX_SECONDS ? `${MAX_SECONDS} (a year)` : `${max}`;
        throw new errors/* UsageError */.eb('bad-config-value', `${label} must be a number of seconds${zeroAllowed ? '' : ' above 0'}, at most ${limit}, got "${value}"`, {
            hint: `Check --${label.replace(/ /g, '-')} or ${variable}.`,
        });
    }
    return seconds;
}
function layerFromStored(stored) {
    const layer = {};
    const c = stored.connection;
    if (c.url !== undefined)
        layer.url = c.url;
    if (c.dialect !== undefined)
        layer.dialect = c.dialect;
    if (c.host !== undefined)
        layer.host = c.host;
    if (c.port !== undefined)
        layer.port = String(c.port);
    if (c.database !== undefined)
        layer.database = c.database;
    if (c.user !== undefined)
        layer.user = c.user;
    if (c.password !== undefined)
        layer.password = c.password;
    if (c.ssl !== undefined)
        layer.ssl = c.ssl;
    if (stored.paths?.schema !== undefined)
        layer.schemaPath = stored.paths.schema;
    if (stored.paths?.changesets !== undefined)
        layer.changesetPath = stored.paths.changesets;
    if (stored.protected !== undefined)
        layer.protected = String(stored.protected);
    if (stored.isTest !== undefined)
        layer.test = String(stored.isTest);
    if (stored.type !== undefined)
        layer.type = stored.type;
    return layer;
}
//# sourceMappingURL=resolve.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/kysely/dist/raw-builder/sql.js + 1 modules
var sql = __webpack_require__(20189);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/core/identity/resolver.js


/**
 * `--identity` > NOORM_IDENTITY > the config's identity > git user.name/user.email > OS user.
 * Git is asked once, in the project root, so a repository-local git identity counts.
 */
async function resolveIdentity(config) {
    if (config.identity)
        return { ...parseIdentity(config.identity.value), source: config.identity.source };
    const git = await gitIdentity(config.paths.root);
    if (git)
        return git;
    return { name: systemUser(), source: 'system' };
}
/** `Name <email>` → parts; anything else is a bare name. */
function parseIdentity(value) {
    const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(value);
    if (match) {
        const name = match[1] || match[2];
        return match[2] ? { name, email: match[2] } : { name };
    }
    return { name: value.trim() };
}
/** The single string stored in `executed_by`. */
function formatIdentity(identity) {
    return identity.email ? `${identity.name} <${identity.email}>` : identity.name;
}
async function gitIdentity(cwd) {
    // No git, no repository, no user set: all mean "ask the system" (never an error).
    const stdout = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['config', '--get-regexp', '^user\\.(name|email)$'], { cwd, encoding: 'utf8', timeout: 5000 }, (error, out) => resolve(error ? '' : out));
    });
    if (!stdout)
        return null;
    let name;
    let email;
    for (const line of stdout.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 0)
            continue;
        const key = line.slice(0, space).toLowerCase();
        const value = line.slice(space + 1).trim();
        if (key === 'user.name' && value)
            name = value;
        if (key === 'user.email' && value)
            email = value;
    }
    if (!name && !email)
        return null;
    return email ? { name: name ?? email, email, source: 'git' } : { name: name, source: 'git' };
}
function systemUser() {
    try {
        return external_node_os_.userInfo().username || 'unknown';
    }
    catch {
        // userInfo throws for uids without a passwd entry (common in containers).
        return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
    }
}
//# sourceMappingURL=resolver.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/schema.js
/** Table names, declared once. */
const TABLES = {
    files: '__change_files__',
    versions: '__change_version__',
    lock: '__noorm_lock__',
    meta: '__noorm_meta__',
    history: '__noorm_history__',
    historyFiles: '__noorm_history_files__',
};
/** The tables each tracking schema version has (the meta table last: it is created last). */
const TABLES_OF_VERSION = {
    1: [TABLES.files, TABLES.versions, TABLES.lock, TABLES.meta],
    2: [TABLES.files, TABLES.versions, TABLES.lock, TABLES.history, TABLES.historyFiles, TABLES.meta],
};
/**
 * Lengths of the tracking tables' text columns, in characters, declared once: the tables are created
 * with them, and every value is checked against them before anything runs (tracking/limits.ts).
 */
const COLUMN_LENGTHS = {
    filepath: 500,
    checksum: 64,
    executedBy: 255,
    identitySource: 20,
    configName: 100,
    status: 20,
    changesetName: 255,
    direction: 10,
    lockedBy: 255,
    token: 64,
    host: 255,
    sessionId: 100,
    metaName: 100,
    metaValue: 255,
    runKey: 36,
    kind: 20,
    historyName: 500,
};
/**
 * Bumped whenever the tracking tables change shape; the meta table records it per database.
 * v1: files, versions, lock, meta. v2: adds the append-only history (tracking/upgrade.ts).
 */
const TRACKING_SCHEMA_VERSION = 2;
/** Every status noorm writes into a tracking row; any other value is a damaged row. */
const RUN_STATUSES = ['success', 'failed', 'skipped', 'baseline'];
//# sourceMappingURL=schema.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/time.js
function isoUtc(value) {
    if (value === null)
        return null;
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    const text = String(value).trim();
    const zoneless = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(text);
    const parsed = zoneless ? new Date(`${zoneless[1]}T${zoneless[2]}${(zoneless[3] ?? '').slice(0, 4)}Z`) : new Date(text);
    // Something noorm did not write: shown as it is rather than guessed at.
    return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString();
}
//# sourceMappingURL=time.js.map
;// CONCATENATED MODULE: ./lib/core/abort.js

/** Why a command's signal was aborted: the error it carries (SIGTERM, a lost lock), else Ctrl-C. */
function abortReason(signal) {
    return signal.reason instanceof errors/* NoormError */.mQ ? signal.reason : new errors/* InterruptedError */.p4('SIGINT');
}
/** Waits `ms`, or less when `signal` aborts first (the caller then checks the signal). */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * One turn of the event loop: signals, timers (the lock's refresh) and replies from the database
 * are handled before long work goes on. Without it, a synchronous driver or a long render would
 * run to the end in microtasks without ever seeing them.
 */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
//# sourceMappingURL=abort.js.map
;// CONCATENATED MODULE: ./lib/core/lock/process-liveness.js


/**
 * SQLite: a holder is alive exactly when its process is, and that can only be told on the same
 * host, in the same pid namespace. The row records the process's start time (`proc:<ns>:<start>`),
 * so a pid reused after a crash or a reboot is not mistaken for the holder.
 */
function processLiveness(holder) {
    if (holder.host !== external_node_os_.hostname() || !holder.pid)
        return 'unknown';
    const recorded = /^proc:([^:]*):(\d+)$/.exec(holder.sessionId ?? '');
    const here = processIdentity(holder.pid);
    if (!recorded || recorded[1] !== pidNamespace())
        return here === null && !recorded ? signalLiveness(holder.pid) : 'unknown';
    if (here === null)
        return 'dead';
    return here === recorded[2] ? 'alive' : 'dead';
}
function signalLiveness(pid) {
    try {
        process.kill(pid, 0);
        return 'alive';
    }
    catch (error) {
        return error.code === 'EPERM' ? 'alive' : 'dead';
    }
}
/** `proc:<pid namespace>:<start time>` of this process, where /proc tells (Linux); null elsewhere. */
function processTag() {
    const start = processIdentity(process.pid);
    return start === null ? null : `proc:${pidNamespace()}:${start}`;
}
/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or null. */
function processIdentity(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
    }
    catch {
        return null;
    }
}
/** The inode of this process's pid namespace (`pid:[4026531836]` → `4026531836`), or ''. */
function pidNamespace() {
    try {
        return /\d+/.exec((0,external_node_fs_.readlinkSync)('/proc/self/ns/pid'))?.[0] ?? '';
    }
    catch {
        return '';
    }
}
//# sourceMappingURL=process-liveness.js.map
;// CONCATENATED MODULE: ./lib/core/lock/lock.js









const POLL_MS = 250;
/**
 * Takes noorm's lock on a database before any state-changing work.
 *
 * Server databases: the run first takes a session lock (advisory/named/application lock) on a
 * connection it keeps for the whole run, then writes the row in `__noorm_lock__` (who, where,
 * since when, which session). The server drops the session lock the moment that session ends, so a
 * crashed run is recognised at once and its row taken over; a live run, however long, never is.
 *
 * SQLite has no sessions: the row is inserted atomically, and a row whose process is gone from
 * this host is taken over at once; from another host, only once expired. While held, the expiry is
 * pushed forward.
 */
async function acquireLock(conn, options) {
    return conn.dialect.sessionLock ? acquireWithSession(conn, options) : acquireWithRow(conn, options);
}
/** The lock of a state-changing command: its config's wait and expiry, its progress and its signal. */
function acquireCommandLock(conn, context, identity) {
    return acquireLock(conn, {
        identity,
        waitSeconds: context.config.lock.waitSeconds,
        expirySeconds: context.config.lock.expirySeconds,
        ...(context.onEvent ? { onEvent: context.onEvent } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
    });
}
async function acquireWithSession(conn, options) {
    const lockSql = conn.dialect.sessionLock;
    const name = lockName(conn);
    const pinned = await pinConnection(conn.db);
    try {
        const waiting = waiter(conn, options);
        for (;;) {
            const taken = await lockSql.tryAcquire(name).execute(pinned.db);
            if (truthy(taken.rows[0]?.ok))
                break;
            await waiting.tick(await readLockHolder(conn, pinned.db));
        }
        // We hold the session lock, so a row still there belongs to a run whose session ended.
        const stale = await readLockHolder(conn, pinned.db);
        if (stale) {
            await endOrphanedScript(conn, pinned.db, stale, options);
            await deleteRow(conn, pinned.db, stale.token);
            options.onEvent?.({ type: 'lock:acquired', tookOver: { holder: stale, reason: 'session-ended' } });
        }
        const lockSession = String((await lockSql.sessionId().execute(pinned.db)).rows[0]?.id ?? '');
        const scriptSession = (await conn.scriptSessionId?.()) ?? null;
        const token = (0,external_node_crypto_.randomUUID)();
        // `lock session/script session`: the second is ended on takeover, should it still be running.
        await insertRow(conn, pinned.db, token, options, scriptSession ? `${lockSession}/${scriptSession}` : lockSession);
        return holdLock(conn, pinned.db, token, options, async () => {
            try {
                await lockSql.release(name).execute(pinned.db);
            }
            finally {
                await pinned.release();
            }
        });
    }
    catch (error) {
        await lockSql
            .release(name)
            .execute(pinned.db)
            .catch(() => undefined);
        await pinned.release();
        throw error;
    }
}
/**
 * A crashed run's statement can outlive it on the server (MySQL does not notice a vanished client
 * mid-statement). Before taking over, its script session is ended, so its statement rolls back
 * instead of racing the new run.
 */
async function endOrphanedScript(conn, db, stale, options) {
    const scriptSession = stale.sessionId?.split('/')[1];
    if (!scriptSession || !/^\d+$/.test(scriptSession))
        return;
    const lockSql = conn.dialect.sessionLock;
    try {
        const found = (await lockSql.findSession(scriptSession, stale.lockedAt).execute(db)).rows[0]?.id;
        if (found === undefined || found === null)
            return;
        await lockSql.endSession(String(found)).execute(db);
        options.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'crashed-session-ended',
            message: `ended server session ${String(found)} of the crashed run, which could still be running its last statement`,
        });
    }
    catch {
        // Already gone (the usual case), or not ours to end: either way nothing is left to stop.
    }
}
async function acquireWithRow(conn, options) {
    const token = (0,external_node_crypto_.randomUUID)();
    const waiting = waiter(conn, options);
    let vanished = 0;
    for (;;) {
        const failure = await insertRow(conn, conn.db, token, options, processTag()).then(() => null, (error) => error);
        if (failure === null)
            break;
        const holder = await readLockHolder(conn);
        if (!holder) {
            // Released between our insert and our read: try again at once, but do not spin
            // forever on an insert that fails for another reason.
            if (++vanished >= 5)
                throw failure;
            continue;
        }
        const liveness = processLiveness(holder);
        if (liveness === 'dead' || (liveness === 'unknown' && holder.expired)) {
            await deleteRow(conn, conn.db, holder.token);
            options.onEvent?.({
                type: 'lock:acquired',
                tookOver: { holder, reason: liveness === 'dead' ? 'process-gone' : 'expired' },
            });
            continue;
        }
        await waiting.tick(holder);
    }
    return holdLock(conn, conn.db, token, options, async () => undefined);
}
/** Waits between attempts; announces the holder once; gives up at the deadline or on a signal. */
function waiter(conn, options) {
    const deadline = Date.now() + options.waitSeconds * 1000;
    let announced = false;
    return {
        async tick(holder) {
            if (options.signal?.aborted)
                throw abortReason(options.signal);
            if (Date.now() >= deadline) {
                const who = holder ? describeHolder(holder) : 'a session that is still writing its lock row';
                throw new errors/* LockError */.Ku('lock-held', `Another noorm run holds the lock on ${conn.target}: ${who}`, {
                    hint: 'Wait for it to finish or raise --lock-wait / NOORM_LOCK_WAIT. `noorm lock status` shows the holder; `noorm lock release` frees a lock whose run is gone.',
                });
            }
            if (!announced && holder) {
                announced = true;
                options.onEvent?.({ type: 'lock:wait', holder });
            }
            await sleep(Math.min(POLL_MS + Math.random() * POLL_MS, Math.max(0, deadline - Date.now())), options.signal);
        },
    };
}
function holdLock(conn, db, token, options, releaseSession) {
    let lost = false;
    // Often enough to keep the pinned session from idling out (idle_session_timeout, proxies).
    const refreshMs = Math.min(30_000, Math.max(1000, (options.expirySeconds * 1000) / 3));
    const sessionBound = Boolean(conn.dialect.sessionLock);
    const timer = setInterval(() => {
        refresh(conn, db, token, options.expirySeconds).then((held) => {
            if (!held)
                lost = true;
        }, (error) => {
            // The pinned session is gone, and its session lock with it: another run may take over.
            if (sessionBound)
                lost = true;
            options.onEvent?.({ type: 'note', level: 'warn', code: 'lock-refresh-failed', message: `Could not refresh the lock: ${(0,errors/* messageOf */.bD)(error)}` });
        });
    }, refreshMs);
    timer.unref();
    return {
        assertHeld() {
            if (lost) {
                throw new errors/* LockError */.Ku('lock-lost', "This run lost noorm's lock on the database (its lock session ended, or another run took the lock over)", {
                    hint: 'Nothing more was run. Check the connection to the server (idle timeouts, proxies), or raise --lock-expiry / NOORM_LOCK_EXPIRY if this run paused for longer than that, then run again.',
                });
            }
        },
        async release() {
            clearInterval(timer);
            try {
                await deleteRow(conn, db, token);
            }
            finally {
                await releaseSession();
            }
        },
    };
}
/** The current holder, or null when the lock is free. */
async function readLockHolder(conn, db = conn.db) {
    const now = conn.dialect.tracking.now();
    const row = await db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.lock)
        .select(['locked_by', 'token', 'host', 'pid', 'session_id', 'locked_at', 'expires_at'])
        .select((0,sql/* sql */.l) `case when expires_at < ${now} then 1 else 0 end`.as('expired'))
        .where('id', '=', 1)
        .executeTakeFirst();
    if (!row)
        return null;
    return {
        lockedBy: row.locked_by,
        token: row.token,
        host: row.host,
        pid: row.pid === null ? null : Number(row.pid),
        sessionId: row.session_id,
        lockedAt: timeText(row.locked_at),
        expiresAt: timeText(row.expires_at),
        expired: Number(row.expired) === 1,
    };
}
/** Whether the holder of a lock row is still there, as far as the server or this host can tell. */
async function holderLiveness(conn, holder) {
    const lockSql = conn.dialect.sessionLock;
    if (!lockSql)
        return processLiveness(holder);
    const result = await lockSql.isHeld(lockName(conn)).execute(conn.db);
    return truthy(result.rows[0]?.held) ? 'alive' : 'dead';
}
/**
 * Deletes the lock row of a run that is gone. A holder that is still alive keeps its lock: taking it
 * away would let two runs change the database at once.
 */
async function forceReleaseLock(conn, options = {}) {
    const holder = await readLockHolder(conn);
    if (!holder)
        return null;
    // A server-side session lock cannot be taken from a live session; a SQLite row can, by force.
    const alive = (await holderLiveness(conn, holder)) === 'alive';
    if (alive && (conn.dialect.sessionLock || !options.force)) {
        throw new errors/* LockError */.Ku('lock-alive', `The lock is held by a live run: ${describeHolder(holder)}`, {
            hint: conn.dialect.sessionLock
                ? `Stop that run first${holder.sessionId ? ` (server sessions ${holder.sessionId})` : ''}; its lock goes with it.`
                : 'Stop that run first. If you are sure no noorm run is using this database, `noorm lock release --force` frees it anyway.',
        });
    }
    await deleteRow(conn, conn.db, holder.token);
    return holder;
}
/** `took over the lock from <holder> (its session ended)`: one wording for every face. */
function describeTakeover(takeover) {
    const why = { 'session-ended': 'its session ended', 'process-gone': 'its process is gone', expired: 'it expired' }[takeover.reason];
    return `took over the lock from ${describeHolder(takeover.holder)} (${why})`;
}
function describeHolder(holder) {
    const where = holder.host ? ` on ${holder.host}${holder.pid ? ` (pid ${holder.pid})` : ''}` : '';
    return `${holder.lockedBy}${where}, since ${holder.lockedAt}, expires ${holder.expiresAt}`;
}
/** One session lock per database and tracking schema (MySQL's named locks are server-wide). */
function lockName(conn) {
    const name = `noorm:${conn.trackingSchema}`;
    return name.length <= 60 ? name : `noorm:${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 40)}`;
}
async function insertRow(conn, db, token, options, sessionId) {
    const { tracking } = conn.dialect;
    await db
        .withSchema(conn.trackingSchema)
        .insertInto(TABLES.lock)
        .values({
        id: 1,
        locked_by: formatIdentity(options.identity),
        token,
        host: external_node_os_.hostname().slice(0, 255),
        pid: process.pid,
        session_id: sessionId ? sessionId.slice(0, 100) : null,
        locked_at: tracking.now(),
        expires_at: tracking.nowPlusSeconds(options.expirySeconds),
    })
        .execute();
}
async function deleteRow(conn, db, token) {
    await db.withSchema(conn.trackingSchema).deleteFrom(TABLES.lock).where('id', '=', 1).where('token', '=', token).execute();
}
async function refresh(conn, db, token, expirySeconds) {
    const result = await db
        .withSchema(conn.trackingSchema)
        .updateTable(TABLES.lock)
        .set({ expires_at: conn.dialect.tracking.nowPlusSeconds(expirySeconds) })
        .where('id', '=', 1)
        .where('token', '=', token)
        .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
}
/**
 * Keeps one pooled connection for the caller until `release`: the session lock lives as long as
 * that connection, and no pool may close or reuse it meanwhile.
 */
function pinConnection(db) {
    return new Promise((resolvePinned, rejectPinned) => {
        let unpin;
        const held = db.connection().execute((pinned) => new Promise((resolve) => {
            unpin = resolve;
            resolvePinned({
                db: pinned,
                release: async () => {
                    unpin();
                    await held.catch(() => undefined);
                },
            });
        }));
        held.catch(rejectPinned);
    });
}
function truthy(value) {
    return value === true || value === 1 || value === '1' || value === 't' || (typeof value === 'bigint' && value > 0n);
}
function timeText(value) {
    return isoUtc(value);
}
//# sourceMappingURL=lock.js.map
;// CONCATENATED MODULE: ./lib/core/text/terminal-safe.js
/**
 * Text noorm did not write itself (file and changeset names, database messages, identities) made
 * safe for a terminal: control characters are shown as escapes, so a newline in a file name cannot
 * print a line that looks like noorm's, and an ESC sequence cannot clear the screen or recolour it.
 * Also the invisible characters that reorder or break lines (bidi controls, Unicode separators).
 * Text faces (the CLI, the TUI) apply it to each such value; JSON escapes on its own.
 *
 * No imports: the CLI loads it at startup, before the engine.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEPING_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function terminalSafe(text, options = {}) {
    const pattern = options.keepLineBreaks ? UNSAFE_KEEPING_LINES : UNSAFE;
    // Most text holds none: no copy.
    pattern.lastIndex = 0;
    if (!pattern.test(text))
        return text;
    pattern.lastIndex = 0;
    return text.replace(pattern, (char) => {
        const code = char.charCodeAt(0);
        return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
    });
}
//# sourceMappingURL=terminal-safe.js.map
;// CONCATENATED MODULE: ./lib/core/redact.js
/**
 * One place that keeps secrets out of anything printed or stored: error messages, JSON output,
 * progress lines, job summaries, the tracking tables' error columns. Every face (CLI, TUI, GitHub
 * Action) passes every outgoing string through one Redactor, and the engine passes errors through
 * it before it records them.
 */


const MASK = '****';
/**
 * Shorter values cannot be masked without masking ordinary words (`abc` in "abcdef"); they are still
 * masked as URL passwords and `password=` parameters. `secret set` warns about them.
 */
const MIN_MASKED_LENGTH = 4;
/** `scheme://user:password@host` → `scheme://user:****@host`, whatever the scheme. */
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s/]+)@/gi;
/** `password=...` style parameters in connection strings and URLs. */
const PASSWORD_PARAMS = /\b(password|pwd|passwd|pass)=([^&;\s]+)/gi;
/** The environment variables whose values are secret wherever they appear. */
const SECRET_VARIABLES = [ENV_VARIABLES.password, 'NOORM_PASSPHRASE', 'NOORM_NEW_PASSPHRASE', 'NOORM_EXPORT_PASSPHRASE'];
class Redactor {
    secrets = new Set();
    /** Every form of every secret, longest first; rebuilt when a secret is added. */
    forms = null;
    watchers = new Set();
    /** Registers values that must never be shown (passwords, secret values), in all their forms. */
    add(...values) {
        for (const value of values) {
            if (value && value.length >= MIN_MASKED_LENGTH && !this.secrets.has(value)) {
                this.secrets.add(value);
                this.forms = null;
                if (this.watchers.size) {
                    const forms = encodedForms(value);
                    for (const watcher of this.watchers)
                        watcher(forms);
                }
            }
        }
        return this;
    }
    /**
     * Every form this redactor masks, longest first: for a log that masks on its own (GitHub's
     * `::add-mask::`), which must learn each form before anything is written.
     */
    secretForms() {
        return [...this.allForms()];
    }
    /**
     * Calls `watcher` now with every form known, and again with the forms of each secret added later
     * (a stored config's secrets become known only when the config is resolved). Returns the unwatch.
     */
    watch(watcher) {
        watcher([...this.allForms()]);
        this.watchers.add(watcher);
        return () => this.watchers.delete(watcher);
    }
    /** The password and the secrets of a resolved config. */
    addConfig(config) {
        return this.add(config.connection.password, ...Object.values(config.secrets));
    }
    /** The password and passphrases noorm reads from NOORM_* variables. */
    addEnvironment(env) {
        return this.add(...SECRET_VARIABLES.map((name) => env[name]));
    }
    redact(text) {
        let out = text.replace(URL_CREDENTIALS, `$1${MASK}@`).replace(PASSWORD_PARAMS, `$1=${MASK}`);
        // Longest first, so a form that contains another is masked whole.
        for (const form of this.allForms()) {
            if (out.includes(form))
                out = out.split(form).join(MASK);
        }
        return out;
    }
    /** Deep-redacts every string inside a JSON-able value. */
    redactValue(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((item) => this.redactValue(item));
        if (value && typeof value === 'object') {
            const out = {};
            for (const [key, item] of Object.entries(value))
                out[key] = this.redactValue(item);
            return out;
        }
        return value;
    }
    allForms() {
        if (!this.forms) {
            const forms = new Set();
            for (const secret of this.secrets)
                for (const form of encodedForms(secret))
                    forms.add(form);
            this.forms = [...forms].sort((a, b) => b.length - a.length);
        }
        return this.forms;
    }
}
/**
 * The forms in which noorm itself may write a value: as it is; inside a SQL string literal (quotes
 * doubled, as every dialect's literal and `escape()` write it; with backslashes escaped, as MySQL's
 * client library and PostgreSQL's `E''` literals write it); as the hex bytes of MySQL's literal for
 * text holding a backslash (and of every dialect's bytes literal); inside JSON text (`escape()` of
 * an object) and that JSON inside a literal; URL-encoded; and with its control characters escaped
 * for a terminal (terminalSafe), as text faces print what noorm did not write itself.
 */
function encodedForms(secret) {
    const json = JSON.stringify(secret).slice(1, -1);
    const forms = [encodeURIComponent(secret), new URLSearchParams({ v: secret }).toString().slice(2), terminalSafe(secret)];
    for (const text of [secret, json]) {
        const hex = Buffer.from(text, 'utf8').toString('hex');
        forms.push(text, doubledQuotes(text), backslashEscaped(text), doubledQuotes(text.replace(/\\/g, '\\\\')), hex, hex.toUpperCase());
    }
    return [...new Set(forms)].filter((form) => form.length >= MIN_MASKED_LENGTH);
}
function doubledQuotes(text) {
    return text.replace(/'/g, "''");
}
/** The escapes of MySQL's client libraries (mysql2, mysql_real_escape_string). */
function backslashEscaped(text) {
    const escapes = { '\0': '\\0', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z', '"': '\\"', "'": "\\'", '\\': '\\\\' };
    return text.replace(/[\0\b\t\n\r\x1a"'\\]/g, (char) => escapes[char]);
}
/**
 * The redactor a command records errors with: the one its face gave (so everything the face
 * registered is masked too), with the config's password and secrets added.
 */
function commandRedactor(context) {
    const redactor = (context.redactor ?? new Redactor()).addConfig(context.config);
    return context.env ? redactor.addEnvironment(context.env) : redactor;
}
//# sourceMappingURL=redact.js.map
;// CONCATENATED MODULE: ./lib/core/encryption/crypto.js


/**
 * PBKDF2-SHA256 iterations for new files: OWASP's 2023 figure. Measured on a 2-core machine of this
 * project: about 0.1–0.15 s per derivation. Stored in each payload, so it can be raised later and old
 * files still open.
 */
const KDF_ITERATIONS = 600_000;
/**
 * The most iterations a file may ask for: ten times what noorm writes (about 1.5 s here), room to
 * raise the default. The count comes from the file, so without a bound a hostile file could make
 * noorm derive for minutes (2^31−1 iterations: about six), in a thread no signal can stop.
 */
const MAX_KDF_ITERATIONS = 6_000_000;
/** Lengths noorm writes, in bytes; a file asking for others is refused before anything is derived. */
const BYTES = { salt: 16, iv: 12, authTag: 16 };
/** Larger than any state or export noorm writes by far; larger files are not read. */
const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
class DecryptError extends Error {
    reason;
    detail;
    constructor(reason, detail) {
        super(detail ? `cannot decrypt: ${detail}` : `cannot decrypt: ${reason}`);
        this.reason = reason;
        this.detail = detail;
        this.name = 'DecryptError';
    }
}
/**
 * The key, derived in libuv's thread pool. A signal stops the wait at once (the command then ends as
 * interrupted); the thread itself cannot be stopped, which is why the cost is bounded.
 */
async function deriveKey(secret, salt, iterations, signal) {
    assertIterations(iterations);
    if (signal?.aborted)
        throw abortReason(signal);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        (0,external_node_crypto_.pbkdf2)(secret, salt, iterations, 32, 'sha256', (error, key) => {
            signal?.removeEventListener('abort', onAbort);
            if (error)
                reject(error);
            else
                resolve(key);
        });
    });
}
function assertIterations(iterations) {
    if (!Number.isInteger(iterations) || iterations < KDF_ITERATIONS || iterations > MAX_KDF_ITERATIONS) {
        throw new DecryptError('unsupported', `its key-derivation cost is ${String(iterations)} PBKDF2 iterations (noorm writes ${KDF_ITERATIONS} and reads at most ${MAX_KDF_ITERATIONS})`);
    }
}
/** A short verifier of the key: it tells a wrong key from a tampered ciphertext. */
function keyCheck(key) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update('noorm key check').digest().subarray(0, 12).toString('base64');
}
/** A salted fingerprint of a value (the machine id): says "other machine" without revealing the id. */
function fingerprint(value, salt) {
    return (0,external_node_crypto_.createHash)('sha256').update(salt).update('noorm machine').update(value).digest().subarray(0, 12).toString('base64');
}
function encrypt(plaintext, key, salt, iterations) {
    const iv = (0,external_node_crypto_.randomBytes)(12);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
        version: 1,
        algorithm: 'aes-256-gcm',
        kdf: 'pbkdf2-sha256',
        iterations,
        salt: salt.toString('base64'),
        iv: iv.toString('base64'),
        authTag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
    };
}
function decrypt(payload, key) {
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, Buffer.from(payload.iv, 'base64'));
        decipher.setAuthTag(Buffer.from(payload.authTag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(payload.ciphertext, 'base64')), decipher.final()]);
    }
    catch {
        throw new DecryptError('tampered');
    }
}
/**
 * Parses and checks the envelope: anything off in its shape means the file is damaged (e.g.
 * truncated); parameters noorm never writes (a key-derivation cost out of bounds, other salt, IV or
 * tag lengths, a file far too big) are refused as unsupported, before anything is derived.
 */
function parsePayload(text, extraFields = []) {
    if (text.length > MAX_PAYLOAD_BYTES)
        throw new DecryptError('unsupported', `it is ${text.length} bytes long (noorm reads at most ${MAX_PAYLOAD_BYTES})`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new DecryptError('damaged');
    }
    const strings = ['salt', 'iv', 'authTag', 'ciphertext', ...extraFields];
    const ok = value &&
        typeof value === 'object' &&
        value['version'] === 1 &&
        value['algorithm'] === 'aes-256-gcm' &&
        value['kdf'] === 'pbkdf2-sha256' &&
        typeof value['iterations'] === 'number' &&
        strings.every((field) => typeof value[field] === 'string');
    if (!ok)
        throw new DecryptError('damaged');
    assertIterations(value['iterations']);
    for (const [field, bytes] of Object.entries(BYTES)) {
        const encoded = value[field];
        if (!BASE64.test(encoded))
            throw new DecryptError('unsupported', `its ${field} is not base64`);
        const length = Buffer.from(encoded, 'base64').length;
        if (length !== bytes)
            throw new DecryptError('unsupported', `its ${field} is ${length} bytes long (noorm writes ${bytes})`);
    }
    if (!BASE64.test(value['ciphertext']))
        throw new DecryptError('damaged');
    return value;
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function sameText(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
function newSalt() {
    return (0,external_node_crypto_.randomBytes)(16);
}
//# sourceMappingURL=crypto.js.map
;// CONCATENATED MODULE: ./lib/core/encryption/machine-id.js



/**
 * The machine's stable identifier, part of the key that encrypts `.noorm/state.enc`, so a state
 * file copied to another machine does not decrypt there. NOORM_MACHINE_ID overrides it (containers
 * without a machine id; tests).
 */
function machineId(env = process.env) {
    const override = env['NOORM_MACHINE_ID'];
    if (override)
        return override.trim();
    const id = readPlatformId();
    if (!id) {
        throw new errors/* UsageError */.eb('no-machine-id', "Cannot determine this machine's id to encrypt noorm's state", {
            hint: 'Set NOORM_MACHINE_ID to a stable value for this machine (containers often have no /etc/machine-id), or configure noorm through NOORM_* variables only.',
        });
    }
    return id;
}
function readPlatformId() {
    try {
        switch (process.platform) {
            case 'linux':
                for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
                    const id = readQuietly(file);
                    if (id)
                        return id;
                }
                return null;
            case 'darwin': {
                const out = (0,external_node_child_process_.execFileSync)('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { encoding: 'utf8', timeout: 5000 });
                return /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(out)?.[1] ?? null;
            }
            case 'win32': {
                const out = (0,external_node_child_process_.execFileSync)('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { encoding: 'utf8', timeout: 5000 });
                return /MachineGuid\s+REG_SZ\s+(\S+)/.exec(out)?.[1] ?? null;
            }
            default:
                return readQuietly('/etc/machine-id') ?? readQuietly('/etc/hostid');
        }
    }
    catch {
        return null;
    }
}
function readQuietly(file) {
    try {
        const id = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
        return id || null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=machine-id.js.map
;// CONCATENATED MODULE: ./lib/core/state/files.js





/** The `.noorm/` folder of a project; created with a `.gitignore` holding `*`, so nothing in it is committed. */
function ensureNoormDir(root) {
    const dir = external_node_path_.join(root, '.noorm');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const ignore = external_node_path_.join(dir, '.gitignore');
    if (!(0,external_node_fs_.existsSync)(ignore))
        (0,external_node_fs_.writeFileSync)(ignore, '# Written by noorm: nothing in this folder belongs in version control.\n*\n');
    return dir;
}
/** Replaces `file` with `content` atomically: a temp file beside it, fsync, rename, fsync of the folder. */
function writeFileAtomic(file, content) {
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    const fd = (0,external_node_fs_.openSync)(temp, 'w', 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, content);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(temp, file);
    }
    catch (error) {
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch {
            // already gone
        }
        throw error;
    }
    try {
        const dir = (0,external_node_fs_.openSync)(external_node_path_.dirname(file), 'r');
        try {
            (0,external_node_fs_.fsyncSync)(dir);
        }
        finally {
            (0,external_node_fs_.closeSync)(dir);
        }
    }
    catch {
        // Some platforms cannot fsync a folder; the rename is still atomic.
    }
}
/**
 * Runs `fn` holding an exclusive lock file, so two processes changing the state one after another
 * both see the other's change (read-modify-write under the lock). A lock left by a process that
 * died is taken over.
 */
async function withFileLock(lockFile, fn, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    const me = `${process.pid}@${external_node_os_.hostname()}@${(0,external_node_crypto_.randomUUID)()}`;
    for (;;) {
        try {
            const fd = (0,external_node_fs_.openSync)(lockFile, 'wx', 0o600);
            try {
                (0,external_node_fs_.writeSync)(fd, me);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const stale = staleHolder(lockFile);
            if (stale !== null) {
                // Remove exactly the stale lock seen, not one another process created meanwhile.
                if (holderOf(lockFile) === stale) {
                    try {
                        (0,external_node_fs_.unlinkSync)(lockFile);
                    }
                    catch {
                        // another process took it first
                    }
                }
                continue;
            }
            if (Date.now() > deadline) {
                throw new errors/* LockError */.Ku('state-locked', `Another noorm process is changing ${external_node_path_.dirname(lockFile)} (lock held by ${holderOf(lockFile)})`, {
                    hint: `Wait for it to finish. If no noorm process is running, delete ${lockFile}.`,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 40));
        }
    }
    // Touched while held, so a slow holder is never mistaken for a dead one.
    const touch = setInterval(() => {
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(lockFile, now, now);
        }
        catch {
            // gone: nothing to keep fresh
        }
    }, 10_000);
    touch.unref();
    try {
        return await fn();
    }
    finally {
        clearInterval(touch);
        try {
            if (holderOf(lockFile) === me)
                (0,external_node_fs_.unlinkSync)(lockFile);
        }
        catch {
            // already gone
        }
    }
}
function holderOf(lockFile) {
    try {
        return (0,external_node_fs_.readFileSync)(lockFile, 'utf8') || 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** The lock file's content when its holder is gone (or it was not touched for a minute), else null. */
function staleHolder(lockFile) {
    try {
        const holder = holderOf(lockFile);
        const [pid, host] = holder.split('@');
        if (host === external_node_os_.hostname() && pid && !processAlive(Number(pid)))
            return holder;
        // Held locks are touched every 10 s; one untouched for a minute belongs to nobody.
        return Date.now() - (0,external_node_fs_.statSync)(lockFile).mtimeMs > 60_000 ? holder : null;
    }
    catch {
        return null;
    }
}
function processAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
//# sourceMappingURL=files.js.map
;// CONCATENATED MODULE: ./lib/core/state/state-store.js







function emptyState() {
    return { version: 1, activeConfig: null, configs: keyedRecord(), secrets: keyedRecord() };
}
/** The state with every map keyed by user names made prototype-less (after parsing or cloning). */
function keyedState(state) {
    const secrets = keyedRecord();
    for (const [name, values] of Object.entries(state.secrets))
        secrets[name] = keyedRecord(values);
    return { ...state, configs: keyedRecord(state.configs), secrets };
}
/**
 * The encrypted state file, `.noorm/state.enc`: AES-256-GCM under a key derived with PBKDF2-SHA256
 * from the machine id plus NOORM_PASSPHRASE when the file uses one. Reads decrypt into memory;
 * every change is a read-modify-write under a lock file, written atomically. A file that does not
 * decrypt is never overwritten: the error says why and how to recover.
 */
class StateStore {
    options;
    file;
    lockFile;
    cached = null;
    opening = null;
    /** A passphrase that opened the state once: asked for at most once per process. */
    typed = null;
    constructor(options) {
        this.options = options;
        this.file = external_node_path_.join(options.root, '.noorm', 'state.enc');
        this.lockFile = external_node_path_.join(options.root, '.noorm', 'state.lock');
    }
    exists() {
        return (0,external_node_fs_.existsSync)(this.file);
    }
    /** The command's signal, for the other key derivations of the command (config export and import). */
    get signal() {
        return this.options.signal;
    }
    /** The state, or null when the project has none yet. */
    async read() {
        if (!this.exists())
            return null;
        return (await this.open(this.readText())).state;
    }
    /** ConfigStore: what config resolution needs. */
    async load() {
        return this.read();
    }
    /** Applies `mutate` to the newest state and writes it back; concurrent changes are serialised. */
    async update(mutate) {
        ensureNoormDir(this.options.root);
        // Any passphrase prompt happens before the lock is taken, never while others wait on it.
        if (this.exists())
            await this.read();
        return withFileLock(this.lockFile, async () => {
            const existing = this.exists() ? await this.open(this.readText()) : null;
            const state = existing ? keyedState(structuredClone(existing.state)) : emptyState();
            const passphrase = existing ? existing.passphrase : this.options.env['NOORM_PASSPHRASE'] || null;
            await mutate(state);
            await this.write(state, passphrase);
            return state;
        });
    }
    /** Re-encrypts the state with another passphrase (null: the machine id alone). */
    async rekey(passphrase) {
        if (!this.exists())
            throw new errors/* UsageError */.eb('no-state', 'There is no state to re-encrypt yet', { hint: 'Add a config first: noorm config add.' });
        await this.read();
        await withFileLock(this.lockFile, async () => {
            const existing = await this.open(this.readText());
            await this.write(existing.state, passphrase);
        });
    }
    async write(state, passphrase) {
        const id = machineId(this.options.env);
        const salt = newSalt();
        const key = await deriveKey(secretOf(id, passphrase), salt, KDF_ITERATIONS, this.options.signal);
        const payload = {
            ...encrypt(Buffer.from(JSON.stringify(state), 'utf8'), key, salt, KDF_ITERATIONS),
            machine: fingerprint(id, salt),
            passphrase: passphrase !== null,
            keyCheck: keyCheck(key),
        };
        const text = JSON.stringify(payload, null, 2) + '\n';
        writeFileAtomic(this.file, text);
        this.cached = { text, opened: { state, passphrase } };
    }
    /** The file's text; one far larger than any state noorm writes is not read at all. */
    readText() {
        const size = (0,external_node_fs_.statSync)(this.file).size;
        if (size > MAX_PAYLOAD_BYTES)
            throw stateError('unsupported', RELATIVE, `it is ${size} bytes long (noorm reads at most ${MAX_PAYLOAD_BYTES})`);
        return (0,external_node_fs_.readFileSync)(this.file, 'utf8');
    }
    open(text) {
        if (this.cached?.text === text)
            return Promise.resolve(this.cached.opened);
        // Reads at the same moment (a face's screens sharing the store) wait on one key derivation and one prompt.
        if (this.opening?.text === text)
            return this.opening.promise;
        const promise = this.decryptText(text).finally(() => {
            if (this.opening?.promise === promise)
                this.opening = null;
        });
        this.opening = { text, promise };
        return promise;
    }
    async decryptText(text) {
        const relative = RELATIVE;
        let payload;
        try {
            payload = parsePayload(text, ['machine', 'keyCheck']);
            if (typeof payload.passphrase !== 'boolean')
                throw new DecryptError('damaged');
        }
        catch (error) {
            // Parameters noorm never writes are refused here, before a key is derived from them.
            if (error instanceof DecryptError && error.reason === 'unsupported')
                throw stateError('unsupported', relative, error.detail);
            throw stateError('damaged', relative);
        }
        const salt = Buffer.from(payload.salt, 'base64');
        const id = machineId(this.options.env);
        if (!sameText(fingerprint(id, salt), payload.machine))
            throw stateError('other-machine', relative);
        let passphrase = null;
        if (payload.passphrase) {
            passphrase = this.options.env['NOORM_PASSPHRASE'] || this.typed || (await this.options.askPassphrase?.()) || null;
            if (!passphrase)
                throw stateError('passphrase-required', relative);
        }
        const key = await deriveKey(secretOf(id, passphrase), salt, payload.iterations, this.options.signal);
        if (!sameText(keyCheck(key), payload.keyCheck))
            throw stateError(payload.passphrase ? 'wrong-passphrase' : 'tampered', relative);
        let state;
        try {
            state = JSON.parse(decrypt(payload, key).toString('utf8'));
        }
        catch {
            throw stateError('tampered', relative);
        }
        if (!state || state.version !== 1 || typeof state.configs !== 'object' || typeof state.secrets !== 'object' || !state.configs || !state.secrets)
            throw stateError('damaged', relative);
        const opened = { state: keyedState(state), passphrase };
        this.cached = { text, opened };
        if (passphrase)
            this.typed = passphrase;
        return opened;
    }
}
function secretOf(id, passphrase) {
    return passphrase === null ? id : `${id}\u0000${passphrase}`;
}
const RELATIVE = external_node_path_.join('.noorm', 'state.enc');
const LEFT_AS_IS = 'The file was left exactly as it is.';
function stateError(problem, file, detail) {
    switch (problem) {
        case 'unsupported':
            return new errors/* UsageError */.eb('state-unsupported', `${file} was not written by noorm, or was modified: ${detail ?? 'it asks for parameters noorm never writes'}`, {
                hint: `${LEFT_AS_IS} Nothing was derived from it. Restore it from a backup, or move it aside and re-create the configs (noorm config add, or noorm config import).`,
            });
        case 'damaged':
            return new errors/* UsageError */.eb('state-damaged', `${file} is damaged: it is truncated or not a noorm state file`, {
                hint: `${LEFT_AS_IS} Restore it from a backup, or move it aside and re-create the configs (noorm config add, or noorm config import).`,
            });
        case 'other-machine':
            return new errors/* UsageError */.eb('state-other-machine', `${file} was written on another machine and only opens there`, {
                hint: `${LEFT_AS_IS} To move configs, run \`noorm config export <name>\` on the old machine and \`noorm config import <file>\` here. If this is the same machine with a new machine id, set NOORM_MACHINE_ID to the old one.`,
            });
        case 'passphrase-required':
            return new errors/* UsageError */.eb('state-passphrase-required', `${file} is protected by a passphrase`, {
                hint: 'Set NOORM_PASSPHRASE to the passphrase (or run interactively to be asked).',
            });
        case 'wrong-passphrase':
            return new errors/* UsageError */.eb('state-wrong-passphrase', `The passphrase does not open ${file}`, {
                hint: `${LEFT_AS_IS} Check NOORM_PASSPHRASE.`,
            });
        case 'tampered':
            return new errors/* UsageError */.eb('state-tampered', `${file} failed its integrity check: it was modified or corrupted`, {
                hint: `${LEFT_AS_IS} Restore it from a backup, or move it aside and re-create the configs.`,
            });
    }
}
//# sourceMappingURL=state-store.js.map
;// CONCATENATED MODULE: ./lib/core/session.js









/**
 * Sets up a session: the redactor seeded with every secret the environment and the flags hold,
 * an abort signal the face triggers, the state store with the face's passphrase prompt, warnings
 * collected from events. Nothing is read or connected until a command asks.
 */
function openSession(options) {
    const { env } = options;
    const flags = options.flags ?? {};
    const root = findProjectRoot(options.cwd);
    const redactor = new Redactor().addEnvironment(env).add(flags.password, ...urlPasswords(flags.url, env[ENV_VARIABLES.url]), ...Object.values(secretsFromEnv(env)));
    const controller = new AbortController();
    const warnings = [];
    const onEvent = (event) => {
        const warning = warningOf(event);
        if (warning)
            warnings.push(warning);
        options.onEvent?.(event);
    };
    const ask = options.askPassphrase;
    const store = options.store ??
        new StateStore({
            root,
            env,
            // A key derivation stops waiting at Ctrl-C / SIGTERM.
            signal: controller.signal,
            ...(ask
                ? {
                    askPassphrase: async () => {
                        const typed = await ask();
                        redactor.add(typed);
                        return typed;
                    },
                }
                : {}),
        });
    const guard = { ...(options.yes ? { yes: true } : {}), ...(options.confirm ? { confirm: options.confirm } : {}) };
    let resolved;
    let where = null;
    const config = () => {
        resolved ??= (async () => {
            let result;
            try {
                result = await resolveConfig({ cwd: options.cwd, flags, env, store });
            }
            catch (error) {
                // A state file that does not open here (another machine's, mounted into a container or
                // a CI job) is no reason to stop when the environment is a whole config by itself.
                if (!(stateWontOpen(error) && environmentIsComplete(env, flags)))
                    throw error;
                onEvent({
                    type: 'note',
                    level: 'info',
                    code: 'state-not-read',
                    message: `${(0,errors/* messageOf */.bD)(error)}; the environment describes the whole connection, so it is the config (name a stored config with --config or ${ENV_VARIABLES.config} to need the state file)`,
                });
                result = await resolveConfig({ cwd: options.cwd, flags, env });
            }
            redactor.addConfig(result);
            where = { config: result.name, dialect: result.connection.dialect, target: (0,registry/* describeTarget */.ff)(result.connection) };
            return result;
        })();
        return resolved;
    };
    return {
        root,
        env,
        store,
        redactor,
        signal: controller.signal,
        guard,
        warnings,
        onEvent,
        interrupt(signal) {
            if (!controller.signal.aborted)
                controller.abort(new errors/* InterruptedError */.p4(signal));
        },
        config,
        async paths() {
            try {
                return await resolvePaths({ cwd: options.cwd, flags, env, store });
            }
            catch (error) {
                if (!(stateWontOpen(error) && environmentIsComplete(env, flags)))
                    throw error;
                return resolvePaths({ cwd: options.cwd, flags, env });
            }
        },
        async context() {
            return { config: await config(), onEvent, signal: controller.signal, vars: options.vars ?? {}, env, redactor, ...guard };
        },
        async storedConfigName() {
            const state = await store.read();
            const name = flags.config ?? layerFromEnv(env).config ?? state?.activeConfig ?? undefined;
            if (!name) {
                throw new errors/* UsageError */.eb('no-config', 'Secrets belong to a stored config, and none is selected', {
                    hint: `Pick one with --config <name>, ${ENV_VARIABLES.config}, or \`noorm config use <name>\`.`,
                });
            }
            return name;
        },
        where: () => where,
    };
}
const STATE_WONT_OPEN = new Set([
    'state-damaged',
    'state-other-machine',
    'state-passphrase-required',
    'state-wrong-passphrase',
    'state-tampered',
    'state-unsupported',
]);
/** The state file exists but does not open here (another machine's, damaged, a passphrase not given). */
function stateWontOpen(error) {
    return error instanceof errors/* UsageError */.eb && STATE_WONT_OPEN.has(error.code);
}
/** A warning for the result document, from the events that carry one. */
function warningOf(event) {
    if (event.type === 'note' && event.level === 'warn') {
        return { code: event.code, message: event.message, ...(event.changeset ? { changeset: event.changeset } : {}), ...(event.file ? { file: event.file } : {}) };
    }
    if (event.type === 'lock:acquired' && event.tookOver)
        return { code: 'lock-taken-over', message: describeTakeover(event.tookOver) };
    return null;
}
/** `scheme://user:password@`: the password exactly as written in the URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:([^@\s/]+)@/i;
/**
 * Passwords inside connection URLs: as written (percent-encoded however the user encoded it) and
 * decoded as the driver will see them.
 */
function urlPasswords(...urls) {
    const passwords = [];
    for (const url of urls) {
        if (!url)
            continue;
        const written = URL_PASSWORD.exec(url.trim())?.[1];
        if (written)
            passwords.push(written);
        try {
            const password = parseConnectionUrl(url).fields.password;
            if (password)
                passwords.push(password);
        }
        catch {
            // Reported when the config is resolved; the redactor's URL rule masks it meanwhile.
        }
    }
    return passwords;
}
//# sourceMappingURL=session.js.map
;// CONCATENATED MODULE: ./lib/core/result.js

const ENVELOPE_KEYS = new Set(['ok', 'command', 'config', 'dialect', 'target', 'error']);
/**
 * A verb's result as its JSON document: `ok`, `command`, then `config`, `dialect`, `target` where
 * a database is involved, the verb's own fields, `warnings` when there are some and `error` on
 * failure; every string redacted.
 */
function resultDocument(result, options = {}) {
    const document = { ok: result.ok, command: result.command };
    if (result.config !== undefined)
        document['config'] = result.config;
    if (result.dialect !== undefined)
        document['dialect'] = result.dialect;
    if (result.target !== undefined)
        document['target'] = result.target;
    for (const [key, value] of Object.entries(result)) {
        if (!ENVELOPE_KEYS.has(key) && value !== undefined)
            document[key] = jsonValue(value);
    }
    return finish(document, result.error, options);
}
/**
 * The document of a command that failed before it had a result (a config error, a refused
 * connection): the envelope with what was known by then, and the error.
 */
function failureDocument(command, error, options = {}) {
    const document = { ok: false, command };
    if (options.where)
        Object.assign(document, options.where);
    return finish(document, error, options);
}
function errorDocument(error) {
    return {
        code: error.code,
        exitCode: error.exitCode,
        message: error.message,
        hint: error.hint ?? null,
        file: error.file ?? null,
        line: error.line ?? null,
    };
}
/** The process exit code a result stands for. */
function exitCodeOf(result) {
    if (result.ok)
        return errors/* ExitCode */.yU.ok;
    return result.error?.exitCode ?? errors/* ExitCode */.yU.failure;
}
/**
 * Anything a command threw, as a NoormError: the engine's own errors as they are, anything else as
 * an internal error (a bug in noorm, with the hint to report it).
 */
function asNoormError(thrown) {
    if (thrown instanceof errors/* NoormError */.mQ)
        return thrown;
    return new errors/* NoormError */.mQ('internal', errors/* ExitCode */.yU.failure, (0,errors/* messageOf */.bD)(thrown), {
        hint: 'This looks like a bug in noorm. Run again with NOORM_DEBUG=1 for a stack trace and report it.',
        cause: thrown,
    });
}
function finish(document, error, options) {
    if (options.warnings?.length)
        document['warnings'] = options.warnings.map((warning) => ({ ...warning }));
    if (error)
        document['error'] = errorDocument(error);
    return options.redactor ? options.redactor.redactValue(document) : document;
}
/** Plain JSON of a result's field: errors as error documents, no undefined members. */
function jsonValue(value) {
    if (value instanceof errors/* NoormError */.mQ)
        return errorDocument(value);
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(jsonValue);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value))
            if (item !== undefined)
                out[key] = jsonValue(item);
        return out;
    }
    return value;
}
//# sourceMappingURL=result.js.map
;// CONCATENATED MODULE: ./lib/core/text/source-excerpt.js



/**
 * The lines around the one an error names, for a face to show the failing statement under the
 * database's message. Null when there is nothing true to show: no line, a template (the line counts
 * the SQL it rendered, not its source), a file that cannot be read (or is gone), a line past its end.
 */
function sourceExcerpt(root, file, line, around = 2) {
    if (!file || !line || line < 1 || /\.eta$/i.test(file))
        return null;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_.resolve(root, file), 'utf8');
    }
    catch {
        return null;
    }
    const lines = text.split(/\r?\n/);
    if (line > lines.length)
        return null;
    const first = Math.max(1, line - around);
    const last = Math.min(lines.length, line + around);
    const excerpt = [];
    for (let number = first; number <= last; number++)
        excerpt.push({ number, text: terminalSafe(lines[number - 1].replace(/\t/g, '    ')), failing: number === line });
    return excerpt;
}
//# sourceMappingURL=source-excerpt.js.map
;// CONCATENATED MODULE: ./lib/core/config/vars.js


/**
 * Template variables given as `key=value` lines (the CLI's repeated `--var`, the Action's `vars`
 * input). A key is a JavaScript identifier, since templates also see each variable by name.
 */
function parseTemplateVars(lines, label = '--var') {
    const vars = keyedRecord();
    for (const line of lines ?? []) {
        const eq = line.indexOf('=');
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) {
            throw new errors/* UsageError */.eb('bad-var', `${label} ${line}: give key=value, with a key made of letters, digits, _ or $`);
        }
        assertNotReserved(key, 'template variable', 'bad-var', `${label} ${line}`);
        vars[key] = eq < 0 ? '' : line.slice(eq + 1);
    }
    return vars;
}
//# sourceMappingURL=vars.js.map
;// CONCATENATED MODULE: ./lib/core/config/validate.js




/** Config names end up in paths, tables (varchar(100)) and confirmation phrases (`yes-<name>`). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
function validateConfigName(name, field = 'name') {
    if (name === undefined || name.trim() === '')
        throw invalid(field, 'must not be empty');
    if (!NAME.test(name)) {
        throw invalid(field, `"${name}" may only hold letters, digits, ".", "_" and "-" (no "/" or spaces), start with a letter or digit, and be at most 100 characters`);
    }
    assertNotReserved(name, 'config name', 'invalid-config');
    return name;
}
/** Checks a config before it is stored; each problem names its field. */
function validateStoredConfig(config) {
    validateConfigName(config.name);
    const c = config.connection;
    if (c.url !== undefined)
        parseConnectionUrl(c.url, '--url');
    if (c.dialect === undefined && c.url === undefined) {
        throw invalid('dialect', 'is required (postgres, mysql, sqlite or mssql), or give --url');
    }
    if (c.dialect !== undefined) {
        try {
            c.dialect = normaliseDialect(c.dialect);
        }
        catch (error) {
            throw invalid('dialect', error.message.replace(/^Unknown dialect/, 'is unknown:'));
        }
    }
    if (c.port !== undefined && (!Number.isInteger(c.port) || c.port < 1 || c.port > 65535)) {
        throw invalid('port', `must be a whole number from 1 to 65535, got ${String(c.port)}`);
    }
    if (config.type !== undefined && config.type !== 'local' && config.type !== 'remote') {
        throw invalid('type', `must be "local" or "remote", got "${String(config.type)}"`);
    }
    if (config.identity !== undefined && config.identity.length > 255)
        throw invalid('identity', 'is longer than 255 characters');
    for (const [field, value] of [
        ['schema-path', config.paths?.schema],
        ['changeset-path', config.paths?.changesets],
    ]) {
        if (value !== undefined && value.trim() === '')
            throw invalid(field, 'must not be empty');
    }
    return config;
}
/** Parses a port given as text, naming the field when it is not one. */
function parsePortField(value) {
    const port = Number(value);
    if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535)
        throw invalid('port', `must be a whole number from 1 to 65535, got "${value}"`);
    return port;
}
function invalid(field, problem) {
    return new errors/* UsageError */.eb('invalid-config', `Invalid config: ${field} ${problem}`, { hint: `Fix --${field} and try again.` });
}
//# sourceMappingURL=validate.js.map
;// CONCATENATED MODULE: ./lib/core/project/allowed-paths.js




/** The roots with their links resolved, worked out once per config. */
const realRoots = new WeakMap();
/**
 * The one rule for every file noorm reads to run or render: schema discovery, `run file` and
 * `run dir`, changeset folders and their `.txt` manifests, and templates' `load()`, `loadRows()`
 * and `include()`. The path as given and its real path (every link followed) must each lie inside
 * the project root or an allowed folder: a link inside the project must not bring in a file from
 * elsewhere, and a dry run must not show one.
 *
 * `subject` is how the error names the path ("schema/x.sql", "change/001.txt line 2 lists y, which").
 */
function assertAllowedPath(roots, absolute, options = {}) {
    const real = realPathOf(absolute);
    const within = (target, candidates) => candidates.some((candidate) => isInside(candidate, target));
    if (within(absolute, [roots.root, ...roots.allowed]) && within(real, resolvedRoots(roots)))
        return;
    const subject = options.subject ?? shownPath(roots, absolute);
    const leadsTo = real !== absolute && !within(real, resolvedRoots(roots)) ? ` (it leads to ${real})` : '';
    throw new errors/* UsageError */.eb(options.code ?? 'path-outside-project', `${subject} is outside the project${leadsTo}`, {
        ...options.where,
        hint: `noorm reads only files inside the project root (${roots.root})${roots.allowed.length ? ` and the allowed folders (${roots.allowed.join(', ')})` : ''}, links followed. To allow another folder (a monorepo's shared SQL, say), pass --allow-path <dir> or set NOORM_ALLOW_PATHS; otherwise move the file into the project.`,
    });
}
/** The path relative to the project root when it is inside it, else as it is. */
function shownPath(roots, absolute) {
    return isInside(roots.root, absolute) ? toTrackedPath(roots.root, absolute) : absolute;
}
function resolvedRoots(roots) {
    let real = realRoots.get(roots);
    if (!real) {
        real = [roots.root, ...roots.allowed].map((root) => realPathOf(root));
        realRoots.set(roots, real);
    }
    return real;
}
/**
 * The real path of `absolute`, every link followed. A path that does not exist is judged by where
 * it would be: a dangling link by its target, anything else by its nearest existing folder.
 */
function realPathOf(absolute, depth = 0) {
    try {
        return (0,external_node_fs_.realpathSync)(absolute);
    }
    catch {
        // missing: see below
    }
    try {
        if (depth < 40 && (0,external_node_fs_.lstatSync)(absolute).isSymbolicLink())
            return realPathOf(external_node_path_.resolve(external_node_path_.dirname(absolute), (0,external_node_fs_.readlinkSync)(absolute)), depth + 1);
    }
    catch {
        // not there at all
    }
    const parent = external_node_path_.dirname(absolute);
    if (parent === absolute || depth >= 40)
        return absolute;
    return external_node_path_.join(realPathOf(parent, depth + 1), external_node_path_.basename(absolute));
}
//# sourceMappingURL=allowed-paths.js.map
;// CONCATENATED MODULE: ./lib/core/runner/natural-sort.js
/**
 * Orders names the way people number files: `2_x.sql` before `10_x.sql`. Explicit and independent
 * of the machine's locale, so every machine runs a folder in the same order. Letters compare
 * case-insensitively first and by code point to break ties, digits by numeric value.
 */
function compareNatural(a, b) {
    const left = chunk(a);
    const right = chunk(b);
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i];
        const y = right[i];
        const xDigits = isDigits(x);
        const yDigits = isDigits(y);
        let order;
        if (xDigits && yDigits)
            order = compareDigits(x, y);
        else
            order = compareCodePoints(x.toLowerCase(), y.toLowerCase());
        if (order !== 0)
            return order;
    }
    if (left.length !== right.length)
        return left.length - right.length;
    // Same up to case and leading zeros: fall back to a plain code-point order so the result is total.
    return compareCodePoints(a, b);
}
function chunk(name) {
    return name.match(/\d+|\D+/g) ?? [];
}
function isDigits(text) {
    const code = text.charCodeAt(0);
    return code >= 48 && code <= 57;
}
function compareDigits(x, y) {
    // Compare as numbers of any length without converting (no precision loss on long numbers).
    const a = x.replace(/^0+(?=\d)/, '');
    const b = y.replace(/^0+(?=\d)/, '');
    if (a.length !== b.length)
        return a.length - b.length;
    return compareCodePoints(a, b);
}
function compareCodePoints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=natural-sort.js.map
;// CONCATENATED MODULE: ./lib/core/runner/discover.js





/** File names noorm runs as SQL. Everything else in a folder (data files, docs) is ignored. */
function isRunnableName(name) {
    return /\.sql(\.eta)?$/i.test(name) && !isIgnoredName(name);
}
/** Names starting with `_` are partials and data; names starting with `.` are hidden. */
function isIgnoredName(name) {
    return name.startsWith('_') || name.startsWith('.');
}
/**
 * Lists the runnable files below `dir`, recursively, in natural filename order with folders sorted
 * among files (`001_tables/` runs before `002_views.sql`). The folder, and every link met on the
 * way, must lead inside the project or an allowed folder (assertAllowedPath).
 */
function discoverSqlFiles(roots, dir, label = 'folder') {
    return discoverFiles(roots, dir, isRunnableName, label);
}
/** Like discoverSqlFiles, for any kind of file `accept` takes (changesets add .txt manifests). */
function discoverFiles(roots, dir, accept, label = 'folder') {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(dir);
    }
    catch {
        throw new errors/* UsageError */.eb('missing-folder', `The ${label} ${dir} does not exist`, {
            hint: label === 'schema folder' ? 'Create it, or point --schema-path / NOORM_SCHEMA_PATH at your schema folder.' : undefined,
        });
    }
    if (!stat.isDirectory())
        throw new errors/* UsageError */.eb('not-a-folder', `The ${label} ${dir} is not a folder`);
    assertAllowedPath(roots, dir);
    const files = [];
    walk(roots, dir, files, new Set(), accept);
    return files;
}
/** Entries that are not links lie where their folder does, so only the links need checking. */
function walk(roots, dir, out, visited, accept) {
    const real = (0,external_node_fs_.realpathSync)(dir);
    if (visited.has(real))
        return; // a symlink loop
    visited.add(real);
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* FileError */.f6('unreadable-folder', `Cannot read the folder ${dir}`, { cause: error });
    }
    entries.sort((a, b) => compareNatural(a.name, b.name));
    for (const entry of entries) {
        if (isIgnoredName(entry.name))
            continue;
        const full = external_node_path_.join(dir, entry.name);
        const kind = entry.isSymbolicLink() ? followLink(full, entry.name) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
        if (entry.isSymbolicLink() && (kind === 'dir' || (kind === 'file' && accept(entry.name))))
            assertAllowedPath(roots, full);
        if (kind === 'dir')
            walk(roots, full, out, visited, accept);
        else if (kind === 'file' && accept(entry.name))
            out.push(full);
    }
}
function followLink(full, name) {
    try {
        const target = (0,external_node_fs_.statSync)(full);
        return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
    }
    catch {
        // A dangling link named like a SQL file is listed, so reading it reports the problem
        // instead of the file silently not running.
        return isRunnableName(name) ? 'file' : 'other';
    }
}
//# sourceMappingURL=discover.js.map
;// CONCATENATED MODULE: ./lib/core/protection.js

/**
 * The one protection check every state-changing verb goes through. On a protected config the
 * user types `yes-<name>` (or passes --yes headless); `db:destroy` is refused whatever the flags.
 */
async function assertAllowed(context, action, options = {}) {
    const { config } = context;
    // `always`: destructive enough to confirm on any config (db destroy).
    if (!config.protected && !options.always)
        return;
    if (config.protected && action === 'db:destroy') {
        throw new errors/* RefusedError */.fk('protected-destroy', `Refusing to destroy the database of protected config "${config.name}"`, {
            hint: 'Protected databases cannot be destroyed by noorm. Remove the protection from the config first if you really mean it.',
        });
    }
    if (context.yes)
        return;
    const phrase = `yes-${config.name}`;
    if (!context.confirm) {
        throw new errors/* RefusedError */.fk('confirmation-required', `${config.protected ? `Config "${config.name}" is protected: ` : ''}${action} needs confirmation`, {
            hint: 'Pass --yes (or set NOORM_YES=1) to confirm in headless mode.',
        });
    }
    const answer = await context.confirm({ config: config.name, action, phrase, protected: config.protected });
    if (answer?.trim() !== phrase) {
        throw new errors/* RefusedError */.fk('confirmation-mismatch', `Confirmation did not match "${phrase}"; nothing was done`);
    }
}
//# sourceMappingURL=protection.js.map
;// CONCATENATED MODULE: ./lib/core/project/init.js



/**
 * `noorm init`: the folders of a project in `dir` (schema/, changesets/, .noorm/ with its own
 * .gitignore). Existing folders are left alone; the user's .gitignore is never touched.
 */
function initProject(dir) {
    const root = external_node_path_.resolve(dir);
    const result = { ok: true, command: 'init', root, created: [], existed: [] };
    for (const folder of ['schema', 'changesets', '.noorm']) {
        const full = external_node_path_.join(root, folder);
        if ((0,external_node_fs_.existsSync)(full) && (folder !== '.noorm' || (0,external_node_fs_.existsSync)(external_node_path_.join(full, '.gitignore')))) {
            result.existed.push(folder);
            continue;
        }
        if (folder === '.noorm')
            ensureNoormDir(root);
        else
            (0,external_node_fs_.mkdirSync)(full, { recursive: true });
        result.created.push(folder);
    }
    return result;
}
//# sourceMappingURL=init.js.map
;// CONCATENATED MODULE: ./lib/core/dialect/load.js
/**
 * Dialect modules load on first use, so a command pays only for the driver it talks to (and
 * `--help` for none).
 */
const LOADERS = {
    postgres: async () => (await Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 47650))).postgresDialect,
    mysql: async () => (await Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(239)]).then(__webpack_require__.bind(__webpack_require__, 7239))).mysqlDialect,
    sqlite: async () => (await Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(251)]).then(__webpack_require__.bind(__webpack_require__, 93251))).sqliteDialect,
    mssql: async () => (await Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(677), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 20934))).mssqlDialect,
};
function loadDialect(name) {
    return LOADERS[name]();
}
//# sourceMappingURL=load.js.map
;// CONCATENATED MODULE: ./lib/core/connection.js



/**
 * Every command's way to its database: loads the dialect, waits for the server when the config asks
 * (`--wait`, NOORM_WAIT), then connects.
 */
async function openConnection(context, options = {}) {
    const { config } = context;
    const dialect = await loadDialect(config.connection.dialect);
    if (config.waitSeconds > 0)
        await waitForServer(context, dialect, config.waitSeconds);
    return dialect.connect(config.connection, { root: config.paths.root, ...(options.readOnly ? { readOnly: true } : {}) });
}
/**
 * Retries reaching the server until it answers (Docker Compose, CI services starting up), with a
 * progress note; exit 5 when it does not within `timeoutSeconds`.
 */
async function waitForServer(context, dialect, timeoutSeconds) {
    const { config } = context;
    const started = Date.now();
    const deadline = started + timeoutSeconds * 1000;
    let announced = false;
    for (let attempt = 1;; attempt++) {
        try {
            const server = await dialect.connectServer(config.connection, { root: config.paths.root });
            await server.close();
            if (announced)
                context.onEvent?.({ type: 'note', level: 'info', code: 'server-answered', message: `the server answered after ${((Date.now() - started) / 1000).toFixed(1)} s` });
            return { waitedMs: Date.now() - started };
        }
        catch (error) {
            if (!(error instanceof errors/* ConnectError */.T$) && (0,errors/* isNoormError */.E3)(error))
                throw error;
            // Refused credentials or a missing database: the server is up and answering. The
            // command that follows reports the real problem.
            if (error instanceof errors/* ConnectError */.T$ && error.serverAnswered)
                return { waitedMs: Date.now() - started };
            if (Date.now() >= deadline) {
                throw new errors/* ConnectError */.T$('wait-timeout', `The server did not accept connections within ${timeoutSeconds} s (${attempt} attempts): ${(0,errors/* messageOf */.bD)(error)}`, {
                    hint: 'Check that the server is starting and that host and port are right, or wait longer with --wait / --timeout.',
                    cause: error,
                });
            }
            if (!announced) {
                announced = true;
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'waiting-for-server',
                    message: `waiting up to ${timeoutSeconds} s for the server to accept connections (${(0,errors/* messageOf */.bD)(error)})`,
                });
            }
            await sleep(Math.min(500, Math.max(0, deadline - Date.now())), context.signal);
            if (context.signal?.aborted)
                throw abortReason(context.signal);
        }
    }
}
//# sourceMappingURL=connection.js.map
// EXTERNAL MODULE: ./node_modules/kysely/dist/query-compiler/compiled-query.js
var compiled_query = __webpack_require__(94596);
// EXTERNAL MODULE: ./lib/core/dialect/types.js
var dialect_types = __webpack_require__(51667);
;// CONCATENATED MODULE: ./lib/core/tracking/corrupt.js


/**
 * A tracking row holding a value noorm never writes. Guessing what it meant could run a file
 * again or skip one that never ran, so the command stops and names the row.
 */
function trackingCorrupt(table, where, what) {
    return new errors/* UsageError */.eb('tracking-corrupt', `noorm's tracking table ${table} is damaged: ${where} holds ${what}`, {
        hint: `That value was not written by noorm (or by a newer noorm). Restore ${table} from a backup, or fix or delete that row by hand (a deleted file row makes the file count as new).`,
    });
}
/** A row's status, checked against the statuses noorm writes. */
function checkedStatus(table, id, value) {
    if (typeof value === 'string' && RUN_STATUSES.includes(value))
        return value;
    throw trackingCorrupt(table, `the row with id ${String(id)}`, `the status ${JSON.stringify(value)} (noorm writes ${RUN_STATUSES.join(', ')})`);
}
//# sourceMappingURL=corrupt.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/run-history.js






/** Longest error text kept in the history; the full text is in the command's output. */
const MAX_ERROR_LENGTH = 8000;
/**
 * Opens a history entry (`running`) before the run changes anything, on the main connection, so
 * it is there even when the run crashes: a run whose end never came stays `running`.
 */
async function startHistory(conn, context, start) {
    const run = { key: (0,external_node_crypto_.randomUUID)(), started: performance.now() };
    const now = conn.dialect.tracking.now();
    await conn.db
        .withSchema(conn.trackingSchema)
        .insertInto(TABLES.history)
        .values({
        run_key: run.key,
        kind: start.kind,
        name: start.name,
        direction: start.direction ?? null,
        status: start.status ?? 'running',
        executed_by: formatIdentity(context.identity),
        identity_source: context.identity.source,
        config_name: context.configName,
        started_at: now,
        finished_at: start.status && start.status !== 'running' ? now : null,
        duration_ms: start.status && start.status !== 'running' ? 0 : null,
        error_message: null,
        reason: start.reason ?? null,
    })
        .execute();
    return run;
}
/**
 * A history entry for something recorded without running (a baseline, an accepted edit): written
 * finished, with its files, on the main connection.
 */
async function appendHistory(conn, context, start, files) {
    const run = await startHistory(conn, context, start);
    for (const file of files)
        await conn.db.executeQuery(historyFileQuery(conn, run, file));
}
/** Closes a history entry with how it ended. */
async function finishHistory(conn, run, end) {
    await conn.db
        .withSchema(conn.trackingSchema)
        .updateTable(TABLES.history)
        .set({
        status: end.status,
        finished_at: conn.dialect.tracking.now(),
        duration_ms: Math.round(performance.now() - run.started),
        error_message: end.errorMessage === undefined ? null : end.errorMessage.slice(0, MAX_ERROR_LENGTH),
    })
        .where('run_key', '=', run.key)
        .execute();
}
/**
 * Ends a run's history entry: `failed` with the (redacted) error, else `success`. A history that
 * cannot be written is a warning: the run's own tracking rows are what later runs go by.
 */
async function endHistory(conn, run, context, error, success = 'success') {
    try {
        await finishHistory(conn, run, error === undefined || error === null ? { status: success } : { status: 'failed', errorMessage: commandRedactor(context).redact((0,errors/* messageOf */.bD)(error)) });
    }
    catch (failure) {
        context.onEvent?.({ type: 'note', level: 'warn', code: 'history-not-recorded', message: `The end of this run could not be written to the history: ${(0,errors/* messageOf */.bD)(failure)}` });
    }
}
const FILE_COLUMNS = ['run_key', 'filepath', 'checksum', 'status', 'duration_ms', 'error_message'];
const compiledFileInsert = new WeakMap();
/**
 * The statement appending one file of a run to the history, compiled once per connection (a build
 * may write thousands); it goes through the same runner as the file's tracking row, so it commits
 * with the file's transaction.
 */
function historyFileQuery(conn, run, file) {
    let statement = compiledFileInsert.get(conn);
    if (!statement) {
        const placeholders = Object.fromEntries(FILE_COLUMNS.map((column) => [column, column]));
        const compiled = conn.db
            .withSchema(conn.trackingSchema)
            .insertInto(TABLES.historyFiles)
            // The time last: its own parameters (SQLite's format) follow the columns'.
            .values({ ...placeholders, executed_at: conn.dialect.tracking.now() })
            .compile();
        statement = { sql: compiled.sql, trailing: compiled.parameters.slice(FILE_COLUMNS.length) };
        compiledFileInsert.set(conn, statement);
    }
    const row = {
        run_key: run.key,
        filepath: file.filepath,
        checksum: file.checksum,
        status: file.status,
        duration_ms: typeof file.durationMs === 'number' ? Math.round(file.durationMs) : file.durationMs,
        error_message: file.errorMessage === undefined ? null : file.errorMessage.slice(0, MAX_ERROR_LENGTH),
    };
    return compiled_query/* CompiledQuery */.E.raw(statement.sql, [...FILE_COLUMNS.map((column) => row[column]), ...statement.trailing]);
}
//# sourceMappingURL=run-history.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/files.js







/** Longest error text kept in the tracking table; the full text is in the command's output. */
const files_MAX_ERROR_LENGTH = 8000;
/**
 * Every tracked file's newest state in one query, whatever the number of files. Rows are replaced
 * on each run (delete + insert), so the highest id of a path is its newest run across configs.
 */
async function readFileStates(conn) {
    const rows = await conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.files)
        // Only what a plan compares: on 10,000 files, parsing the other columns (dates) cost as much as reading them.
        .select(['id', 'filepath', 'checksum', 'status'])
        .orderBy('id')
        .execute();
    const states = new Map();
    for (const row of rows) {
        states.set(row.filepath, { checksum: row.checksum, status: checkedStatus(TABLES.files, row.id, row.status) });
    }
    return states;
}
/** The main connection as a QueryRunner. */
function mainRunner(conn) {
    return (query) => conn.db.executeQuery(query);
}
const INSERT_COLUMNS = ['filepath', 'checksum', 'size_bytes', 'executed_by', 'identity_source', 'config_name', 'status', 'error_message', 'duration_ms'];
const compiled = new WeakMap();
function recordStatements(conn) {
    let statements = compiled.get(conn);
    if (!statements) {
        const scoped = conn.db.withSchema(conn.trackingSchema);
        // Placeholder values: every column becomes a parameter, filled in per file below.
        const placeholders = Object.fromEntries(INSERT_COLUMNS.map((column) => [column, column]));
        statements = {
            remove: scoped.deleteFrom(TABLES.files).where('filepath', '=', '?').where('config_name', '=', '?').compile(),
            // The time is written, not left to the column default: MySQL's CURRENT_TIMESTAMP is
            // in the session's time zone, and every tracking time is UTC.
            insert: scoped
                .insertInto(TABLES.files)
                .values({ ...placeholders, executed_at: conn.dialect.tracking.now() })
                .compile(),
            trailing: [],
        };
        statements.trailing = statements.insert.parameters.slice(INSERT_COLUMNS.length);
        compiled.set(conn, statements);
    }
    return statements;
}
/** The columns every tracking row shares: who ran it, under which config, and its error if any. */
function runColumns(context, errorMessage) {
    return {
        // Checked against the column before anything ran (tracking/limits.ts): never cut.
        executed_by: formatIdentity(context.identity),
        identity_source: context.identity.source,
        config_name: context.configName,
        error_message: errorMessage === undefined ? null : errorMessage.slice(0, files_MAX_ERROR_LENGTH),
    };
}
/** A failure of noorm's row written in a unit's transaction, told apart from the script's own (see notRecorded). */
function asRecordFailure(error) {
    return error instanceof errors/* NoormError */.mQ || error instanceof dialect_types/* RecordFailure */.mH ? error : new dialect_types/* RecordFailure */.mH(error);
}
/**
 * What failed, as it is reported: noorm's own row that could not be written once the unit's SQL had
 * run (a RecordFailure) is said as noorm's failure to record in `table`, not as an SQL error of the
 * user's file.
 */
function notRecorded(error, table) {
    if (!(error instanceof dialect_types/* RecordFailure */.mH))
        return error;
    return new errors/* FileError */.f6('sql-failed', `The SQL ran, but noorm could not record it in ${table}: ${(0,errors/* messageOf */.bD)(error.cause)}`, {
        hint: `Its transaction was rolled back, so nothing of it stayed. A file that drops or changes ${table} (or another of noorm's tracking tables) causes this: leave them to noorm.`,
        cause: error.cause,
    });
}
/**
 * Records one execution of a file, replacing the previous row of that (file, config) pair, and
 * appends it to the run's history entry: both through `run`, so they commit with the file.
 */
async function recordFile(conn, run, context, record) {
    const { remove, insert, trailing } = recordStatements(conn);
    const row = {
        filepath: record.filepath,
        checksum: record.checksum,
        size_bytes: record.sizeBytes,
        ...runColumns(context, record.errorMessage),
        status: record.status,
        duration_ms: typeof record.durationMs === 'number' ? Math.round(record.durationMs) : record.durationMs,
    };
    if (!record.first)
        await run(compiled_query/* CompiledQuery */.E.raw(remove.sql, [record.filepath, context.configName]));
    await run(compiled_query/* CompiledQuery */.E.raw(insert.sql, [...INSERT_COLUMNS.map((column) => row[column]), ...trailing]));
    if (context.history) {
        await run(historyFileQuery(conn, context.history, {
            filepath: record.filepath,
            checksum: record.checksum,
            status: record.status,
            durationMs: record.durationMs,
            errorMessage: row.error_message === null ? undefined : String(row.error_message),
        }));
    }
}
//# sourceMappingURL=files.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/limits.js



/**
 * Refuses a value that does not fit its tracking column, before anything runs. Otherwise a file
 * would run and then fail to be recorded (MySQL commits as it goes), and run again on every later
 * run; and a value cut to fit would record something other than what ran.
 */
function assertRecordable(values) {
    if (values.configName !== undefined) {
        check(values.configName, COLUMN_LENGTHS.configName, 'The config name', {
            hint: 'Pick a shorter name with --config or NOORM_CONFIG.',
        });
    }
    if (values.identity) {
        check(formatIdentity(values.identity), COLUMN_LENGTHS.executedBy, `The identity (from ${SOURCES[values.identity.source]})`, {
            hint: 'Give a shorter one with --identity or NOORM_IDENTITY ("Name <email>").',
        });
    }
    for (const path of values.paths ?? []) {
        check(path, COLUMN_LENGTHS.filepath, 'The tracked path', {
            file: path,
            hint: 'Shorten the path of the file, its folders included, or move it closer to the project root.',
        });
    }
    for (const name of values.changesets ?? []) {
        check(name, COLUMN_LENGTHS.changesetName, 'The changeset name', { hint: 'Rename the changeset folder to a shorter name.' });
    }
}
const SOURCES = {
    cli: '--identity',
    env: 'NOORM_IDENTITY',
    config: 'the stored config',
    git: 'git user.name and user.email',
    system: 'the operating-system user',
};
function check(value, max, what, options) {
    // Columns count characters (code points), not bytes or UTF-16 units.
    const length = [...value].length;
    if (length <= max)
        return;
    const shown = length > 80 ? `${[...value].slice(0, 60).join('')}…` : value;
    throw new errors/* UsageError */.eb('value-too-long', `${what} "${shown}" is ${length} characters long; noorm's tracking tables hold at most ${max}`, options);
}
//# sourceMappingURL=limits.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/tables.js




const VERSION_KEY = 'tracking_schema';
/**
 * Creates noorm's tracking tables on first use. Idempotent, one query when they exist, and safe
 * when several first runs race on an empty database (the loser of a race re-checks and moves on).
 */
async function ensureTrackingTables(conn) {
    for (let attempt = 1;; attempt++) {
        if ((await readTrackingVersion(conn)) !== null)
            return;
        try {
            await createTrackingTables(conn);
            return;
        }
        catch (error) {
            // Another process may have created the same tables in between; look again before failing.
            if (attempt >= 5)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        }
    }
}
/**
 * The tracking schema version recorded in this database, or null when noorm never ran here. Tables
 * written by a newer noorm, or with one of them dropped by hand, are refused.
 */
async function readTrackingVersion(conn) {
    if (!conn.exists)
        return null;
    const all = [...new Set(Object.values(TABLES_OF_VERSION).flat())];
    const existing = await conn.existingTables(all);
    if (!existing.has(TABLES.meta))
        return null;
    const row = await conn.db.withSchema(conn.trackingSchema).selectFrom(TABLES.meta).select('value').where('name', '=', VERSION_KEY).executeTakeFirst();
    // The tables of the version recorded; before any is recorded (a first run racing), those of v1.
    const version = row ? supportedVersion(row.value) : null;
    const missing = (TABLES_OF_VERSION[version ?? 1] ?? []).filter((table) => !existing.has(table));
    if (missing.length) {
        // Re-creating them would forget what ran here and run every file again: say so, do nothing.
        throw new errors/* UsageError */.eb('tracking-tables-missing', `noorm's tracking table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing from ${conn.target}, though ${TABLES.meta} says they were created`, {
            hint: `Someone dropped ${missing.length > 1 ? 'them' : 'it'} by hand. Restore ${missing.length > 1 ? 'them' : 'it'} from a backup, or drop ${TABLES.meta} too so that noorm starts afresh (every file then counts as new).`,
        });
    }
    return version;
}
function supportedVersion(value) {
    // noorm writes a whole number from 1 up; " 1", "1.0", "v1" or "" never came from it.
    if (typeof value !== 'string' || !/^[1-9][0-9]{0,8}$/.test(value)) {
        throw trackingCorrupt(TABLES.meta, `the row named ${VERSION_KEY}`, `the tracking schema version ${JSON.stringify(value)} (noorm writes a whole number, ${TRACKING_SCHEMA_VERSION} today)`);
    }
    const version = Number(value);
    if (version > TRACKING_SCHEMA_VERSION) {
        throw new errors/* UsageError */.eb('tracking-schema-too-new', `This database's tracking tables were written by a newer noorm (tracking schema v${version}; this noorm knows v${TRACKING_SCHEMA_VERSION})`, { hint: 'Upgrade noorm before running it against this database.' });
    }
    return version;
}
/**
 * After a unit failed: the tracking tables that are gone from the database now (dropped by the
 * file itself or by another session during the run), as the error to report instead of the
 * file's; null when all are there. Whatever failed, noorm cannot record anything without them.
 */
async function trackingTablesGone(conn, during) {
    const all = Object.values(TABLES);
    let existing;
    try {
        existing = await conn.existingTables(all);
    }
    catch {
        return null; // the database cannot say: report the unit's own failure
    }
    const missing = all.filter((table) => !existing.has(table));
    if (!missing.length)
        return null;
    const several = missing.length > 1;
    return new errors/* UsageError */.eb('tracking-tables-missing', `noorm's tracking table${several ? 's' : ''} ${missing.join(', ')} ${several ? 'were' : 'was'} dropped from ${conn.target} while ${during} ran, so noorm could not record it`, {
        file: during,
        hint: `The file, or another session, dropped ${several ? 'them' : 'it'}; leave noorm's tables to noorm. Restore ${several ? 'them' : 'it'} from a backup, or drop the rest of noorm's tables (${all.join(', ')}) so that noorm starts afresh (every file then counts as new).`,
    });
}
/** The CREATE TABLE statements of the tracking tables, in creation order (the meta table last). */
function trackingTableBuilders(conn) {
    const { tracking } = conn.dialect;
    const schema = conn.db.schema.withSchema(conn.trackingSchema);
    const now = tracking.defaultNow ?? (0,sql/* sql */.l) `CURRENT_TIMESTAMP`;
    const ifNotExists = conn.dialect.capabilities.createTableIfNotExists !== false;
    const create = (table) => (ifNotExists ? schema.createTable(table).ifNotExists() : schema.createTable(table));
    const files = create(TABLES.files)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('filepath', `varchar(${COLUMN_LENGTHS.filepath})`, (c) => c.notNull())
        .addColumn('checksum', `varchar(${COLUMN_LENGTHS.checksum})`, (c) => c.notNull())
        .addColumn('size_bytes', 'integer')
        .addColumn('executed_at', tracking.timestamp, (c) => c.notNull().defaultTo(now))
        .addColumn('executed_by', `varchar(${COLUMN_LENGTHS.executedBy})`, (c) => c.notNull())
        .addColumn('identity_source', `varchar(${COLUMN_LENGTHS.identitySource})`)
        .addColumn('config_name', `varchar(${COLUMN_LENGTHS.configName})`, (c) => c.notNull())
        .addColumn('status', `varchar(${COLUMN_LENGTHS.status})`, (c) => c.notNull())
        .addColumn('error_message', tracking.text)
        .addColumn('duration_ms', 'integer')
        .addUniqueConstraint(`${TABLES.files}_filepath_config`, ['filepath', 'config_name']);
    const versions = create(TABLES.versions)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('changeset_name', `varchar(${COLUMN_LENGTHS.changesetName})`, (c) => c.notNull())
        .addColumn('direction', `varchar(${COLUMN_LENGTHS.direction})`, (c) => c.notNull())
        .addColumn('executed_at', tracking.timestamp, (c) => c.notNull().defaultTo(now))
        .addColumn('executed_by', `varchar(${COLUMN_LENGTHS.executedBy})`, (c) => c.notNull())
        .addColumn('identity_source', `varchar(${COLUMN_LENGTHS.identitySource})`)
        .addColumn('config_name', `varchar(${COLUMN_LENGTHS.configName})`, (c) => c.notNull())
        .addColumn('status', `varchar(${COLUMN_LENGTHS.status})`, (c) => c.notNull())
        .addColumn('error_message', tracking.text)
        .addColumn('files_executed', tracking.json)
        .addColumn('duration_ms', 'integer')
        .addUniqueConstraint(`${TABLES.versions}_name_config_direction`, ['changeset_name', 'config_name', 'direction']);
    const lock = create(TABLES.lock)
        .addColumn('id', 'integer', (c) => c.primaryKey().check((0,sql/* sql */.l) `id = 1`))
        .addColumn('locked_by', `varchar(${COLUMN_LENGTHS.lockedBy})`, (c) => c.notNull())
        .addColumn('token', `varchar(${COLUMN_LENGTHS.token})`, (c) => c.notNull())
        .addColumn('host', `varchar(${COLUMN_LENGTHS.host})`)
        .addColumn('pid', 'integer')
        .addColumn('session_id', `varchar(${COLUMN_LENGTHS.sessionId})`)
        .addColumn('locked_at', tracking.timestamp, (c) => c.notNull())
        .addColumn('expires_at', tracking.timestamp, (c) => c.notNull());
    const [history, historyFiles] = historyTableBuilders(conn);
    // Created last: its row is the sign that every other table exists.
    const meta = create(TABLES.meta)
        .addColumn('name', `varchar(${COLUMN_LENGTHS.metaName})`, (c) => c.primaryKey())
        .addColumn('value', `varchar(${COLUMN_LENGTHS.metaValue})`, (c) => c.notNull());
    return [
        { table: TABLES.files, builder: files },
        { table: TABLES.versions, builder: versions },
        { table: TABLES.lock, builder: lock },
        { table: TABLES.history, builder: history },
        { table: TABLES.historyFiles, builder: historyFiles },
        { table: TABLES.meta, builder: meta },
    ];
}
/**
 * The history tables (tracking schema v2), created with a fresh database's tables or by the upgrade
 * from v1. Their lookups are unique constraints rather than CREATE INDEX, which every dialect
 * spells the same inside CREATE TABLE: (run_key, id) finds a run's files, (started_at, id) serves
 * `history --since`, and the primary key the newest-first read.
 */
function historyTableBuilders(conn) {
    const { tracking } = conn.dialect;
    const schema = conn.db.schema.withSchema(conn.trackingSchema);
    const ifNotExists = conn.dialect.capabilities.createTableIfNotExists !== false;
    const create = (table) => (ifNotExists ? schema.createTable(table).ifNotExists() : schema.createTable(table));
    const history = create(TABLES.history)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('run_key', `varchar(${COLUMN_LENGTHS.runKey})`, (c) => c.notNull())
        .addColumn('kind', `varchar(${COLUMN_LENGTHS.kind})`, (c) => c.notNull())
        .addColumn('name', `varchar(${COLUMN_LENGTHS.historyName})`, (c) => c.notNull())
        .addColumn('direction', `varchar(${COLUMN_LENGTHS.direction})`)
        .addColumn('status', `varchar(${COLUMN_LENGTHS.status})`, (c) => c.notNull())
        .addColumn('executed_by', `varchar(${COLUMN_LENGTHS.executedBy})`, (c) => c.notNull())
        .addColumn('identity_source', `varchar(${COLUMN_LENGTHS.identitySource})`)
        .addColumn('config_name', `varchar(${COLUMN_LENGTHS.configName})`, (c) => c.notNull())
        .addColumn('started_at', tracking.timestamp, (c) => c.notNull())
        .addColumn('finished_at', tracking.timestamp)
        .addColumn('duration_ms', 'integer')
        .addColumn('error_message', tracking.text)
        .addColumn('reason', tracking.text)
        .addUniqueConstraint(`${TABLES.history}_run_key`, ['run_key'])
        .addUniqueConstraint(`${TABLES.history}_started`, ['started_at', 'id']);
    const files = create(TABLES.historyFiles)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('run_key', `varchar(${COLUMN_LENGTHS.runKey})`, (c) => c.notNull())
        .addColumn('filepath', `varchar(${COLUMN_LENGTHS.filepath})`, (c) => c.notNull())
        .addColumn('checksum', `varchar(${COLUMN_LENGTHS.checksum})`, (c) => c.notNull())
        .addColumn('status', `varchar(${COLUMN_LENGTHS.status})`, (c) => c.notNull())
        .addColumn('executed_at', tracking.timestamp, (c) => c.notNull())
        .addColumn('duration_ms', 'integer')
        .addColumn('error_message', tracking.text)
        .addUniqueConstraint(`${TABLES.historyFiles}_run`, ['run_key', 'id']);
    return [history, files];
}
async function createTrackingTables(conn) {
    const ifNotExists = conn.dialect.capabilities.createTableIfNotExists !== false;
    for (const { table, builder } of trackingTableBuilders(conn)) {
        // Without IF NOT EXISTS (T-SQL), look first; a racing creator makes the caller retry.
        if (ifNotExists || !(await conn.existingTables([table])).has(table))
            await builder.execute();
    }
    try {
        await conn.db
            .withSchema(conn.trackingSchema)
            .insertInto(TABLES.meta)
            .values({ name: VERSION_KEY, value: String(TRACKING_SCHEMA_VERSION) })
            .execute();
    }
    catch (error) {
        if ((await readTrackingVersion(conn)) === null) {
            throw new Error(`Cannot record the tracking schema version: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
        }
    }
}
//# sourceMappingURL=tables.js.map
;// CONCATENATED MODULE: ./lib/core/tracking/upgrade.js



/** Keys of history rows copied from v1's tables: `v1-f-<id>` (a file's row), `v1-c-<id>` (a changeset's). */
const V1_KEY = 'v1-%';
/**
 * Brings a database's tracking tables up to this release's version, once: called under the lock
 * by every command that writes, so two runs never upgrade at once and the second finds it done.
 * Read-only commands never upgrade; they read what the recorded version has. Returns the version.
 */
async function upgradeTrackingTables(conn, onEvent) {
    const version = await readTrackingVersion(conn);
    if (version === null || version >= TRACKING_SCHEMA_VERSION)
        return version;
    if (version < 2)
        await upgradeToV2(conn);
    onEvent?.({
        type: 'note',
        level: 'info',
        code: 'tracking-upgraded',
        message: `upgraded noorm's tracking tables on ${conn.target} from v${version} to v${TRACKING_SCHEMA_VERSION} (run history kept from now on; what v${version} recorded is copied into it)`,
    });
    return TRACKING_SCHEMA_VERSION;
}
/**
 * v1 → v2: the history tables, filled from what v1 kept (each file's and changeset's newest run),
 * so `history` starts with what the database knew. The tables are created first (idempotent);
 * the copy and the version bump then commit in one transaction, so an upgrade cut short is
 * simply done again.
 */
async function upgradeToV2(conn) {
    const existing = await conn.existingTables([TABLES.history, TABLES.historyFiles]);
    const [history, historyFiles] = historyTableBuilders(conn);
    if (!existing.has(TABLES.history))
        await history.execute();
    if (!existing.has(TABLES.historyFiles))
        await historyFiles.execute();
    const scoped = conn.db.withSchema(conn.trackingSchema);
    const versions = await scoped.selectFrom(TABLES.versions).select(['id', 'files_executed']).execute();
    // v1 on MySQL left executed_at to the column default, which is in the session's time zone:
    // shifted to UTC, as v2 writes them. (The offset of now: a zone with summer time may be off
    // by its shift for rows of the other season.)
    const offset = conn.dialect.tracking.sessionZone ? Number((await conn.dialect.tracking.sessionZone.offsetSeconds().execute(conn.db)).rows[0]?.utc_offset ?? 0) : 0;
    const queries = [
        scoped.deleteFrom(TABLES.historyFiles).where('run_key', 'like', V1_KEY).compile(),
        scoped.deleteFrom(TABLES.history).where('run_key', 'like', V1_KEY).compile(),
    ];
    if (offset !== 0) {
        for (const table of [TABLES.files, TABLES.versions]) {
            queries.push(scoped
                .updateTable(table)
                .set({ executed_at: conn.dialect.tracking.sessionZone.shift('executed_at', -offset) })
                .compile());
        }
    }
    const key = (prefix) => (0,sql/* sql */.l) `concat(${sql/* sql */.l.lit(prefix)}, id)`;
    queries.push(scoped
        .insertInto(TABLES.history)
        .columns(HISTORY_COLUMNS)
        .expression(scoped
        .selectFrom(TABLES.files)
        .select([
        key('v1-f-').as('run_key'),
        sql/* sql */.l.lit('file').as('kind'),
        'filepath',
        sql/* sql */.l.lit(null).as('direction'),
        'status',
        'executed_by',
        'identity_source',
        'config_name',
        'executed_at',
        (0,sql/* sql */.l) `executed_at`.as('finished_at'),
        'duration_ms',
        'error_message',
    ]))
        .compile(), scoped
        .insertInto(TABLES.historyFiles)
        .columns(['run_key', 'filepath', 'checksum', 'status', 'executed_at', 'duration_ms', 'error_message'])
        .expression(scoped.selectFrom(TABLES.files).select([key('v1-f-').as('run_key'), 'filepath', 'checksum', 'status', 'executed_at', 'duration_ms', 'error_message']))
        .compile(), scoped
        .insertInto(TABLES.history)
        .columns(HISTORY_COLUMNS)
        .expression(scoped
        .selectFrom(TABLES.versions)
        .select([
        key('v1-c-').as('run_key'),
        sql/* sql */.l.lit('changeset').as('kind'),
        'changeset_name',
        'direction',
        'status',
        'executed_by',
        'identity_source',
        'config_name',
        'executed_at',
        (0,sql/* sql */.l) `executed_at`.as('finished_at'),
        'duration_ms',
        'error_message',
    ]))
        .compile());
    for (const version of versions) {
        for (const file of parseFiles(version.files_executed)) {
            queries.push(scoped
                .insertInto(TABLES.historyFiles)
                .values({
                run_key: `v1-c-${version.id}`,
                filepath: file.path,
                checksum: file.checksum,
                status: file.status,
                executed_at: (eb) => eb.selectFrom(TABLES.versions).select('executed_at').where('id', '=', version.id),
                duration_ms: null,
                error_message: null,
            })
                .compile());
        }
    }
    queries.push(scoped
        .updateTable(TABLES.meta)
        .set({ value: String(2) })
        .where('name', '=', VERSION_KEY)
        .compile());
    await conn.withScriptSession({ transaction: true }, async (session) => {
        for (const query of queries)
            await session.run(query);
    });
}
function parseFiles(value) {
    try {
        const parsed = typeof value === 'string' ? JSON.parse(value) : value;
        if (!Array.isArray(parsed))
            return [];
        return parsed.filter((file) => Boolean(file) && typeof file.path === 'string' && typeof file.checksum === 'string' && typeof file.status === 'string');
    }
    catch {
        return [];
    }
}
/** The history columns the upgrade fills from v1's file and changeset rows, in the order of their selects. */
const HISTORY_COLUMNS = [
    'run_key',
    'kind',
    'name',
    'direction',
    'status',
    'executed_by',
    'identity_source',
    'config_name',
    'started_at',
    'finished_at',
    'duration_ms',
    'error_message',
];
//# sourceMappingURL=upgrade.js.map
;// CONCATENATED MODULE: ./lib/core/clock.js
/** Whole milliseconds since `started` (a `performance.now()` reading): what results and history record. */
function msSince(started) {
    return Math.round(performance.now() - started);
}
//# sourceMappingURL=clock.js.map
;// CONCATENATED MODULE: ./lib/core/runner/file-error.js


/** Anything a file's reading or execution threw, as a FileError naming that file (and line). */
function asFileError(caught, file, extraHint) {
    if (caught instanceof dialect_types/* ScriptFailure */.g7) {
        // The database saw the rendered SQL, so that is what a template's line counts.
        const rendered = /\.eta$/i.test(file) && caught.line !== undefined ? `Line ${caught.line} is of the SQL the template rendered (print it with --dry-run).` : undefined;
        const hint = [caught.hint, rendered, extraHint].filter(Boolean).join(' ') || undefined;
        return new errors/* FileError */.f6('sql-failed', caught.message, { file, line: caught.line, hint, cause: caught });
    }
    if (caught instanceof errors/* NoormError */.mQ) {
        return new errors/* FileError */.f6(caught.code, caught.message, { file, line: caught.line, hint: caught.hint ?? extraHint, cause: caught });
    }
    return new errors/* FileError */.f6('sql-failed', (0,errors/* messageOf */.bD)(caught), { file, hint: extraHint, cause: caught });
}
//# sourceMappingURL=file-error.js.map
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./lib/core/sql/buffer.js
/**
 * SQL text written as UTF-8 bytes into one growing buffer, outside V8's heap. Generated seeds are
 * written here a few rows at a time, so their statements do not wait in the heap until their part
 * is sent: such strings outlived garbage collections and piled up in the old generation until the
 * next full one, and peak memory grew with the seed (400,000 CSV rows on Postgres: 167–192 MB
 * before, 145–147 MB written this way).
 */
class SqlBuffer {
    buffer;
    used = 0;
    constructor(capacity = 64 * 1024) {
        this.buffer = Buffer.allocUnsafe(capacity);
    }
    get length() {
        return this.used;
    }
    write(text) {
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
    bytes(end = this.used) {
        return this.buffer.subarray(0, end);
    }
    /** The text of the first `end` bytes. */
    text(end = this.used) {
        return this.buffer.toString('utf8', 0, end);
    }
    /** Drops the first `end` bytes; what was written after them moves to the front. */
    shift(end = this.used) {
        if (end < this.used)
            this.buffer.copyWithin(0, end, this.used);
        this.used -= end;
    }
}
/** Line breaks in UTF-8 bytes. */
function newlinesIn(bytes) {
    let count = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1))
        count++;
    return count;
}
//# sourceMappingURL=buffer.js.map
;// CONCATENATED MODULE: ./lib/core/sql/normalise.js
/**
 * SQL text as noorm sends and checksums it. Shared by the runner (files read from disk) and the
 * template renderer (rendered output), so neither imports the other.
 */
/** Strips a UTF-8 BOM and turns CRLF line endings into LF. */
function normaliseSql(text) {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return withoutBom.includes('\r\n') ? withoutBom.replace(/\r\n/g, '\n') : withoutBom;
}
//# sourceMappingURL=normalise.js.map
;// CONCATENATED MODULE: ./lib/core/runner/source.js








const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A file as it runs: a template rendered first (its checksum is the rendered SQL's), any other
 * file read as it is.
 */
async function loadSource(root, absolute, render) {
    if (!/\.eta$/i.test(absolute))
        return readSource(root, absolute);
    const tracked = toTrackedPath(root, absolute);
    // The template's own text was normalised before rendering; its output is sent as rendered, so
    // data with CRLF inside a string literal stays as it was.
    const parts = await render(absolute);
    if (parts.every((part) => typeof part === 'string'))
        return sourceFromText(tracked, absolute, parts.join(''), false);
    return new GeneratedSource(tracked, absolute, parts);
}
/**
 * A template's output holding generated statements. Its text, checksum and size are the same as if
 * it had been written out whole, but they are only worked out when asked (a dry run, an unchanged
 * check); a run sends it part by part through `pieces()`, which works out the checksum on the way.
 */
class GeneratedSource {
    path;
    absolute;
    parts;
    noTransaction;
    whole;
    digest;
    constructor(path, absolute, parts) {
        this.path = path;
        this.absolute = absolute;
        this.parts = parts;
        // Generated statements are INSERTs, so the directive can only be in the leading text.
        this.noTransaction = typeof parts[0] === 'string' && hasNoTransactionDirective(parts[0]);
    }
    get sql() {
        if (this.whole === undefined) {
            const out = new SqlBuffer();
            for (const _ of this.writeTo(out))
                ;
            this.whole = out.text();
        }
        return this.whole;
    }
    get checksum() {
        return this.measured().checksum;
    }
    get sizeBytes() {
        return this.measured().sizeBytes;
    }
    /**
     * Writes the text into `out` in order, pausing after each literal part and each generated
     * statement: true when what was written needs no reading before it is sent (a generated
     * statement, or blank text). Rows read as they are written (loadRows) can fail here, long after
     * rendering: the failure names this file.
     */
    *writeTo(out) {
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
                for (const _ of part.write(out))
                    yield true;
            }
            catch (error) {
                if (error instanceof errors/* FileError */.f6)
                    throw error;
                throw new errors/* FileError */.f6(error instanceof errors/* NoormError */.mQ ? error.code : 'template-failed', (0,errors/* messageOf */.bD)(error), {
                    file: this.path,
                    ...(error instanceof errors/* NoormError */.mQ && error.hint ? { hint: error.hint } : {}),
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
    async *pieces(size, apart) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
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
                    if (step.done)
                        this.settle({ checksum: hash.digest('hex'), sizeBytes: bytes });
                    out.shift(cut);
                    yield { bytes: piece, generated: allGenerated, last: Boolean(step.done) };
                    allGenerated = true;
                }
                await nextTurn();
            }
        }
        finally {
            // Stopped early (a part failed): the data files being read are closed.
            steps.return();
        }
    }
    measured() {
        if (!this.digest) {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let sizeBytes = 0;
            if (this.whole !== undefined) {
                hash.update(this.whole, 'utf8');
                sizeBytes = Buffer.byteLength(this.whole, 'utf8');
            }
            else {
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
    settle(digest) {
        if (this.digest && this.digest.checksum !== digest.checksum) {
            throw new errors/* FileError */.f6('template-unstable', 'the rows written to the database differ from the rows checksummed before they ran: the function given to loadRows() must give the same rows every time it is called', { file: this.path });
        }
        this.digest = digest;
    }
}
/**
 * The checksum and size to record for a file that failed: those of its SQL, or empty when its
 * generated rows could not be written (the failure itself), since a failed file runs again anyway.
 */
function failedDigest(source) {
    try {
        return { checksum: source.checksum, sizeBytes: source.sizeBytes };
    }
    catch {
        return { checksum: '', sizeBytes: 0 };
    }
}
/**
 * Reads a SQL file as noorm runs and checksums it. The checksum covers the normalised text, so a
 * checkout with CRLF line endings or a BOM does not look changed (a Windows checkout must not
 * re-run everything).
 */
function readSource(root, absolute) {
    const tracked = toTrackedPath(root, absolute);
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* FileError */.f6('unreadable-file', `Cannot read ${tracked}${code ? ` (${code})` : ''}`, {
            file: tracked,
            hint: code === 'EACCES' ? 'Check the file permissions.' : undefined,
            cause: error,
        });
    }
    return sourceFromBytes(tracked, absolute, bytes);
}
function sourceFromBytes(tracked, absolute, bytes) {
    // Checked natively, then decoded without a second check: a third of the decoding's cost on a
    // tree of small files.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const line = lineOfInvalidUtf8(bytes);
        throw new errors/* FileError */.f6('not-utf8', `${tracked} is not valid UTF-8 text`, {
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
function sourceFromText(tracked, absolute, text, normalise) {
    const sql = normalise ? normaliseSql(text) : text;
    return sourceOf(tracked, absolute, sql, checksumOf(sql), Buffer.byteLength(sql, 'utf8'));
}
function sourceOf(tracked, absolute, sql, checksum, sizeBytes) {
    return { path: tracked, absolute, sql, checksum, sizeBytes, noTransaction: hasNoTransactionDirective(sql) };
}
function checksumOf(sql) {
    return typeof sql === 'string' ? (0,external_node_crypto_.createHash)('sha256').update(sql, 'utf8').digest('hex') : (0,external_node_crypto_.createHash)('sha256').update(sql).digest('hex');
}
/** True when `-- noorm:no-transaction` appears among the file's leading comment lines. */
function hasNoTransactionDirective(sql) {
    for (const raw of sql.split('\n', 50)) {
        const line = raw.trim();
        if (line === '')
            continue;
        if (!line.startsWith('--'))
            return false;
        if (/^--\s*noorm:no-transaction\b/i.test(line))
            return true;
    }
    return false;
}
function lineOfInvalidUtf8(bytes) {
    // Decode line by line until one fails; cheap enough for the error path.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 10) {
            try {
                UTF8.decode(bytes.subarray(start, i));
            }
            catch {
                return line;
            }
            line++;
            start = i + 1;
        }
    }
    return line;
}
//# sourceMappingURL=source.js.map
;// CONCATENATED MODULE: ./lib/core/runner/script.js




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
class ScriptInParts {
    dialect;
    source;
    constructor(dialect, source) {
        this.dialect = dialect;
        this.source = source;
    }
}
/**
 * The dialect's reading of a file. A template's generated rows are sent in parts where the
 * dialect can tell that cutting the script there changes nothing; otherwise, and for every other
 * file, the script is read and sent whole.
 */
function prepareSource(dialect, source, transaction) {
    if (!(source instanceof GeneratedSource) || !canSendInParts(dialect, source))
        return dialect.prepareScript(source.sql, { transaction });
    source.parts.forEach((part, index) => {
        if (typeof part !== 'string')
            return;
        try {
            dialect.prepareScript(part, { transaction });
        }
        catch (error) {
            throw atLine(error, linesBefore(source, index) + 1);
        }
    });
    return new ScriptInParts(dialect.name, source);
}
/**
 * Runs a prepared script on a session. A script in parts is written part by part, the next while
 * the server runs the one before; a failure names its line in the whole rendered SQL.
 */
async function executeScript(session, dialect, script, options) {
    if (!(script instanceof ScriptInParts))
        return session.execute(script);
    let line = 1;
    let running;
    try {
        // Apart where generated statements can go unread (a session that can send them in a transaction).
        const apart = Boolean(options.transaction && session.executeGenerated);
        for await (const piece of script.source.pieces(PART_SIZE, apart)) {
            const from = line;
            const continues = !piece.last;
            // Generated statements go as they are where the session takes them so (in a transaction:
            // outside one a reader must split them); anything else is read while the part before
            // runs, and a part that fails here is reported after that one.
            let send;
            if (piece.generated && options.transaction && session.executeGenerated) {
                send = () => session.executeGenerated(piece.bytes, { continues });
            }
            else {
                let prepared;
                try {
                    prepared = dialect.prepareScript(piece.bytes.toString('utf8'), { transaction: options.transaction });
                }
                catch (error) {
                    throw atLine(error, from);
                }
                send = () => session.execute(prepared, { continues });
            }
            if (running)
                await running;
            if (options.signal?.aborted)
                throw abortReason(options.signal);
            running = Promise.resolve()
                .then(send)
                .catch((error) => {
                throw atLine(error, from);
            });
            // Awaited before the next part is sent; until then a failure must not count as unhandled.
            running.catch(() => undefined);
            line += newlinesIn(piece.bytes);
        }
    }
    catch (error) {
        // Writing the next part failed while one was running: that one ends first (its own
        // failure, earlier in the file, is the one to report), so the session is idle again.
        if (running)
            await running;
        throw error;
    }
    await running;
}
function canSendInParts(dialect, source) {
    if (!dialect.endsAtStatementBoundary)
        return false;
    // Generated statements end in `;\n`: only text followed by more parts has to be checked.
    return source.parts.every((part, index) => typeof part !== 'string' || index === source.parts.length - 1 || dialect.endsAtStatementBoundary(part));
}
/** A failure inside a part, with its line counted in the whole script (the part starts at `from`). */
function atLine(error, from) {
    if (!(error instanceof dialect_types/* ScriptFailure */.g7) || error.line === undefined || from === 1)
        return error;
    return new dialect_types/* ScriptFailure */.g7(error.message, error.line + from - 1, error.cause, error.hint);
}
/** Lines of the script before part `index` (the generated ones written out to count them). */
function linesBefore(source, index) {
    let lines = 0;
    source.parts.slice(0, index).forEach((part) => {
        if (typeof part === 'string')
            lines += newlines(part);
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
function newlines(text) {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
//# sourceMappingURL=script.js.map
;// CONCATENATED MODULE: ./lib/core/runner/script-notes.js
/** Says, when a file starts, what its dialect decided about it (a dump's own BEGIN … COMMIT taken as noorm's). */
function announceRun(onEvent, path, script) {
    for (const note of script.notes ?? []) {
        if (note.run)
            onEvent?.({ type: 'note', level: 'info', code: 'run-note', file: path, message: `${path}:${note.line}: ${note.run}` });
    }
}
/** What a dry run says about a file instead of running it (the rows each COPY would load); also announced. */
function planNotes(onEvent, path, script) {
    const notes = (script.notes ?? []).map((note) => note.plan);
    for (const note of notes)
        onEvent?.({ type: 'note', level: 'info', code: 'plan-note', file: path, message: `${path}: ${note}` });
    return notes;
}
//# sourceMappingURL=script-notes.js.map
;// CONCATENATED MODULE: ./lib/core/runner/execute.js











/**
 * Runs planned files in order, each as one unit: in its own transaction where the dialect has
 * transactional DDL (the tracking row commits with the script), unless the file opts out. The first
 * failure is recorded as `failed` and stops the run; later files are reported as not run.
 */
async function executePlan(conn, plan, context, options) {
    if (options.singleTransaction)
        return executeAsOne(conn, plan, context, options);
    const files = [];
    const due = plan.filter((file) => file.willRun);
    const track = { identity: options.identity, configName: context.config.name, history: options.history };
    let index = 0;
    for (let i = 0; i < plan.length; i++) {
        const file = plan[i];
        const { source } = file;
        if (!file.willRun) {
            files.push(skipFile(file, context));
            continue;
        }
        await nextTurn();
        if (context.signal?.aborted) {
            return { files, notRun: remaining(plan, i), error: abortReason(context.signal) };
        }
        options.lock.assertHeld();
        index++;
        context.onEvent?.({ type: 'file:start', path: source.path, index, count: due.length });
        announceRun(context.onEvent, source.path, file.script);
        const started = performance.now();
        // A signal during the file cancels its statement, so the unit rolls back now.
        const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
        context.signal?.addEventListener('abort', cancel, { once: true });
        try {
            await conn.withScriptSession({ transaction: file.transaction, oneFile: true }, async (session) => {
                await executeScript(session, conn.dialect, file.script, { transaction: file.transaction, signal: context.signal });
                // Inside a transaction the row commits with the script; without one the dialect
                // writes it on a clean session once the file is done.
                const recorded = recordFile(conn, (query) => session.run(query), track, {
                    filepath: source.path,
                    checksum: source.checksum,
                    sizeBytes: source.sizeBytes,
                    status: 'success',
                    durationMs: session.recordedDuration?.() ?? msSince(started),
                    first: file.previous === undefined,
                });
                await (file.transaction ? recorded.catch((error) => Promise.reject(asRecordFailure(error))) : recorded);
            });
        }
        catch (thrown) {
            const caught = notRecorded(thrown, TABLES.files);
            // The file never reached the database: nothing to record, and it is exit 5, not 1.
            if (caught instanceof errors/* ConnectError */.T$)
                throw caught;
            const { result, error } = await recordFailure(conn, file, caught, msSince(started), context, options);
            files.push(result);
            return { files, notRun: remaining(plan, i + 1), error };
        }
        finally {
            context.signal?.removeEventListener('abort', cancel);
        }
        const durationMs = msSince(started);
        files.push({ path: source.path, status: 'success', checksum: source.checksum, durationMs });
        context.onEvent?.({ type: 'file:done', path: source.path, status: 'success', durationMs });
    }
    // A signal during the last file: its work is done and recorded, but the run was interrupted.
    if (context.signal?.aborted)
        return { files, notRun: [], error: abortReason(context.signal) };
    return { files, notRun: [] };
}
/**
 * `--single-transaction`: the files that run share one session and one transaction, their rows
 * commit with them, once, at the end; the first failure rolls all of it back, so nothing of the
 * run is applied and only the failure is recorded (as psql -1, Flyway's group, Atlas's tx-mode all).
 */
async function executeAsOne(conn, plan, context, options) {
    const files = [];
    const due = plan.filter((file) => file.willRun);
    const track = { identity: options.identity, configName: context.config.name, history: options.history };
    let running = null;
    const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
    context.signal?.addEventListener('abort', cancel, { once: true });
    try {
        await conn.withScriptSession({ transaction: true }, async (session) => {
            let index = 0;
            for (let i = 0; i < plan.length; i++) {
                const file = plan[i];
                if (!file.willRun) {
                    files.push(skipFile(file, context));
                    continue;
                }
                await nextTurn();
                if (context.signal?.aborted)
                    throw abortReason(context.signal);
                options.lock.assertHeld();
                index++;
                context.onEvent?.({ type: 'file:start', path: file.source.path, index, count: due.length });
                announceRun(context.onEvent, file.source.path, file.script);
                running = { file, started: performance.now(), i };
                await executeScript(session, conn.dialect, file.script, { transaction: true, signal: context.signal });
                const durationMs = msSince(running.started);
                await recordFile(conn, (query) => session.run(query), track, {
                    filepath: file.source.path,
                    checksum: file.source.checksum,
                    sizeBytes: file.source.sizeBytes,
                    status: 'success',
                    durationMs,
                    first: file.previous === undefined,
                }).catch((error) => Promise.reject(asRecordFailure(error)));
                files.push({ path: file.source.path, status: 'success', checksum: file.source.checksum, durationMs });
                // Ran; it commits with the rest. A signal before the next file blames no file.
                running = null;
                context.onEvent?.({ type: 'file:done', path: file.source.path, status: 'success', durationMs });
            }
        });
    }
    catch (thrown) {
        const caught = notRecorded(thrown, TABLES.files);
        if (caught instanceof errors/* ConnectError */.T$)
            throw caught;
        // Rolled back: what ran before the failure is not applied, so it is not reported as run.
        const ran = files.filter((result) => result.status === 'success').map((result) => result.path);
        const kept = files.filter((result) => result.status !== 'success');
        const rolledBack = ` (--single-transaction: the whole run was rolled back${ran.length ? `, with the ${ran.length} file${ran.length === 1 ? '' : 's'} that ran before it` : ''}; nothing of it is applied)`;
        const failed = running;
        if (!failed) {
            // The COMMIT itself failed (or the signal came between files): nothing was applied.
            const error = context.signal?.aborted ? abortReason(context.signal) : asFileError(caught, due.at(-1)?.source.path ?? '', undefined);
            error.message += rolledBack;
            return { files: kept, notRun: due.map((file) => file.source.path), error };
        }
        const { result, error } = await recordFailure(conn, failed.file, caught, msSince(failed.started), context, options, rolledBack);
        return { files: [...kept, result], notRun: [...ran, ...remaining(plan, failed.i + 1)], error };
    }
    finally {
        context.signal?.removeEventListener('abort', cancel);
    }
    if (context.signal?.aborted)
        return { files, notRun: [], error: abortReason(context.signal) };
    return { files, notRun: [] };
}
/** Records a file's failure (after its unit rolled back) and builds what the run reports of it. */
async function recordFailure(conn, file, caught, durationMs, context, options, 
/** Appended to the error's message: what else the failure undid. */
undone = '') {
    const { source } = file;
    const transaction = file.transaction || Boolean(options.singleTransaction);
    const interrupted = context.signal?.aborted ? abortReason(context.signal) : null;
    // Nothing can be recorded without the tracking tables: that is what to report.
    const gone = interrupted ? null : await trackingTablesGone(conn, source.path);
    if (gone) {
        gone.message += undone;
        const failure = { message: gone.message };
        context.onEvent?.({ type: 'file:done', path: source.path, status: 'failed', durationMs, error: failure });
        return { result: { path: source.path, status: 'failed', checksum: failedDigest(source).checksum, durationMs, error: failure }, error: gone };
    }
    const partial = transaction
        ? undefined
        : 'This file ran outside a transaction, so the statements before the failing one stayed applied: make the file safe to run again (IF NOT EXISTS, DROP … IF EXISTS) or undo them before the next run.';
    const error = interrupted
        ? asFileError(new Error(`${interrupted.message} while this file ran${transaction ? '; its transaction was rolled back' : ''}`), source.path, partial)
        : asFileError(caught, source.path, [options.hintFor?.(file), partial].filter(Boolean).join(' ') || undefined);
    error.message += undone;
    const digest = failedDigest(source);
    try {
        await recordFile(conn, mainRunner(conn), { identity: options.identity, configName: context.config.name, history: options.history }, {
            filepath: source.path,
            ...digest,
            status: 'failed',
            // The database's message may quote a secret the file used.
            errorMessage: commandRedactor(context).redact(error.message),
            durationMs,
        });
    }
    catch (recordError) {
        error.message += ` (and noorm could not record the failure: ${(0,errors/* messageOf */.bD)(recordError)})`;
    }
    const failure = error.line === undefined ? { message: error.message } : { message: error.message, line: error.line };
    context.onEvent?.({ type: 'file:done', path: source.path, status: 'failed', durationMs, error: failure });
    return { result: { path: source.path, status: 'failed', checksum: digest.checksum, durationMs, error: failure }, error: interrupted ?? error };
}
/** An unchanged file: reported, not run. */
function skipFile(file, context) {
    context.onEvent?.({ type: 'file:skip', path: file.source.path, reason: 'unchanged' });
    return { path: file.source.path, status: 'skipped', checksum: file.source.checksum, durationMs: 0 };
}
function remaining(plan, from) {
    return plan
        .slice(from)
        .filter((file) => file.willRun)
        .map((file) => file.source.path);
}
//# sourceMappingURL=execute.js.map
;// CONCATENATED MODULE: ./lib/core/runner/plan.js


function planFiles(files, states, force) {
    return files.map((file) => {
        const { source } = file;
        const previous = states.get(source.path);
        const status = !previous ? 'new' : previous.status === 'failed' ? 'failed' : previous.checksum !== source.checksum ? 'changed' : 'unchanged';
        return { ...file, status, willRun: force || status !== 'unchanged', previous };
    });
}
/**
 * Lets the dialect read each file as its own client would, before anything connects: a file
 * that cannot run refuses the whole run with its file and line.
 */
function prepareFiles(dialect, sources) {
    return sources.map((source) => {
        const transaction = dialect.capabilities.transactionalDdl && !source.noTransaction;
        try {
            return { source, transaction, script: prepareSource(dialect, source, transaction) };
        }
        catch (error) {
            throw asFileError(error, source.path);
        }
    });
}
//# sourceMappingURL=plan.js.map
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./lib/core/template/csv.js


/**
 * Reads CSV (RFC 4180) into objects keyed by the header row: quoted fields with doubled quotes,
 * commas and line breaks inside quotes, CRLF or LF, a UTF-8 BOM, blank lines skipped. A row with
 * more or fewer fields than the header is an error naming its line.
 *
 * noorm reads seed data with its own reader rather than csv-parse: on 100,000 rows csv-parse took
 * about 0.5 s on this project's machines, this reader about a tenth of that; the tests check that
 * both agree on awkward files.
 */
function parseCsv(text, file) {
    return [...csvRows([text], file)];
}
/**
 * A CSV file's rows, read from disk as they are asked for: the file is never held whole, so a
 * big seed costs the memory of one chunk, not of its text. Given the `version` it had when first
 * seen, a file changed since is refused before any of it is read.
 */
function csvFileRows(absolute, file, version) {
    return csvRows(textChunks(absolute, file, version), file);
}
/** What tells one state of a file from another: its size, modification time and inode. */
function fileVersion(absolute, file) {
    return versionOf(readable(() => (0,external_node_fs_.statSync)(absolute), file));
}
function versionOf(stats) {
    return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}
/**
 * All of a CSV file's rows, giving the event loop a turn every few thousand rows: a big file is
 * read while the database connection is being opened, and signals are still seen.
 */
async function readCsvFile(absolute, file, pause) {
    const rows = [];
    for (const row of csvFileRows(absolute, file)) {
        if (rows.push(row) % 4096 === 0)
            await pause();
    }
    return rows;
}
/**
 * Bytes read at a time. Measured on a 6.8 MB file: read whole, 54 ms; in 64 KiB chunks, 11–14 ms;
 * in chunks of 128 KiB or more, 40–50 ms (V8 puts strings that big in its large-object space).
 */
const CHUNK_BYTES = 64 * 1024;
/**
 * A file's UTF-8 text in chunks, as noorm reads text: BOM dropped, CRLF turned into LF (a CR that
 * ends a chunk waits for the next one, which may start with its LF).
 */
function* textChunks(absolute, file, version) {
    const fd = readable(() => (0,external_node_fs_.openSync)(absolute, 'r'), file);
    try {
        if (version !== undefined && versionOf((0,external_node_fs_.fstatSync)(fd)) !== version) {
            throw new errors/* UsageError */.eb('data-file-changed', `${file} changed while noorm was running: its rows are read from disk each time they are written`, {
                hint: 'Run again once nothing is writing to the file.',
            });
        }
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const decoder = new TextDecoder('utf-8');
        let held = '';
        for (;;) {
            const read = readable(() => (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK_BYTES, null), file);
            let text = held + (read ? decoder.decode(buffer.subarray(0, read), { stream: true }) : decoder.decode());
            held = '';
            if (read && text.endsWith('\r')) {
                held = '\r';
                text = text.slice(0, -1);
            }
            if (text.includes('\r\n'))
                text = text.replace(/\r\n/g, '\n');
            if (text)
                yield text;
            if (!read)
                return;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readable(io, file) {
    try {
        return io();
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UsageError */.eb('missing-file', `Cannot read ${file}${code ? ` (${code})` : ''}`, { cause: error });
    }
}
/**
 * The data rows one by one, from text given in chunks of any size. A row that runs past the end of
 * a chunk is read again from its start once the next chunk is there.
 */
function* csvRows(chunks, file) {
    const source = chunks[Symbol.iterator]();
    let text = '';
    let n = 0;
    let eof = false;
    let i = 0;
    let line = 1;
    let header = null;
    let complete = null;
    // Data rows are filled field by field in header order, so all rows share one object shape and
    // no per-row array is made (100,000 rows are read in a few tens of milliseconds).
    let row = [];
    let count = 0;
    let first = '';
    let rowStart = 0;
    let rowLine = 1;
    // A row whose only field was quoted ("") holds an empty string; only a truly blank line is skipped.
    let quotedInRow = false;
    let protoColumn = false;
    /**
     * Starts the current row over with more text added: at least as much as the row already holds,
     * so a row that spans many chunks is read again only a few times (none at the end of the text).
     */
    const more = () => {
        const carried = text.slice(rowStart);
        let added = '';
        do {
            const next = source.next();
            if (next.done) {
                eof = true;
                break;
            }
            added += next.value;
        } while (added.length < carried.length);
        text = carried + added;
        n = text.length;
        i = 0;
        rowStart = 0;
        line = rowLine;
        row = header ? {} : [];
        count = 0;
        quotedInRow = false;
    };
    const addField = (value) => {
        if (!header) {
            row.push(value);
        }
        else if (count < header.length) {
            if (protoColumn) {
                // defineProperty, not assignment: a column named __proto__ must stay a column.
                Object.defineProperty(row, header[count], { value, enumerable: true, writable: true, configurable: true });
            }
            else {
                row[header[count]] = value;
            }
        }
        if (count === 0)
            first = value;
        count++;
    };
    const endRow = () => {
        if (count === 1 && first === '' && !quotedInRow) {
            // A blank line.
        }
        else if (!header) {
            header = row;
            protoColumn = header.includes('__proto__');
        }
        else {
            if (count !== header.length) {
                throw new errors/* UsageError */.eb('bad-data-file', `${file} line ${rowLine} has ${count} fields; the header has ${header.length}`);
            }
            complete = row;
        }
        row = header ? {} : [];
        count = 0;
        quotedInRow = false;
    };
    try {
        more();
        if (text.charCodeAt(0) === 0xfeff)
            i = 1;
        for (;;) {
            if (count === 0) {
                rowStart = i;
                rowLine = line;
            }
            if (i === n) {
                if (!eof) {
                    more();
                    continue;
                }
                if (count)
                    endRow();
                if (complete)
                    yield complete;
                return;
            }
            let value;
            if (text.charCodeAt(i) === 34) {
                quotedInRow = true;
                // Quoted: up to the closing quote; "" is a quote.
                let parts = '';
                let start = i + 1;
                let cut = false;
                for (;;) {
                    const close = text.indexOf('"', start);
                    // Past the end of the chunk, or a quote that may be the first of a doubled pair.
                    if ((close < 0 || close + 1 === n) && !eof) {
                        cut = true;
                        break;
                    }
                    if (close < 0)
                        throw new errors/* UsageError */.eb('bad-data-file', `${file} line ${rowLine}: a quoted field is never closed`);
                    // One slice for the common field without doubled quotes; concatenation only for "".
                    parts = start === i + 1 ? text.slice(start, close) : parts + text.slice(start, close);
                    if (text.charCodeAt(close + 1) === 34) {
                        parts += '"';
                        start = close + 2;
                        continue;
                    }
                    i = close + 1;
                    break;
                }
                if (cut) {
                    more();
                    continue;
                }
                for (let k = parts.indexOf('\n'); k >= 0; k = parts.indexOf('\n', k + 1))
                    line++;
                value = parts;
            }
            else {
                let end = i;
                while (end < n) {
                    const c = text.charCodeAt(end);
                    if (c === 44 || c === 10 || c === 13)
                        break;
                    if (c === 34)
                        throw new errors/* UsageError */.eb('bad-data-file', `${file} line ${line}: a quote inside an unquoted field (quote the whole field and double the quote)`);
                    end++;
                }
                if (end === n && !eof) {
                    more();
                    continue;
                }
                value = text.slice(i, end);
                i = end;
            }
            // What follows the field must be in this chunk too: a comma, a line break (a CR's LF), or the end.
            if (!eof && (i === n || (text.charCodeAt(i) === 13 && i + 1 === n) || (text.charCodeAt(i) === 44 && i + 1 === n))) {
                more();
                continue;
            }
            addField(value);
            const c = text.charCodeAt(i);
            if (c === 44) {
                i++;
                if (i === n)
                    addField('');
            }
            else if (c === 13 || c === 10 || i >= n) {
                if (c === 13 && text.charCodeAt(i + 1) === 10)
                    i++;
                if (i < n) {
                    i++;
                    line++;
                }
                endRow();
                if (complete) {
                    yield complete;
                    complete = null;
                }
            }
            else {
                throw new errors/* UsageError */.eb('bad-data-file', `${file} line ${line}: text after a closing quote`);
            }
        }
    }
    finally {
        // Rows no longer wanted (an error, or only the first row asked for): the file is closed.
        source.return?.();
    }
}
//# sourceMappingURL=csv.js.map
;// CONCATENATED MODULE: ./lib/core/template/unclosed.js
/**
 * What a template leaves open, found from its own text: Eta's errors for these describe its
 * generated code ("Unexpected token 'catch'", the try/catch it wraps the template in), not the
 * template. Strings and comments inside tags are skipped; this is a reading aid for an error that
 * already happened, not a JavaScript parser.
 */
const CLOSERS = { '{': '}', '(': ')', '[': ']' };
/** The innermost bracket opened in a template's tags and never closed, or a tag with no `%>`. */
function findUnclosed(source) {
    const stack = [];
    let line = 1;
    let i = 0;
    const advance = (to) => {
        for (; i < to; i++)
            if (source.charCodeAt(i) === 10)
                line++;
    };
    for (;;) {
        const open = source.indexOf('<%', i);
        if (open < 0)
            break;
        advance(open);
        const tagLine = line;
        const end = source.indexOf('%>', open + 2);
        if (end < 0)
            return { opened: '<%', line: tagLine, tag: shorten(source.slice(open)), closer: '%>' };
        const tag = shorten(source.slice(open, end + 2));
        i = open + 2;
        while (i < end) {
            const c = source[i];
            if (c === '"' || c === "'" || c === '`') {
                const close = closingQuote(source, i, end);
                advance(close);
                i = close + 1;
            }
            else if (c === '/' && source[i + 1] === '/') {
                const eol = source.indexOf('\n', i);
                advance(eol < 0 || eol > end ? end : eol);
            }
            else if (c === '/' && source[i + 1] === '*') {
                const close = source.indexOf('*/', i + 2);
                advance(close < 0 || close > end ? end : close + 2);
            }
            else {
                if (c in CLOSERS)
                    stack.push({ opened: c, line, tag });
                else if (c === '}' || c === ')' || c === ']') {
                    if (stack.length && CLOSERS[stack.at(-1).opened] === c)
                        stack.pop();
                }
                if (c === '\n')
                    line++;
                i++;
            }
        }
        advance(end + 2);
    }
    const last = stack.at(-1);
    return last ? { ...last, closer: CLOSERS[last.opened] } : null;
}
function closingQuote(source, start, limit) {
    const quote = source[start];
    for (let i = start + 1; i < limit; i++) {
        if (source[i] === '\\')
            i++;
        else if (source[i] === quote)
            return i;
    }
    return limit - 1;
}
function shorten(tag) {
    const one = tag.split('\n')[0].trim();
    return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
/** The sentence for an unclosed thing, naming its line and the tag. */
function describeUnclosed(unclosed) {
    if (unclosed.opened === '<%')
        return `the tag ${unclosed.tag} opened at line ${unclosed.line} is never closed with %>`;
    return `the "${unclosed.opened}" opened at line ${unclosed.line} in ${unclosed.tag} is never closed: close it with "${unclosed.closer}" in a later tag${unclosed.opened === '{' ? ' (<% } %>)' : ''}`;
}
//# sourceMappingURL=unclosed.js.map
;// CONCATENATED MODULE: ./lib/core/template/insert-rows.js



/**
 * What `insertRows()` returns: multi-row INSERT statements, `batch` rows each, written one
 * statement at a time when asked. Printed into a template, they are never held as one text: the
 * runner writes and sends them part by part. `String()` of it is the whole text.
 */
class InsertStatements {
    dialect;
    table;
    batch;
    head = '';
    quote;
    constructor(dialect, table, options) {
        this.dialect = dialect;
        this.table = table;
        const batch = options.batch ?? 1000;
        if (!Number.isInteger(batch) || batch < 1)
            throw new errors/* UsageError */.eb('bad-batch', `insertRows(): batch must be a whole number of rows, got ${batch}`);
        this.batch = batch;
        this.quote = dialect.quoteLiteral;
    }
    /** Writes the statements into `out`, pausing after each one. */
    *write(out) {
        const { batch } = this;
        let inBatch = 0;
        // Tuples are joined into short texts before they are copied into the buffer: one copy per
        // few kilobytes, and no statement is ever held whole as a string.
        let pending = '';
        for (const tuple of this.tuples()) {
            pending += (inBatch ? ',\n' : this.head) + tuple;
            if (++inBatch === batch) {
                out.write(pending + ';\n');
                pending = '';
                inBatch = 0;
                yield;
            }
            else if (pending.length > 8192) {
                out.write(pending);
                pending = '';
            }
        }
        if (inBatch) {
            out.write(pending + ';\n');
            yield;
        }
    }
    toString() {
        const out = new SqlBuffer();
        for (const _ of this.write(out))
            ;
        return out.text();
    }
    setColumns(columns) {
        const { dialect } = this;
        const target = this.table
            .split('.')
            .map((part) => dialect.quoteIdentifier(part))
            .join('.');
        this.head = `INSERT INTO ${target} (${columns.map((column) => dialect.quoteIdentifier(column)).join(', ')}) VALUES\n`;
    }
    /** `(v1, v2, …)` for the `width` values from `start`, or for a row's `columns` when given. */
    tuple(values, start, width, columns) {
        const { quote } = this;
        const source = values;
        // Concatenation, not an array join per row: a seed writes hundreds of thousands of these.
        let tuple = '(';
        for (let c = 0; c < width; c++)
            tuple += (c ? ', ' : '') + quote(source[columns ? columns[c] : start + c]);
        return tuple + ')';
    }
}
/**
 * insertRows() over an array. The values are copied when it is called: what a template does to its
 * rows afterwards does not change the SQL, and a value that has no literal is an error at the
 * template's line, not later.
 */
class RowInserts extends InsertStatements {
    empty;
    /** Row after row, `width` values each. */
    values;
    width;
    count;
    constructor(dialect, table, rows, options = {}) {
        super(dialect, table, options);
        if (!Array.isArray(rows))
            throw new errors/* UsageError */.eb('bad-rows', 'insertRows(): rows must be an array of objects, or loadRows() of a CSV file');
        const columns = options.columns ?? (rows.length ? Object.keys(rows[0]) : []);
        this.setColumns(columns);
        this.empty = !rows.length;
        this.count = rows.length;
        this.width = columns.length;
        this.values = new Array(rows.length * columns.length);
        rows.forEach((row, index) => valuesOf(dialect, row, columns, `row ${index + 1}`, this.values, index * columns.length));
    }
    *tuples() {
        const { values, width, count } = this;
        for (let r = 0; r < count; r++)
            yield this.tuple(values, r * width, width);
    }
}
/** What `loadRows()` returns: a CSV file's rows, read from disk (and mapped) each time they are written. */
class CsvRows {
    file;
    absolute;
    map;
    /** The file as the template saw it: every pass reads that same file. */
    version;
    constructor(file, absolute, map) {
        this.file = file;
        this.absolute = absolute;
        this.map = map;
        if (map !== undefined && typeof map !== 'function')
            throw new errors/* UsageError */.eb('bad-rows', `loadRows(): the second argument must be a function of a row, got ${typeof map}`);
        this.version = fileVersion(absolute, file);
    }
    /** The rows, each through `map`; every call reads the file anew. */
    *rows() {
        let index = 0;
        for (const row of csvFileRows(this.absolute, this.file, this.version))
            yield this.mapped(row, index++);
    }
    mapped(row, index) {
        if (!this.map)
            return row;
        let result;
        try {
            result = this.map(row, index);
        }
        catch (error) {
            throw new errors/* UsageError */.eb('bad-rows', `loadRows(): the function given for ${this.file} failed on row ${index + 1}: ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
        }
        if (result === null || typeof result !== 'object' || typeof result.then === 'function') {
            const what = result === null ? 'null' : typeof result !== 'object' ? typeof result : 'a promise';
            throw new errors/* UsageError */.eb('bad-rows', `loadRows(): the function given for ${this.file} returned ${what} for row ${index + 1}; it must return the row as an object, at once (not async)`);
        }
        return result;
    }
}
/**
 * insertRows() over loadRows(): the file is read as the statements are written, so the rows are
 * never all in memory. A value without a literal is found when its statement is written.
 */
class StreamedInserts extends InsertStatements {
    source;
    empty;
    columns;
    constructor(dialect, table, source, options = {}) {
        super(dialect, table, options);
        this.source = source;
        // The first row names the columns (as for an array) and tells whether there are any.
        const rows = source.rows();
        const first = rows.next();
        rows.return(undefined);
        this.empty = Boolean(first.done);
        this.columns = [...(options.columns ?? (first.done ? [] : Object.keys(first.value)))];
        this.setColumns(this.columns);
    }
    *tuples() {
        const { columns } = this;
        const values = new Array(columns.length);
        let index = 0;
        for (const row of this.source.rows()) {
            index++;
            // Written straight away (rows() gives objects only); a value that cannot be written is
            // looked at again, to name it (the two ways write the same literals).
            let tuple;
            try {
                tuple = this.tuple(row, 0, columns.length, columns);
            }
            catch {
                valuesOf(this.dialect, row, columns, `${this.source.file} row ${index}`, values, 0);
                tuple = this.tuple(values, 0, columns.length);
            }
            yield tuple;
        }
    }
}
/**
 * Puts a row's values in column order into `values` from `at`, as they will be written: objects (not dates or bytes) become
 * their JSON text, dates and bytes are copied, and a value the dialect cannot write fails, naming
 * where it is.
 */
function valuesOf(dialect, row, columns, where, values, at) {
    if (row === null || typeof row !== 'object')
        throw new errors/* UsageError */.eb('bad-rows', `insertRows(): ${where} is ${row === null ? 'null' : typeof row}, not an object`);
    for (let c = 0; c < columns.length; c++) {
        let value = row[columns[c]];
        switch (typeof value) {
            case 'string':
                // Checked only where a literal can fail (text with NUL on some databases).
                if (value.includes('\0'))
                    insert_rows_check(dialect, value, where, columns[c]);
                break;
            case 'number':
                if (!Number.isFinite(value))
                    insert_rows_check(dialect, value, where, columns[c]);
                break;
            case 'object':
                if (value === null)
                    break;
                if (value instanceof Date) {
                    insert_rows_check(dialect, value, where, columns[c]);
                    value = new Date(value.getTime());
                }
                else if (value instanceof Uint8Array) {
                    value = new Uint8Array(value);
                }
                else {
                    value = jsonText(value, where, columns[c]);
                }
                break;
            case 'undefined':
            case 'boolean':
            case 'bigint':
                break;
            default:
                throw new errors/* UsageError */.eb('bad-literal', `insertRows(): ${where}, column ${columns[c]}: a ${typeof value} has no SQL literal`);
        }
        values[at + c] = value;
    }
}
function jsonText(value, where, column) {
    try {
        return JSON.stringify(value);
    }
    catch (error) {
        throw new errors/* UsageError */.eb('bad-literal', `insertRows(): ${where}, column ${column} cannot be written as JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
function insert_rows_check(dialect, value, where, column) {
    try {
        dialect.quoteLiteral(value);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw new errors/* UsageError */.eb(error.code, `insertRows(): ${where}, column ${column}: ${error.message.replace(/^escape\(\): /, '')}`);
        throw error;
    }
}
//# sourceMappingURL=insert-rows.js.map
;// CONCATENATED MODULE: ./lib/core/template/render.js













/** Where a printed insertRows() goes in the rendered text (NUL never occurs in SQL text). */
const MARK = /\0noorm:rows:\d+\0/g;
/**
 * Renders `*.sql.eta` files with Eta, configured for SQL rather than HTML: no escaping of what is
 * printed, whitespace as written, `await` allowed. Printing `undefined` is an error, and every
 * error names the template and its line.
 */
class TemplateRenderer {
    options;
    eta = null;
    etaModule = null;
    /** What each printed insertRows() left in the text, until the render that printed it takes it. */
    printed = new Map();
    marks = 0;
    constructor(options) {
        this.options = options;
    }
    /**
     * The SQL a template renders to (line endings normalised as for any file), in parts: the text,
     * and the statements of each insertRows() it printed, to be written as they are sent.
     */
    async render(absolute) {
        try {
            return this.partsOf(await this.renderText(absolute, []), absolute);
        }
        finally {
            // Marks of rows printed but left out of the output (kept in a variable) go too.
            this.printed.clear();
        }
    }
    partsOf(text, absolute) {
        const parts = [];
        let from = 0;
        const addText = (end) => {
            if (end <= from)
                return;
            // Neighbouring text stays one part: a character is never split between two.
            if (typeof parts.at(-1) === 'string')
                parts[parts.length - 1] += text.slice(from, end);
            else
                parts.push(text.slice(from, end));
        };
        for (const match of text.matchAll(MARK)) {
            const generated = this.printed.get(match[0]);
            if (!generated)
                throw new errors/* FileError */.f6('template-failed', 'template error: the output of insertRows() was printed, then changed as text; print it as it is, or use String(insertRows(…))', { file: toTrackedPath(this.options.root, absolute) });
            addText(match.index);
            if (!generated.empty)
                parts.push(generated);
            from = match.index + match[0].length;
        }
        addText(text.length);
        return parts.length ? parts : [''];
    }
    /** The rendered text, with a mark where each insertRows() was printed. */
    async renderText(absolute, stack, extra) {
        const tracked = toTrackedPath(this.options.root, absolute);
        if (stack.includes(absolute))
            throw new errors/* FileError */.f6('template-cycle', `${tracked} includes itself (${[...stack, absolute].map((f) => toTrackedPath(this.options.root, f)).join(' → ')})`, {
                file: tracked,
            });
        const source = normaliseSql(readText(absolute, tracked));
        const eta = await this.engine();
        const context = this.context(external_node_path_.dirname(absolute), [...stack, absolute]);
        try {
            return await eta.renderStringAsync(source, { ...context.vars, ...(extra ?? {}), ...context });
        }
        catch (error) {
            throw templateError(error, tracked, source, eta, this.etaModule);
        }
    }
    async engine() {
        if (this.eta)
            return this.eta;
        this.etaModule = await __webpack_require__.e(/* import() */ 889).then(__webpack_require__.bind(__webpack_require__, 90889));
        this.eta = new this.etaModule.Eta({
            autoEscape: false,
            autoTrim: false,
            useWith: true,
            debug: true,
            autoFilter: true,
            filterFunction: (value) => {
                if (value instanceof InsertStatements) {
                    // Numbered for the whole command: a mark can never stand for another call's rows.
                    const mark = `\0noorm:rows:${this.marks++}\0`;
                    this.printed.set(mark, value);
                    return mark;
                }
                if (value === undefined)
                    throw new errors/* UsageError */.eb('template-undefined', 'the template printed undefined (a missing variable or property)');
                return String(value);
            },
        });
        return this.eta;
    }
    context(dir, stack) {
        const { dialect, config, root } = this.options;
        const resolve = (file) => {
            const absolute = file.startsWith('/') ? external_node_path_.join(root, file) : external_node_path_.resolve(dir, file);
            assertAllowedPath(config.paths, absolute, { subject: file, code: 'template-path-outside-project' });
            return absolute;
        };
        const { password: _password, ...connection } = config.connection;
        void _password;
        return {
            load: (file) => loadData(resolve(file), root),
            include: async (file, data) => {
                const absolute = resolve(file);
                return /\.eta$/i.test(absolute) ? this.renderText(absolute, stack, data) : normaliseSql(readText(absolute, toTrackedPath(root, absolute)));
            },
            escape: (value) => dialect.quoteLiteral(value),
            insertRows: (table, rows, options) => rows instanceof CsvRows ? new StreamedInserts(dialect, table, rows, options) : new RowInserts(dialect, table, rows, options),
            loadRows: (file, map) => {
                const absolute = resolve(file);
                const tracked = toTrackedPath(root, absolute);
                if (!/\.csv$/i.test(absolute))
                    throw new errors/* UsageError */.eb('bad-data-file', `loadRows(): ${tracked} is not a CSV file (load() reads the other kinds)`);
                return new CsvRows(tracked, absolute, map);
            },
            dialect: dialect.name,
            types: { ...dialect.logicalTypes, identity: dialect.logicalTypes.serial },
            config: {
                name: config.name,
                type: config.type,
                isTest: config.isTest,
                protected: config.protected,
                dialect: connection.dialect,
                host: connection.host,
                port: connection.port,
                database: connection.database,
                user: connection.user,
            },
            secrets: strictSecrets(config.secrets, config.name),
            env: { ...this.options.env },
            vars: { ...this.options.vars },
        };
    }
}
/** Secrets that refuse to be `undefined`: a typo must not put the text `undefined` into SQL. */
function strictSecrets(secrets, configName) {
    return new Proxy({ ...secrets }, {
        get(target, key) {
            if (typeof key !== 'string' || key in target)
                return Reflect.get(target, key);
            if (key === 'toJSON' || key === 'then')
                return undefined;
            throw new errors/* UsageError */.eb('missing-secret', `secret ${key} is not set for config "${configName}"`, {
                hint: `Set it with: noorm secret set ${key} --config ${configName}`,
            });
        },
    });
}
async function loadData(absolute, root) {
    const tracked = toTrackedPath(root, absolute);
    const extension = external_node_path_.extname(absolute).toLowerCase();
    switch (extension) {
        case '.json':
            try {
                return JSON.parse(stripBom(readText(absolute, tracked)));
            }
            catch (error) {
                if (error instanceof errors/* NoormError */.mQ)
                    throw error;
                throw new errors/* UsageError */.eb('bad-data-file', `${tracked} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
            }
        case '.yml':
        case '.yaml': {
            const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
            try {
                return parse(stripBom(normaliseSql(readText(absolute, tracked))));
            }
            catch (error) {
                throw new errors/* UsageError */.eb('bad-data-file', `${tracked} is not valid YAML: ${(0,errors/* messageOf */.bD)(error)}`);
            }
        }
        case '.csv':
            return readCsvFile(absolute, tracked, nextTurn);
        case '.js':
        case '.mjs': {
            // A fresh URL per change of the file: a build that edits data and re-renders sees the edit.
            const url = `${(0,external_node_url_.pathToFileURL)(absolute).href}?mtime=${(0,external_node_fs_.statSync)(absolute).mtimeMs}`;
            const module = (await import(/* webpackIgnore: true */ url));
            const value = module.default;
            return typeof value === 'function' ? await value() : await value;
        }
        case '.sql':
            return normaliseSql(readText(absolute, tracked));
        default:
            throw new errors/* UsageError */.eb('bad-data-file', `load(): ${tracked} is not a data file noorm reads (.json, .yml, .yaml, .csv, .js, .mjs, .sql)`);
    }
}
function readText(absolute, tracked) {
    try {
        return (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UsageError */.eb('missing-file', `Cannot read ${tracked}${code ? ` (${code})` : ''}`);
    }
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Any failure while rendering, as a FileError at the template's file and line. */
function templateError(error, file, source, eta, module) {
    if (error instanceof module.EtaRuntimeError) {
        // "line N\n  <excerpt>\n\n<message>": the line, and the cause's own message.
        const text = (0,errors/* messageOf */.bD)(error);
        const cause = error.cause;
        const tagLine = Number(/^line (\d+)/.exec(text)?.[1]) || undefined;
        const line = tagLine === undefined ? undefined : lineInsideTag(source, eta, cause, tagLine);
        // An error inside an included template already names that template and its line.
        if (cause instanceof errors/* FileError */.f6 && cause.file)
            return cause;
        const message = cause ? (0,errors/* messageOf */.bD)(cause) : (text.split('\n\n').at(-1) ?? text);
        const hint = cause instanceof errors/* NoormError */.mQ ? cause.hint : undefined;
        return new errors/* FileError */.f6('template-failed', `template error: ${message}`, { file, line, hint, cause: error });
    }
    if (error instanceof module.EtaParseError || error instanceof SyntaxError) {
        // A tag or block left open: say what and where, not what Eta's generated code then met.
        const unclosed = findUnclosed(source);
        if (unclosed)
            return new errors/* FileError */.f6('template-syntax', `template syntax error: ${describeUnclosed(unclosed)}`, { file, line: unclosed.line, cause: error });
        return new errors/* FileError */.f6('template-syntax', `template syntax error: ${firstLine((0,errors/* messageOf */.bD)(error))}`, { file, line: syntaxErrorLine(source, eta), cause: error });
    }
    if (error instanceof errors/* NoormError */.mQ)
        return new errors/* FileError */.f6(error.code, error.message, { file, hint: error.hint, cause: error });
    return new errors/* FileError */.f6('template-failed', `template error: ${(0,errors/* messageOf */.bD)(error)}`, { file, cause: error });
}
/**
 * Eta reports the line where the failing `<% %>` block starts. For a block over several lines, the
 * stack of the cause names the line of the generated function; the code after the block's marker
 * is the block's own text, line for line, so the offset carries over to the template.
 */
function lineInsideTag(source, eta, cause, tagLine) {
    const at = /<anonymous>:(\d+):\d+/.exec(String(cause?.stack ?? ''));
    if (!at)
        return tagLine;
    let code;
    try {
        code = eta.compileToString(source, { async: true }).split('\n');
    }
    catch {
        return tagLine;
    }
    // The generated function's first two lines are its header.
    const failing = Number(at[1]) - 3;
    if (failing < 0 || failing >= code.length)
        return tagLine;
    let marker = failing;
    while (marker >= 0 && !/^__eta\.line=\d+$/.test(code[marker]))
        marker--;
    if (marker < 0 || Number(code[marker].slice('__eta.line='.length)) !== tagLine || failing === marker)
        return tagLine;
    // The block's first code line, found in the template from the block's line on (Eta trims the
    // whitespace before it, line breaks included).
    const first = code[marker + 1].trim();
    const lines = source.split('\n');
    for (let i = tagLine - 1; i < lines.length && i < tagLine + 50; i++) {
        if (first && lines[i].includes(first))
            return i + 1 + (failing - marker - 1);
    }
    return tagLine;
}
/** Finds the template line of a syntax error: compile the generated function and map its line back. */
function syntaxErrorLine(source, eta) {
    let code;
    try {
        code = eta.compileToString(source, { async: true });
    }
    catch {
        return undefined;
    }
    const wrapped = `(async function (it, options) {\n${code}\n})`;
    try {
        new external_node_vm_.Script(wrapped);
        return undefined;
    }
    catch (error) {
        const at = /:(\d+)\n/.exec(String(error.stack ?? ''));
        if (!at)
            return undefined;
        const lines = wrapped.split('\n').slice(0, Number(at[1]));
        for (let i = lines.length - 1; i >= 0; i--) {
            const marker = /__eta\.line=(\d+)/.exec(lines[i]);
            if (marker)
                return Number(marker[1]);
        }
        return 1;
    }
}
function firstLine(text) {
    return (text
        .split('\n')
        .find((line) => line.trim() && !/^Bad template syntax/.test(line))
        ?.trim() ?? text);
}
//# sourceMappingURL=render.js.map
;// CONCATENATED MODULE: ./lib/core/template/renderer-for.js

/** The template renderer of a command: its config, dialect, `--var`s and environment. */
function templateRenderer(context, dialect) {
    let renderer;
    return (absolute) => {
        renderer ??= new TemplateRenderer({ root: context.config.paths.root, dialect, config: context.config, vars: context.vars ?? {}, env: context.env ?? {} });
        return renderer.render(absolute);
    };
}
//# sourceMappingURL=renderer-for.js.map
;// CONCATENATED MODULE: ./lib/core/runner/single-transaction.js

/**
 * `--single-transaction` promises all-or-nothing; where DDL commits implicitly (MySQL, MariaDB)
 * no transaction can keep that promise, so the run is refused before it connects.
 */
function assertSingleTransactionSupported(dialect, what, hint) {
    if (dialect.capabilities.transactionalDdl)
        return;
    throw new errors/* UsageError */.eb('single-transaction-unsupported', `${dialect.name} commits DDL implicitly, so --single-transaction cannot make ${what} all-or-nothing there`, { hint });
}
//# sourceMappingURL=single-transaction.js.map
;// CONCATENATED MODULE: ./lib/core/runner/run.js






















/** `run dir <path>`: like a build, over any folder inside the project. */
async function runDir(context, dir, options = {}) {
    const absolute = external_node_path_.resolve(dir);
    assertAllowedPath(context.config.paths, absolute);
    return runFiles(context, 'run dir', 'run:dir', discoverSqlFiles(context.config.paths, absolute), options, {
        history: { kind: 'dir', name: projectPath(context.config, absolute) },
    });
}
/** `run file <path>`: one file, tracked like any other. */
async function runFile(context, file, options = {}) {
    const absolute = external_node_path_.resolve(file);
    assertAllowedPath(context.config.paths, absolute);
    let isFile;
    try {
        isFile = (0,external_node_fs_.statSync)(absolute).isFile();
    }
    catch {
        throw new errors/* UsageError */.eb('missing-file', `The file ${absolute} does not exist`);
    }
    if (!isFile)
        throw new errors/* UsageError */.eb('not-a-file', `${absolute} is not a file`, { hint: 'Use `noorm run dir` for folders.' });
    if (!/\.sql(\.eta)?$/i.test(absolute)) {
        throw new errors/* UsageError */.eb('not-sql', `${absolute} is not a .sql or .sql.eta file`);
    }
    return runFiles(context, 'run file', 'run:file', [absolute], options, { history: { kind: 'file', name: projectPath(context.config, absolute) } });
}
/** A path as history names it: relative to the project root, with forward slashes. */
function projectPath(config, absolute) {
    return external_node_path_.relative(config.paths.root, absolute).split(external_node_path_.sep).join('/') || '.';
}
/**
 * Runs files in order, each new, changed or previously failed one as its own unit, and tracks
 * them: the one way `run build`, `run dir` and `run file` execute.
 */
async function runFiles(context, command, action, absolutePaths, options, run) {
    const { hintFor, afterSuccess, held } = run;
    const { config } = context;
    const dialect = await loadDialect(config.connection.dialect);
    const render = templateRenderer(context, dialect);
    const base = { command, config: config.name, dialect: dialect.name, dryRun: Boolean(options.dryRun) };
    if (options.singleTransaction) {
        assertSingleTransactionSupported(dialect, 'a run', 'Run without --single-transaction: each file is recorded as it completes, and a re-run resumes at the first file that did not succeed.');
    }
    /** The run itself, once the lock is held: noorm's tables brought up to date, the files, the history. */
    const underLock = async (conn, identity, lock, runnable) => {
        await upgradeTrackingTables(conn, context.onEvent);
        const history = await startHistory(conn, { identity, configName: config.name }, run.history);
        try {
            const states = await readFileStates(conn);
            const plan = planFiles(runnable, states, Boolean(options.force));
            context.onEvent?.({ type: 'run:start', command, target: conn.target, total: plan.length, toRun: plan.filter((f) => f.willRun).length, dryRun: false });
            if (!dialect.capabilities.transactionalDdl && plan.some((f) => f.willRun)) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'ddl-autocommit',
                    message: `${dialect.name} commits DDL implicitly: each file's statements apply as they run, and each file is recorded as it completes.`,
                });
            }
            const outcome = await executePlan(conn, plan, context, {
                identity,
                lock,
                history,
                singleTransaction: Boolean(options.singleTransaction),
                ...(hintFor ? { hintFor } : {}),
            });
            const baselined = !outcome.error && afterSuccess ? await afterSuccess.after(conn, config, identity, render, { fileRows: states.size }, context.onEvent) : [];
            if (baselined.length) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'baseline-recorded',
                    message: `first build of this database: recorded ${baselined.length} changeset${baselined.length === 1 ? '' : 's'} as baseline (schema/ already contains them)`,
                });
            }
            await endHistory(conn, history, context, outcome.error);
            return { ...base, ok: !outcome.error, target: conn.target, ...outcome, ...(baselined.length ? { baselined } : {}) };
        }
        catch (error) {
            await endHistory(conn, history, context, error);
            throw error;
        }
    };
    if (options.dryRun) {
        // Read-only by construction: a read-only connection, no tracking tables, no lock, and the
        // executor is never reached.
        const runnable = await readFiles(config.paths.root, absolutePaths, dialect, render, context.signal);
        // What a real run would refuse, a dry run reports.
        assertRecordable({ configName: config.name, paths: runnable.map((file) => file.source.path) });
        const conn = await openConnection(context, { readOnly: true });
        try {
            const states = (await readTrackingVersion(conn)) === null ? new Map() : await readFileStates(conn);
            const plan = planFiles(runnable, states, Boolean(options.force));
            context.onEvent?.({ type: 'run:start', command, target: conn.target, total: plan.length, toRun: plan.filter((f) => f.willRun).length, dryRun: true });
            const files = plan.map((file) => {
                const notes = file.willRun ? planNotes(context.onEvent, file.source.path, file.script) : [];
                return {
                    path: file.source.path,
                    status: file.status,
                    checksum: file.source.checksum,
                    durationMs: 0,
                    ...(file.willRun && file.status === 'unchanged' ? { forced: true } : {}),
                    ...(file.willRun ? { sql: file.source.sql } : {}),
                    ...(notes.length ? { notes } : {}),
                };
            });
            return { ...base, ok: true, target: conn.target, files, notRun: [] };
        }
        finally {
            await conn.close();
        }
    }
    await assertAllowed(context, action);
    assertRecordable({ configName: config.name });
    if (held) {
        const runnable = await readFiles(config.paths.root, absolutePaths, dialect, render, context.signal);
        assertRecordable({ paths: runnable.map((file) => file.source.path) });
        const plan = planFiles(runnable, await readFileStates(held.conn), Boolean(options.force));
        if (!plan.some((file) => file.willRun) && (!afterSuccess || (await afterSuccess.done(held.conn)))) {
            context.onEvent?.({ type: 'run:start', command, target: held.conn.target, total: plan.length, toRun: 0, dryRun: false });
            return { ...base, ok: true, target: held.conn.target, files: plan.map((file) => skipFile(file, context)), notRun: [] };
        }
        return underLock(held.conn, held.identity, held.lock, runnable);
    }
    // Every file is read (checked for encoding, templates rendered) before anything is written, so
    // a refused file leaves no trace, not even noorm's tables. Meanwhile the run connects and reads
    // what the database recorded, where connecting creates nothing.
    // Given up when a file cannot be read, so its error is reported at once, not after --wait.
    const giveUp = new AbortController();
    const earlyContext = { ...context, signal: context.signal ? AbortSignal.any([context.signal, giveUp.signal]) : giveUp.signal };
    const early = dialect.capabilities.connectCreatesDatabase ? null : connectAndRead(earlyContext, Boolean(options.force));
    // Awaited below; a failure while the files are still being read must not count as unhandled.
    early?.catch(() => undefined);
    let runnable;
    try {
        runnable = await readFiles(config.paths.root, absolutePaths, dialect, render, context.signal);
        assertRecordable({ paths: runnable.map((file) => file.source.path) });
        if (options.singleTransaction)
            assertNoOptOut(runnable);
    }
    catch (error) {
        // The file's problem is the one to report.
        giveUp.abort();
        await early?.then((database) => closeQuietly(database.conn, context), () => undefined);
        throw error;
    }
    const { conn, tracked, states: recorded, identity: known } = await (early ?? connectAndRead(context, Boolean(options.force)));
    try {
        // Nothing new or changed: report that without writing anything or taking the lock (a
        // rebuild of an up-to-date database costs one query for all the checksums). The lock is
        // only needed to change the database; what committed runs recorded is already final.
        if (recorded) {
            const plan = planFiles(runnable, recorded, false);
            if (!plan.some((file) => file.willRun) && (!afterSuccess || (await afterSuccess.done(conn)))) {
                context.onEvent?.({ type: 'run:start', command, target: conn.target, total: plan.length, toRun: 0, dryRun: false });
                return { ...base, ok: true, target: conn.target, files: plan.map((file) => skipFile(file, context)), notRun: [] };
            }
        }
        conn.openScriptSession?.();
        // Asked only now: a run with nothing to do never starts git.
        const identity = known ?? context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        if (!tracked)
            await ensureTrackingTables(conn);
        const lock = await acquireCommandLock(conn, context, identity);
        try {
            return await underLock(conn, identity, lock, runnable);
        }
        finally {
            await releaseQuietly(lock.release(), context);
        }
    }
    finally {
        await closeQuietly(conn, context);
    }
}
/** Under --single-transaction every file runs inside the one transaction: a file that must not is refused before anything runs. */
function assertNoOptOut(runnable) {
    const optOut = runnable.filter((file) => file.source.noTransaction).map((file) => file.source.path);
    if (!optOut.length)
        return;
    throw new errors/* UsageError */.eb('single-transaction-opt-out', `--single-transaction runs every file in one transaction, but ${optOut.join(', ')} ${optOut.length === 1 ? 'asks' : 'ask'} to run outside one (-- noorm:no-transaction)`, {
        file: optOut[0],
        hint: 'Run without --single-transaction, or run those files on their own first (noorm run file).',
    });
}
/** Reads and renders every file, then lets the dialect read each one (see prepareFiles). */
async function readFiles(root, absolutePaths, dialect, render, signal) {
    const sources = [];
    for (const file of absolutePaths) {
        sources.push(await loadSource(root, file, render));
        await nextTurn();
        if (signal?.aborted)
            throw abortReason(signal);
    }
    return prepareFiles(dialect, sources);
}
/**
 * Connects and reads the tracking state; writes nothing. On a database noorm has not tracked yet,
 * where every file will run, it also asks who runs this and starts opening the session scripts
 * run on, where the dialect can open it early (not MySQL, whose script session holds a named lock
 * of its own).
 */
async function connectAndRead(context, force) {
    const conn = await openConnection(context);
    try {
        const tracked = (await readTrackingVersion(conn)) !== null;
        if (tracked)
            return force ? { conn, tracked } : { conn, tracked, states: await readFileStates(conn) };
        // Untracked: every file will run.
        conn.openScriptSession?.();
        return { conn, tracked, identity: context.identity ?? (await resolveIdentity(context.config)) };
    }
    catch (error) {
        await closeQuietly(conn, context);
        throw error;
    }
}
async function releaseQuietly(release, context) {
    try {
        await release;
    }
    catch (error) {
        context.onEvent?.({ type: 'note', level: 'warn', code: 'lock-release-failed', message: `Could not release the lock: ${(0,errors/* messageOf */.bD)(error)}` });
    }
}
async function closeQuietly(conn, context) {
    try {
        await conn.close();
    }
    catch (error) {
        context.onEvent?.({ type: 'note', level: 'warn', code: 'close-failed', message: `Could not close the connection: ${(0,errors/* messageOf */.bD)(error)}` });
    }
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/naming.js


/**
 * Changeset folder names. `change add` writes `YYYY-MM-DDTHHMMSS_slug` (the UTC time of creation,
 * without `:` so the name is valid on every file system); names of earlier releases carry the date
 * only (`YYYY-MM-DD_slug`) and keep working. The order noorm applies them in is the natural order of
 * the names (compareNatural), which is creation order: the time compares as a number, and a `T`
 * sorts after the `_` of a date-only name, so on one day the date-only names (made before the time
 * was added) come first, as they did.
 */
const STAMPED = /^(\d{4}-\d{2}-\d{2})(?:T(\d{6}))?_(.+)$/;
/** The date, time and slug of a changeset name; null when the name does not start with a date. */
function changesetStamp(name) {
    const match = STAMPED.exec(name);
    return match ? { date: match[1], time: match[2] ?? null, slug: match[3] } : null;
}
/** Changesets in the order `ff` applies them. */
function compareChangesetNames(a, b) {
    return compareNatural(a, b);
}
/** A name's slug: lower-case letters, digits and dashes. */
function slugOf(name) {
    const slug = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (!slug)
        throw new errors/* UsageError */.eb('bad-changeset-name', `"${name}" has no letters or digits to name a changeset with`);
    return slug;
}
/**
 * The folder name for a new changeset made at `now`. When a changeset of the same day already has
 * that second or a later one (two made within a second, or a clock behind a teammate's), the time
 * steps one second past the newest, so name order stays creation order.
 */
function newChangesetName(slug, now, existing) {
    const date = now.toISOString().slice(0, 10);
    let seconds = now.getUTCHours() * 3600 + now.getUTCMinutes() * 60 + now.getUTCSeconds();
    for (const name of existing) {
        const stamp = changesetStamp(name);
        if (stamp?.date !== date || stamp.time === null)
            continue;
        const taken = Number(stamp.time.slice(0, 2)) * 3600 + Number(stamp.time.slice(2, 4)) * 60 + Number(stamp.time.slice(4, 6));
        if (taken >= seconds)
            seconds = Math.min(taken + 1, 86_399);
    }
    const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((part) => String(part).padStart(2, '0')).join('');
    return `${date}T${time}_${slug}`;
}
/**
 * Groups of changesets whose creation order cannot be told from their names: the same date without
 * a time (made on one day by an earlier release, or on different branches), or the same second.
 * They are applied in slug order, which may not be the order they were written in.
 */
function ambiguousOrder(names) {
    const groups = new Map();
    for (const name of names) {
        const stamp = changesetStamp(name);
        if (!stamp)
            continue;
        const key = `${stamp.date}T${stamp.time ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), name]);
    }
    return [...groups.values()].filter((group) => group.length > 1);
}
/**
 * Whether `given` names this changeset exactly: its whole name, its slug (the name without date and
 * time), or its date and slug without the time.
 */
function namesExactly(name, given) {
    if (name === given)
        return true;
    const stamp = changesetStamp(name);
    return stamp !== null && (stamp.slug === given || `${stamp.date}_${stamp.slug}` === given);
}
//# sourceMappingURL=naming.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/discover.js







/** The file that marks a changeset as non-atomic. */
const NON_ATOMIC_MARKER = 'non-atomic';
/**
 * Every changeset below the changesets folder, in the order they apply in (creation order, see naming.ts). A missing folder means no
 * changesets. Files are read in filename order; `.txt` manifests expand in place into the files they
 * list, checked (present, inside the project) before anything runs.
 */
function listChangesets(roots, folder) {
    if (!(0,external_node_fs_.existsSync)(folder))
        return [];
    if (!(0,external_node_fs_.statSync)(folder).isDirectory())
        throw new errors/* UsageError */.eb('not-a-folder', `The changesets folder ${folder} is not a folder`);
    return (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })
        .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
        .map((entry) => entry.name)
        .filter((name) => (0,external_node_fs_.statSync)(external_node_path_.join(folder, name)).isDirectory())
        .sort(compareChangesetNames)
        .map((name) => readChangeset(roots, external_node_path_.join(folder, name), name));
}
function readChangeset(roots, dir, name) {
    return {
        name,
        dir,
        change: filesOf(roots, external_node_path_.join(dir, 'change')),
        revert: filesOf(roots, external_node_path_.join(dir, 'revert')),
        nonAtomic: (0,external_node_fs_.existsSync)(external_node_path_.join(dir, NON_ATOMIC_MARKER)),
    };
}
function filesOf(roots, dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const files = [];
    for (const entry of listEntries(roots, dir)) {
        if (/\.txt$/i.test(entry))
            files.push(...readManifest(roots, entry));
        else
            files.push({ absolute: entry });
    }
    return files;
}
/** SQL files and .txt manifests below `dir`, in folders too, in the natural filename order of a build. */
function listEntries(roots, dir) {
    return discoverFiles(roots, dir, (name) => isRunnableName(name) || (/\.txt$/i.test(name) && !name.startsWith('_') && !name.startsWith('.')));
}
/** A manifest: one path a line, relative to the manifest's folder; `#` comments and blank lines ignored. */
function readManifest(roots, manifest) {
    const tracked = toTrackedPath(roots.root, manifest);
    const files = [];
    (0,external_node_fs_.readFileSync)(manifest, 'utf8')
        .split(/\r?\n/)
        .forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            return;
        const where = { file: tracked, line: index + 1 };
        const absolute = external_node_path_.resolve(external_node_path_.dirname(manifest), line);
        assertAllowedPath(roots, absolute, { subject: `${tracked} line ${index + 1} lists ${line}, which`, code: 'manifest-outside-project', where });
        if (!(0,external_node_fs_.existsSync)(absolute) || !(0,external_node_fs_.statSync)(absolute).isFile()) {
            throw new errors/* FileError */.f6('manifest-missing-file', `${tracked} line ${index + 1} lists ${line}, which does not exist`, where);
        }
        if (!/\.sql(\.eta)?$/i.test(absolute)) {
            throw new errors/* UsageError */.eb('manifest-not-sql', `${tracked} line ${index + 1} lists ${line}, which is not a .sql or .sql.eta file`, where);
        }
        files.push({ absolute, via: { manifest: tracked, line: index + 1 } });
    });
    return files;
}
/**
 * Finds a changeset by its name: exactly (the whole name, or without its date and time), else by a
 * unique part of it. An exact name wins over names that merely contain it (`add-isbn` beside
 * `add-isbn-index`). Unknown or ambiguous names are usage errors listing the candidates.
 */
function findChangeset(changesets, given) {
    const whole = changesets.find((changeset) => changeset.name === given);
    if (whole)
        return whole;
    const exact = changesets.filter((changeset) => namesExactly(changeset.name, given));
    const matches = exact.length ? exact : changesets.filter((changeset) => changeset.name.includes(given));
    if (matches.length === 1)
        return matches[0];
    if (matches.length > 1) {
        throw new errors/* UsageError */.eb('ambiguous-changeset', `"${given}" matches ${matches.length} changesets`, {
            hint: `Candidates: ${matches.map((c) => c.name).join(', ')}. Give more of the name.`,
        });
    }
    throw new errors/* UsageError */.eb('unknown-changeset', `No changeset matches "${given}"`, {
        hint: changesets.length ? `Changesets: ${changesets.map((c) => c.name).join(', ')}.` : 'There are no changesets yet; create one with `noorm change add <name>`.',
    });
}
//# sourceMappingURL=discover.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/history.js





/** Every changeset's records in one query: name → its newest row per direction (and which is newer). */
async function readChangesetHistory(conn) {
    const rows = await conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.versions)
        .select(['id', 'changeset_name', 'direction', 'status', 'executed_at', 'executed_by', 'config_name', 'error_message', 'files_executed'])
        .orderBy('id')
        .execute();
    const history = new Map();
    for (const row of rows) {
        const record = {
            id: Number(row.id),
            name: row.changeset_name,
            direction: checkedDirection(row.id, row.direction),
            status: checkedStatus(TABLES.versions, row.id, row.status),
            executedAt: isoUtc(row.executed_at),
            executedBy: row.executed_by,
            configName: row.config_name,
            errorMessage: row.error_message,
            files: history_parseFiles(row.files_executed),
        };
        const entry = history.get(record.name) ?? { newest: record };
        entry[record.direction] = record;
        entry.newest = record; // rows come in id order: the last one seen is the newest
        history.set(record.name, entry);
    }
    return history;
}
function checkedDirection(id, value) {
    if (value === 'change' || value === 'revert')
        return value;
    throw trackingCorrupt(TABLES.versions, `the row with id ${String(id)}`, `the direction ${JSON.stringify(value)} (noorm writes change, revert)`);
}
function history_parseFiles(value) {
    if (value === null || value === undefined)
        return [];
    try {
        const parsed = typeof value === 'string' ? JSON.parse(value) : value;
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}
/** Records a changeset run, replacing the previous row of that (changeset, config, direction). */
async function recordChangeset(conn, run, context, write) {
    const scoped = conn.db.withSchema(conn.trackingSchema);
    const remove = scoped
        .deleteFrom(TABLES.versions)
        .where('changeset_name', '=', write.name)
        .where('config_name', '=', context.configName)
        .where('direction', '=', write.direction)
        .compile();
    const insert = scoped
        .insertInto(TABLES.versions)
        .values({
        changeset_name: write.name,
        direction: write.direction,
        ...runColumns(context, write.errorMessage),
        status: write.status,
        files_executed: JSON.stringify(write.files),
        duration_ms: Math.round(write.durationMs),
        // Written, not left to the column default (MySQL's is the session's zone): UTC.
        executed_at: conn.dialect.tracking.now(),
    })
        .compile();
    await run(compiled_query/* CompiledQuery */.E.raw(remove.sql, [...remove.parameters]));
    await run(compiled_query/* CompiledQuery */.E.raw(insert.sql, [...insert.parameters]));
}
//# sourceMappingURL=history.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/execute.js












/**
 * Resume: in one-by-one mode, the files (path and unchanged checksum) that succeeded in the previous
 * failed attempt stay done, as long as nothing ran since (that attempt is the newest record).
 */
function resumedFiles(atomic, history, files) {
    const previous = history.previous;
    if (atomic || previous?.status !== 'failed' || previous.id !== history.newestId)
        return new Set();
    const succeeded = new Set(previous.files.filter((file) => file.status === 'success').map((file) => `${file.path}\n${file.checksum}`));
    return new Set(files.filter((file) => succeeded.has(`${file.path}\n${file.checksum}`)).map((file) => file.path));
}
/**
 * Runs one changeset in one direction. On databases with transactional DDL all its files and its
 * history row commit together, or nothing does. Otherwise (MySQL, or a changeset marked
 * non-atomic) each file runs on its own and the history row is updated after each, so a failed or
 * interrupted run resumes at the first file that did not succeed.
 */
async function applyChangeset(conn, name, direction, files, atomic, context, options) {
    const track = { identity: options.identity, configName: context.config.name };
    const started = performance.now();
    context.onEvent?.({ type: 'changeset:start', name, direction, files: files.length, atomic });
    const results = files.map((file) => ({ path: file.source.path, checksum: file.source.checksum, status: 'not-run', durationMs: 0 }));
    const executed = () => results.map((file) => ({ path: file.path, checksum: file.checksum, status: file.status === 'skipped' ? 'success' : file.status }));
    const history = await startHistory(conn, track, { kind: 'changeset', name, direction });
    const finish = async (status, error) => {
        await recordHistory(conn, history, context, results, error);
        const result = { name, direction, status, atomic, files: results, durationMs: msSince(started), ...(error ? { error } : {}) };
        context.onEvent?.({ type: 'changeset:done', name, direction, status, durationMs: result.durationMs, ...(error ? { error: error.message } : {}) });
        return result;
    };
    const recordFailure = async (error) => {
        // Rolled back, so the database is as before: a success or baseline record of this direction
        // still tells the truth and is kept (the error is reported, not recorded over it).
        if (atomic && (options.previous?.status === 'success' || options.previous?.status === 'baseline'))
            return error;
        try {
            await recordChangeset(conn, mainRunner(conn), track, {
                name,
                direction,
                status: 'failed',
                errorMessage: commandRedactor(context).redact(error.message),
                files: executed(),
                durationMs: msSince(started),
            });
        }
        catch (recordError) {
            error.message += ` (and noorm could not record the failure: ${(0,errors/* messageOf */.bD)(recordError)})`;
        }
        return error;
    };
    const done = resumedFiles(atomic, options, results);
    for (const result of results)
        if (done.has(result.path))
            result.status = 'skipped';
    let current = -1;
    const runFile = async (session, index) => {
        current = index;
        const file = files[index];
        const result = results[index];
        options.lock.assertHeld();
        context.onEvent?.({ type: 'file:start', path: result.path, index: index + 1, count: files.length });
        announceRun(context.onEvent, result.path, file.script);
        const fileStarted = performance.now();
        await executeScript(session, conn.dialect, file.script, { transaction: file.transaction, signal: context.signal });
        result.durationMs = msSince(fileStarted);
        result.status = 'success';
        context.onEvent?.({ type: 'file:done', path: result.path, status: 'success', durationMs: result.durationMs });
    };
    const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
    context.signal?.addEventListener('abort', cancel, { once: true });
    try {
        if (atomic) {
            await conn.withScriptSession({ transaction: true }, async (session) => {
                for (let i = 0; i < files.length; i++)
                    await runFile(session, i);
                await recordChangeset(conn, (query) => session.run(query), track, { name, direction, status: 'success', files: executed(), durationMs: msSince(started) }).catch((error) => Promise.reject(asRecordFailure(error)));
            });
            return await finish('success');
        }
        let recorded = false;
        for (let i = 0; i < files.length; i++) {
            if (results[i].status === 'skipped')
                continue;
            await nextTurn();
            if (context.signal?.aborted)
                throw abortReason(context.signal);
            const last = results.slice(i + 1).every((result) => result.status === 'skipped');
            await conn.withScriptSession({ transaction: files[i].transaction }, async (session) => {
                await runFile(session, i);
                // Progress is recorded after every file: a crash leaves a record to resume from.
                await recordChangeset(conn, (query) => session.run(query), track, {
                    name,
                    direction,
                    status: last ? 'success' : 'failed',
                    ...(last ? {} : { errorMessage: `incomplete: stopped after ${results[i].path}` }),
                    files: executed(),
                    durationMs: msSince(started),
                });
            });
            recorded = last;
        }
        // Nothing left to run (an empty changeset, or every file done by an earlier attempt).
        if (!recorded)
            await recordChangeset(conn, mainRunner(conn), track, { name, direction, status: 'success', files: executed(), durationMs: msSince(started) });
        return await finish('success');
    }
    catch (thrown) {
        const caught = notRecorded(thrown, TABLES.versions);
        if (caught instanceof errors/* ConnectError */.T$)
            throw caught;
        const interrupted = context.signal?.aborted ? abortReason(context.signal) : null;
        const failing = current >= 0 && results[current].status !== 'success' ? results[current] : undefined;
        if (failing)
            failing.status = 'failed';
        if (atomic)
            for (const result of results)
                if (result.status === 'success')
                    result.status = 'rolled-back';
        // Nothing can be recorded without the tracking tables: that is what to report.
        const gone = interrupted ? null : await trackingTablesGone(conn, failing?.path ?? name);
        const error = interrupted ??
            gone ??
            (failing
                ? asFileError(caught, failing.path, atomic ? undefined : 'The files before it stayed applied; the next run of this changeset resumes at the file that failed.')
                : caught instanceof errors/* NoormError */.mQ
                    ? caught
                    : asFileError(caught, name));
        if (failing) {
            failing.error = error.line === undefined ? { message: error.message } : { message: error.message, line: error.line };
            context.onEvent?.({ type: 'file:done', path: failing.path, status: 'failed', durationMs: failing.durationMs, error: failing.error });
        }
        return await finish('failed', gone ?? (await recordFailure(error)));
    }
    finally {
        context.signal?.removeEventListener('abort', cancel);
    }
}
/**
 * `change ff --single-transaction`: every changeset's files and history rows in one transaction on
 * one session, committed once at the end. The first failure rolls all of it back: only that
 * changeset's failure is recorded, the ones before it are reported `rolled-back`, and nothing of
 * the run is applied (as `run build --single-transaction`).
 */
async function applyChangesetsAsOne(conn, direction, queue, context, options) {
    const track = { identity: options.identity, configName: context.config.name };
    const results = [];
    let running = null;
    // History entries are written once the one transaction has committed or rolled back: on SQLite
    // another connection cannot write while it is open, and a crash before then applied nothing.
    const closeHistories = async (all, error) => {
        for (const result of all) {
            const history = await startHistory(conn, track, { kind: 'changeset', name: result.name, direction });
            await recordHistory(conn, history, context, result.files, result.status === 'success' ? undefined : (result.error ?? error));
        }
    };
    const cancel = () => void conn.cancelRunning?.().catch(() => undefined);
    context.signal?.addEventListener('abort', cancel, { once: true });
    try {
        await conn.withScriptSession({ transaction: true }, async (session) => {
            for (const entry of queue) {
                await nextTurn();
                if (context.signal?.aborted)
                    throw abortReason(context.signal);
                const started = performance.now();
                context.onEvent?.({ type: 'changeset:start', name: entry.name, direction, files: entry.files.length, atomic: true });
                const files = entry.files.map((file) => ({ path: file.source.path, checksum: file.source.checksum, status: 'not-run', durationMs: 0 }));
                const result = { name: entry.name, direction, status: 'success', atomic: true, files, durationMs: 0 };
                running = { entry, result, current: -1, started, fileStarted: started };
                for (let i = 0; i < entry.files.length; i++) {
                    running.current = i;
                    const file = entry.files[i];
                    options.lock.assertHeld();
                    context.onEvent?.({ type: 'file:start', path: file.source.path, index: i + 1, count: entry.files.length });
                    announceRun(context.onEvent, file.source.path, file.script);
                    running.fileStarted = performance.now();
                    await executeScript(session, conn.dialect, file.script, { transaction: true, signal: context.signal });
                    files[i].durationMs = msSince(running.fileStarted);
                    files[i].status = 'success';
                    context.onEvent?.({ type: 'file:done', path: file.source.path, status: 'success', durationMs: files[i].durationMs });
                }
                running.current = -1;
                await recordChangeset(conn, (query) => session.run(query), track, {
                    name: entry.name,
                    direction,
                    status: 'success',
                    files: files.map((file) => ({ path: file.path, checksum: file.checksum, status: 'success' })),
                    durationMs: msSince(started),
                });
                result.durationMs = msSince(started);
                results.push(result);
                running = null;
                // Ran; it commits with the rest.
                context.onEvent?.({ type: 'changeset:done', name: entry.name, direction, status: 'success', durationMs: result.durationMs });
            }
        });
        await closeHistories(results);
        if (context.signal?.aborted)
            return { results, error: abortReason(context.signal) };
        return { results };
    }
    catch (caught) {
        if (caught instanceof errors/* ConnectError */.T$)
            throw caught;
        const interrupted = context.signal?.aborted ? abortReason(context.signal) : null;
        for (const result of results) {
            result.status = 'rolled-back';
            for (const file of result.files)
                file.status = 'rolled-back';
        }
        const undone = ` (--single-transaction: the whole run was rolled back${results.length ? `, with ${results.map((result) => result.name).join(', ')} applied before it` : ''}; nothing of it is applied)`;
        const failed = running;
        if (!failed) {
            // The COMMIT itself failed (or the signal came between changesets): nothing was applied,
            // and there is no one changeset to blame.
            const error = interrupted ?? (caught instanceof errors/* NoormError */.mQ ? caught : asFileError(caught, queue.at(-1)?.name ?? ''));
            error.message += undone;
            await closeHistories(results, error);
            return { results, error };
        }
        const { entry, result, current, started, fileStarted } = failed;
        const failing = current >= 0 ? result.files[current] : undefined;
        if (failing)
            failing.durationMs = msSince(fileStarted);
        for (const file of result.files)
            if (file.status === 'success')
                file.status = 'rolled-back';
        if (failing)
            failing.status = 'failed';
        const error = interrupted ?? (failing ? asFileError(caught, failing.path, undefined) : caught instanceof errors/* NoormError */.mQ ? caught : asFileError(caught, entry.name));
        error.message += undone;
        if (failing) {
            failing.error = error.line === undefined ? { message: error.message } : { message: error.message, line: error.line };
            context.onEvent?.({ type: 'file:done', path: failing.path, status: 'failed', durationMs: failing.durationMs, error: failing.error });
        }
        result.status = 'failed';
        result.durationMs = msSince(started);
        result.error = error;
        // Rolled back, so a success or baseline record of this changeset still tells the truth.
        const previous = entry.history.previous?.status;
        if (previous !== 'success' && previous !== 'baseline') {
            try {
                await recordChangeset(conn, mainRunner(conn), track, {
                    name: entry.name,
                    direction,
                    status: 'failed',
                    errorMessage: commandRedactor(context).redact(error.message),
                    files: result.files.map((file) => ({ path: file.path, checksum: file.checksum, status: file.status === 'skipped' ? 'success' : file.status })),
                    durationMs: result.durationMs,
                });
            }
            catch (recordError) {
                error.message += ` (and noorm could not record the failure: ${(0,errors/* messageOf */.bD)(recordError)})`;
            }
        }
        context.onEvent?.({ type: 'changeset:done', name: entry.name, direction, status: 'failed', durationMs: result.durationMs, error: error.message });
        await closeHistories([...results, result], error);
        return { results: [...results, result], error };
    }
    finally {
        context.signal?.removeEventListener('abort', cancel);
    }
}
/** The changeset run's files and its end, appended to its history entry (on the main connection, after the run). */
async function recordHistory(conn, history, context, results, error) {
    const redactor = commandRedactor(context);
    try {
        for (const file of results) {
            await conn.db.executeQuery(historyFileQuery(conn, history, {
                filepath: file.path,
                checksum: file.checksum,
                status: file.status,
                durationMs: file.durationMs,
                errorMessage: file.error ? redactor.redact(file.error.message) : undefined,
            }));
        }
    }
    catch (failure) {
        context.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'history-not-recorded',
            message: `The files of this run could not be written to the history: ${(0,errors/* messageOf */.bD)(failure)}`,
        });
    }
    await endHistory(conn, history, context, error);
}
//# sourceMappingURL=execute.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/status.js
/**
 * The status of every changeset on disk and of every recorded one whose folder is gone.
 * `checksums` gives the current checksums of each changeset's change files (for `stale`).
 */
function changesetInfos(changesets, history, current) {
    const infos = changesets.map((changeset) => infoOf(changeset.name, history.get(changeset.name), () => current.get(changeset.name) ?? null));
    const onDisk = new Set(changesets.map((changeset) => changeset.name));
    for (const [name, entry] of history) {
        if (!onDisk.has(name))
            infos.push({ ...infoOf(name, entry, () => null), status: 'orphaned' });
    }
    return infos;
}
/** A failed attempt after which nothing stayed (rolled back, or failed at its first file). */
function changedNothing(record) {
    return record.status === 'failed' && !record.files.some((file) => file.status === 'success');
}
/**
 * The record that says where the database stands: the newest one, unless it is a failed attempt
 * that changed nothing, in which case the one before it (in the other direction) still holds.
 */
function effectiveRecord(entry) {
    if (!changedNothing(entry.newest))
        return entry.newest;
    const other = entry.newest.direction === 'change' ? entry.revert : entry.change;
    return other && !changedNothing(other) ? other : entry.newest;
}
function infoOf(name, entry, current) {
    if (!entry)
        return { name, status: 'pending', direction: null, executedAt: null, executedBy: null, configName: null, error: null, files: [] };
    const record = effectiveRecord(entry);
    const base = {
        name,
        direction: record.direction,
        executedAt: record.executedAt,
        executedBy: record.executedBy,
        configName: record.configName,
        // The newest attempt's error, even when it changed nothing and an older record still holds.
        error: entry.newest.errorMessage ?? record.errorMessage,
        files: record.files,
    };
    if (record.status === 'failed')
        return { ...base, status: 'failed' };
    if (record.direction === 'revert')
        return { ...base, status: 'reverted' };
    const applied = record.status === 'baseline' ? 'baseline' : 'applied';
    const files = current();
    // Without the current files (not asked for, or not renderable), stale cannot be told.
    const changed = files === null ? [] : staleFiles(record.files, files);
    return changed.length ? { ...base, status: 'stale', changed } : { ...base, status: applied };
}
/** How the current change files differ from the recorded ones (only files that succeeded count). */
function staleFiles(recorded, current) {
    const done = new Map(recorded.filter((file) => file.status === 'success').map((file) => [file.path, file.checksum]));
    const now = new Map(current.map((file) => [file.path, file.checksum]));
    const changes = [];
    for (const file of current) {
        const checksum = done.get(file.path);
        if (checksum === undefined)
            changes.push({ path: file.path, change: 'added' });
        else if (checksum !== file.checksum)
            changes.push({ path: file.path, change: 'changed' });
    }
    for (const path of done.keys())
        if (!now.has(path))
            changes.push({ path, change: 'removed' });
    // Same files, same checksums, in another order: the order they run in changed.
    if (!changes.length && [...done.keys()].join('\n') !== current.map((file) => file.path).join('\n')) {
        for (const file of current)
            changes.push({ path: file.path, change: 'changed' });
    }
    return changes;
}
/** The stale changesets among `infos`, with what changed in each. */
function staleChangesets(infos) {
    return infos.filter((info) => info.status === 'stale').map((info) => ({ name: info.name, files: info.changed ?? [] }));
}
/** The changesets whose current files matter for `stale`: those whose newest record applied them. */
function appliedNames(history) {
    const names = new Set();
    for (const [name, entry] of history) {
        if (entry.newest.direction === 'change' && (entry.newest.status === 'success' || entry.newest.status === 'baseline'))
            names.add(name);
    }
    return names;
}
/** Changesets `ff` and `next` apply: never applied, reverted, or failed on the way in. */
function isDue(info) {
    return info.status === 'pending' || info.status === 'reverted' || (info.status === 'failed' && info.direction === 'change');
}
//# sourceMappingURL=status.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/commands.js

























/** `change list`: every changeset with its status on the current database (read-only). */
async function changeList(context) {
    const { config } = context;
    const changesets = listChangesets(config.paths, config.paths.changesets);
    const conn = await openConnection(context, { readOnly: true });
    try {
        const history = (await readTrackingVersion(conn)) === null ? new Map() : await readChangesetHistory(conn);
        const infos = await infosOf(context, conn, changesets, history, true);
        warnAmbiguousOrder(context, changesets);
        const due = infos.filter((info) => info.status !== 'orphaned' && isDue(info)).map((info) => info.name);
        return { ok: true, command: 'change list', config: config.name, dialect: conn.dialect.name, target: conn.target, changesets: infos, due };
    }
    finally {
        await conn.close();
    }
}
/** Changesets whose relative order their names cannot tell, as a warning each group. */
function warnAmbiguousOrder(context, changesets, concerning) {
    for (const group of ambiguousOrder(changesets.map((changeset) => changeset.name))) {
        if (concerning && !concerning.some((changeset) => group.includes(changeset.name)))
            continue;
        context.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'order-ambiguous',
            changeset: group[0],
            message: `${group.join(', ')} carry the same ${changesetStamp(group[0]).time === null ? 'date and no time' : 'date and time'}, so their names cannot tell which was made first; they apply in this (name) order. Rename a folder to put them in the order they must run (before any is applied).`,
        });
    }
}
/** A switch given to the verb, else its environment twin. */
function allowed(option, context, variable) {
    return option ?? isTruthy(context.env?.[variable]);
}
function describeStale(changeset) {
    return `${changeset.name} was applied, and since then ${changeset.files.map((file) => `${file.path} ${file.change === 'changed' ? 'was edited' : file.change === 'added' ? 'was added' : 'was removed'}`).join(', ')}`;
}
function staleRefusal(command, stale) {
    const first = stale[0];
    return new errors/* NotUpToDateError */.Ks('stale-changesets', `${command} refused: ${stale.length === 1 ? 'an applied changeset was' : `${stale.length} applied changesets were`} edited since ${stale.length === 1 ? 'it' : 'they'} ran: ${stale.map(describeStale).join('; ')}`, {
        ...(first.files[0] ? { file: first.files[0].path } : {}),
        hint: `The database does not have those edits. Undo the edit and put the change in a new changeset (noorm change add), or re-apply it with \`noorm change run ${first.name} --force\`; --allow-stale (NOORM_ALLOW_STALE=1) goes on with a warning.`,
    });
}
/**
 * `change run <name>`: one changeset (a no-op when already applied, unless `force`). With `all`
 * and no name, every pending changeset, as `change ff`.
 */
function changeRun(context, name, options = {}) {
    if (options.all)
        return runChangesets(context, 'change run', 'change:run', 'change', options, (changesets, infos) => dueChangesets(context, changesets, infos, Infinity), { stale: true });
    if (!name)
        throw new errors/* UsageError */.eb('missing-name', 'change run needs a changeset name, or --all', { hint: 'noorm change list shows them.' });
    return runChangesets(context, 'change run', 'change:run', 'change', options, (changesets, infos) => {
        const changeset = findChangeset(changesets, name);
        const info = infos.get(changeset.name);
        if (!options.force && (info.status === 'applied' || info.status === 'baseline' || info.status === 'stale')) {
            return {
                targets: [],
                message: `${changeset.name} is already ${info.status === 'stale' ? 'applied (its files changed since: stale)' : info.status}; --force runs it again`,
            };
        }
        if (!options.force && info.status === 'failed' && info.direction === 'revert') {
            throw new errors/* UsageError */.eb('revert-incomplete', `${changeset.name} was part-way reverted when its revert failed`, {
                hint: 'Finish the revert (fix it and run `noorm change revert` again), or pass --force to run its change files anyway.',
            });
        }
        return { targets: [changeset] };
    });
}
/** `change revert <name>`: runs its revert/ files; refused when it was never applied. */
function changeRevert(context, name, options = {}) {
    return runChangesets(context, 'change revert', 'change:revert', 'revert', options, (changesets, infos) => {
        const changeset = findChangeset(changesets, name);
        const info = infos.get(changeset.name);
        const revertable = info.status === 'applied' || info.status === 'baseline' || info.status === 'stale' || (info.status === 'failed' && info.direction === 'revert');
        if (!revertable) {
            throw new errors/* UsageError */.eb('not-applied', `${changeset.name} is ${info.status === 'failed' ? 'failed (not applied)' : info.status}, so there is nothing to revert`, {
                hint: info.status === 'failed'
                    ? 'Fix and run it with `noorm change run`, or undo its partial effects by hand.'
                    : 'Only applied or baseline changesets can be reverted.',
            });
        }
        if (!changeset.revert.length)
            throw new errors/* UsageError */.eb('no-revert-files', `${changeset.name} has no files in revert/`, { hint: `Add the SQL that undoes it to ${external_node_path_.join(changeset.dir, 'revert')}.` });
        return { targets: [changeset] };
    });
}
/** `change next [n]`: the next n due changesets in name order. */
function changeNext(context, count, options = {}) {
    if (!Number.isInteger(count) || count < 1)
        throw new errors/* UsageError */.eb('bad-option', `change next takes a whole number of changesets, got ${count}`);
    return runChangesets(context, 'change next', 'change:run', 'change', options, (changesets, infos) => dueChangesets(context, changesets, infos, count), { stale: true });
}
/** `change ff`: every due changeset, in name order. */
function changeFf(context, options = {}) {
    return ffWith(context, options);
}
/** `change ff`, under a lock a larger command (`up`) already holds when `held` is given. */
function ffWith(context, options, held) {
    return runChangesets(context, 'change ff', 'change:run', 'change', options, (changesets, infos) => dueChangesets(context, changesets, infos, Infinity), { stale: true }, held);
}
function dueChangesets(context, changesets, infos, count) {
    const due = changesets.filter((changeset) => isDue(infos.get(changeset.name))).slice(0, count);
    if (!due.length)
        return { targets: [], message: 'no pending changesets: the database is up to date' };
    warnAmbiguousOrder(context, changesets, due);
    // A changeset older than one already applied arrived late (a merged branch): apply it, but say so.
    const applied = changesets.filter((changeset) => ['applied', 'stale', 'baseline'].includes(infos.get(changeset.name).status));
    const newest = applied.at(-1);
    for (const changeset of due) {
        if (newest && compareChangesetNames(changeset.name, newest.name) < 0) {
            context.onEvent?.({
                type: 'note',
                level: 'warn',
                code: 'out-of-order',
                changeset: changeset.name,
                message: `${changeset.name} is older than ${newest.name}, which is already applied; applying it out of order`,
            });
        }
    }
    return { targets: due };
}
/**
 * Status of every changeset. With `stale`, the current files of applied changesets are read (and
 * rendered) to tell `stale` from `applied`; one that cannot be rendered (a --var not given) counts
 * as applied, with a warning. Running changesets does not need it, and renders only its targets.
 */
async function infosOf(context, conn, changesets, history, stale) {
    const current = new Map();
    if (stale) {
        const render = templateRenderer(context, conn.dialect);
        const applied = appliedNames(history);
        for (const changeset of changesets) {
            if (!applied.has(changeset.name))
                continue;
            try {
                current.set(changeset.name, await currentFiles(context.config.paths.root, changeset, render));
            }
            catch (error) {
                context.onEvent?.({
                    type: 'note',
                    level: 'warn',
                    code: 'stale-unknown',
                    changeset: changeset.name,
                    message: `${changeset.name}: cannot tell whether it is stale: ${(0,errors/* messageOf */.bD)(error)}`,
                });
            }
        }
    }
    return changesetInfos(changesets, history, current);
}
async function runChangesets(context, command, action, direction, options, pick, guard = { stale: false }, held) {
    const { config } = context;
    if (options.singleTransaction) {
        assertSingleTransactionSupported(await loadDialect(config.connection.dialect), 'a run of changesets', 'Run without --single-transaction: each changeset is recorded as it completes, and a re-run goes on from the first that did not succeed.');
    }
    const changesets = listChangesets(config.paths, config.paths.changesets);
    assertRecordable({ configName: config.name, changesets: changesets.map((changeset) => changeset.name) });
    if (!options.dryRun)
        await assertAllowed(context, action);
    const conn = held?.conn ?? (await openConnection(context, options.dryRun ? { readOnly: true } : {}));
    const base = { command, config: config.name, dialect: conn.dialect.name, target: conn.target, dryRun: Boolean(options.dryRun) };
    // ff and next check every applied changeset first: one edited since it ran stops them (exit 6).
    const choose = async (history) => {
        const infos = await infosOf(context, conn, changesets, history, guard.stale);
        if (!guard.stale)
            return pick(changesets, byName(infos));
        const stale = staleChangesets(infos);
        if (stale.length && !allowed(options.allowStale, context, 'NOORM_ALLOW_STALE'))
            return { targets: [], stale, refusal: staleRefusal(command, stale) };
        for (const changeset of stale) {
            context.onEvent?.({
                type: 'note',
                level: 'warn',
                code: 'stale-changeset',
                changeset: changeset.name,
                message: `${describeStale(changeset)}; going on (--allow-stale): the database does not have that edit`,
            });
        }
        return { ...pick(changesets, byName(infos)), stale };
    };
    try {
        if (options.dryRun) {
            const history = (await readTrackingVersion(conn)) === null ? new Map() : await readChangesetHistory(conn);
            const { targets, message, stale, refusal } = await choose(history);
            const seen = stale ? { stale } : {};
            if (refusal)
                return { ...base, ok: false, changesets: [], ...seen, error: refusal };
            const planned = [];
            for (const changeset of targets) {
                const entry = history.get(changeset.name);
                planned.push(await plan(context, conn, changeset, direction, { previous: entry?.[direction], newestId: entry?.newest.id }, options));
            }
            return { ...base, ok: true, changesets: planned, ...seen, ...(message ? { message } : {}) };
        }
        const identity = held?.identity ?? context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        if (!held)
            await ensureTrackingTables(conn);
        const lock = held?.lock ?? (await acquireCommandLock(conn, context, identity));
        try {
            await upgradeTrackingTables(conn, context.onEvent);
            // Read after taking the lock: the state another run just left behind.
            const history = await readChangesetHistory(conn);
            const { targets, message, stale, refusal } = await choose(history);
            const seen = stale ? { stale } : {};
            if (refusal)
                return { ...base, ok: false, changesets: [], ...seen, error: refusal };
            // Every target's files are read, rendered and checked before the first one runs.
            const prepared = [];
            for (const changeset of targets)
                prepared.push({ changeset, ...(await prepareChangeset(context, conn, changeset, direction, options)) });
            if (!conn.dialect.capabilities.transactionalDdl && prepared.length) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'ddl-autocommit',
                    message: `${conn.dialect.name} commits DDL implicitly: each file of a changeset applies as it runs and is recorded as it completes.`,
                });
            }
            if (options.singleTransaction) {
                const queue = prepared.map(({ changeset, files }) => {
                    const entry = history.get(changeset.name);
                    return { name: changeset.name, files, history: { previous: entry?.[direction], newestId: entry?.newest.id } };
                });
                const { results, error } = await applyChangesetsAsOne(conn, direction, queue, context, { identity, lock });
                return { ...base, ok: !error, changesets: results, ...seen, ...(error ? { error } : {}), ...(message && !results.length ? { message } : {}) };
            }
            const results = [];
            for (const { changeset, files, atomic } of prepared) {
                const entry = history.get(changeset.name);
                const result = await applyChangeset(conn, changeset.name, direction, files, atomic, context, {
                    identity,
                    lock,
                    previous: entry?.[direction],
                    newestId: entry?.newest.id,
                });
                results.push(result);
                if (result.error)
                    return { ...base, ok: false, changesets: results, ...seen, error: result.error };
            }
            return { ...base, ok: true, changesets: results, ...seen, ...(message && !results.length ? { message } : {}) };
        }
        finally {
            if (!held)
                await lock.release().catch(() => undefined);
        }
    }
    finally {
        if (!held)
            await conn.close().catch(() => undefined);
    }
}
function byName(infos) {
    return new Map(infos.map((info) => [info.name, info]));
}
/** Reads, renders, checks and prepares one direction of a changeset. */
async function prepareChangeset(context, conn, changeset, direction, options) {
    if (options.singleTransaction && changeset.nonAtomic)
        throw singleTransactionOptOut(changeset.name, `is non-atomic (${NON_ATOMIC_MARKER}): its files run one by one`);
    const atomic = conn.dialect.capabilities.transactionalDdl && !changeset.nonAtomic;
    const render = templateRenderer(context, conn.dialect);
    const sources = [];
    for (const file of changeset[direction]) {
        const source = await loadSource(context.config.paths.root, file.absolute, render);
        // Worked out now: a changeset records its files' checksums, and rows read from a CSV as they
        // are written (loadRows) are then checked before any target runs.
        void source.checksum;
        sources.push(source);
    }
    assertHasStatement(context, conn, changeset, direction, sources, options);
    if (atomic) {
        const outside = sources.find((source) => source.noTransaction);
        if (outside && options.singleTransaction)
            throw singleTransactionOptOut(changeset.name, `has ${outside.path}, marked -- noorm:no-transaction`, outside.path);
        if (outside) {
            throw new errors/* UsageError */.eb('no-transaction-in-atomic-changeset', `${outside.path} is marked -- noorm:no-transaction, but changeset ${changeset.name} runs all its files in one transaction`, {
                file: outside.path,
                hint: `Mark the changeset non-atomic by creating an empty file named "${NON_ATOMIC_MARKER}" in ${changeset.dir}: its files then run one by one, each recorded as it completes.`,
            });
        }
    }
    // All files of an atomic changeset share one transaction; prepare them as transactional.
    const files = prepareFiles(conn.dialect, sources).map((file) => (atomic ? { ...file, transaction: true } : file));
    return { files, atomic };
}
/** Under --single-transaction every changeset runs inside the one transaction: one that must not is refused before anything runs. */
function singleTransactionOptOut(name, why, file) {
    return new errors/* UsageError */.eb('single-transaction-opt-out', `--single-transaction runs every changeset in one transaction, but ${name} ${why}`, {
        ...(file ? { file } : {}),
        hint: 'Run without --single-transaction, or apply that changeset on its own first (noorm change run <name>).',
    });
}
async function plan(context, conn, changeset, direction, history, options) {
    const { files, atomic } = await prepareChangeset(context, conn, changeset, direction, options);
    const done = resumedFiles(atomic, history, files.map((file) => file.source));
    return {
        name: changeset.name,
        direction,
        status: 'planned',
        atomic,
        // A resumed run skips what succeeded last time: the plan says so and shows no SQL for it.
        files: files.map((file) => done.has(file.source.path)
            ? { path: file.source.path, checksum: file.source.checksum, status: 'skipped' }
            : { path: file.source.path, checksum: file.source.checksum, status: 'planned', sql: file.source.sql, ...notesOf(context, file) }),
    };
}
function notesOf(context, file) {
    const notes = planNotes(context.onEvent, file.source.path, file.script);
    return notes.length ? { notes } : {};
}
/**
 * A changeset that would run no statement (a fresh scaffold holds only a comment) is refused: once
 * recorded as applied, the SQL written into it later would never run. `allowEmpty` records it.
 */
function assertHasStatement(context, conn, changeset, direction, sources, options) {
    // A template's generated statements (insertRows) count without writing its whole text out.
    if (sources.some((source) => source instanceof GeneratedSource || conn.dialect.hasStatement(source.sql)))
        return;
    const folder = toTrackedPath(context.config.paths.root, external_node_path_.join(changeset.dir, direction));
    const what = sources.length
        ? `its ${direction} files hold only comments or blank lines: ${sources.map((source) => source.path).join(', ')}`
        : `it has no files in ${direction}/`;
    if (allowed(options.allowEmpty, context, 'NOORM_ALLOW_EMPTY')) {
        context.onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'empty-changeset',
            changeset: changeset.name,
            message: `${changeset.name}: ${what}; recorded as run (--allow-empty)`,
        });
        return;
    }
    throw new errors/* UsageError */.eb('empty-changeset', `${changeset.name} has no statement to run: ${what}`, {
        ...(sources[0] ? { file: sources[0].path } : {}),
        hint: `Write its SQL in ${folder}. If running nothing is intended, pass --allow-empty (NOORM_ALLOW_EMPTY=1) to record it anyway.`,
    });
}
/** The current change files of a changeset with their checksums (what `stale` compares against). */
async function currentFiles(root, changeset, render) {
    const files = [];
    for (const file of changeset.change) {
        const source = await loadSource(root, file.absolute, render);
        files.push({ path: source.path, checksum: source.checksum, status: 'success' });
    }
    return files;
}
/**
 * `change add`: a folder named for the UTC date and time it was made (`YYYY-MM-DDTHHMMSS_slug`, so
 * name order is creation order) with change/ and revert/ and a first numbered file in each.
 */
function changeAdd(paths, name, options = {}) {
    if (/[\\/]|\.\./.test(name))
        throw new errors/* UsageError */.eb('bad-changeset-name', `"${name}" would leave the changesets folder`, { hint: 'Give a plain name, e.g. "add email verification".' });
    const slug = slugOf(name);
    const names = listChangesets(paths, paths.changesets).map((changeset) => changeset.name);
    const folderName = newChangesetName(slug, options.date ?? new Date(), names);
    const dir = external_node_path_.join(paths.changesets, folderName);
    const existing = names.find((other) => (changesetStamp(other)?.slug ?? other) === slug);
    if ((0,external_node_fs_.existsSync)(dir) || existing) {
        throw new errors/* UsageError */.eb('changeset-exists', `A changeset named ${existing ?? folderName} already exists`, {
            hint: 'Pick another name, or edit it: noorm change edit <name>.',
        });
    }
    const files = [external_node_path_.join(dir, 'change', `001_${slug}.sql`), external_node_path_.join(dir, 'revert', `001_${slug}.sql`)];
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(files[0]), { recursive: true });
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(files[1]), { recursive: true });
    (0,external_node_fs_.writeFileSync)(files[0], `-- ${folderName}: the change. Files here run in filename order; a .txt file lists files to run.\n`);
    (0,external_node_fs_.writeFileSync)(files[1], `-- ${folderName}: undoes the change (noorm change revert ${folderName}).\n`);
    if (options.nonAtomic)
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(dir, NON_ATOMIC_MARKER), 'Files of this changeset run one by one, each recorded as it completes (not in one transaction).\n');
    return { ok: true, command: 'change add', name: folderName, dir, files };
}
/** `change rm`: removes a changeset's folder; refused while it is applied on the database unless forced. */
async function changeRm(context, name, options = {}) {
    const changesets = listChangesets(context.config.paths, context.config.paths.changesets);
    const changeset = findChangeset(changesets, name);
    const where = { config: context.config.name, dialect: context.config.connection.dialect, target: (0,registry/* describeTarget */.ff)(context.config.connection) };
    if (!options.force) {
        const { changesets: infos } = await changeList(context);
        const info = infos.find((candidate) => candidate.name === changeset.name);
        if (['applied', 'baseline', 'stale', 'failed'].includes(info.status)) {
            throw new errors/* UsageError */.eb('changeset-applied', `${changeset.name} is ${info.status} on ${context.config.name}; removing it would leave history without its files`, {
                hint: 'Revert it first (noorm change revert), or pass --force to remove the folder anyway.',
            });
        }
    }
    await assertAllowed(context, 'change:rm', { always: true });
    (0,external_node_fs_.rmSync)(changeset.dir, { recursive: true, force: true });
    return { ok: true, command: 'change rm', ...where, name: changeset.name, dir: changeset.dir };
}
/** `change edit`: the folder of a changeset, for the face to open in an editor. */
function changeEdit(paths, name) {
    const changeset = findChangeset(listChangesets(paths, paths.changesets), name);
    return { ok: true, command: 'change edit', name: changeset.name, dir: changeset.dir };
}
//# sourceMappingURL=commands.js.map
;// CONCATENATED MODULE: ./lib/core/build/baseline.js







const FIRST_BUILD = 'first_build';
/** True once a build of this database succeeded (and the baseline, if any, was recorded). */
async function firstBuildRecorded(conn) {
    const row = await conn.db.withSchema(conn.trackingSchema).selectFrom(TABLES.meta).select('value').where('name', '=', FIRST_BUILD).executeTakeFirst();
    return row !== undefined;
}
/**
 * schema/ describes the database as it is now, so it already holds every changeset.
 * The first successful build of a fresh database therefore records every changeset on disk as
 * `baseline`; `change ff` right after it has nothing to do. A database that noorm had touched
 * before this build (files run, changesets applied) is never baselined: its changesets apply.
 * Runs under the build's lock. Returns the changesets recorded.
 */
async function baselineFirstBuild(conn, config, identity, render, before, onEvent) {
    const scoped = conn.db.withSchema(conn.trackingSchema);
    if (await firstBuildRecorded(conn))
        return [];
    const history = await readChangesetHistory(conn);
    const fresh = before.fileRows === 0 && history.size === 0;
    const track = { identity, configName: config.name };
    const recorded = [];
    if (fresh) {
        for (const changeset of listChangesets(config.paths, config.paths.changesets)) {
            let files;
            try {
                files = await currentFiles(config.paths.root, changeset, render);
            }
            catch (error) {
                // A template that needs a --var this build did not give: baseline it all the same
                // (its files are part of schema/), without checksums: it will show as stale.
                onEvent?.({
                    type: 'note',
                    level: 'warn',
                    code: 'baseline-unrendered',
                    changeset: changeset.name,
                    message: `${changeset.name}: its files could not be rendered for the baseline (${(0,errors/* messageOf */.bD)(error)}); recorded without checksums`,
                });
                files = [];
            }
            await recordChangeset(conn, mainRunner(conn), track, { name: changeset.name, direction: 'change', status: 'baseline', files, durationMs: 0 });
            await appendHistory(conn, track, { kind: 'changeset', name: changeset.name, direction: 'change', status: 'baseline' }, files.map((file) => ({ filepath: file.path, checksum: file.checksum, status: 'baseline', durationMs: 0 })));
            recorded.push(changeset.name);
        }
    }
    await scoped.insertInto(TABLES.meta).values({ name: FIRST_BUILD, value: new Date().toISOString() }).execute();
    return recorded;
}
//# sourceMappingURL=baseline.js.map
;// CONCATENATED MODULE: ./lib/core/build/run-build.js



/** `run build`: every runnable file below the schema folder, new and changed ones executed. */
function runBuild(context, options = {}) {
    return buildWith(context, options);
}
/** `run build`, under a lock a larger command (`up`) already holds when `held` is given. */
async function buildWith(context, options, held) {
    const files = discoverSqlFiles(context.config.paths, context.config.paths.schema, 'schema folder');
    return runFiles(context, 'run build', 'run:build', files, options, {
        history: { kind: 'build', name: projectPath(context.config, context.config.paths.schema) },
        hintFor: rerunHint,
        afterSuccess: { after: baselineFirstBuild, done: firstBuildRecorded },
        ...(held ? { held } : {}),
    });
}
/**
 * Schema files re-run on every database built earlier when they change, so a changed one that
 * fails most likely was not written to be re-run.
 */
function rerunHint(file) {
    if (file.status !== 'changed')
        return undefined;
    return 'This schema file ran successfully before and was changed since. Files in schema/ re-run on every database that was built earlier, so write them re-runnable (CREATE TABLE IF NOT EXISTS, CREATE OR REPLACE VIEW, idempotent seeds) and ship changes to existing databases as a changeset (`noorm change add`).';
}
//# sourceMappingURL=run-build.js.map
;// CONCATENATED MODULE: ./lib/core/config/manager.js










async function addConfig(store, name, input) {
    validateConfigName(name);
    const config = validateStoredConfig(applyInput({ name, connection: {} }, input));
    const state = await store.update((state) => {
        if (state.configs[name]) {
            throw new errors/* UsageError */.eb('config-exists', `A config named "${name}" already exists`, { hint: `Change it with \`noorm config edit ${name}\`, or pick another name.` });
        }
        state.configs[name] = config;
        // The first config becomes the active one: nothing else could be meant.
        state.activeConfig ??= name;
    });
    return saved('config add', state, name);
}
async function editConfig(store, name, input, guard) {
    // Lifting the protection is itself protected: otherwise it would be one edit away from nothing.
    // Asked before the state's lock is taken, so nobody waits on a person typing.
    const before = requireConfig(await requireState(store), name);
    if (before.protected && input.protected === false)
        await assertAllowed({ ...guard, config: { name, protected: true } }, 'config:edit');
    const state = await store.update((state) => {
        const current = requireConfig(state, name);
        const next = validateStoredConfig(applyInput(structuredClone(current), input));
        if (current.protected && next.protected === false && !before.protected) {
            throw new errors/* UsageError */.eb('config-changed', `Config "${name}" became protected meanwhile; run the edit again`);
        }
        state.configs[name] = next;
    });
    return saved('config edit', state, name);
}
async function removeConfig(store, name, guard) {
    const state = await requireState(store);
    const config = requireConfig(state, name);
    await assertAllowed({ ...guard, config: { name, protected: Boolean(config.protected) } }, 'config:rm');
    await store.update((fresh) => {
        requireConfig(fresh, name);
        delete fresh.configs[name];
        delete fresh.secrets[name];
        if (fresh.activeConfig === name)
            fresh.activeConfig = null;
    });
    return { ok: true, command: 'config rm', name };
}
async function copyConfig(store, from, to) {
    validateConfigName(to, 'to');
    const state = await store.update((state) => {
        const source = requireConfig(state, from);
        if (state.configs[to])
            throw new errors/* UsageError */.eb('config-exists', `A config named "${to}" already exists`);
        state.configs[to] = { ...structuredClone(source), name: to };
        if (state.secrets[from])
            state.secrets[to] = keyedRecord(state.secrets[from]);
    });
    return saved('config cp', state, to);
}
async function useConfig(store, name) {
    const state = await store.update((state) => {
        requireConfig(state, name);
        state.activeConfig = name;
    });
    return saved('config use', state, name);
}
async function listConfigs(store) {
    const state = await store.read();
    const configs = state
        ? Object.values(state.configs)
            .sort((a, b) => a.name.localeCompare(b.name, 'en'))
            .map((config) => summarise(config, state))
        : [];
    return { ok: true, command: 'config list', configs };
}
/** What may be shown of a config: never the password or secret values. */
function summarise(config, state) {
    const fromUrl = config.connection.url ? parseConnectionUrl(config.connection.url).fields : {};
    const c = config.connection;
    const port = c.port ?? (fromUrl.port ? Number(fromUrl.port) : undefined);
    const dialect = (c.dialect ?? fromUrl.dialect);
    const host = c.host ?? fromUrl.host;
    const database = c.database ?? fromUrl.database;
    return {
        name: config.name,
        active: state.activeConfig === config.name,
        dialect: dialect ?? null,
        target: dialect
            ? (0,registry/* describeTarget */.ff)({ dialect, ...(host !== undefined ? { host } : {}), ...(port !== undefined ? { port } : {}), ...(database !== undefined ? { database } : {}) })
            : null,
        host: host ?? null,
        port: port ?? null,
        database: database ?? null,
        user: c.user ?? fromUrl.user ?? null,
        hasPassword: Boolean(c.password ?? fromUrl.password),
        protected: Boolean(config.protected),
        isTest: Boolean(config.isTest),
        type: config.type ?? 'local',
        identity: config.identity ?? null,
        schemaPath: config.paths?.schema ?? null,
        changesetPath: config.paths?.changesets ?? null,
        secretKeys: Object.keys(state.secrets[config.name] ?? {}).sort(),
    };
}
// ---------------------------------------------------------------- secrets
const SECRET_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
function assertSecretKey(key, where) {
    if (!SECRET_KEY.test(key)) {
        throw new errors/* UsageError */.eb('invalid-secret-key', `${where ? `${where}: ` : ''}Invalid secret key "${key}": use letters, digits and "_", starting with a letter or "_"`);
    }
    assertNotReserved(key, 'secret key', 'invalid-secret-key', where);
}
/** Stores a secret; a value too short to mask is stored with a warning (sent to `onEvent`). */
async function setSecret(store, configName, key, value, onEvent) {
    assertSecretKey(key);
    if (value === '')
        throw new errors/* UsageError */.eb('empty-secret', "The secret's value is empty", { hint: 'Remove a secret with `noorm secret rm <key>`.' });
    await store.update((state) => {
        requireConfig(state, configName);
        (state.secrets[configName] ??= keyedRecord())[key] = value;
    });
    if (value.length < MIN_MASKED_LENGTH) {
        onEvent?.({
            type: 'note',
            level: 'warn',
            code: 'secret-too-short',
            message: `secret ${key} is shorter than ${MIN_MASKED_LENGTH} characters, too short to mask without masking ordinary text: it may appear in output and errors; use a longer value`,
        });
    }
    return { ok: true, command: 'secret set', config: configName, key };
}
async function removeSecret(store, configName, key) {
    await store.update((state) => {
        requireConfig(state, configName);
        if (!state.secrets[configName]?.[key]) {
            throw new errors/* UsageError */.eb('unknown-secret', `Config "${configName}" has no secret "${key}"`, { hint: 'List them with `noorm secret list`.' });
        }
        delete state.secrets[configName][key];
    });
    return { ok: true, command: 'secret rm', config: configName, key };
}
async function listSecrets(store, configName) {
    const state = await requireState(store);
    requireConfig(state, configName);
    return { ok: true, command: 'secret list', config: configName, keys: Object.keys(state.secrets[configName] ?? {}).sort() };
}
/**
 * One config and its secrets, encrypted with a passphrase only (no machine id), written to `file`
 * (readable by its owner only) for another machine.
 */
async function exportConfig(store, name, passphrase, options) {
    if ((0,external_node_fs_.existsSync)(options.file) && !options.force)
        throw new errors/* UsageError */.eb('file-exists', `${options.file} already exists`, { hint: 'Pick another --out, or pass --force.' });
    if (!passphrase)
        throw new errors/* UsageError */.eb('passphrase-required', 'An export needs a passphrase', { hint: 'Set NOORM_EXPORT_PASSPHRASE, or run interactively to be asked.' });
    const state = await requireState(store);
    const config = requireConfig(state, name);
    const salt = newSalt();
    const key = await deriveKey(passphrase, salt, KDF_ITERATIONS, store.signal);
    const body = Buffer.from(JSON.stringify({ config, secrets: state.secrets[name] ?? {} }), 'utf8');
    const exported = { noormExport: 1, ...encrypt(body, key, salt, KDF_ITERATIONS) };
    // `--out exports/dev.noorm-config`: the folder is made as needed.
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(options.file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(options.file, JSON.stringify(exported, null, 2) + '\n', { mode: 0o600 });
    return { ok: true, command: 'config export', name, file: options.file };
}
/** Adds the config of a file written by `exportConfig`. */
async function importConfig(store, file, passphrase, options = {}) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        throw new errors/* UsageError */.eb('missing-file', `Cannot read ${file}`);
    }
    if (!passphrase)
        throw new errors/* UsageError */.eb('passphrase-required', "Importing needs the export's passphrase", { hint: 'Set NOORM_EXPORT_PASSPHRASE.' });
    let content;
    try {
        const payload = parsePayload(text);
        const key = await deriveKey(passphrase, Buffer.from(payload.salt, 'base64'), payload.iterations, store.signal);
        content = JSON.parse(decrypt(payload, key).toString('utf8'));
    }
    catch (error) {
        // Interrupted while deriving: not the file's fault.
        if ((0,errors/* isNoormError */.E3)(error))
            throw error;
        if (error instanceof DecryptError && error.reason === 'damaged') {
            throw new errors/* UsageError */.eb('import-damaged', 'The file is not a noorm config export (or it is truncated)');
        }
        if (error instanceof DecryptError && error.reason === 'unsupported') {
            throw new errors/* UsageError */.eb('import-unsupported', `The file was not written by noorm config export, or was modified: ${error.detail}`, {
                hint: 'Nothing was derived from it. Export the config again on the machine it comes from.',
            });
        }
        throw new errors/* UsageError */.eb('import-wrong-passphrase', 'The passphrase does not open this export (or the file was modified)', {
            hint: 'Check NOORM_EXPORT_PASSPHRASE: it is the passphrase given when the file was exported.',
        });
    }
    if (!isExportContent(content))
        throw new errors/* UsageError */.eb('import-damaged', 'The file is not a noorm config export: it opens, but holds no config');
    const name = options.name ?? content.config.name;
    const config = validateStoredConfig({ ...content.config, name });
    for (const key of Object.keys(content.secrets ?? {}))
        assertSecretKey(key, file);
    const state = await store.update((state) => {
        if (state.configs[name] && !options.force) {
            throw new errors/* UsageError */.eb('config-exists', `A config named "${name}" already exists`, { hint: 'Import under another name with --name, or replace it with --force.' });
        }
        state.configs[name] = config;
        state.secrets[name] = keyedRecord(content.secrets);
        state.activeConfig ??= name;
    });
    return saved('config import', state, name);
}
/** What an export holds: a config (with its connection) and its secrets as text. */
function isExportContent(value) {
    const content = value;
    if (!content || typeof content !== 'object' || !content.config || typeof content.config !== 'object')
        return false;
    if (typeof content.config.name !== 'string' || !content.config.connection || typeof content.config.connection !== 'object')
        return false;
    const secrets = content.secrets ?? {};
    return typeof secrets === 'object' && secrets !== null && Object.values(secrets).every((secret) => typeof secret === 'string');
}
/** Re-encrypts the state under a new passphrase; an empty one means the machine id alone. */
async function changePassphrase(store, passphrase) {
    await store.rekey(passphrase === '' ? null : passphrase);
    return { ok: true, command: 'config passphrase', passphrase: passphrase !== '' };
}
function saved(command, state, name) {
    return { ok: true, command, stored: summarise(requireConfig(state, name), state) };
}
// ---------------------------------------------------------------- helpers
async function requireState(store) {
    const state = await store.read();
    if (!state)
        throw new errors/* UsageError */.eb('no-configs', 'No configs are stored in this project yet', { hint: 'Add one with `noorm config add <name> --dialect …`.' });
    return state;
}
function requireConfig(state, name) {
    const config = state.configs[name];
    if (!config) {
        const known = Object.keys(state.configs);
        throw new errors/* UsageError */.eb('unknown-config', `No stored config named "${name}"`, {
            hint: known.length ? `Stored configs: ${known.sort().join(', ')}.` : 'Add one with `noorm config add`.',
        });
    }
    return config;
}
/** Applies given fields to a config; an empty string removes an optional field. */
function applyInput(config, input) {
    const c = config.connection;
    const text = (value, set) => {
        if (value !== undefined)
            set(value === '' ? undefined : value);
    };
    text(input.dialect, (v) => (c.dialect = v));
    text(input.url, (v) => (c.url = v));
    text(input.host, (v) => (c.host = v));
    if (input.port !== undefined)
        c.port = input.port === '' ? undefined : parsePortField(input.port);
    text(input.database, (v) => (c.database = v));
    text(input.user, (v) => (c.user = v));
    text(input.password, (v) => (c.password = v));
    text(input.ssl, (v) => (c.ssl = v));
    text(input.sslCa, (v) => (c.sslCa = v));
    const paths = (config.paths ??= {});
    text(input.schemaPath, (v) => (paths.schema = v));
    text(input.changesetPath, (v) => (paths.changesets = v));
    text(input.identity, (v) => (config.identity = v));
    if (input.type !== undefined)
        config.type = input.type;
    if (input.protected !== undefined)
        config.protected = input.protected;
    if (input.test !== undefined)
        config.isTest = input.test;
    return pruneUndefined(config);
}
function pruneUndefined(value) {
    return JSON.parse(JSON.stringify(value));
}
//# sourceMappingURL=manager.js.map
;// CONCATENATED MODULE: ./lib/core/db/lifecycle.js






/** `db create`: creates the configured database through the server; a no-op when it exists. */
async function createDatabase(context) {
    await assertAllowed(context, 'db:create');
    return createIfMissing(context);
}
/** Creates the configured database through the server unless it exists; the caller has confirmed. */
function createIfMissing(context) {
    return withServer(context, 'db create', async (admin, name) => {
        if (await admin.databaseExists(name))
            return { changed: false, message: `database ${name} already exists; nothing to do` };
        try {
            await admin.createDatabase(name);
        }
        catch (error) {
            // Created by someone else in between: the outcome the user asked for.
            if (await admin.databaseExists(name))
                return { changed: false, message: `database ${name} already exists; nothing to do` };
            throw error;
        }
        return { changed: true, message: `created database ${name}` };
    });
}
/**
 * `db destroy`: drops the configured database, ending other sessions on it where the server
 * allows. Always needs confirmation; refused outright on a protected config.
 */
async function destroyDatabase(context) {
    await assertAllowed(context, 'db:destroy', { always: true });
    return withServer(context, 'db destroy', async (admin, name) => {
        if (!(await admin.databaseExists(name)))
            return { changed: false, message: `database ${name} does not exist; nothing to do` };
        await admin.dropDatabase(name);
        return { changed: true, message: `dropped database ${name}` };
    });
}
/** `db wait`: returns once the server accepts connections; exit 5 after the timeout. */
async function waitForDatabase(context, timeoutSeconds) {
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 0)
        throw new errors/* UsageError */.eb('bad-option', `The timeout must be a number of seconds, got "${timeoutSeconds}"`);
    const { config } = context;
    const dialect = await loadDialect(config.connection.dialect);
    const { waitedMs } = await waitForServer(context, dialect, timeoutSeconds);
    return { ok: true, command: 'db wait', config: config.name, dialect: dialect.name, target: (0,registry/* describeTarget */.ff)(config.connection), waitedMs };
}
async function withServer(context, command, work) {
    const { config } = context;
    const name = config.connection.database;
    if (!name)
        throw new errors/* UsageError */.eb('no-database', `${command} needs a database name`, { hint: 'Set --database or NOORM_DATABASE.' });
    const dialect = await loadDialect(config.connection.dialect);
    dialect.validateDatabaseName(name);
    if (config.waitSeconds > 0)
        await waitForServer(context, dialect, config.waitSeconds);
    const admin = await dialect.connectServer(config.connection, { root: config.paths.root });
    // A signal closes the connection, which stops the statement (a drop waiting on other sessions).
    const stop = () => void admin.close();
    context.signal?.addEventListener('abort', stop, { once: true });
    try {
        const outcome = await work(admin, name);
        if (context.signal?.aborted)
            throw abortReason(context.signal);
        return { ok: true, command, config: config.name, dialect: dialect.name, target: (0,registry/* describeTarget */.ff)(config.connection), database: name, ...outcome };
    }
    catch (error) {
        throw context.signal?.aborted ? abortReason(context.signal) : error;
    }
    finally {
        context.signal?.removeEventListener('abort', stop);
        await admin.close();
    }
}
//# sourceMappingURL=lifecycle.js.map
;// CONCATENATED MODULE: ./lib/core/lock/commands.js




/** `lock status`: who holds noorm's lock on the database, since when, until when, and whether alive. */
async function lockStatus(context) {
    const conn = await openConnection(context, { readOnly: true });
    try {
        const holder = conn.exists && (await conn.existingTables([TABLES.lock])).has(TABLES.lock) ? await readLockHolder(conn) : null;
        return {
            ok: true,
            command: 'lock status',
            config: context.config.name,
            dialect: conn.dialect.name,
            target: conn.target,
            held: holder !== null,
            holder,
            liveness: holder ? await holderLiveness(conn, holder) : null,
        };
    }
    finally {
        await conn.close();
    }
}
/** `lock release`: frees the lock of a run that is gone (a live holder keeps it). */
async function releaseLock(context, options = {}) {
    await assertAllowed(context, 'lock:release');
    const conn = await openConnection(context);
    try {
        const holder = (await conn.existingTables([TABLES.lock])).has(TABLES.lock) ? await forceReleaseLock(conn, options) : null;
        return { ok: true, command: 'lock release', config: context.config.name, dialect: conn.dialect.name, target: conn.target, released: holder !== null, holder };
    }
    finally {
        await conn.close();
    }
}
//# sourceMappingURL=commands.js.map
;// CONCATENATED MODULE: ./lib/core/history/history.js





const DEFAULT_HISTORY_LIMIT = 50;
/**
 * The newest `rows` history entries (started at or after `since`): one read of the (started_at,
 * id) index, backwards.
 */
function historyQuery(conn, rows, since, runsOnly = false) {
    let query = conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.history)
        .select(['id', 'run_key', 'kind', 'name', 'direction', 'status', 'executed_by', 'config_name', 'started_at', 'finished_at', 'duration_ms', 'error_message', 'reason'])
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc');
    query = conn.dialect.capabilities.selectTop ? query.top(rows) : query.limit(rows);
    if (since)
        query = query.where('started_at', '>=', conn.dialect.tracking.timeValue?.(since) ?? since);
    if (runsOnly)
        query = query.where('status', '<>', 'baseline');
    return query;
}
/**
 * `history`: the runs recorded in the database, newest first. Read-only by construction: a
 * read-only connection that creates nothing; a database without history tables (never run, or
 * tracking tables older than the history) has no entries. One query on the (started_at, id)
 * index for the entries, and with `files` one more for their files.
 */
async function readHistory(context, options = {}) {
    const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    if (!Number.isInteger(limit) || limit < 1)
        throw new errors/* UsageError */.eb('bad-option', `The history limit must be a whole number of entries, at least 1, got ${limit}`);
    if (options.since && Number.isNaN(options.since.getTime()))
        throw new errors/* UsageError */.eb('bad-option', 'The --since time is not a valid date');
    const conn = await openConnection(context, { readOnly: true });
    try {
        const base = { ok: true, command: 'history', config: context.config.name, dialect: conn.dialect.name, target: conn.target };
        const version = await readTrackingVersion(conn);
        if (version === null || version < 2) {
            if (version !== null) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'history-unavailable',
                    message: `this database's tracking tables (v${version}) predate the history; the next run that changes it upgrades them and copies what they recorded`,
                });
            }
            return { ...base, entries: [], truncated: false };
        }
        const scoped = conn.db.withSchema(conn.trackingSchema);
        const rows = await historyQuery(conn, limit + 1, options.since, Boolean(options.runsOnly)).execute();
        const truncated = rows.length > limit;
        const entries = rows.slice(0, limit).map((row) => ({
            key: row.run_key,
            id: Number(row.id),
            kind: row.kind,
            name: row.name,
            direction: row.direction,
            status: row.status,
            executedBy: row.executed_by,
            configName: row.config_name,
            startedAt: isoUtc(row.started_at),
            finishedAt: isoUtc(row.finished_at),
            durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
            error: row.error_message,
            reason: row.reason,
        }));
        if (options.files && entries.length) {
            const files = await scoped
                .selectFrom(TABLES.historyFiles)
                .select(['run_key', 'filepath', 'checksum', 'status', 'executed_at', 'duration_ms', 'error_message'])
                .where('run_key', 'in', entries.map((entry) => entry.key))
                .orderBy('id')
                .execute();
            const byKey = new Map(entries.map((entry) => [entry.key, (entry.files = [])]));
            for (const file of files) {
                byKey.get(file.run_key)?.push({
                    path: file.filepath,
                    checksum: file.checksum,
                    status: file.status,
                    executedAt: isoUtc(file.executed_at),
                    durationMs: file.duration_ms === null ? null : Number(file.duration_ms),
                    error: file.error_message,
                });
            }
        }
        return { ...base, entries: entries.map(({ key: _key, ...entry }) => entry), truncated };
    }
    finally {
        await conn.close();
    }
}
//# sourceMappingURL=history.js.map
;// CONCATENATED MODULE: ./lib/core/up/up.js












/**
 * `up`: the one command a deploy runs, as `dbmate up` is. Creates the database when it is missing
 * (as `db create` does: through the server, or the SQLite file), then
 * `run build`, then `change ff`, all on one connection under one lock, so no other run comes
 * between the schema and the changesets. A protected config confirms once, for the whole. Stale
 * changesets stop it after the build, as they stop `change ff` (exit 6).
 */
async function up(context, options = {}) {
    const { config } = context;
    await assertAllowed(context, 'up');
    assertRecordable({ configName: config.name });
    // Confirmed once above: the build and the changesets do not ask again.
    const confirmed = { ...context, yes: true };
    const dialect = await loadDialect(config.connection.dialect);
    const { conn, created } = await connectCreating(context, dialect.capabilities.connectCreatesDatabase === true);
    try {
        const identity = context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        conn.openScriptSession?.();
        await ensureTrackingTables(conn);
        const lock = await acquireCommandLock(conn, context, identity);
        try {
            await upgradeTrackingTables(conn, context.onEvent);
            const held = { conn, lock, identity };
            const base = { command: 'up', config: config.name, dialect: conn.dialect.name, target: conn.target, created };
            const build = await buildWith(confirmed, {}, held);
            if (!build.ok)
                return { ...base, ok: false, build, changes: null, ...(build.error ? { error: build.error } : {}) };
            let changes;
            try {
                changes = await ffWith(confirmed, options, held);
            }
            catch (error) {
                // Refused before it ran anything (a changeset that cannot run): the build stands, and
                // the one document says both.
                if (!(0,errors/* isNoormError */.E3)(error))
                    throw error;
                return { ...base, ok: false, build, changes: null, error };
            }
            return { ...base, ok: changes.ok, build, changes, ...(changes.error ? { error: changes.error } : {}) };
        }
        finally {
            await lock.release().catch(() => undefined);
        }
    }
    finally {
        await conn.close().catch(() => undefined);
    }
}
/**
 * Connects; when that fails and the server says the database does not exist, creates it and
 * connects again. Asked only after a failed connection, so a user who may not reach the server's
 * maintenance database (managed databases) can still `up` an existing one.
 */
async function connectCreating(context, connectCreates) {
    if (connectCreates) {
        // Connecting would create it anyway (an SQLite file): created as `db create` does, to say so.
        const made = await createIfMissing(context);
        if (made.changed)
            context.onEvent?.({ type: 'note', level: 'info', code: 'database-created', message: made.message });
        return { conn: await openConnection(context), created: made.changed };
    }
    try {
        return { conn: await openConnection(context), created: false };
    }
    catch (error) {
        if (!(error instanceof errors/* ConnectError */.T$))
            throw error;
        const made = await createIfMissing(context);
        // It exists: the first failure is the real problem.
        if (!made.changed)
            throw error;
        context.onEvent?.({ type: 'note', level: 'info', code: 'database-created', message: made.message });
        return { conn: await openConnection(context), created: true };
    }
}
//# sourceMappingURL=up.js.map
;// CONCATENATED MODULE: ./lib/core/status/status.js









/**
 * `status`: one view of the selected config's database: schema files, changesets, the lock, the
 * last run. Read-only by construction: it is made of read-only verbs (a dry-run build, `change
 * list`, `lock status`, `history`), none of which creates tracking tables or takes the lock.
 * With `exitCode`, a database that is not up to date fails with exit 6 (CI gates on it).
 */
async function status_status(context, options = {}) {
    // The parts report their own progress; only warnings are passed on.
    const quiet = { ...context, onEvent: warningsOnly(context.onEvent) };
    const build = await runBuild(quiet, { dryRun: true });
    const list = await changeList(quiet);
    const lock = await lockStatus(quiet);
    const history = await readHistory(quiet, { limit: 1, runsOnly: true });
    const { version, recorded } = await trackingState(quiet);
    const files = (wanted) => build.files.filter((file) => file.status === wanted).map((file) => file.path);
    const onDisk = new Set(build.files.map((file) => file.path));
    const schemaFolder = external_node_path_.relative(context.config.paths.root, context.config.paths.schema).split(external_node_path_.sep).join('/');
    const schema = {
        new: files('new'),
        changed: files('changed'),
        unchanged: files('unchanged'),
        failed: files('failed'),
        missingOnDisk: recorded.filter((file) => (schemaFolder === '' || file.startsWith(`${schemaFolder}/`)) && !onDisk.has(file)),
    };
    const named = (test) => list.changesets.filter(test).map((info) => info.name);
    const changesets = {
        applied: named((info) => info.status === 'applied' || info.status === 'baseline'),
        pending: named((info) => info.status === 'pending' || info.status === 'reverted'),
        stale: named((info) => info.status === 'stale'),
        orphaned: named((info) => info.status === 'orphaned'),
        failed: named((info) => info.status === 'failed'),
    };
    const behind = [
        schema.new.length && `${schema.new.length} new schema file${schema.new.length === 1 ? '' : 's'}`,
        schema.changed.length && `${schema.changed.length} changed schema file${schema.changed.length === 1 ? '' : 's'}`,
        schema.failed.length && `${schema.failed.length} failed schema file${schema.failed.length === 1 ? '' : 's'}`,
        changesets.pending.length && `${changesets.pending.length} pending changeset${changesets.pending.length === 1 ? '' : 's'}`,
        changesets.stale.length && `${changesets.stale.length} stale changeset${changesets.stale.length === 1 ? '' : 's'} (${changesets.stale.join(', ')})`,
        changesets.failed.length && `${changesets.failed.length} failed changeset${changesets.failed.length === 1 ? '' : 's'}`,
    ].filter((part) => Boolean(part));
    const upToDate = behind.length === 0;
    const error = options.exitCode && !upToDate
        ? new errors/* NotUpToDateError */.Ks('not-up-to-date', `${context.config.name} is not up to date: ${behind.join(', ')}`, {
            hint: 'Run `noorm up` (or `noorm run build` and `noorm change ff`) to bring it up to date; a stale changeset is re-applied with `noorm change run <name> --force` or accepted with `noorm change rebase <name>`.',
        })
        : undefined;
    return {
        ok: !error,
        command: 'status',
        config: context.config.name,
        dialect: build.dialect,
        target: build.target,
        trackingVersion: version,
        schema,
        changesets,
        lock: { held: lock.held, holder: lock.holder },
        lastRun: history.entries[0] ?? null,
        upToDate,
        ...(error ? { error } : {}),
    };
}
function warningsOnly(sink) {
    if (!sink)
        return undefined;
    return (event) => {
        if (event.type === 'note' && event.level === 'warn')
            sink(event);
    };
}
/** The tracking tables' version and the files they recorded (any config), read-only. */
async function trackingState(context) {
    const conn = await openConnection(context, { readOnly: true });
    try {
        const version = await readTrackingVersion(conn);
        return { version, recorded: version === null ? [] : [...(await readFileStates(conn)).keys()] };
    }
    finally {
        await conn.close();
    }
}
//# sourceMappingURL=status.js.map
;// CONCATENATED MODULE: ./lib/core/changeset/rebase.js















/**
 * `change rebase <name> --reason`: takes the current files of an applied changeset whose files
 * were edited since (stale) as the applied ones, without running anything. For an edit that
 * changes nothing on databases that have it (a comment, a reformat, a fix already made by hand);
 * `change run --force` is the way to run it again. Recorded in the history with who and why.
 */
async function changeRebase(context, name, options) {
    const reason = options.reason.trim();
    if (!reason)
        throw new errors/* UsageError */.eb('missing-reason', 'change rebase needs a --reason: the history records why an edited changeset was accepted without running it', {
            hint: 'For example: --reason "comment fixed, no schema change".',
        });
    const { config } = context;
    const changesets = listChangesets(config.paths, config.paths.changesets);
    const changeset = findChangeset(changesets, name);
    assertRecordable({ configName: config.name, changesets: [changeset.name] });
    await assertAllowed(context, 'change:rebase');
    const conn = await openConnection(context);
    try {
        const identity = context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        const files = await currentFiles(config.paths.root, changeset, templateRenderer(context, conn.dialect));
        await ensureTrackingTables(conn);
        const lock = await acquireCommandLock(conn, context, identity);
        try {
            await upgradeTrackingTables(conn, context.onEvent);
            const history = await readChangesetHistory(conn);
            const info = changesetInfos([changeset], history, new Map([[changeset.name, files]]))[0];
            const base = {
                ok: true,
                command: 'change rebase',
                config: config.name,
                dialect: conn.dialect.name,
                target: conn.target,
                name: changeset.name,
                files,
                reason,
            };
            if (info.status === 'applied' || info.status === 'baseline') {
                return { ...base, accepted: false, message: `${changeset.name} is ${info.status} and its files are as recorded; nothing to accept` };
            }
            if (info.status !== 'stale') {
                throw new errors/* UsageError */.eb('not-applied', `${changeset.name} is ${info.status}, so there is no applied edit to accept`, {
                    hint: 'change rebase accepts the edited files of an applied changeset; a pending one is applied with `noorm change run`.',
                });
            }
            const track = { identity, configName: config.name };
            const previous = history.get(changeset.name).change;
            await recordChangeset(conn, mainRunner(conn), track, {
                name: changeset.name,
                direction: 'change',
                status: previous.status === 'baseline' ? 'baseline' : 'success',
                files,
                durationMs: 0,
            });
            await appendHistory(conn, track, { kind: 'changeset', name: changeset.name, direction: 'change', status: 'accepted', reason }, files.map((file) => ({ filepath: file.path, checksum: file.checksum, status: 'accepted', durationMs: 0 })));
            return { ...base, accepted: true, message: `accepted the edited files of ${changeset.name} as applied, without running them` };
        }
        finally {
            await lock.release().catch(() => undefined);
        }
    }
    finally {
        await conn.close().catch(() => undefined);
    }
}
//# sourceMappingURL=rebase.js.map
;// CONCATENATED MODULE: ./lib/core/verb-line.js










const DRY = '--dry-run';
const runOptions = (line) => ({
    force: line.options['force'] === true,
    dryRun: line.options['dryRun'] === true,
    singleTransaction: line.options['singleTransaction'] === true,
});
// Unset switches stay undefined, so the engine falls back to their NOORM_* twins.
const changeOptions = (line) => ({
    dryRun: line.options['dryRun'] === true,
    ...(line.options['allowEmpty'] === true ? { allowEmpty: true } : {}),
    ...(line.options['allowStale'] === true ? { allowStale: true } : {}),
});
const RUN = ['--force', DRY, '--single-transaction'];
const EMPTY = '--allow-empty';
const STALE = '--allow-stale';
/**
 * The verbs that work on the configured database, which is what a CI step runs. Project verbs that
 * edit files or the encrypted state (`init`, `config`, `secret`, `change add|edit|rm`) are for a
 * person at a terminal.
 */
const VERB_LINES = {
    'run build': { args: [], switches: RUN, call: async (s, l) => runBuild(await s.context(), runOptions(l)) },
    'run file': { args: ['<path>'], switches: RUN, call: async (s, l, cwd) => runFile(await s.context(), external_node_path_.resolve(cwd, l.args[0]), runOptions(l)) },
    'run dir': { args: ['<path>'], switches: RUN, call: async (s, l, cwd) => runDir(await s.context(), external_node_path_.resolve(cwd, l.args[0]), runOptions(l)) },
    'change list': { args: [], switches: [], call: async (s) => changeList(await s.context()) },
    'change run': {
        args: ['[name]'],
        switches: [DRY, EMPTY, STALE, '--force', '--all'],
        call: async (s, l) => changeRun(await s.context(), l.args[0], { ...changeOptions(l), force: l.options['force'] === true, all: l.options['all'] === true }),
    },
    'change revert': { args: ['<name>'], switches: [DRY, EMPTY], call: async (s, l) => changeRevert(await s.context(), l.args[0], changeOptions(l)) },
    'change next': {
        args: ['[count]'],
        switches: [DRY, EMPTY, STALE],
        call: async (s, l) => changeNext(await s.context(), l.args[0] === undefined ? 1 : Number(l.args[0]), changeOptions(l)),
    },
    'change ff': {
        args: [],
        switches: [DRY, EMPTY, STALE, '--single-transaction'],
        call: async (s, l) => changeFf(await s.context(), { ...changeOptions(l), ...(l.options['singleTransaction'] === true ? { singleTransaction: true } : {}) }),
    },
    'lock status': { args: [], switches: [], call: async (s) => lockStatus(await s.context()) },
    'lock release': { args: [], switches: ['--force'], call: async (s, l) => releaseLock(await s.context(), { force: l.options['force'] === true }) },
    'db create': { args: [], switches: [], call: async (s) => createDatabase(await s.context()) },
    'db destroy': { args: [], switches: [], call: async (s) => destroyDatabase(await s.context()) },
    'db wait': {
        args: [],
        switches: [],
        values: { '--timeout': '60' },
        call: async (s, l) => {
            const timeout = String(l.options['timeout']);
            const seconds = timeout.trim() === '' ? NaN : Number(timeout);
            if (!Number.isFinite(seconds) || seconds < 0)
                throw new errors/* UsageError */.eb('bad-option', `--timeout must be a number of seconds, got "${timeout}"`);
            return waitForDatabase(await s.context(), seconds);
        },
    },
    up: {
        args: [],
        switches: [EMPTY, STALE],
        call: async (s, l) => {
            const { allowEmpty, allowStale } = changeOptions(l);
            return up(await s.context(), { ...(allowEmpty ? { allowEmpty } : {}), ...(allowStale ? { allowStale } : {}) });
        },
    },
    status: { args: [], switches: ['--exit-code'], call: async (s, l) => status_status(await s.context(), { exitCode: l.options['exitCode'] === true }) },
    history: {
        args: [],
        switches: ['--files'],
        values: { '--limit': String(DEFAULT_HISTORY_LIMIT), '--since': null },
        call: async (s, l) => {
            const given = String(l.options['limit'] ?? DEFAULT_HISTORY_LIMIT);
            const limit = given.trim() === '' ? NaN : Number(given);
            if (!Number.isInteger(limit) || limit < 1)
                throw new errors/* UsageError */.eb('bad-option', `--limit must be a whole number of runs, at least 1, got "${given}"`);
            const sinceText = l.options['since'];
            const since = typeof sinceText === 'string' ? new Date(sinceText) : undefined;
            if (since && Number.isNaN(since.getTime()))
                throw new errors/* UsageError */.eb('bad-option', `--since must be a date or time (ISO 8601), got "${String(sinceText)}"`, {
                    hint: 'For example --since 2026-12-01 or --since 2026-12-01T08:00:00Z.',
                });
            return readHistory(await s.context(), { limit, ...(since ? { since } : {}), files: l.options['files'] === true });
        },
    },
};
const HINT = `Verbs: ${Object.keys(VERB_LINES).join(', ')}.`;
const isVerb = (command) => Object.hasOwn(VERB_LINES, command);
/** Splits a line into words as a shell would for plain words and '…' / "…" quoting (no expansion). */
function splitWords(line) {
    const words = [];
    let word = null;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quote) {
            if (char === quote)
                quote = null;
            else if (char === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\'))
                word += line[++i];
            else
                word += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            word ??= '';
        }
        else if (/\s/.test(char)) {
            if (word !== null)
                words.push(word);
            word = null;
        }
        else {
            word = (word ?? '') + char;
        }
    }
    if (quote)
        throw new errors/* UsageError */.eb('usage', `The command has an unclosed ${quote} quote: ${line}`);
    if (word !== null)
        words.push(word);
    return words;
}
const camel = (flag) => flag.replace(/^--/, '').replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
/**
 * Parses a verb line (`noorm` itself may lead it) into the verb, its arguments and its options;
 * anything `noorm <verb>` would not accept is a usage error (exit 2) saying what it accepts.
 */
function parseVerbLine(line) {
    const words = splitWords(line);
    if (words[0] === 'noorm')
        words.shift();
    // Two-word verbs (`run build`) first, then the one-word ones (`up`).
    const two = words.slice(0, 2).join(' ');
    const command = isVerb(two) ? two : (words[0] ?? '');
    if (!isVerb(command))
        throw new errors/* UsageError */.eb('usage', words.length ? `Unknown command "${two}"` : 'No command given', { hint: HINT });
    const spec = VERB_LINES[command];
    const usage = `${command}${spec.args.map((arg) => ` ${arg}`).join('')}${[...spec.switches, ...Object.keys(spec.values ?? {}).map((flag) => `${flag} <value>`)].map((flag) => ` [${flag}]`).join('')}`;
    const options = {};
    for (const [flag, value] of Object.entries(spec.values ?? {}))
        if (value !== null)
            options[camel(flag)] = value;
    const args = [];
    const rest = words.slice(command.split(' ').length);
    for (let i = 0; i < rest.length; i++) {
        const word = rest[i];
        if (word.startsWith('--')) {
            const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
            if (spec.switches.includes(flag) && inline === undefined)
                options[camel(flag)] = true;
            else if (spec.values && flag in spec.values) {
                const value = inline ?? rest[++i];
                if (value === undefined)
                    throw new errors/* UsageError */.eb('usage', `${flag} needs a value`, { hint: `Usage: ${usage}` });
                options[camel(flag)] = value;
            }
            else
                throw new errors/* UsageError */.eb('usage', `"${command}" has no option ${flag}`, { hint: `Usage: ${usage}` });
        }
        else {
            args.push(word);
        }
    }
    const required = spec.args.filter((arg) => arg.startsWith('<')).length;
    if (args.length < required)
        throw new errors/* UsageError */.eb('usage', `"${command}" needs ${spec.args[args.length]}`, { hint: `Usage: ${usage}` });
    if (args.length > spec.args.length)
        throw new errors/* UsageError */.eb('usage', `"${command}" takes ${spec.args.length || 'no'} argument${spec.args.length === 1 ? '' : 's'}, got ${args.length}`, {
            hint: `Usage: ${usage}`,
        });
    return { command, args, options };
}
/** Whether a verb takes `--dry-run` (the Action's `dry-run` input adds it). */
function verbTakesDryRun(command) {
    return isVerb(command) && VERB_LINES[command].switches.includes(DRY);
}
/**
 * Runs a verb line on a session: the engine function of that verb, with its arguments and options
 * (relative paths from `cwd`). The CLI's commands and the Action both call verbs through here.
 */
function runVerbLine(session, line, cwd) {
    if (!isVerb(line.command))
        throw new errors/* UsageError */.eb('usage', `Unknown command "${line.command}"`, { hint: HINT });
    const spec = VERB_LINES[line.command];
    return spec.call(session, line, cwd);
}
//# sourceMappingURL=verb-line.js.map
;// CONCATENATED MODULE: ./lib/core/sql/destructive.js
const PATTERNS = [
    { kind: 'DROP COLUMN', pattern: /\bALTER\s+TABLE\b[^;]*?\bDROP\s+(?:COLUMN\b|(?!CONSTRAINT\b|INDEX\b|KEY\b|PRIMARY\b|FOREIGN\b|CHECK\b|DEFAULT\b|PARTITION\b)[A-Za-z_"`[])/gi },
    // Views, indexes, functions and triggers hold no data of their own: dropping and re-creating them is
    // how schema files stay re-runnable, so they are not warned about.
    { kind: 'DROP', pattern: /\bDROP\s+(TABLE|SCHEMA|DATABASE|SEQUENCE)\b/gi },
    { kind: 'TRUNCATE', pattern: /\bTRUNCATE\b/gi },
    { kind: 'DELETE without WHERE', pattern: /\bDELETE\s+FROM\s+[^;]*?(?=;|$)/gi },
];
function destructiveStatements(sql) {
    const code = blankCommentsAndStrings(sql);
    const lines = sql.split('\n');
    const found = [];
    for (const { kind, pattern } of PATTERNS) {
        for (const match of code.matchAll(pattern)) {
            if (kind === 'DELETE without WHERE' && /\bWHERE\b/i.test(match[0]))
                continue;
            // ALTER TABLE … DROP COLUMN reports the line of DROP, where a reviewer looks.
            const offset = kind === 'DROP COLUMN' ? match.index + match[0].search(/\bDROP\b[^]*$/i) : match.index;
            const line = code.slice(0, offset).split('\n').length;
            const label = kind === 'DROP' ? `DROP ${match[1].toUpperCase().replace(/\s+/g, ' ')}` : kind;
            found.push({ line, kind: label, text: lines[line - 1].trim().slice(0, 200) });
        }
    }
    return found.sort((a, b) => a.line - b.line);
}
/** The SQL with comments and string literals replaced by spaces (line breaks kept, so offsets and lines stay). */
function blankCommentsAndStrings(sql) {
    let out = '';
    let i = 0;
    const blank = (text) => text.replace(/[^\n]/g, ' ');
    while (i < sql.length) {
        const rest = sql.slice(i, i + 2);
        let end;
        if (rest === '--') {
            end = sql.indexOf('\n', i);
            if (end < 0)
                end = sql.length;
        }
        else if (rest === '/*') {
            end = sql.indexOf('*/', i + 2);
            end = end < 0 ? sql.length : end + 2;
        }
        else if (sql[i] === "'") {
            end = i + 1;
            while (end < sql.length && !(sql[end] === "'" && sql[end + 1] !== "'"))
                end += sql[end] === "'" ? 2 : 1;
            end = Math.min(end + 1, sql.length);
        }
        else {
            out += sql[i];
            i++;
            continue;
        }
        out += blank(sql.slice(i, end));
        i = end;
    }
    return out;
}
//# sourceMappingURL=destructive.js.map
;// CONCATENATED MODULE: ./lib/core/index.js
/**
 * noorm's engine: everything a user can do is a function here first. Faces (the CLI, the TUI, the
 * GitHub Action) and library users import only this module.
 *
 *     const session = openSession({ cwd, env: process.env, onEvent: (event) => progress.push(event) });
 *     const result = await runBuild(await session.context());
 *     const document = resultDocument(result, { warnings: session.warnings, redactor: session.redactor });
 */
// ---------------------------------------------------------------- sessions and the result contract


// ---------------------------------------------------------------- errors and redaction




// ---------------------------------------------------------------- configuration











// ---------------------------------------------------------------- verbs













// ---------------------------------------------------------------- verb lines and plans


//# sourceMappingURL=index.js.map

/***/ })

};
