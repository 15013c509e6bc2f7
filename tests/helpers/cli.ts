import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built executable, exactly what users run: the bundled CLI (npm test builds it first). */
export const NOORM_BIN = path.join(REPO_ROOT, 'lib/bundle/index.js');

export interface CliResult {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

/** The test process's environment without anything that would configure noorm from outside. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (key.startsWith('NOORM_') || key === 'CI' || key.startsWith('GIT_')) continue;
        env[key] = value;
    }
    for (const [key, value] of Object.entries(extra)) {
        if (value === undefined) delete env[key];
        else env[key] = value;
    }
    return env;
}

export interface CliOptions {
    cwd: string;
    env?: Record<string, string | undefined>;
    nodeArgs?: string[];
    /** Called with everything written to stderr so far, each time more arrives. */
    onStderr?: (stderr: string, child: ChildProcess) => void;
    /** Written to the child's stdin (which is closed either way). */
    input?: string;
    /** Another build of the executable than lib/bundle (the standalone dist/noorm.js). */
    bin?: string;
    /** A hang guard, not a timing check: the child is killed (SIGKILL) if it is still running after this long. */
    killAfterMs?: number;
    /** Streams whose reader goes away before the child writes (as `noorm … | head` once head exits). */
    closed?: Array<'stdout' | 'stderr'>;
}

/** Runs the real `noorm` binary with the Node that runs the tests. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.bin ?? NOORM_BIN, ...args], {
            cwd: options.cwd,
            env: cleanEnv(options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        child.stdin.end(options.input ?? '');
        for (const stream of options.closed ?? []) child[stream].destroy();
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
            stderr += chunk;
            options.onStderr?.(stderr, child);
        });
        const guard = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
        child.on('error', reject);
        child.on('close', (code, signal) => {
            clearTimeout(guard);
            resolve({ code, signal, stdout, stderr });
        });
    });
}

/** Parses the single JSON document `--json` prints. */
export function parseJson<T = Record<string, unknown>>(result: CliResult): T {
    try {
        return JSON.parse(result.stdout) as T;
    } catch {
        throw new Error(`stdout is not one JSON document:\n${result.stdout}\n--- stderr:\n${result.stderr}`);
    }
}
