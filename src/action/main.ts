import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as actions from '@actions/core';
import {
    ExitCode,
    asNoormError,
    failureDocument,
    formatIdentity,
    isTruthy,
    openSession,
    parseVerbLine,
    resolveIdentity,
    resultDocument,
    runVerbLine,
    terminalSafe,
    UsageError,
    verbTakesDryRun,
    type JsonDocument,
    type NoormEvent,
    type Session,
    type VerbLine,
} from '../core/index.js';
import { annotationsOf, splitShown } from './annotations.js';
import { commentMarker, renderPlanComment } from './comment.js';
import { asDocument, counts, stepStatus, viewOf, type Document } from './document.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { writeNoormShim } from './install.js';
import type { OutputName } from './outputs.js';
import { pullRequestOfEvent, runUrl, upsertComment } from './pull-request.js';
import { renderSummary } from './summary.js';

/**
 * The GitHub Action: inputs → the NOORM_* layer → one core session → the verb line → the result
 * document rendered as outputs, annotations, a job summary and (on pull requests) a plan comment.
 * Without `command` it only puts `noorm` on PATH for later steps. Fails the step once, at the end.
 */
export async function run(): Promise<void> {
    let failure: string | null;
    try {
        failure = await runStep();
    } catch (thrown) {
        // Only what happens before a session exists (unreadable inputs) lands here; it holds no secret.
        const error = asNoormError(thrown);
        setOutput('status', 'failed');
        setOutput('exit-code', String(error.exitCode));
        failure = `${error.message}${error.hint ? `\n${error.hint}` : ''}`;
    }
    if (failure !== null) actions.setFailed(failure);
}

async function runStep(): Promise<string | null> {
    const inputs = readInputs();
    const workspace = path.resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
    const cwd = path.resolve(workspace, inputs.workingDirectory);
    const env: NodeJS.ProcessEnv = { ...process.env, ...inputs.env };

    if (inputs.githubToken) actions.setSecret(inputs.githubToken);
    const open = (): Session => {
        let log: (event: NoormEvent) => void = () => undefined;
        const session = openSession({ cwd, env, vars: inputs.vars, yes: isTruthy(env['NOORM_YES']), onEvent: (event) => log(event) });
        // Masked before anything is written: every form of every secret the session knows now, and
        // each one it learns later (a stored config's secrets, once the config is resolved).
        session.redactor.watch((forms) => forms.forEach((form) => actions.setSecret(form)));
        log = eventLogger(session);
        return session;
    };
    const session = open();

    if (!inputs.command) return installOnly(inputs);

    let line: VerbLine | null = null;
    let document: Document;
    let commentDocs: { build: Document; changesets: Document } | null = null;
    const pr = inputs.comment && inputs.githubToken ? pullRequestOfEvent() : null;
    const stopOnSignal = interruptOn(session);
    try {
        try {
            line = withDryRun(parseVerbLine(inputs.command), inputs.dryRun);
            // A session of its own, so that the plan's warnings are not reported again as the command's.
            if (pr) commentDocs = await actions.group('The plan for the pull request comment', () => planOf(open(), cwd));
            actions.info(`noorm ${lineText(line)}`);
            const result = await runVerbLine(session, line, cwd);
            document = asDocument(resultDocument(result, { warnings: session.warnings, redactor: session.redactor }));
        } catch (thrown) {
            const error = asNoormError(thrown);
            document = asDocument(failureDocument(line?.command ?? null, error, { where: session.where(), warnings: session.warnings, redactor: session.redactor }));
            if (env['NOORM_DEBUG'] && thrown instanceof Error && thrown.stack) actions.debug(session.redactor.redact(thrown.stack));
        }
    } finally {
        stopOnSignal();
    }

    const view = viewOf(document);
    const status = stepStatus(view);
    const exitCode = document.error?.exitCode ?? ExitCode.ok;
    const jsonFile = writeJsonFile(document);
    setOutput('status', status);
    setOutput('exit-code', String(exitCode));
    for (const [name, value] of Object.entries(counts(view))) setOutput(name as OutputName, String(value));
    setOutput('json', JSON.stringify(document));
    if (jsonFile) setOutput('json-file', jsonFile);

    const root = session.root;
    const { shown, overflow } = splitShown(annotationsOf(view, root, workspace));
    for (const annotation of shown) {
        const properties = { title: annotation.title, ...(annotation.file ? { file: annotation.file } : {}), ...(annotation.startLine ? { startLine: annotation.startLine } : {}) };
        if (annotation.level === 'error') actions.error(annotation.message, properties);
        else actions.warning(annotation.message, properties);
    }

    const identity = await identityOf(session);
    await writeSummary(renderSummary({ document: view, status, line: line ? lineText(line) : inputs.command, identity, overflow, jsonFile }));

    if (pr && commentDocs) {
        const key = {
            workingDirectory: path.relative(workspace, cwd).split(path.sep).join('/') || '.',
            config: document.config ?? commentDocs.build.config ?? env['NOORM_CONFIG'] ?? 'default',
        };
        const body = session.redactor.redact(renderPlanComment({ key, ...commentDocs, runUrl: runUrl() }));
        try {
            const posted = await upsertComment(inputs.githubToken, pr, commentMarker(key), body);
            setOutput('comment-id', String(posted.id));
            actions.info(`${posted.created ? 'posted' : 'updated'} the plan comment on pull request #${pr.number}`);
        } catch (thrown) {
            // The plan is in the summary either way; a token without pull-requests: write is no reason to fail the step.
            actions.warning(
                `Could not post the plan comment: ${session.redactor.redact(terminalSafe(asNoormError(thrown).message))}. Give the job \`permissions: pull-requests: write\`.`,
            );
        }
    } else if (inputs.comment && inputs.githubToken && process.env['GITHUB_EVENT_NAME'] === 'pull_request_target') {
        actions.warning('The plan comment is posted on pull_request events only: pull_request_target runs with secrets on code from forks.');
    }

    if (exitCode === ExitCode.ok) return null;
    const error = document.error!;
    return `${error.message}${error.file ? ` (${error.file}${error.line ? `:${error.line}` : ''})` : ''}${error.hint ? `\n${error.hint}` : ''}`;
}

/** No command: `noorm` on PATH for later steps, with the inputs given exported as their NOORM_* variables. */
function installOnly(inputs: ActionInputs): null {
    const dist = path.dirname(path.resolve(process.argv[1] ?? '.'));
    const dir = mkdtempSync(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'noorm-bin-'));
    writeNoormShim(dir, path.join(dist, 'noorm.js'), process.execPath);
    actions.addPath(dir);
    for (const [name, value] of Object.entries(inputs.env)) actions.exportVariable(name, value);
    actions.info(`noorm is on PATH for the next steps (${dir}), running on Node ${process.version}`);
    setOutput('status', 'success');
    setOutput('exit-code', '0');
    return null;
}

/** The `dry-run` input adds `--dry-run`; a verb without one is a usage error rather than a real run. */
function withDryRun(line: VerbLine, dryRun: boolean): VerbLine {
    if (!dryRun) return line;
    if (!verbTakesDryRun(line.command)) throw new UsageError('bad-option', `dry-run: "${line.command}" has no dry run`, { hint: 'Remove the dry-run input for this command.' });
    return { ...line, options: { ...line.options, dryRun: true } };
}

function lineText(line: VerbLine): string {
    const flags = Object.entries(line.options).map(([name, value]) => {
        const flag = `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
        return value === true ? flag : `${flag} ${value}`;
    });
    return [line.command, ...line.args, ...flags].join(' ');
}

/** What `run build --dry-run` and `change ff --dry-run` say now: read-only by construction. */
async function planOf(session: Session, cwd: string): Promise<{ build: Document; changesets: Document }> {
    const plan = async (text: string): Promise<Document> => {
        try {
            return asDocument(resultDocument(await runVerbLine(session, parseVerbLine(text), cwd), { redactor: session.redactor }));
        } catch (thrown) {
            return asDocument(failureDocument(text.replace(/ --.*/, ''), asNoormError(thrown), { where: session.where(), redactor: session.redactor }));
        }
    };
    return { build: await plan('run build --dry-run'), changesets: await plan('change ff --dry-run') };
}

function eventLogger(session: Session): (event: NoormEvent) => void {
    const say = (text: string) => actions.info(session.redactor.redact(terminalSafe(text)));
    return (event) => {
        switch (event.type) {
            case 'run:start':
                return say(`${event.command}${event.dryRun ? ' (dry run)' : ''} on ${event.target}: ${event.toRun} of ${event.total} files to run`);
            case 'file:done':
                return say(`  ${event.status === 'success' ? 'ok    ' : 'FAILED'} ${event.path} (${event.durationMs} ms)${event.error ? `: ${event.error.message}` : ''}`);
            case 'file:skip':
                return say(`  skip   ${event.path} (${event.reason})`);
            case 'changeset:start':
                return say(`${event.direction} ${event.name}: ${event.files} file${event.files === 1 ? '' : 's'}`);
            case 'changeset:done':
                return say(`${event.direction} ${event.name}: ${event.status} (${event.durationMs} ms)`);
            case 'lock:wait':
                return say(`waiting for the lock held by ${event.holder.lockedBy}`);
            case 'note':
                // Warnings become annotations at the end; here they are part of the log in order.
                return say(`${event.level === 'warn' ? 'warning: ' : ''}${event.message}`);
            default:
                return;
        }
    };
}

/** SIGINT/SIGTERM (a cancelled job) roll back the running unit and release the lock, as on the CLI. */
function interruptOn(session: Session): () => void {
    const handlers = { SIGINT: () => session.interrupt('SIGINT'), SIGTERM: () => session.interrupt('SIGTERM') };
    process.on('SIGINT', handlers.SIGINT);
    process.on('SIGTERM', handlers.SIGTERM);
    return () => {
        process.off('SIGINT', handlers.SIGINT);
        process.off('SIGTERM', handlers.SIGTERM);
    };
}

async function identityOf(session: Session): Promise<string | null> {
    if (!session.where()) return null;
    try {
        return session.redactor.redact(formatIdentity(await resolveIdentity(await session.config())));
    } catch {
        return null;
    }
}

function writeJsonFile(document: JsonDocument): string | null {
    try {
        const dir = mkdtempSync(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'noorm-result-'));
        const file = path.join(dir, 'result.json');
        writeFileSync(file, JSON.stringify(document, null, 2) + '\n');
        return file;
    } catch {
        return null;
    }
}

async function writeSummary(markdown: string): Promise<void> {
    if (!process.env['GITHUB_STEP_SUMMARY']) return;
    try {
        await actions.summary.addRaw(markdown).write();
    } catch (thrown) {
        actions.warning(`Could not write the job summary: ${asNoormError(thrown).message}`);
    }
}

let outputsFailed = false;

/** An output; a GITHUB_OUTPUT file that cannot be written is said once, and is no reason to crash the step. */
function setOutput(name: OutputName, value: string): void {
    try {
        actions.setOutput(name, value);
    } catch (thrown) {
        if (!outputsFailed) actions.warning(`Could not set the step's outputs: ${asNoormError(thrown).message}`);
        outputsFailed = true;
    }
}
