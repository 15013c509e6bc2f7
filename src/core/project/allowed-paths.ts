import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type ErrorCode, type NoormErrorOptions } from '../errors.js';
import { isInside, toTrackedPath } from './root.js';

/**
 * Where noorm may read the files it runs or renders: the project root, and the folders allowed
 * with --allow-path / NOORM_ALLOW_PATHS (a monorepo's shared SQL). `ResolvedConfig.paths` is one.
 */
export interface PathRoots {
    /** Absolute project root. */
    root: string;
    /** Absolute folders allowed besides the project root. */
    allowed: readonly string[];
}

/** The roots with their links resolved, worked out once per config. */
const realRoots = new WeakMap<PathRoots, string[]>();

/**
 * The one rule for every file noorm reads to run or render: schema discovery, `run file` and
 * `run dir`, changeset folders and their `.txt` manifests, and templates' `load()`, `loadRows()`
 * and `include()`. The path as given and its real path (every link followed) must each lie inside
 * the project root or an allowed folder: a link inside the project must not bring in a file from
 * elsewhere, and a dry run must not show one.
 *
 * `subject` is how the error names the path ("schema/x.sql", "change/001.txt line 2 lists y, which").
 */
export function assertAllowedPath(roots: PathRoots, absolute: string, options: { subject?: string; code?: ErrorCode; where?: NoormErrorOptions } = {}): void {
    const real = realPathOf(absolute);
    const within = (target: string, candidates: readonly string[]) => candidates.some((candidate) => isInside(candidate, target));
    if (within(absolute, [roots.root, ...roots.allowed]) && within(real, resolvedRoots(roots))) return;
    const subject = options.subject ?? shownPath(roots, absolute);
    const leadsTo = real !== absolute && !within(real, resolvedRoots(roots)) ? ` (it leads to ${real})` : '';
    throw new UsageError(options.code ?? 'path-outside-project', `${subject} is outside the project${leadsTo}`, {
        ...options.where,
        hint: `noorm reads only files inside the project root (${roots.root})${roots.allowed.length ? ` and the allowed folders (${roots.allowed.join(', ')})` : ''}, links followed. To allow another folder (a monorepo's shared SQL, say), pass --allow-path <dir> or set NOORM_ALLOW_PATHS; otherwise move the file into the project.`,
    });
}

/** The path relative to the project root when it is inside it, else as it is. */
export function shownPath(roots: Pick<PathRoots, 'root'>, absolute: string): string {
    return isInside(roots.root, absolute) ? toTrackedPath(roots.root, absolute) : absolute;
}

function resolvedRoots(roots: PathRoots): string[] {
    let real = realRoots.get(roots);
    if (!real) {
        real = [roots.root, ...roots.allowed].map((root) => realPathOf(root));
        realRoots.set(roots, real);
    }
    return real;
}

/**
 * The real path of `absolute`, every link followed. A path that does not exist is judged by where
 * it would be: a dangling link by its target, anything else by its nearest existing folder.
 */
export function realPathOf(absolute: string, depth = 0): string {
    try {
        return realpathSync(absolute);
    } catch {
        // missing: see below
    }
    try {
        if (depth < 40 && lstatSync(absolute).isSymbolicLink()) return realPathOf(path.resolve(path.dirname(absolute), readlinkSync(absolute)), depth + 1);
    } catch {
        // not there at all
    }
    const parent = path.dirname(absolute);
    if (parent === absolute || depth >= 40) return absolute;
    return path.join(realPathOf(parent, depth + 1), path.basename(absolute));
}
