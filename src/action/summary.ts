import type { Annotation } from './annotations.js';
import { runChangesets, type ChangesetEntry, type Document, type FileEntry, type StepStatus } from './document.js';
import { capped, cell, codeBlock, details, duration, table } from './markdown.js';

/** GitHub refuses a step summary over 1 MiB; this leaves room for what other steps of the job add. */
export const SUMMARY_LIMIT = 1024 * 1024 - 64 * 1024;

export interface SummaryInput {
    document: Document;
    status: StepStatus;
    /** The verb line as run (with --dry-run when the input added it). */
    line: string;
    identity: string | null;
    /** Annotations GitHub does not show (past its 10 a step). */
    overflow: readonly Annotation[];
    /** Where the whole result document was written, named in the `json-file` output. */
    jsonFile: string | null;
}

const ICON: Record<StepStatus, string> = { success: '✅', failed: '❌', 'nothing-to-do': '➖' };

/**
 * The job summary of one step, from the (redacted) result document. Over the size limit, the SQL
 * blocks go first, then rows are cut to "N more rows": the step never fails for its summary, and
 * the whole document stays in the `json` output and the `json-file`.
 */
export function renderSummary(input: SummaryInput, limit = SUMMARY_LIMIT): string {
    for (const shape of [
        { rows: Infinity, sql: true },
        { rows: Infinity, sql: false },
        { rows: 1000, sql: false },
        { rows: 100, sql: false },
        { rows: 10, sql: false },
    ]) {
        const text = render(input, shape);
        if (Buffer.byteLength(text) <= limit) return text;
    }
    return `## ${ICON[input.status]} noorm \`${cell(input.line)}\`: ${input.status}\n\nThe summary would pass GitHub's size limit.${input.jsonFile ? ` The whole result is in ${cell(input.jsonFile)} (output \`json-file\`).` : ''}\n`;
}

interface Shape {
    rows: number;
    sql: boolean;
}

function render(input: SummaryInput, shape: Shape): string {
    const { document } = input;
    const parts: string[] = [];
    parts.push(`## ${ICON[input.status]} noorm \`${cell(input.line)}\`${document.dryRun ? ' (dry run: nothing was executed or recorded)' : ''}: ${input.status}\n`);
    const facts: Array<[string, string]> = [];
    if (document.target) facts.push(['Target', cell(document.target)]);
    if (document.config) facts.push(['Config', cell(document.config)]);
    if (input.identity) facts.push(['Identity', cell(input.identity)]);
    if (facts.length)
        parts.push(
            table(
                ['', ''],
                facts.map(([key, value]) => [`**${key}**`, value]),
            ),
        );
    if (document.error) parts.push(renderError(document));
    if (document.files) parts.push(renderFiles(document, shape));
    if (document.baselined?.length) parts.push(`Recorded as baseline (the first build includes them): ${document.baselined.map(cell).join(', ')}\n`);
    const changesets = runChangesets(document);
    if (Array.isArray(document.changesets)) parts.push(renderChangesets(document, changesets, shape));
    if (document.message) parts.push(`${cell(document.message)}\n`);
    if (document.command === 'lock status' && !document.error) parts.push(renderLock(document));
    else if (!document.files && !Array.isArray(document.changesets) && !document.error) parts.push(renderOther(document));
    if (document.warnings?.length) parts.push(`### Warnings\n\n${document.warnings.map((warning) => `- ⚠️ ${cell(warning.message)}`).join('\n')}\n`);
    if (input.overflow.length) {
        const { rows, more } = capped(input.overflow, shape.rows);
        parts.push(
            `### More annotations\n\nGitHub shows 10 of each kind a step; these are the rest.\n\n${table(
                ['Level', 'Where', 'Message'],
                rows.map((annotation) => [
                    annotation.level,
                    cell(annotation.file ? `${annotation.file}${annotation.startLine ? `:${annotation.startLine}` : ''}` : ''),
                    cell(annotation.message),
                ]),
            )}${moreRows(more)}`,
        );
    }
    if (input.jsonFile && shape.rows !== Infinity) parts.push(`The whole result document is in \`${cell(input.jsonFile)}\` (output \`json-file\`).\n`);
    return parts.join('\n');
}

function renderError(document: Document): string {
    const error = document.error!;
    const at = error.file ? ` in \`${cell(error.file)}${error.line ? `:${error.line}` : ''}\`` : '';
    return `### ❌ ${cell(error.code)}${at}\n\n${codeBlock(error.message)}${error.hint ? `\n${cell(error.hint)}\n` : ''}\nExit code ${error.exitCode}.\n`;
}

function renderFiles(document: Document, shape: Shape): string {
    const files = document.files!;
    if (!files.length) return 'No SQL files found.\n';
    const { rows, more } = capped(files, shape.rows);
    const parts = [
        `### ${document.dryRun ? 'Plan' : 'Files'}\n\n${
            document.dryRun
                ? table(
                      ['File', 'Would', 'Checksum'],
                      rows.map((file) => [`\`${cell(file.path)}\``, statusCell(file.status), checksum(file)]),
                  )
                : table(
                      ['File', 'Status', 'Duration', 'Checksum'],
                      rows.map((file) => [`\`${cell(file.path)}\``, statusCell(file.status), duration(file.durationMs), checksum(file)]),
                  )
        }${moreRows(more)}`,
    ];
    if (document.notRun?.length) parts.push(`Not reached after the failure: ${document.notRun.map((file) => `\`${cell(file)}\``).join(', ')}\n`);
    if (document.dryRun && shape.sql) parts.push(sqlBlocks(files.filter((file) => file.sql !== undefined)));
    return parts.join('\n');
}

function renderChangesets(document: Document, changesets: readonly ChangesetEntry[], shape: Shape): string {
    if (!changesets.length) return document.message ? '' : 'No changesets.\n';
    const { rows, more } = capped(changesets, shape.rows);
    const isList = document.command === 'change list';
    const parts = [
        `### Changesets\n\n${
            isList
                ? table(
                      ['Changeset', 'Status', 'Run', 'By'],
                      rows.map((changeset) => [`\`${cell(changeset.name)}\``, statusCell(changeset.status), cell(changeset.executedAt ?? ''), cell(changeset.executedBy ?? '')]),
                  )
                : table(
                      ['Changeset', 'Direction', 'Status', 'Files', 'Duration'],
                      rows.map((changeset) => [
                          `\`${cell(changeset.name)}\``,
                          cell(changeset.direction ?? ''),
                          statusCell(changeset.status),
                          String(changeset.files?.length ?? 0),
                          duration(changeset.durationMs),
                      ]),
                  )
        }${moreRows(more)}`,
    ];
    if (!isList && !document.dryRun) {
        for (const changeset of rows) {
            const failed = (changeset.files ?? []).filter((file) => file.status === 'failed');
            for (const file of failed) parts.push(`\`${cell(file.path)}\`${file.error?.line ? ` line ${file.error.line}` : ''}: ${cell(file.error?.message ?? 'failed')}\n`);
        }
    }
    if (document.dryRun && shape.sql)
        parts.push(rows.map((changeset: ChangesetEntry) => sqlBlocks(changeset.files ?? [], `${changeset.name} (${changeset.direction}): `)).join(''));
    return parts.join('\n');
}

function renderLock(document: Document): string {
    const holder = document['holder'] as { lockedBy: string; host?: string | null; pid?: number | null; lockedAt: string; expiresAt: string } | null;
    if (!holder) return 'Not locked.\n';
    return `### 🔒 Locked\n\n${table(
        ['', ''],
        [
            ['**Holder**', cell(holder.lockedBy)],
            ['**Where**', cell(`${holder.host ?? '?'}${holder.pid ? ` pid ${holder.pid}` : ''}`)],
            ['**Since**', cell(holder.lockedAt)],
            ['**Expires**', cell(holder.expiresAt)],
            ['**Holder is**', cell(document['liveness'] ?? 'unknown')],
        ],
    )}`;
}

function renderOther(document: Document): string {
    const { ok: _ok, command: _command, config: _config, dialect: _dialect, target: _target, warnings: _warnings, ...rest } = document;
    return Object.keys(rest).length ? details('Result', codeBlock(JSON.stringify(rest, null, 2), 'json')) : '';
}

function sqlBlocks(files: readonly FileEntry[], prefix = ''): string {
    return files
        .filter((file) => file.sql !== undefined)
        .map((file) =>
            details(`${prefix}${file.path}`, `${file.notes?.length ? `${file.notes.map((note) => `> ${cell(note)}`).join('\n')}\n\n` : ''}${codeBlock(file.sql!, 'sql')}`),
        )
        .join('');
}

const checksum = (file: FileEntry) => (file.checksum ? `\`${cell(file.checksum.slice(0, 12))}\`` : '');

function statusCell(status: string): string {
    const icon: Record<string, string> = {
        success: '✅',
        failed: '❌',
        skipped: '⏭️',
        unchanged: '⏭️',
        new: '🆕',
        changed: '✏️',
        planned: '📝',
        pending: '⏳',
        applied: '✅',
        baseline: '✅',
        stale: '⚠️',
    };
    return `${icon[status] ?? ''} ${cell(status)}`.trim();
}

function moreRows(more: number): string {
    return more ? `\n… ${more} more row${more === 1 ? '' : 's'}\n` : '';
}
