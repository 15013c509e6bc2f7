import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LockError } from '../errors.js';

/** The `.noorm/` folder of a project; created with a `.gitignore` holding `*`, so nothing in it is committed. */
export function ensureNoormDir(root: string): string {
    const dir = path.join(root, '.noorm');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const ignore = path.join(dir, '.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, '# Written by noorm: nothing in this folder belongs in version control.\n*\n');
    return dir;
}

/** Replaces `file` with `content` atomically: a temp file beside it, fsync, rename, fsync of the folder. */
export function writeFileAtomic(file: string, content: string): void {
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    const fd = openSync(temp, 'w', 0o600);
    try {
        writeSync(fd, content);
        fsyncSync(fd);
    } finally {
        closeSync(fd);
    }
    try {
        renameSync(temp, file);
    } catch (error) {
        try {
            unlinkSync(temp);
        } catch {
            // already gone
        }
        throw error;
    }
    try {
        const dir = openSync(path.dirname(file), 'r');
        try {
            fsyncSync(dir);
        } finally {
            closeSync(dir);
        }
    } catch {
        // Some platforms cannot fsync a folder; the rename is still atomic.
    }
}

/**
 * Runs `fn` holding an exclusive lock file, so two processes changing the state one after another
 * both see the other's change (read-modify-write under the lock). A lock left by a process that
 * died is taken over.
 */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    const me = `${process.pid}@${os.hostname()}@${randomUUID()}`;
    for (;;) {
        try {
            const fd = openSync(lockFile, 'wx', 0o600);
            try {
                writeSync(fd, me);
            } finally {
                closeSync(fd);
            }
            break;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            const stale = staleHolder(lockFile);
            if (stale !== null) {
                // Remove exactly the stale lock seen, not one another process created meanwhile.
                if (holderOf(lockFile) === stale) {
                    try {
                        unlinkSync(lockFile);
                    } catch {
                        // another process took it first
                    }
                }
                continue;
            }
            if (Date.now() > deadline) {
                throw new LockError('state-locked', `Another noorm process is changing ${path.dirname(lockFile)} (lock held by ${holderOf(lockFile)})`, {
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
            utimesSync(lockFile, now, now);
        } catch {
            // gone: nothing to keep fresh
        }
    }, 10_000);
    touch.unref();
    try {
        return await fn();
    } finally {
        clearInterval(touch);
        try {
            if (holderOf(lockFile) === me) unlinkSync(lockFile);
        } catch {
            // already gone
        }
    }
}

function holderOf(lockFile: string): string {
    try {
        return readFileSync(lockFile, 'utf8') || 'unknown';
    } catch {
        return 'unknown';
    }
}

/** The lock file's content when its holder is gone (or it was not touched for a minute), else null. */
function staleHolder(lockFile: string): string | null {
    try {
        const holder = holderOf(lockFile);
        const [pid, host] = holder.split('@');
        if (host === os.hostname() && pid && !processAlive(Number(pid))) return holder;
        // Held locks are touched every 10 s; one untouched for a minute belongs to nobody.
        return Date.now() - statSync(lockFile).mtimeMs > 60_000 ? holder : null;
    } catch {
        return null;
    }
}

function processAlive(pid: number): boolean {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}
