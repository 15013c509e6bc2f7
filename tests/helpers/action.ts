/**
 * Runs the committed Action bundle (dist/index.js) exactly as the runner does: `INPUT_<NAME>`
 * variables (upper case, hyphens kept), and the files the runner reads back afterwards
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH, GITHUB_ENV), in a workspace folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, REPO_ROOT } from './cli.js';

export interface ActionRun {
    code: number | null;
    stdout: string;
    stderr: string;
    outputs: Record<string, string>;
    summary: string;
    /** Folders the step added to PATH. */
    paths: string[];
    /** Variables the step exported for later steps. */
    exported: Record<string, string>;
    /** `::error …::` and `::warning …::` commands, parsed. */
    annotations: Array<{ level: string; properties: Record<string, string>; message: string }>;
}

/** A copy of dist/ in an empty temp folder: no node_modules above it to fall back on. */
export function copyDist(): { dir: string; entry: string; remove: () => void } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-action-dist-'));
    cpSync(path.join(REPO_ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    return { dir, entry: path.join(dir, 'dist', 'index.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ActionOptions {
    entry: string;
    /** The checkout (GITHUB_WORKSPACE), also the working directory of the step. */
    workspace: string;
    inputs: Record<string, string>;
    env?: Record<string, string | undefined>;
    /** A GitHub event: its name and payload (written to GITHUB_EVENT_PATH). */
    event?: { name: string; payload: Record<string, unknown> };
    /** Called with everything on stdout so far, each time more arrives (to signal the step at a point). */
    onStdout?: (stdout: string, child: ChildProcess) => void;
}

export function runAction(options: ActionOptions): Promise<ActionRun> {
    const files = mkdtempSync(path.join(os.tmpdir(), 'noorm-action-files-'));
    const file = (name: string) => {
        const full = path.join(files, name);
        writeFileSync(full, '');
        return full;
    };
    const env: Record<string, string | undefined> = {
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_OUTPUT: file('output'),
        GITHUB_STEP_SUMMARY: file('summary'),
        GITHUB_PATH: file('path'),
        GITHUB_ENV: file('env'),
        GITHUB_STATE: file('state'),
        RUNNER_TEMP: files,
        GITHUB_REPOSITORY: 'octo/app',
        GITHUB_RUN_ID: '42',
        GITHUB_SERVER_URL: 'https://github.example',
        ...options.env,
    };
    if (options.event) {
        env['GITHUB_EVENT_NAME'] = options.event.name;
        env['GITHUB_EVENT_PATH'] = path.join(files, 'event.json');
        writeFileSync(env['GITHUB_EVENT_PATH'], JSON.stringify(options.event.payload));
    }
    for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [options.entry], { cwd: options.workspace, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            stdout += chunk;
            options.onStdout?.(stdout, child);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            const read = (name: string) => (existsSync(path.join(files, name)) ? readFileSync(path.join(files, name), 'utf8') : '');
            resolve({
                code,
                stdout,
                stderr,
                outputs: parseFileCommand(read('output')),
                summary: read('summary'),
                paths: read('path').split('\n').filter(Boolean),
                exported: parseFileCommand(read('env')),
                annotations: parseAnnotations(stdout),
            });
        });
    });
}

/** `name<<delimiter\nvalue\ndelimiter` entries, as @actions/core writes GITHUB_OUTPUT and GITHUB_ENV. */
function parseFileCommand(text: string): Record<string, string> {
    const values: Record<string, string> = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
        if (!match) continue;
        const body: string[] = [];
        for (i++; i < lines.length && lines[i] !== match[2]; i++) body.push(lines[i]!);
        values[match[1]!] = body.join('\n');
    }
    return values;
}

const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseAnnotations(stdout: string): ActionRun['annotations'] {
    return [...stdout.matchAll(/^::(error|warning)( [^:]*)?::(.*)$/gm)].map((match) => ({
        level: match[1]!,
        properties: Object.fromEntries(
            (match[2] ?? '')
                .trim()
                .split(',')
                .filter(Boolean)
                .map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]),
        ),
        message: unescape(match[3]!),
    }));
}

/** Everything the step printed except the `::add-mask::` commands, which the runner consumes. */
export function visibleLog(run: ActionRun): string {
    return (run.stdout + run.stderr)
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
}
