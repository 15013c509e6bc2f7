import path from 'node:path';
import { runChangesets, type Document } from './document.js';

/** One `::error` / `::warning` line of the step, at a file and line of the repository where known. */
export interface Annotation {
    level: 'error' | 'warning';
    message: string;
    title: string;
    /** Relative to the repository root (GITHUB_WORKSPACE), `/`-separated, as GitHub places annotations. */
    file?: string;
    startLine?: number;
}

/** GitHub shows this many annotations of each level per step; the rest are listed in the job summary. */
export const ANNOTATIONS_SHOWN = 10;

/**
 * The failure (at its file and line) and every warning of a result. `projectRoot` is where the
 * document's paths start; `workspace` is the repository root GitHub resolves annotation paths from.
 */
export function annotationsOf(document: Document, projectRoot: string, workspace: string): Annotation[] {
    const where = (file: string | null | undefined) => (file ? path.relative(workspace, path.resolve(projectRoot, file)).split(path.sep).join('/') : undefined);
    const found: Annotation[] = [];
    const seen = new Set<string>();
    const error = (message: string, file: string | null | undefined, line: number | null | undefined, title: string) => {
        const key = `${file}\n${line}\n${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        found.push({ level: 'error', message, title, ...(where(file) ? { file: where(file)! } : {}), ...(line ? { startLine: line } : {}) });
    };
    if (document.error)
        error(
            document.error.hint ? `${document.error.message}\n${document.error.hint}` : document.error.message,
            document.error.file,
            document.error.line,
            `noorm ${document.command ?? ''}: ${document.error.code}`.trim(),
        );
    const files = [...(document.files ?? []), ...runChangesets(document).flatMap((changeset) => changeset.files ?? [])];
    for (const file of files) {
        if (file.status !== 'failed' || !file.error) continue;
        // The top-level error names the same failure with its hint; a second line for it would repeat it.
        if (document.error?.file === file.path && document.error.message === file.error.message) continue;
        error(file.error.message, file.path, file.error.line, `noorm: ${file.path} failed`);
    }
    for (const warning of document.warnings ?? []) {
        found.push({ level: 'warning', message: warning.message, title: `noorm: ${warning.code}`, ...(where(warning.file) ? { file: where(warning.file)! } : {}) });
    }
    return found;
}

/** Which annotations GitHub will show, and which only the summary can list. */
export function splitShown(annotations: readonly Annotation[]): { shown: Annotation[]; overflow: Annotation[] } {
    const shown: Annotation[] = [];
    const overflow: Annotation[] = [];
    const perLevel = { error: 0, warning: 0 };
    for (const annotation of annotations) (perLevel[annotation.level]++ < ANNOTATIONS_SHOWN ? shown : overflow).push(annotation);
    return { shown, overflow };
}
