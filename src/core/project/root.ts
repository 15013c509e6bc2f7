import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

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
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * True when `target`, with symlinks followed, still lies inside `root` (symlinks followed too): a
 * link inside the project must not smuggle in a file from elsewhere. A path that does not exist yet
 * is judged by its name alone.
 */
export function isInsideReal(root: string, target: string): boolean {
    let realRoot: string;
    let realTarget: string;
    try {
        realRoot = realpathSync(root);
        realTarget = realpathSync(target);
    } catch {
        return isInside(root, target);
    }
    return isInside(realRoot, realTarget);
}

/**
 * Project-relative path with `/` separators, as stored in the tracking tables. Paths that leave
 * the project are refused: their tracked name would depend on where the project was checked out.
 */
export function toTrackedPath(root: string, absolute: string): string {
    if (!isInside(root, absolute)) {
        throw new UsageError('path-outside-project', `${absolute} is outside the project root ${root}`, {
            hint: 'noorm only runs files inside the project (the folder holding .noorm/, or the working directory). Move the file into the project or run noorm from a folder that contains it.',
        });
    }
    return path.relative(root, absolute).split(path.sep).join('/');
}

/** Resolves a path given relative to `base` and insists that it stays inside the project. */
export function resolveInsideProject(root: string, base: string, given: string): string {
    const absolute = path.resolve(base, given);
    toTrackedPath(root, absolute);
    return absolute;
}
