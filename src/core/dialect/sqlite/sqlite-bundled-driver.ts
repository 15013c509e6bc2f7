import { readFileSync } from 'node:fs';
import { ConnectError, messageOf } from '../../errors.js';
import type { SqliteDriver } from './sqlite-driver.js';

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
const PLATFORMS: Record<string, () => Promise<{ default: SqliteDriver }>> = {
    'linux-x64': () => import('better-sqlite3/linux-x64'),
    'linux-arm64': () => import('better-sqlite3/linux-arm64'),
    'darwin-x64': () => import('better-sqlite3/darwin-x64'),
    'darwin-arm64': () => import('better-sqlite3/darwin-arm64'),
    'win32-x64': () => import('better-sqlite3/win32-x64'),
    'win32-arm64': () => import('better-sqlite3/win32-arm64'),
};

export async function loadBundledSqliteDriver(): Promise<SqliteDriver> {
    const platform = `${process.platform}${isMusl() ? 'musl' : ''}-${process.arch}`;
    const load = PLATFORMS[platform];
    const hint =
        'This noorm bundle carries SQLite binaries for Linux (glibc) x64 and arm64, macOS and Windows. ' +
        'Elsewhere, install noorm from npm (npm install noorm), which brings the binary for this platform.';
    if (!load) throw new ConnectError('sqlite-platform-unsupported', `No SQLite binary for ${platform} in this noorm bundle`, { hint });
    try {
        const Database = (await load()).default;
        // The binary is loaded by the first open, not the import: fail here, not as a file that will not open.
        new Database(':memory:').close();
        return Database;
    } catch (error) {
        throw new ConnectError('sqlite-binary-failed', `The SQLite binary for ${platform} did not load: ${messageOf(error)}`, { hint, cause: error });
    }
}

/** A glibc binary loaded into a musl process fails with an unreadable linker error: tell them apart first. */
function isMusl(): boolean {
    if (process.platform !== 'linux') return false;
    try {
        // The C library's loader mapped into this process says which one it is (as better-sqlite3 checks).
        return /\/ld-musl-[^/\s]*\.so/.test(readFileSync('/proc/self/maps', 'latin1'));
    } catch {
        return false;
    }
}
