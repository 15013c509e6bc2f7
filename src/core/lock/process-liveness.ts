import { readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';

/** Whether a lock's holder is still there: the server (or, for SQLite, this host) can tell, or it cannot. */
export type HolderLiveness = 'alive' | 'dead' | 'unknown';

/**
 * SQLite: a holder is alive exactly when its process is, and that can only be told on the same
 * host, in the same pid namespace. The row records the process's start time (`proc:<ns>:<start>`),
 * so a pid reused after a crash or a reboot is not mistaken for the holder.
 */
export function processLiveness(holder: { host: string | null; pid: number | null; sessionId: string | null }): HolderLiveness {
    if (holder.host !== os.hostname() || !holder.pid) return 'unknown';
    const recorded = /^proc:([^:]*):(\d+)$/.exec(holder.sessionId ?? '');
    const here = processIdentity(holder.pid);
    if (!recorded || recorded[1] !== pidNamespace()) return here === null && !recorded ? signalLiveness(holder.pid) : 'unknown';
    if (here === null) return 'dead';
    return here === recorded[2] ? 'alive' : 'dead';
}

function signalLiveness(pid: number): HolderLiveness {
    try {
        process.kill(pid, 0);
        return 'alive';
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'alive' : 'dead';
    }
}

/** `proc:<pid namespace>:<start time>` of this process, where /proc tells (Linux); null elsewhere. */
export function processTag(): string | null {
    const start = processIdentity(process.pid);
    return start === null ? null : `proc:${pidNamespace()}:${start}`;
}

/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or null. */
function processIdentity(pid: number): string | null {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
    } catch {
        return null;
    }
}

/** The inode of this process's pid namespace (`pid:[4026531836]` → `4026531836`), or ''. */
function pidNamespace(): string {
    try {
        return /\d+/.exec(readlinkSync('/proc/self/ns/pid'))?.[0] ?? '';
    } catch {
        return '';
    }
}
