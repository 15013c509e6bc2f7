import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FileError, UsageError } from '../errors.js';
import { assertAllowedPath, type PathRoots } from '../project/allowed-paths.js';
import { toTrackedPath } from '../project/root.js';
import { discoverFiles, isRunnableName } from '../runner/discover.js';
import { compareChangesetNames, namesExactly } from './naming.js';

/** One file a changeset runs, and the manifest line that listed it (if a .txt did). */
export interface ChangesetFile {
    absolute: string;
    via?: { manifest: string; line: number };
}

export interface Changeset {
    /** The folder name, e.g. `2026-12-03T143005_add-email-verification` (see naming.ts). */
    name: string;
    dir: string;
    change: ChangesetFile[];
    revert: ChangesetFile[];
    /**
     * A `non-atomic` file in the folder: its files run one by one, each recorded as it completes,
     * instead of all-or-nothing in one transaction. Needed for `-- noorm:no-transaction` files.
     */
    nonAtomic: boolean;
}

export type Direction = 'change' | 'revert';

/** The file that marks a changeset as non-atomic. */
export const NON_ATOMIC_MARKER = 'non-atomic';

/**
 * Every changeset below the changesets folder, in the order they apply in (creation order, see naming.ts). A missing folder means no
 * changesets. Files are read in filename order; `.txt` manifests expand in place into the files they
 * list, checked (present, inside the project) before anything runs.
 */
export function listChangesets(roots: PathRoots, folder: string): Changeset[] {
    if (!existsSync(folder)) return [];
    if (!statSync(folder).isDirectory()) throw new UsageError('not-a-folder', `The changesets folder ${folder} is not a folder`);
    return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
        .map((entry) => entry.name)
        .filter((name) => statSync(path.join(folder, name)).isDirectory())
        .sort(compareChangesetNames)
        .map((name) => readChangeset(roots, path.join(folder, name), name));
}

function readChangeset(roots: PathRoots, dir: string, name: string): Changeset {
    return {
        name,
        dir,
        change: filesOf(roots, path.join(dir, 'change')),
        revert: filesOf(roots, path.join(dir, 'revert')),
        nonAtomic: existsSync(path.join(dir, NON_ATOMIC_MARKER)),
    };
}

function filesOf(roots: PathRoots, dir: string): ChangesetFile[] {
    if (!existsSync(dir)) return [];
    const files: ChangesetFile[] = [];
    for (const entry of listEntries(roots, dir)) {
        if (/\.txt$/i.test(entry)) files.push(...readManifest(roots, entry));
        else files.push({ absolute: entry });
    }
    return files;
}

/** SQL files and .txt manifests below `dir`, in folders too, in the natural filename order of a build. */
function listEntries(roots: PathRoots, dir: string): string[] {
    return discoverFiles(roots, dir, (name) => isRunnableName(name) || (/\.txt$/i.test(name) && !name.startsWith('_') && !name.startsWith('.')));
}

/** A manifest: one path a line, relative to the manifest's folder; `#` comments and blank lines ignored. */
function readManifest(roots: PathRoots, manifest: string): ChangesetFile[] {
    const tracked = toTrackedPath(roots.root, manifest);
    const files: ChangesetFile[] = [];
    readFileSync(manifest, 'utf8')
        .split(/\r?\n/)
        .forEach((raw, index) => {
            const line = raw.replace(/(^|\s)#.*$/, '').trim();
            if (!line) return;
            const where = { file: tracked, line: index + 1 };
            const absolute = path.resolve(path.dirname(manifest), line);
            assertAllowedPath(roots, absolute, { subject: `${tracked} line ${index + 1} lists ${line}, which`, code: 'manifest-outside-project', where });
            if (!existsSync(absolute) || !statSync(absolute).isFile()) {
                throw new FileError('manifest-missing-file', `${tracked} line ${index + 1} lists ${line}, which does not exist`, where);
            }
            if (!/\.sql(\.eta)?$/i.test(absolute)) {
                throw new UsageError('manifest-not-sql', `${tracked} line ${index + 1} lists ${line}, which is not a .sql or .sql.eta file`, where);
            }
            files.push({ absolute, via: { manifest: tracked, line: index + 1 } });
        });
    return files;
}

/**
 * Finds a changeset by its name: exactly (the whole name, or without its date and time), else by a
 * unique part of it. An exact name wins over names that merely contain it (`add-isbn` beside
 * `add-isbn-index`). Unknown or ambiguous names are usage errors listing the candidates.
 */
export function findChangeset(changesets: readonly Changeset[], given: string): Changeset {
    const whole = changesets.find((changeset) => changeset.name === given);
    if (whole) return whole;
    const exact = changesets.filter((changeset) => namesExactly(changeset.name, given));
    const matches = exact.length ? exact : changesets.filter((changeset) => changeset.name.includes(given));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
        throw new UsageError('ambiguous-changeset', `"${given}" matches ${matches.length} changesets`, {
            hint: `Candidates: ${matches.map((c) => c.name).join(', ')}. Give more of the name.`,
        });
    }
    throw new UsageError('unknown-changeset', `No changeset matches "${given}"`, {
        hint: changesets.length ? `Changesets: ${changesets.map((c) => c.name).join(', ')}.` : 'There are no changesets yet; create one with `noorm change add <name>`.',
    });
}
