/**
 * The built executable in a real terminal (tmux, its own server socket): what a person sees and
 * types, at 100×30 and 80×24. `CI` is removed from the program's environment (.ci/run sets it, and
 * with it noorm would rightly stay headless).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { NOORM_BIN, cleanEnv, runCli } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';
import { tableNames } from '../helpers/sqlite.js';

const TMUX = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
const socket = `noorm-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => {
    if (TMUX) tmux('kill-server');
    removeProjects();
});

function quote(text: string): string {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Starts `noorm <args>` in a fresh tmux window after a marker line; the shell reports the exit code after. */
function start(name: string, root: string, args: string[], size: { x: number; y: number }) {
    const env = cleanEnv({ CI: undefined, NOORM_IDENTITY: 'Terminal Test <tty@example.com>' });
    const command = `cd ${quote(root)} && echo BEFORE-NOORM && env -u CI ${[process.execPath, NOORM_BIN, ...args].map(quote).join(' ')}; echo EXIT=$?; sleep 600`;
    const result = tmux(
        'new-session',
        '-d',
        '-s',
        name,
        '-x',
        String(size.x),
        '-y',
        String(size.y),
        '-e',
        `PATH=${env['PATH']}`,
        '-e',
        'NOORM_IDENTITY=Terminal Test <tty@example.com>',
        command,
    );
    if (result.status !== 0) throw new Error(`tmux: ${result.stderr}`);
    const screen = () => tmux('capture-pane', '-p', '-t', name).stdout;
    return {
        screen,
        keys: (...keys: string[]) => tmux('send-keys', '-t', name, ...keys),
        async see(text: string | RegExp, timeoutMs = 20000): Promise<string> {
            const started = Date.now();
            for (;;) {
                const shown = screen();
                if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) {
                    await pause(150);
                    return shown;
                }
                if (Date.now() - started > timeoutMs) throw new Error(`the terminal never showed ${String(text)}; it shows:\n${shown}`);
                await pause(50);
            }
        },
    };
}

async function project(): Promise<string> {
    const root = makeProject({
        'schema/001_users.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n',
        'changesets/2024-01-15_add-status/change/001_status.sql': 'ALTER TABLE users ADD COLUMN status TEXT;\n',
        'changesets/2024-01-15_add-status/revert/001_status.sql': 'ALTER TABLE users DROP COLUMN status;\n',
    });
    for (const args of [
        ['-H', 'config', 'add', 'dev', '--dialect', 'sqlite', '--database', 'dev.sqlite'],
        ['-H', 'config', 'add', 'prod', '--dialect', 'sqlite', '--database', 'prod.sqlite', '--protected'],
    ]) {
        const result = await runCli(args, { cwd: root });
        expect(result.code).toBe(0);
    }
    return root;
}

if (!TMUX) process.stderr.write('\nSKIPPED: the terminal UI in a real terminal (tmux is not installed; scripts/ci/install-clients.sh installs it)\n\n');

(TMUX ? describe : describe.skip).each([
    [100, 30],
    [80, 24],
])('in a real terminal of %i×%i', (x, y) => {
    it('home shows sections and configs, tab moves, ? opens and esc closes the help, q exits 0 and gives the terminal back', async () => {
        const root = await project();
        const term = start(`home${x}`, root, [], { x, y });
        await term.see('config dev · sqlite dev.sqlite');
        const home = await term.see('(active)');
        expect(home).toContain('[Home]');
        expect(home).toMatch(/dev\s+\(active\)/);
        expect(home).toMatch(/prod.*🔒 protected/);
        expect(home).not.toContain('BEFORE-NOORM'); // the alternate screen
        expect(home.split('\n').filter(Boolean)).toHaveLength(y);

        term.keys('Tab');
        await term.see('[Config]');
        term.keys('?');
        await term.see('Help · type to search');
        term.keys('Escape');
        await term.see(/>\s+dev\s+\(active\)/);
        expect(term.screen()).not.toContain('Help · type to search');
        term.keys('q');
        const after = await term.see('EXIT=0');
        expect(after).toContain('BEFORE-NOORM');
        expect(after).not.toContain('[Config]');
    });

    it('`noorm config add` opens the form; `noorm run build` shows the plan, enter runs it, the table exists', async () => {
        const root = await project();
        const form = start(`add${x}`, root, ['config', 'add'], { x, y });
        await form.see('Save');
        expect(form.screen()).toMatch(/> name/);
        form.keys('Escape');
        await form.see('[Home]');
        form.keys('q');
        await form.see('EXIT=0');

        const build = start(`build${x}`, root, ['run', 'build'], { x, y });
        const plan = await build.see('Press enter to run the build');
        expect(plan).toMatch(/schema\/001_users\.sql\s+new/);
        build.keys('Enter');
        await build.see('✓ done');
        expect(tableNames(path.join(root, 'dev.sqlite'))).toContain('users');
        build.keys('C-c');
        await build.see('EXIT=0');
    });
});

describe('without a terminal', () => {
    it('`noorm` never waits for keys: it prints the usage and exits', async () => {
        const root = makeProject();
        const result = await runCli([], { cwd: root, env: { CI: undefined } });
        // As before the app existed: the usage, and exit 2 (a verb is missing).
        expect(result.code).toBe(2);
        expect(result.stdout + result.stderr).toContain('Usage: noorm');
        expect(result.stdout + result.stderr).toContain('opens the full-screen app');
    });
});
