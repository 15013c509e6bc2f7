import type { NoormError, NoormEvent, Redactor, RunResult } from '../core/index.js';
// The one function the CLI takes from the engine at startup: a leaf module, so --help stays light.
import { terminalSafe as safe } from '../core/text/terminal-safe.js';

export { safe };

export interface Streams {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream;
}

/** Renders engine events as progress lines on stderr (stdout stays clean for results and JSON). */
export function progressPrinter(streams: Streams, redactor: Redactor): (event: NoormEvent) => void {
    const err = (line: string) => streams.stderr.write(redactor.redact(line) + '\n');
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
                err(`waiting for the lock held by ${safe(event.holder)} since ${safe(event.since)} (expires ${safe(event.expiresAt)})`);
                break;
            case 'lock:acquired':
                if (event.tookOver) err(`took over the lock from ${safe(event.tookOver)}`);
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
export function printRunResult(result: RunResult, streams: Streams, redactor: Redactor): void {
    const out = (text: string) => streams.stdout.write(redactor.redact(text));
    if (result.dryRun) {
        for (const file of result.files) {
            streams.stderr.write(redactor.redact(`  ${file.status.padEnd(9)}  ${safe(file.path)}\n`));
        }
        for (const file of result.files) {
            if (file.sql === undefined) continue;
            out(`-- ${safe(file.path)} (${file.status})\n${file.sql}${file.sql.endsWith('\n') ? '' : '\n'}\n`);
        }
        const due = result.files.filter((file) => file.sql !== undefined).length;
        streams.stderr.write(`dry run: ${due} would run, ${result.files.length - due} unchanged; nothing was executed or recorded\n`);
        return;
    }
    const count = (status: string) => result.files.filter((file) => file.status === status).length;
    const parts = [`${count('success')} run`, `${count('skipped')} skipped`];
    if (count('failed')) parts.push(`${count('failed')} failed`);
    if (result.notRun.length) parts.push(`${result.notRun.length} not reached`);
    out(`${result.command}: ${parts.join(', ')}\n`);
    if (result.baselined?.length)
        out(`recorded ${result.baselined.length} changeset${result.baselined.length === 1 ? '' : 's'} as baseline: ${result.baselined.map((name) => safe(name)).join(', ')}\n`);
    if (result.error) printError(result.error, streams, redactor);
}

export function printError(error: NoormError, streams: Streams, redactor: Redactor): void {
    const lines = [`error: ${safe(error.message)}`];
    if (error.file) lines.push(`  at ${safe(error.file)}${error.line ? `:${error.line}` : ''}`);
    if (error.hint) lines.push(`  hint: ${safe(error.hint)}`);
    streams.stderr.write(redactor.redact(lines.join('\n')) + '\n');
}

/** The one JSON document of `--json`, on stdout. */
export function printJson(document: Record<string, unknown>, streams: Streams, redactor: Redactor): void {
    streams.stdout.write(JSON.stringify(redactor.redactValue(document), null, 2) + '\n');
}

export function errorJson(error: NoormError): Record<string, unknown> {
    return {
        code: error.code,
        exitCode: error.exitCode,
        message: error.message,
        hint: error.hint ?? null,
        file: error.file ?? null,
        line: error.line ?? null,
    };
}

export function runResultJson(result: RunResult): Record<string, unknown> {
    return {
        ok: result.ok,
        command: result.command,
        config: result.config,
        dialect: result.dialect,
        dryRun: result.dryRun,
        files: result.files.map((file) => ({
            path: file.path,
            status: file.status,
            checksum: file.checksum,
            durationMs: Math.round(file.durationMs),
            ...(file.error ? { error: file.error } : {}),
            ...(file.sql !== undefined ? { sql: file.sql } : {}),
        })),
        notRun: result.notRun,
        ...(result.baselined ? { baselined: result.baselined } : {}),
        ...(result.error ? { error: errorJson(result.error) } : {}),
    };
}

function formatMs(ms: number): string {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
