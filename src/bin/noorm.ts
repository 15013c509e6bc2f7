#!/usr/bin/env node
/**
 * The `noorm` executable. Decides what to load before loading it: `--version` answers without
 * importing anything, the headless CLI is imported lazily, and the engine and database drivers only
 * when a command needs them.
 */
import { readFileSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';

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
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(141);
        throw error;
    });
}

function version(): string {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version()}\n`);
} else {
    // V8 keeps the compiled code of noorm's modules on disk (Node's compile cache), so later runs
    // start sooner. In the user's own cache folder, not the shared temp folder, where another user
    // could plant code; NODE_COMPILE_CACHE picks another folder, NODE_DISABLE_COMPILE_CACHE=1 turns
    // it off. Best effort: an unwritable folder only means no cache.
    try {
        if (!process.env['NODE_COMPILE_CACHE']) {
            const cacheHome = process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
            module.enableCompileCache?.(path.join(cacheHome, 'noorm', 'compile-cache'));
        }
    } catch {
        // no cache
    }
    // A run makes many short-lived objects per file; V8 would double its young generation again and
    // again to hold them, for a peak memory twice what a 10,000-file build needs, at no gain in speed.
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    // A person at a terminal gets the app (ink and react load only then); everything else, headless.
    const { tuiLocation } = await import('../tui/routes.js');
    const location = tuiLocation(argv, process.env, Boolean(process.stdin.isTTY && process.stdout.isTTY));
    if (location) {
        const env = { ...process.env };
        // Colour follows NO_COLOR (chalk reads FORCE_COLOR when it loads); React without its development checks.
        if (process.env['NO_COLOR'] && !process.env['FORCE_COLOR']) process.env['FORCE_COLOR'] = '0';
        process.env['NODE_ENV'] ??= 'production';
        const { openTui } = await import('../tui/main.js');
        process.exitCode = await openTui({ cwd: process.cwd(), env, location });
    } else {
        const { main } = await import('../cli/main.js');
        process.exitCode = await main(
            argv,
            {
                cwd: process.cwd(),
                env: process.env,
                stdout: process.stdout,
                stderr: process.stderr,
                interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
            },
            version(),
        );
    }
}
