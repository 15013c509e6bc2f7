import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 43089:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "3328860cdc4e96f48eff.json";

/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 7194:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dgram");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 35042:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _bin_standalone_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(90734);
/* harmony import */ var _bin_noorm_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4156);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_bin_noorm_js__WEBPACK_IMPORTED_MODULE_1__]);
_bin_noorm_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4156:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(78877);
/**
 * The `noorm` executable. Decides what to load before loading it: `--version` answers without
 * importing anything, the headless CLI is imported lazily, and the engine and database drivers only
 * when a command needs them.
 */





const argv = process.argv.slice(2);
// The SQLite driver and kysely need Node 22+; on older Node the driver crashes the process instead
// of failing, so say it plainly first.
if (Number(process.versions.node.split('.')[0]) < 22) {
    process.stderr.write(`noorm needs Node.js 22 or newer; this is ${process.version}.\n`);
    // ExitCode.usage: the engine, which holds the constant, cannot even load on this Node.
    process.exit(2);
}
// The reader of stdout or stderr went away (`noorm --help | head -1`): stop at once and quietly,
// as git and the other tools killed by SIGPIPE do (Node ignores SIGPIPE, so the write fails with
// EPIPE instead). ExitCode.sigpipe, written as a number: the engine is not loaded here. A run cut
// off this way is as safe as a kill -9: nothing unfinished is recorded, the next run takes the lock.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(141);
        throw error;
    });
}
function version() {
    const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(new URL(/* asset import */ __nccwpck_require__(43089), __nccwpck_require__.b), 'utf8'));
    return pkg.version;
}
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version()}\n`);
}
else {
    // V8 keeps the compiled code of noorm's modules on disk (Node's compile cache), so later runs
    // start sooner. In the user's own cache folder, not the shared temp folder, where another user
    // could plant code; NODE_COMPILE_CACHE picks another folder, NODE_DISABLE_COMPILE_CACHE=1 turns
    // it off. Best effort: an unwritable folder only means no cache.
    try {
        if (!process.env['NODE_COMPILE_CACHE']) {
            const cacheHome = process.env['XDG_CACHE_HOME'] || node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.homedir(), '.cache');
            node_module__WEBPACK_IMPORTED_MODULE_1__.enableCompileCache?.(node_path__WEBPACK_IMPORTED_MODULE_3__.join(cacheHome, 'noorm', 'compile-cache'));
        }
    }
    catch {
        // no cache
    }
    // A run makes many short-lived objects per file; V8 would double its young generation again and
    // again to hold them, for a peak memory twice what a 10,000-file build needs, at no gain in speed.
    node_v8__WEBPACK_IMPORTED_MODULE_4__.setFlagsFromString('--semi-space-growth-factor=1');
    // A person at a terminal gets the app (ink and react load only then); everything else, headless.
    const { tuiLocation } = await __nccwpck_require__.e(/* import() */ 810).then(__nccwpck_require__.bind(__nccwpck_require__, 74810));
    const location = tuiLocation(argv, process.env, Boolean(process.stdin.isTTY && process.stdout.isTTY));
    if (location) {
        const env = { ...process.env };
        // Colour follows NO_COLOR (chalk reads FORCE_COLOR when it loads); React without its development checks.
        if (process.env['NO_COLOR'] && !process.env['FORCE_COLOR'])
            process.env['FORCE_COLOR'] = '0';
        process.env['NODE_ENV'] ??= 'production';
        const { openTui } = await Promise.all(/* import() */[__nccwpck_require__.e(602), __nccwpck_require__.e(102), __nccwpck_require__.e(915), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63261));
        process.exitCode = await openTui({ cwd: process.cwd(), env, location });
    }
    else {
        const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33583));
        process.exitCode = await main(argv, {
            cwd: process.cwd(),
            env: process.env,
            stdout: process.stdout,
            stderr: process.stderr,
            interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
        }, version());
    }
}
//# sourceMappingURL=noorm.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 90734:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
;// CONCATENATED MODULE: ./lib/core/dialect/sqlite/sqlite-bundled-driver.js


/**
 * The driver with its native binary for the running platform, for the standalone bundle (dist/),
 * which runs with no node_modules. Each of better-sqlite3's per-platform entries requires exactly one
 * binary, so ncc copies exactly the binaries listed here into the bundle, and the process loads only
 * its own.
 *
 * Linux builds for musl (Alpine) are left out on purpose: GitHub's runners, which run the Action,
 * and the Docker image are glibc systems, and each musl binary would add 2.4 MB to every checkout.
 * On musl, or any platform not listed, noorm installed from npm brings the right binary.
 */
const PLATFORMS = {
    'linux-x64': () => Promise.all(/* import() */[__nccwpck_require__.e(290), __nccwpck_require__.e(196)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 91815, 19)),
    'linux-arm64': () => Promise.all(/* import() */[__nccwpck_require__.e(290), __nccwpck_require__.e(557)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8557, 19)),
    'darwin-x64': () => Promise.all(/* import() */[__nccwpck_require__.e(290), __nccwpck_require__.e(252)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 90252, 19)),
    'darwin-arm64': () => Promise.all(/* import() */[__nccwpck_require__.e(290), __nccwpck_require__.e(862)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 64862, 19)),
    'win32-x64': () => Promise.all(/* import() */[__nccwpck_require__.e(290), __nccwpck_require__.e(846)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 87846, 19)),
    'win32-arm64': () => Promise.all(/* import() */[__nccwpck_require__.e(290), __nccwpck_require__.e(140)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 42140, 19)),
};
async function loadBundledSqliteDriver() {
    const platform = `${process.platform}${isMusl() ? 'musl' : ''}-${process.arch}`;
    const load = PLATFORMS[platform];
    const hint = 'This noorm bundle carries SQLite binaries for Linux (glibc) x64 and arm64, macOS and Windows. ' +
        'Elsewhere, install noorm from npm (npm install noorm), which brings the binary for this platform.';
    if (!load)
        throw new errors/* ConnectError */.T$('sqlite-platform-unsupported', `No SQLite binary for ${platform} in this noorm bundle`, { hint });
    try {
        const Database = (await load()).default;
        // The binary is loaded by the first open, not the import: fail here, not as a file that will not open.
        new Database(':memory:').close();
        return Database;
    }
    catch (error) {
        throw new errors/* ConnectError */.T$('sqlite-binary-failed', `The SQLite binary for ${platform} did not load: ${(0,errors/* messageOf */.bD)(error)}`, { hint, cause: error });
    }
}
/** A glibc binary loaded into a musl process fails with an unreadable linker error: tell them apart first. */
function isMusl() {
    if (process.platform !== 'linux')
        return false;
    try {
        // The C library's loader mapped into this process says which one it is (as better-sqlite3 checks).
        return /\/ld-musl-[^/\s]*\.so/.test((0,external_node_fs_.readFileSync)('/proc/self/maps', 'latin1'));
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=sqlite-bundled-driver.js.map
// EXTERNAL MODULE: ./lib/core/dialect/sqlite/sqlite-driver.js
var sqlite_driver = __nccwpck_require__(97294);
;// CONCATENATED MODULE: ./lib/core/dialect/standalone-drivers.js


/**
 * Drivers with native binaries are taken from inside the standalone bundle (dist/), which runs with
 * no node_modules: today SQLite's alone (the other drivers are plain JavaScript).
 */
function useBundledDrivers() {
    (0,sqlite_driver/* useSqliteDriver */.g)(loadBundledSqliteDriver);
}
//# sourceMappingURL=standalone-drivers.js.map
;// CONCATENATED MODULE: ./lib/core/standalone.js
/**
 * The second entry of the engine, for the standalone bundle (dist/) only: set-up that must run
 * before anything else and cost nothing at start, so it is kept apart from index.ts (which loads the
 * whole engine).
 */

//# sourceMappingURL=standalone.js.map
;// CONCATENATED MODULE: ./lib/bin/standalone.js
/**
 * The first import of every entry of the standalone bundle (dist/), which runs from a copy of dist/
 * alone: SQLite's driver is taken with its binaries from inside the bundle, not from node_modules.
 */

useBundledDrivers();
//# sourceMappingURL=standalone.js.map

/***/ }),

/***/ 97294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ useSqliteDriver),
/* harmony export */   x: () => (/* binding */ loadSqliteDriver)
/* harmony export */ });
// Installed from npm, the driver lives in node_modules with its binary, and finds the right one itself
// (a prebuilt binary, musl included, or one compiled on the machine). Kept out of the ncc bundle of lib/.
let loader = async () => (await import(/* webpackIgnore: true */ 'better-sqlite3')).default;
let loaded;
/**
 * Replaces how the driver is loaded. The standalone bundle (dist/) runs with no node_modules and
 * brings its own binaries: its entry calls this before anything opens a database.
 */
function useSqliteDriver(load) {
    loader = load;
    loaded = undefined;
}
/** The driver, loaded on first use: only commands that open a SQLite database pay for it. */
function loadSqliteDriver() {
    loaded ??= loader();
    return loaded;
}
//# sourceMappingURL=sqlite-driver.js.map

/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ isNoormError),
/* harmony export */   Ks: () => (/* binding */ NotUpToDateError),
/* harmony export */   Ku: () => (/* binding */ LockError),
/* harmony export */   T$: () => (/* binding */ ConnectError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   f6: () => (/* binding */ FileError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   mQ: () => (/* binding */ NoormError),
/* harmony export */   p4: () => (/* binding */ InterruptedError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Typed errors of the engine. Every failure a user can meet is a NoormError with a stable `code`,
 * the process exit code a front end should use, and a hint that says what to do next. Only entry
 * points (CLI, TUI, Action) turn these into exit codes or screens.
 */
const ExitCode = {
    ok: 0,
    failure: 1,
    usage: 2,
    locked: 3,
    refused: 4,
    connect: 5,
    /** `status --exit-code` found work to do, or `change ff|next` refused a stale changeset. */
    notUpToDate: 6,
    sigint: 130,
    /** The reader of stdout or stderr went away (`noorm … | head -1`): 128 + SIGPIPE, as git's death by SIGPIPE shows. */
    sigpipe: 141,
    sigterm: 143,
};
class NoormError extends Error {
    code;
    exitCode;
    hint;
    file;
    line;
    constructor(code, exitCode, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.exitCode = exitCode;
        this.hint = options.hint;
        this.file = options.file;
        this.line = options.line;
    }
}
/** Bad flags, missing folders, unknown names: the user must change the invocation (exit 2). */
class UsageError extends NoormError {
    constructor(code, message, options) {
        super(code, ExitCode.usage, message, options);
    }
}
/** A file could not be read or its SQL failed (exit 1). */
class FileError extends NoormError {
    constructor(code, message, options) {
        super(code, ExitCode.failure, message, options);
    }
}
/** Another run holds the lock (exit 3). */
class LockError extends NoormError {
    constructor(code, message, options) {
        super(code, ExitCode.locked, message, options);
    }
}
/** Refused by protection, or a confirmation that could not be obtained (exit 4). */
class RefusedError extends NoormError {
    constructor(code, message, options) {
        super(code, ExitCode.refused, message, options);
    }
}
/** The database could not be reached or refused the credentials (exit 5). */
class ConnectError extends NoormError {
    /**
     * The server itself answered (refused the login, has no such database): it is up. Set by each
     * dialect's error mapping, so waiting for a server needs no knowledge of driver error codes.
     */
    serverAnswered;
    constructor(code, message, options = {}) {
        super(code, ExitCode.connect, message, options);
        this.serverAnswered = Boolean(options.serverAnswered);
    }
}
/** The database is not where it should be for this command: an applied changeset was edited (exit 6). */
class NotUpToDateError extends NoormError {
    constructor(code, message, options) {
        super(code, ExitCode.notUpToDate, message, options);
    }
}
/** The run was stopped by a signal (exit 130 for SIGINT, 143 for SIGTERM). */
class InterruptedError extends NoormError {
    constructor(signal) {
        super('interrupted', signal === 'SIGINT' ? ExitCode.sigint : ExitCode.sigterm, `Interrupted by ${signal}`, {
            hint: 'Files that had not finished were not recorded as successful; run the command again to continue.',
        });
    }
}
function isNoormError(value) {
    return value instanceof NoormError;
}
/** The message of anything thrown, without assuming it is an Error. */
function messageOf(value) {
    if (value instanceof Error)
        return value.message;
    return String(value);
}
//# sourceMappingURL=errors.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".noorm.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(35042);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
