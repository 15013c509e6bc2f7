import type { NoormError, NoormEvent, Redactor, RunResult } from '../core/index.js';

type Core = typeof import('../core/index.js');

export interface Streams {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream;
}

/**
 * How the CLI writes text: every line redacted on its way out, and `safe()` for each value noorm did
 * not write itself (file and changeset names, database messages, identities), so a newline or an
 * ESC sequence in one cannot fake a line or clear the screen.
 */
export interface Render {
    out(text: string): void;
    err(text: string): void;
    safe(text: string): string;
}

export function makeRender(streams: Streams, redactor: Redactor, core: Pick<Core, 'terminalSafe'>): Render {
    return {
        out: (text) => streams.stdout.write(redactor.redact(text)),
        err: (text) => streams.stderr.write(redactor.redact(text)),
        safe: (text) => core.terminalSafe(text),
    };
}

/** Renders engine events as progress lines on stderr (stdout stays clean for results and JSON). */
export function progressPrinter(r: Render, core: Pick<Core, 'describeTakeover'>): (event: NoormEvent) => void {
    const err = (line: string) => r.err(line + '\n');
    const { safe } = r;
    return (event) => {
        switch (event.type) {
            case 'run:start': {
                const plan = event.dryRun ? 'would run' : 'to run';
                err(`noorm ${event.command} on ${safe(event.target)}: ${event.total} file${event.total === 1 ? '' : 's'}, ${event.toRun} ${plan}`);
                break;
            }
            case 'file:start':
                break;
            case 'file:done':
                err(`  ${event.status === 'success' ? 'ok  ' : 'FAIL'}  ${safe(event.path)}  ${formatMs(event.durationMs)}`);
                break;
            case 'file:skip':
                // Unchanged files are counted in the summary; a line each would bury the ones that ran.
                break;
            case 'lock:wait':
                err(`waiting for the lock held by ${safe(event.holder.lockedBy)} since ${safe(event.holder.lockedAt)} (expires ${safe(event.holder.expiresAt)})`);
                break;
            case 'lock:acquired':
                if (event.tookOver) err(safe(core.describeTakeover(event.tookOver)));
                break;
            case 'note':
                err(`${event.level === 'warn' ? 'warning: ' : ''}${safe(event.message)}`);
                break;
            case 'changeset:start':
                err(
                    `${event.direction === 'revert' ? 'reverting' : 'applying'} ${safe(event.name)}: ${event.files} file${event.files === 1 ? '' : 's'}${event.atomic ? ', all or nothing' : ', one by one'}`,
                );
                break;
            case 'changeset:done':
                err(`  ${event.status === 'success' ? 'done' : 'FAILED'}  ${safe(event.name)}  ${formatMs(event.durationMs)}`);
                break;
        }
    };
}

/** The human summary of a run: dry-run plan and SQL, or counts; errors go to stderr. */
export function printRunResult(result: RunResult, r: Render): void {
    const { safe } = r;
    if (result.dryRun) {
        // An unchanged file that --force runs says both, so the list and the summary agree.
        const label = (file: RunResult['files'][number]) => (file.forced ? 'unchanged, runs (--force)' : file.status);
        for (const file of result.files) r.err(`  ${label(file).padEnd(9)}  ${safe(file.path)}\n`);
        for (const file of result.files) {
            if (file.sql === undefined) continue;
            r.out(`-- ${safe(file.path)} (${label(file)})\n${file.sql}${file.sql.endsWith('\n') ? '' : '\n'}\n`);
        }
        const due = result.files.filter((file) => file.sql !== undefined).length;
        r.err(`dry run: ${due} would run, ${result.files.length - due} skipped (unchanged); nothing was executed or recorded\n`);
        return;
    }
    const count = (status: string) => result.files.filter((file) => file.status === status).length;
    const parts = [`${count('success')} run`, `${count('skipped')} skipped`];
    if (count('failed')) parts.push(`${count('failed')} failed`);
    if (result.notRun.length) parts.push(`${result.notRun.length} not reached`);
    r.out(`${result.command}: ${parts.join(', ')}\n`);
    if (result.baselined?.length)
        r.out(`recorded ${result.baselined.length} changeset${result.baselined.length === 1 ? '' : 's'} as baseline: ${result.baselined.map(safe).join(', ')}\n`);
    if (result.error) printError(result.error, r);
}

export function printError(error: NoormError, r: Render): void {
    const lines = [`error: ${r.safe(error.message)}`];
    if (error.file) lines.push(`  at ${r.safe(error.file)}${error.line ? `:${error.line}` : ''}`);
    if (error.hint) lines.push(`  hint: ${r.safe(error.hint)}`);
    r.err(lines.join('\n') + '\n');
}

/** The one JSON document of `--json`, on stdout. */
export function printJson(document: Record<string, unknown>, streams: Streams, redactor: Redactor): void {
    streams.stdout.write(JSON.stringify(redactor.redactValue(document), null, 2) + '\n');
}

function formatMs(ms: number): string {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
