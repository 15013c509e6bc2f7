import type { Command } from 'commander';
import type { LockHolder, LockStatus } from '../../core/index.js';
import type { Render } from '../output.js';
import { runCommand, type CliIo } from '../run-command.js';

/** `noorm lock status|release`. */
export function registerLockCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
    const lock = program.command('lock').description("noorm's lock on the database: who holds it, and freeing it after a crash");

    lock.command('status')
        .description('show who holds the lock, since when, until when, and whether that run is still alive')
        .action(async (_flags: unknown, command: Command) => {
            setExit(
                await runCommand(io, command, 'lock status', async ({ core, session }) => {
                    const status = await core.runVerbLine(session, { command: 'lock status', args: [], options: {} }, io.cwd);
                    return { result: status, print: (r) => r.out(formatStatus(status, r.safe)) };
                }),
            );
        });

    lock.command('release')
        .description('free the lock of a run that is gone (confirmation on protected configs); a live run keeps its lock')
        .option('--force', 'SQLite: free it even though this host believes the holder is alive')
        .action(async (flags: { force?: boolean }, command: Command) => {
            setExit(
                await runCommand(io, command, 'lock release', async ({ core, session }) => {
                    const result = await core.runVerbLine(session, { command: 'lock release', args: [], options: { force: Boolean(flags.force) } }, io.cwd);
                    return {
                        result,
                        print: (r) => r.out(result.holder ? `released the lock held by ${describe(result.holder, r.safe)}\n` : 'the lock was not held; nothing to do\n'),
                    };
                }),
            );
        });
}

function formatStatus(status: LockStatus, safe: Render['safe']): string {
    if (!status.holder) return `not locked (${safe(status.target)})\n`;
    const h = status.holder;
    const state =
        status.liveness === 'alive'
            ? 'alive'
            : status.liveness === 'dead'
              ? 'gone (the next run takes the lock over)'
              : h.expired
                ? 'unknown, expired (the next run takes it over)'
                : 'unknown (cannot tell from here)';
    return [
        `locked on ${safe(status.target)}`,
        `  holder:   ${safe(h.lockedBy)}`,
        `  where:    ${safe(h.host ?? '?')}${h.pid ? ` pid ${h.pid}` : ''}${h.sessionId ? `, server session ${safe(h.sessionId)}` : ''}`,
        `  since:    ${safe(h.lockedAt)}`,
        `  expires:  ${safe(h.expiresAt)}`,
        `  holder is ${state}`,
        '',
    ].join('\n');
}

function describe(holder: LockHolder, safe: Render['safe']): string {
    return `${safe(holder.lockedBy)}${holder.host ? ` on ${safe(holder.host)}` : ''}${holder.pid ? ` (pid ${holder.pid})` : ''} since ${safe(holder.lockedAt)}`;
}
