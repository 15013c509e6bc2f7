import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { FileError, UsageError } from '../errors.js';
import { assertAllowedPath, type PathRoots } from '../project/allowed-paths.js';
import { compareNatural } from './natural-sort.js';

/** File names noorm runs as SQL. Everything else in a folder (data files, docs) is ignored. */
export function isRunnableName(name: string): boolean {
    return /\.sql(\.eta)?$/i.test(name) && !isIgnoredName(name);
}

/** Names starting with `_` are partials and data; names starting with `.` are hidden. */
function isIgnoredName(name: string): boolean {
    return name.startsWith('_') || name.startsWith('.');
}

/**
 * Lists the runnable files below `dir`, recursively, in natural filename order with folders sorted
 * among files (`001_tables/` runs before `002_views.sql`). The folder, and every link met on the
 * way, must lead inside the project or an allowed folder (assertAllowedPath).
 */
export function discoverSqlFiles(roots: PathRoots, dir: string, label = 'folder'): string[] {
    return discoverFiles(roots, dir, isRunnableName, label);
}

/** Like discoverSqlFiles, for any kind of file `accept` takes (changesets add .txt manifests). */
export function discoverFiles(roots: PathRoots, dir: string, accept: (name: string) => boolean, label = 'folder'): string[] {
    let stat;
    try {
        stat = statSync(dir);
    } catch {
        throw new UsageError('missing-folder', `The ${label} ${dir} does not exist`, {
            hint: label === 'schema folder' ? 'Create it, or point --schema-path / NOORM_SCHEMA_PATH at your schema folder.' : undefined,
        });
    }
    if (!stat.isDirectory()) throw new UsageError('not-a-folder', `The ${label} ${dir} is not a folder`);
    assertAllowedPath(roots, dir);
    const files: string[] = [];
    walk(roots, dir, files, new Set(), accept);
    return files;
}

/** Entries that are not links lie where their folder does, so only the links need checking. */
function walk(roots: PathRoots, dir: string, out: string[], visited: Set<string>, accept: (name: string) => boolean): void {
    const real = realpathSync(dir);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);

    let entries: Dirent[];
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
        throw new FileError('unreadable-folder', `Cannot read the folder ${dir}`, { cause: error });
    }
    entries.sort((a, b) => compareNatural(a.name, b.name));
    for (const entry of entries) {
        if (isIgnoredName(entry.name)) continue;
        const full = path.join(dir, entry.name);
        const kind = entry.isSymbolicLink() ? followLink(full, entry.name) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
        if (entry.isSymbolicLink() && (kind === 'dir' || (kind === 'file' && accept(entry.name)))) assertAllowedPath(roots, full);
        if (kind === 'dir') walk(roots, full, out, visited, accept);
        else if (kind === 'file' && accept(entry.name)) out.push(full);
    }
}

function followLink(full: string, name: string): 'dir' | 'file' | 'other' {
    try {
        const target = statSync(full);
        return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
    } catch {
        // A dangling link named like a SQL file is listed, so reading it reports the problem
        // instead of the file silently not running.
        return isRunnableName(name) ? 'file' : 'other';
    }
}
