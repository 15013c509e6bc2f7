export const id = 810;
export const ids = [810];
export const modules = {

/***/ 74810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   _Z: () => (/* binding */ SECTION_TITLES),
/* harmony export */   bP: () => (/* binding */ SECTIONS),
/* harmony export */   bw: () => (/* binding */ ROUTES),
/* harmony export */   iZ: () => (/* binding */ routeInfo),
/* harmony export */   tuiLocation: () => (/* binding */ tuiLocation)
/* harmony export */ });
/* unused harmony export locationFromArgv */
/**
 * The screens of the terminal UI and how a command line names them. Loads nothing (no ink, no
 * engine): the executable reads it to decide, before anything heavy is imported, whether a command
 * line opens the app or runs headless.
 */
const SECTIONS = ['config', 'change', 'run', 'db', 'lock'];
const SECTION_TITLES = { config: 'Config', change: 'Change', run: 'Run', db: 'DB', lock: 'Lock' };
const ROUTES = [
    { route: 'home', title: 'Home' },
    { route: 'config', title: 'Configs' },
    { route: 'config/add', title: 'Add a config' },
    { route: 'config/edit', title: 'Edit a config', params: ['name'] },
    { route: 'config/rm', title: 'Remove a config', params: ['name'] },
    { route: 'config/cp', title: 'Copy a config', params: ['from', 'to'] },
    { route: 'config/use', title: 'Use a config', params: ['name'] },
    { route: 'change', title: 'Changesets' },
    { route: 'change/add', title: 'Add a changeset', params: ['name'] },
    { route: 'change/edit', title: 'Edit a changeset', params: ['name'] },
    { route: 'change/rm', title: 'Remove a changeset', params: ['name'] },
    { route: 'change/run', title: 'Run a changeset', params: ['name'] },
    { route: 'change/revert', title: 'Revert a changeset', params: ['name'] },
    { route: 'change/next', title: 'Apply the next changesets', params: ['count'] },
    { route: 'change/ff', title: 'Apply all pending changesets' },
    { route: 'run', title: 'Run SQL' },
    { route: 'run/build', title: 'Build the schema' },
    { route: 'run/file', title: 'Run a file', params: ['path'] },
    { route: 'run/dir', title: 'Run a folder', params: ['path'] },
    { route: 'db', title: 'Database' },
    { route: 'db/create', title: 'Create the database' },
    { route: 'db/destroy', title: 'Destroy the database' },
    { route: 'lock', title: 'Lock' },
    { route: 'lock/status', title: 'Lock status' },
    { route: 'lock/release', title: 'Release the lock' },
];
function routeInfo(route) {
    return ROUTES.find((info) => info.route === route);
}
function sectionOf(route) {
    const head = route.split('/')[0];
    return head === 'home' ? null : head;
}
/** `list` and `status` are the lists themselves: `noorm config list` opens `config`. */
const ALIASES = { 'config/list': 'config', 'change/list': 'change', 'lock/status': 'lock/status', 'db/drop': 'db/destroy' };
/**
 * The screen a command line opens, or null when it is not one of the app's (`init`, `secret`,
 * `config export`, anything with options): those run headless as they always did.
 */
function locationFromArgv(argv) {
    if (argv.some((word) => word.startsWith('-')))
        return null;
    if (!argv.length)
        return { route: 'home', params: {} };
    const [area, verb, ...rest] = argv;
    if (!SECTIONS.includes(area))
        return null;
    if (verb === undefined)
        return { route: area, params: {} };
    const key = `${area}/${verb}`;
    const route = ALIASES[key] ?? (ROUTES.some((info) => info.route === key) ? key : null);
    if (!route)
        return null;
    const names = routeInfo(route).params ?? [];
    if (rest.length > names.length)
        return null;
    const params = {};
    rest.forEach((value, i) => (params[names[i]] = value));
    return { route, params };
}
/** `1`, `true`, `yes`, `on` (any case). */
function envFlag(value) {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
/**
 * Whether this start opens the app: a person at a terminal (stdin and stdout), not CI, not asked for
 * headless (`-H`, `NOORM_HEADLESS`), JSON or up-front confirmation, and a command line naming a screen.
 */
function tuiLocation(argv, env, interactive) {
    if (!interactive || envFlag(env['CI']) || envFlag(env['NOORM_HEADLESS']) || envFlag(env['NOORM_JSON']) || envFlag(env['NOORM_YES']))
        return null;
    return locationFromArgv(argv);
}
//# sourceMappingURL=routes.js.map

/***/ })

};
