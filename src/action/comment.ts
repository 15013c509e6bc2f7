import { createHash } from 'node:crypto';
import { destructiveStatements } from '../core/index.js';
import { runChangesets, type Document, type FileEntry } from './document.js';
import { capped, cell, codeBlock, details, table } from './markdown.js';

/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_000;

/** Which comment is this step's: one per project folder and config, so two environments keep two. */
export interface CommentKey {
    /** The project folder relative to the repository root (`.` for the root). */
    workingDirectory: string;
    config: string;
}

/** The hidden first line that finds this step's comment again; the readable part is for people reading the source. */
export function commentMarker(key: CommentKey): string {
    const id = createHash('sha256')
        .update(JSON.stringify([key.workingDirectory, key.config]))
        .digest('hex')
        .slice(0, 16);
    const label = `${key.workingDirectory}, ${key.config}`.replace(/--+/g, '-').replace(/[<>]/g, '');
    return `<!-- noorm-plan ${id} (${label}) -->`;
}

export interface PlanInput {
    key: CommentKey;
    /** `run build --dry-run` and `change ff --dry-run`, as redacted result documents. */
    build: Document;
    changesets: Document;
    /** Where the run is, for the footer (a link to the workflow run). */
    runUrl: string | null;
}

interface Risk {
    file: string;
    line: number;
    kind: string;
    text: string;
}

/**
 * The pull request comment: what `run build` and `change ff` would run on the database, the SQL of
 * each file folded, and a warning for each statement that destroys data, naming file and line. It
 * holds only the redacted SQL of the dry runs. Cut to fit GitHub's limit: SQL first, then rows.
 */
export function renderPlanComment(input: PlanInput, limit = COMMENT_LIMIT): string {
    for (const shape of [
        { rows: Infinity, sql: true },
        { rows: Infinity, sql: false },
        { rows: 200, sql: false },
        { rows: 20, sql: false },
    ]) {
        const body = render(input, shape);
        if (body.length <= limit) return body;
    }
    return `${commentMarker(input.key)}\n### noorm plan\n\nThe plan is too long for a comment; see the job summary of the run.\n`;
}

function render(input: PlanInput, shape: { rows: number; sql: boolean }): string {
    const { build, changesets } = input;
    const buildFiles = (build.files ?? []).filter((file) => file.status !== 'unchanged');
    const planned = runChangesets(changesets).filter((changeset) => changeset.status === 'planned');
    const changesetFiles = planned.flatMap((changeset) => (changeset.files ?? []).map((file) => ({ ...file, changeset: changeset.name })));
    const risks: Risk[] = [...buildFiles, ...changesetFiles].flatMap((file) =>
        file.sql === undefined ? [] : destructiveStatements(file.sql).map((found) => ({ file: file.path, line: found.line, kind: found.kind, text: found.text })),
    );

    const target = build.target ?? changesets.target;
    const parts = [
        commentMarker(input.key),
        `### noorm plan${target ? ` for \`${cell(target)}\`` : ''}\n`,
        `Project \`${cell(input.key.workingDirectory)}\`, config \`${cell(input.key.config)}\`. Nothing was executed or recorded.\n`,
    ];
    if (risks.length) {
        const { rows, more } = capped(risks, shape.rows);
        parts.push(
            `> [!WARNING]\n> ${risks.length} statement${risks.length === 1 ? '' : 's'} would destroy data:\n${rows.map((risk) => `> - **${cell(risk.kind)}** in \`${cell(risk.file)}\` line ${risk.line}: \`${cell(risk.text)}\``).join('\n')}${more ? `\n> - … ${more} more` : ''}\n`,
        );
    }
    parts.push(section('`run build`', build, buildFiles, shape, (file) => [`\`${cell(file.path)}\``, cell(file.status)], ['File', 'Status']));
    if (changesets.ok || !changesets.error) {
        parts.push(
            section(
                '`change ff`',
                changesets,
                changesetFiles,
                shape,
                (file) => [`\`${cell((file as FileEntry & { changeset: string }).changeset)}\``, `\`${cell(file.path)}\``],
                ['Changeset', 'File'],
                planned.length
                    ? `${planned.length} changeset${planned.length === 1 ? '' : 's'} pending: ${planned.map((changeset) => `\`${cell(changeset.name)}\``).join(', ')}\n\n`
                    : 'No changesets pending.\n',
            ),
        );
    } else {
        parts.push(section('`change ff`', changesets, [], shape, () => [], []));
    }
    if (input.runUrl) parts.push(`<sub>Planned by [this run](${input.runUrl}).</sub>\n`);
    return parts.join('\n');
}

function section(
    title: string,
    document: Document,
    files: readonly FileEntry[],
    shape: { rows: number; sql: boolean },
    row: (file: FileEntry) => string[],
    header: string[],
    lead = '',
): string {
    if (document.error)
        return `#### ${title}\n\n❌ ${cell(document.error.message)}${document.error.file ? ` (\`${cell(document.error.file)}${document.error.line ? `:${document.error.line}` : ''}\`)` : ''}\n`;
    if (!files.length) return `#### ${title}\n\n${lead || 'Nothing to run: every file is unchanged.\n'}`;
    const { rows, more } = capped(files, shape.rows);
    const sql = shape.sql
        ? rows
              .filter((file) => file.sql !== undefined)
              .map((file) => details(file.path, codeBlock(file.sql!, 'sql')))
              .join('')
        : '';
    return `#### ${title}\n\n${lead}${table(header, rows.map(row))}${more ? `\n… ${more} more row${more === 1 ? '' : 's'}\n` : ''}${sql ? `\n${sql}` : ''}`;
}
