import type { Command } from 'commander';
import type { StatusResult } from '../../core/index.js';
import { printError, type Render } from '../output.js';
import { runCommand, type CliIo } from '../run-command.js';

/** `noorm status`. */
export function registerStatusCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
    program
        .command('status')
        .description('where the database stands: schema files, changesets, the lock and the last run (read-only)')
        .option('--exit-code', 'exit 6 when anything is pending, new, changed, failed or stale (for CI gates)')
        .action(async (flags: { exitCode?: boolean }, command: Command) => {
            setExit(
                await runCommand(io, command, 'status', async ({ core, session }) => {
                    const result = await core.runVerbLine(session, { command: 'status', args: [], options: { exitCode: Boolean(flags.exitCode) } }, io.cwd);
                    return { result, print: (r) => printStatus(result, r) };
                }),
            );
        });
}

function printStatus(result: StatusResult, r: Render): void {
    const { safe } = r;
    const list = (names: string[]) => (names.length ? `: ${names.map(safe).join(', ')}` : '');
    const { schema, changesets } = result;
    const lines = [
        `${safe(result.config)}: ${safe(result.target)}${result.trackingVersion === null ? ' (noorm has not run here)' : ''}`,
        `  ${result.upToDate ? 'up to date' : 'NOT up to date'}`,
        `schema files: ${schema.new.length} new, ${schema.changed.length} changed, ${schema.unchanged.length} unchanged, ${schema.failed.length} failed, ${schema.missingOnDisk.length} missing on disk`,
    ];
    for (const [label, names] of [
        ['new', schema.new],
        ['changed', schema.changed],
        ['failed', schema.failed],
        ['missing on disk', schema.missingOnDisk],
    ] as const) {
        if (names.length) lines.push(`  ${label}${list(names)}`);
    }
    lines.push(
        `changesets: ${changesets.applied.length} applied, ${changesets.pending.length} pending, ${changesets.stale.length} stale, ${changesets.orphaned.length} orphaned, ${changesets.failed.length} failed`,
    );
    for (const [label, names] of [
        ['pending', changesets.pending],
        ['stale', changesets.stale],
        ['orphaned', changesets.orphaned],
        ['failed', changesets.failed],
    ] as const) {
        if (names.length) lines.push(`  ${label}${list(names)}`);
    }
    const holder = result.lock.holder;
    lines.push(holder ? `lock: held by ${safe(holder.lockedBy)}${holder.host ? ` on ${safe(holder.host)}` : ''} since ${safe(holder.lockedAt)}` : 'lock: free');
    const last = result.lastRun;
    lines.push(
        last
            ? `last run: ${last.kind} ${safe(last.name)}${last.direction === 'revert' ? ' (revert)' : ''} ${last.status} by ${safe(last.executedBy)} at ${last.startedAt}${last.error ? `: ${safe(last.error.split('\n')[0]!)}` : ''}`
            : 'last run: none recorded',
    );
    r.out(lines.join('\n') + '\n');
    if (result.error) printError(result.error, r);
}
