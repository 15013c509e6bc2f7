import { isDue, type ChangesetInfo, type JsonDocument } from '../core/index.js';

/**
 * The parts of the shared result document (core's `resultDocument` / `failureDocument`, already
 * redacted) that this face reads. Everything the Action shows is drawn from that one document, so
 * the summary, the outputs and the comment cannot show what the CLI's `--json` would not.
 */
export interface FileEntry {
    path: string;
    status: string;
    checksum?: string;
    durationMs?: number;
    error?: { message: string; line?: number };
    sql?: string;
    notes?: string[];
}

export interface ChangesetEntry {
    name: string;
    direction?: string | null;
    status: string;
    files?: FileEntry[];
    durationMs?: number;
    executedAt?: string | null;
    executedBy?: string | null;
    error?: { message: string; file?: string | null; line?: number | null } | string | null;
}

export interface ErrorEntry {
    code: string;
    exitCode: number;
    message: string;
    hint: string | null;
    file: string | null;
    line: number | null;
}

export interface WarningEntry {
    code: string;
    message: string;
    changeset?: string;
    file?: string;
}

export type Document = JsonDocument & {
    dryRun?: boolean;
    config?: string;
    dialect?: string;
    target?: string;
    files?: FileEntry[];
    notRun?: string[];
    baselined?: string[];
    /** The changesets of a run or list; `status` has groups of names by state here instead (see runChangesets). */
    changesets?: ChangesetEntry[] | Record<string, unknown>;
    message?: string;
    warnings?: WarningEntry[];
    error?: ErrorEntry;
};

export const asDocument = (document: JsonDocument): Document => document as Document;

/**
 * What the summary, the counts and the annotations read of a document. `up` nests the build's
 * result (`build`) and the changesets' (`changes`): its view has their files and changesets at the
 * top, as `run build` and `change ff` have them. The `json` output stays the document itself.
 */
/** The changesets of a run or a list; none for `status`, whose groups by state are no such list. */
export function runChangesets(document: Document): ChangesetEntry[] {
    return Array.isArray(document.changesets) ? document.changesets : [];
}

export function viewOf(document: Document): Document {
    if (document.command !== 'up') return document;
    const build = (document['build'] ?? null) as Document | null;
    const changes = (document['changes'] ?? null) as Document | null;
    return {
        ...document,
        files: build?.files ?? [],
        ...(build?.notRun?.length ? { notRun: build.notRun } : {}),
        ...(build?.baselined?.length ? { baselined: build.baselined } : {}),
        changesets: changes?.changesets ?? [],
        ...(changes?.message ? { message: changes.message } : {}),
    };
}

/** `success`, `failed` or `nothing-to-do`: the `status` output. */
export type StepStatus = 'success' | 'failed' | 'nothing-to-do';

const WOULD_RUN = new Set(['new', 'changed', 'failed']);

export function stepStatus(document: Document): StepStatus {
    if (!document.ok) return 'failed';
    if (document.command === 'up') {
        const ran = (document.files ?? []).some((file) => file.status === 'success' || file.status === 'failed');
        return ran || document.baselined?.length || runChangesets(document).length ? 'success' : 'nothing-to-do';
    }
    if (document.files) {
        const ran = document.files.some((file) => (document.dryRun ? WOULD_RUN.has(file.status) : file.status === 'success' || file.status === 'failed'));
        return ran || document.baselined?.length ? 'success' : 'nothing-to-do';
    }
    if (Array.isArray(document.changesets) && /^change (run|revert|next|ff)$/.test(document.command ?? '')) return document.changesets.length ? 'success' : 'nothing-to-do';
    if (document['changed'] === false) return 'nothing-to-do';
    return 'success';
}

/** The counts the outputs give, as the numbers a later step compares. */
export function counts(document: Document): Record<'files-run' | 'files-skipped' | 'files-failed' | 'files-planned' | 'changesets-applied' | 'changesets-pending', number> {
    const files = document.files ?? [];
    const changesets = runChangesets(document);
    const changesetFiles = changesets.flatMap((changeset) => changeset.files ?? []);
    const all = [...files, ...changesetFiles];
    const isList = document.command === 'change list';
    return {
        'files-run': document.dryRun ? 0 : all.filter((file) => file.status === 'success' || file.status === 'failed').length,
        'files-skipped': all.filter((file) => file.status === 'skipped' || file.status === 'unchanged').length,
        'files-failed': all.filter((file) => file.status === 'failed').length,
        'files-planned': document.dryRun ? files.filter((file) => WOULD_RUN.has(file.status)).length + changesetFiles.filter((file) => file.status === 'planned').length : 0,
        'changesets-applied': document.dryRun || isList ? 0 : changesets.filter((changeset) => changeset.status === 'success').length,
        'changesets-pending': isList
            ? changesets.filter((changeset) => isDue(changeset as unknown as ChangesetInfo)).length
            : document.dryRun
              ? changesets.filter((changeset) => changeset.status === 'planned').length
              : changesets.filter((changeset) => changeset.status === 'failed').length,
    };
}
