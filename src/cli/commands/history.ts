import type { Command } from 'commander';
import type { HistoryEntry, HistoryResult } from '../../core/index.js';
import type { Render } from '../output.js';
import { runCommand, type CliIo } from '../run-command.js';

interface HistoryFlags {
    limit?: string;
    since?: string;
    files?: boolean;
}

/** `noorm history`. */
export function registerHistoryCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
    program
        .command('history')
        .description('the runs recorded in the database, newest first: builds, files, folders and changesets, who ran them, when, and how they ended (read-only)')
        .option('--limit <n>', 'at most this many runs', '50')
        .option('--since <time>', 'only runs started at or after this time (ISO 8601, e.g. 2026-12-01 or 2026-12-01T08:00:00Z)')
        .option('--files', "each run's files and how each ended (with checksums in --json)")
        .action(async (flags: HistoryFlags, command: Command) => {
            setExit(
                await runCommand(io, command, 'history', async ({ core, session }) => {
                    const options = {
                        files: Boolean(flags.files),
                        ...(flags.limit === undefined ? {} : { limit: flags.limit }),
                        ...(flags.since === undefined ? {} : { since: flags.since }),
                    };
                    const result = await core.runVerbLine(session, { command: 'history', args: [], options }, io.cwd);
                    return { result, print: (r) => r.out(formatHistory(result, r.safe)) };
                }),
            );
        });
}

function formatHistory(result: HistoryResult, safe: Render['safe']): string {
    if (!result.entries.length) return `no runs recorded on ${safe(result.target)}\n`;
    const rows = result.entries.map((entry) => [
        entry.startedAt,
        entry.kind,
        `${safe(entry.name)}${entry.direction === 'revert' ? ' (revert)' : ''}`,
        entry.status,
        safe(entry.executedBy),
        entry.durationMs === null ? '' : `${entry.durationMs} ms`,
    ]);
    const header = ['STARTED (UTC)', 'KIND', 'NAME', 'STATUS', 'BY', 'DURATION'];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
    const line = (row: string[]) =>
        row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd();
    const out = [line(header)];
    result.entries.forEach((entry, i) => {
        out.push(line(rows[i]!));
        out.push(...details(entry, safe));
    });
    if (result.truncated) out.push(`… older runs left out; --limit shows more`);
    return out.join('\n') + '\n';
}

function details(entry: HistoryEntry, safe: Render['safe']): string[] {
    const lines: string[] = [];
    if (entry.reason) lines.push(`    reason: ${safe(entry.reason)}`);
    if (entry.error) lines.push(`    error: ${safe(entry.error.split('\n')[0]!)}`);
    for (const file of entry.files ?? []) {
        lines.push(
            `    ${file.status.padEnd(11)} ${safe(file.path)}${file.durationMs === null ? '' : `  ${file.durationMs} ms`}${file.error ? `: ${safe(file.error.split('\n')[0]!)}` : ''}`,
        );
    }
    return lines;
}
