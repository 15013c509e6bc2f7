/**
 * The screens of the terminal UI and how a command line names them. Loads nothing (no ink, no
 * engine): the executable reads it to decide, before anything heavy is imported, whether a command
 * line opens the app or runs headless.
 */

export type Section = 'config' | 'change' | 'run' | 'db' | 'lock';

export type Route =
    | 'home'
    | 'config'
    | 'config/add'
    | 'config/edit'
    | 'config/rm'
    | 'config/cp'
    | 'config/use'
    | 'change'
    | 'change/add'
    | 'change/edit'
    | 'change/rm'
    | 'change/run'
    | 'change/revert'
    | 'change/next'
    | 'change/ff'
    | 'run'
    | 'run/build'
    | 'run/file'
    | 'run/dir'
    | 'db'
    | 'db/create'
    | 'db/destroy'
    | 'lock'
    | 'lock/status'
    | 'lock/release';

export type Params = Readonly<Record<string, string>>;

export interface Location {
    route: Route;
    params: Params;
}

interface RouteInfo {
    route: Route;
    /** What the palette and the header call it. */
    title: string;
    /** Positional parameters the command line fills in, in order (`config edit <name>`). */
    params?: readonly string[];
}

export const SECTIONS: readonly Section[] = ['config', 'change', 'run', 'db', 'lock'];

export const SECTION_TITLES: Record<Section, string> = { config: 'Config', change: 'Change', run: 'Run', db: 'DB', lock: 'Lock' };

export const ROUTES: readonly RouteInfo[] = [
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

export function routeInfo(route: Route): RouteInfo {
    return ROUTES.find((info) => info.route === route)!;
}

export function sectionOf(route: Route): Section | null {
    const head = route.split('/')[0] as Section | 'home';
    return head === 'home' ? null : head;
}

/** `list` and `status` are the lists themselves: `noorm config list` opens `config`. */
const ALIASES: Partial<Record<string, Route>> = { 'config/list': 'config', 'change/list': 'change', 'lock/status': 'lock/status', 'db/drop': 'db/destroy' };

/**
 * The screen a command line opens, or null when it is not one of the app's (`init`, `secret`,
 * `config export`, anything with options): those run headless as they always did.
 */
export function locationFromArgv(argv: readonly string[]): Location | null {
    if (argv.some((word) => word.startsWith('-'))) return null;
    if (!argv.length) return { route: 'home', params: {} };
    const [area, verb, ...rest] = argv;
    if (!SECTIONS.includes(area as Section)) return null;
    if (verb === undefined) return { route: area as Route, params: {} };
    const key = `${area}/${verb}`;
    const route = ALIASES[key] ?? (ROUTES.some((info) => info.route === key) ? (key as Route) : null);
    if (!route) return null;
    const names = routeInfo(route).params ?? [];
    if (rest.length > names.length) return null;
    const params: Record<string, string> = {};
    rest.forEach((value, i) => (params[names[i]!] = value));
    return { route, params };
}

/** `1`, `true`, `yes`, `on` (any case). */
function envFlag(value: string | undefined): boolean {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

/**
 * Whether this start opens the app: a person at a terminal (stdin and stdout), not CI, not asked for
 * headless (`-H`, `NOORM_HEADLESS`), JSON or up-front confirmation, and a command line naming a screen.
 */
export function tuiLocation(argv: readonly string[], env: NodeJS.ProcessEnv, interactive: boolean): Location | null {
    if (!interactive || envFlag(env['CI']) || envFlag(env['NOORM_HEADLESS']) || envFlag(env['NOORM_JSON']) || envFlag(env['NOORM_YES'])) return null;
    return locationFromArgv(argv);
}
