import { describe, expect, it } from '@jest/globals';
import { ROUTES, locationFromArgv, tuiLocation } from '../../src/tui/routes.js';

describe('which command lines open the app', () => {
    it('maps the words of a command line to a screen and its parameters', () => {
        expect(locationFromArgv([])).toEqual({ route: 'home', params: {} });
        expect(locationFromArgv(['config'])).toEqual({ route: 'config', params: {} });
        expect(locationFromArgv(['config', 'list'])).toEqual({ route: 'config', params: {} });
        expect(locationFromArgv(['config', 'add'])).toEqual({ route: 'config/add', params: {} });
        expect(locationFromArgv(['config', 'edit', 'prod'])).toEqual({ route: 'config/edit', params: { name: 'prod' } });
        expect(locationFromArgv(['config', 'cp', 'dev', 'dev2'])).toEqual({ route: 'config/cp', params: { from: 'dev', to: 'dev2' } });
        expect(locationFromArgv(['change', 'run', 'add-users'])).toEqual({ route: 'change/run', params: { name: 'add-users' } });
        expect(locationFromArgv(['change', 'next', '3'])).toEqual({ route: 'change/next', params: { count: '3' } });
        expect(locationFromArgv(['run', 'build'])).toEqual({ route: 'run/build', params: {} });
        expect(locationFromArgv(['run', 'file', 'schema/001.sql'])).toEqual({ route: 'run/file', params: { path: 'schema/001.sql' } });
        expect(locationFromArgv(['db', 'destroy'])).toEqual({ route: 'db/destroy', params: {} });
        expect(locationFromArgv(['lock'])).toEqual({ route: 'lock', params: {} });
    });

    it('every route of the graph is reachable from a command line', () => {
        for (const { route } of ROUTES) {
            if (route === 'home') continue;
            expect(locationFromArgv(route.split('/'))?.route).toBe(route);
        }
    });

    it('leaves everything else headless: options, other verbs, extra words', () => {
        for (const argv of [
            ['-H'],
            ['run', 'build', '--dry-run'],
            ['--json', 'config', 'list'],
            ['init'],
            ['secret', 'set', 'K'],
            ['config', 'export', 'prod'],
            ['run', 'build', 'extra'],
            ['--version'],
            ['--help'],
        ])
            expect(locationFromArgv(argv)).toBeNull();
    });

    it('opens only on a terminal, without CI, NOORM_HEADLESS, NOORM_JSON or NOORM_YES', () => {
        expect(tuiLocation(['run', 'build'], {}, true)).toEqual({ route: 'run/build', params: {} });
        expect(tuiLocation(['run', 'build'], {}, false)).toBeNull();
        for (const env of [{ CI: 'true' }, { CI: '1' }, { NOORM_HEADLESS: '1' }, { NOORM_JSON: '1' }, { NOORM_YES: 'yes' }])
            expect(tuiLocation(['run', 'build'], env, true)).toBeNull();
        expect(tuiLocation([], { CI: 'false' }, true)).toEqual({ route: 'home', params: {} });
    });
});
