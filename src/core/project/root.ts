import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The project root is the nearest folder upwards from `cwd` that contains `.noorm/`, else `cwd`
 * itself. Every tracked path is relative to it, so the same checkout run from any sub-folder (or
 * from another machine) records the same paths.
 */
export function findProjectRoot(cwd: string): string {
    let dir = path.resolve(cwd);
    for (;;) {
        const marker = path.join(dir, '.noorm');
        if (existsSync(marker) && statSync(marker).isDirectory()) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) return path.resolve(cwd);
        dir = parent;
    }
}

/** True when `target` (absolute) is `root` or lies below it. */
export function isInside(root: string, target: string): boolean {
    const rel = path.relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Project-relative path with `/` separators, as stored in the tracking tables, so the same checkout
 * records the same paths on every machine. A file in an allowed folder outside the project is
 * tracked as `../…`. Which paths may be read at all is one rule: assertAllowedPath.
 */
export function toTrackedPath(root: string, absolute: string): string {
    return path.relative(root, absolute).split(path.sep).join('/');
}
