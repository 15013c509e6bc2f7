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
