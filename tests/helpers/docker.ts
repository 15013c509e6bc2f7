/**
 * The project's Docker image in tests: built from the committed tree (dist/ and the Dockerfile) once
 * per test file, run with `--network host` against the local servers. Where no engine answers, or
 * the base image is neither here nor pullable (no registry on this project's machines: `.ci/run`
 * builds a stand-in), the tests say loudly that they skipped, and never fail for it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli.js';

/** The tag .ci/run and the tests build; the README's image name is ghcr.io/noorm/noorm. */
export const IMAGE = process.env['NOORM_TEST_IMAGE'] ?? 'noorm:local';

export interface DockerResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

function docker(args: string[], timeoutMs: number, cwd = REPO_ROOT): { status: number | null; stdout: string; stderr: string; error?: Error } {
    const result = spawnSync('docker', args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ...(result.error ? { error: result.error } : {}) };
}

/** The Dockerfile's default base image (its first ARG). */
export function baseImage(): string {
    const match = /^ARG NODE_IMAGE=(\S+)$/m.exec(readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8'));
    if (!match) throw new Error('Dockerfile has no ARG NODE_IMAGE=<default>');
    return match[1]!;
}

let status: string | null | undefined;

/** Why the image tests cannot run here, or null when they can (the image is then built). */
export function dockerSkipReason(): string | null {
    if (status !== undefined) return status;
    status = findSkipReason();
    if (status) process.stderr.write(`\n*** SKIPPED Docker image tests: ${status} ***\n`);
    return status;
}

function findSkipReason(): string | null {
    if (process.env['NOORM_TEST_DOCKER_SKIP']) return process.env['NOORM_TEST_DOCKER_SKIP'];
    const info = docker(['info', '--format', '{{.ServerVersion}}'], 10_000);
    if (info.error) return `no docker CLI (${info.error.message})`;
    if (info.status !== 0) return `no Docker engine answers (${info.stderr.trim().split('\n').at(-1)}); .ci/run starts one`;
    const base = baseImage();
    if (docker(['image', 'inspect', base], 10_000).status !== 0) {
        // No registry is reachable on this project's machines: a pull fails at once or hangs, so bound it.
        const pull = docker(['pull', base], 60_000);
        if (pull.status !== 0)
            return `the base image ${base} is not here and could not be pulled (${(pull.error?.message ?? pull.stderr.trim()).split('\n').at(-1)}); scripts/ci/stand-in-base.sh builds a stand-in`;
    }
    const build = docker(['build', '--quiet', '-t', IMAGE, '.'], 300_000);
    if (build.status !== 0) throw new Error(`docker build of ${IMAGE} failed:\n${build.stderr}`);
    return null;
}

/** Builds another image (the bake recipe) from a context folder; returns its tag. */
export function buildImage(tag: string, context: string, args: string[] = []): string {
    const build = docker(['build', '--quiet', '-t', tag, ...args, '.'], 300_000, context);
    if (build.status !== 0) throw new Error(`docker build of ${tag} failed:\n${build.stderr}`);
    return tag;
}

/** `docker stop`: SIGTERM to the container's PID 1 (noorm itself), SIGKILL after `seconds`. */
export function stopContainer(name: string, seconds = 20): void {
    docker(['stop', '--time', String(seconds), name], (seconds + 30) * 1000);
}

export function removeImage(tag: string): void {
    docker(['image', 'rm', '--force', tag], 60_000);
}

export function inspectImage(tag = IMAGE): {
    Config: { User: string; Entrypoint: string[]; Cmd: string[] | null; WorkingDir: string; Env: string[]; Labels: Record<string, string> };
    Size: number;
} {
    return JSON.parse(docker(['image', 'inspect', tag], 30_000).stdout)[0];
}

export interface RunOptions {
    image?: string;
    env?: Record<string, string>;
    /** host folder → container folder */
    volumes?: Record<string, string>;
    user?: string;
    tty?: boolean;
    extra?: string[];
    /** The container's name (for `docker stop`); a unique one by default. */
    name?: string;
}

let runs = 0;

/** `docker run --rm --network host …`, with noorm's arguments after the image. */
export function dockerRun(args: readonly string[], options: RunOptions = {}): Promise<DockerResult> {
    const name = options.name ?? `noorm-test-${process.pid}-${++runs}`;
    const runArgs = ['run', '--rm', '--name', name, '--network', 'host'];
    if (options.tty) runArgs.push('-t');
    if (options.user) runArgs.push('--user', options.user);
    for (const [host, container] of Object.entries(options.volumes ?? {})) runArgs.push('-v', `${host}:${container}`);
    for (const [key, value] of Object.entries(options.env ?? {})) runArgs.push('-e', `${key}=${value}`);
    runArgs.push(...(options.extra ?? []), options.image ?? IMAGE, ...args);
    return new Promise((resolve, reject) => {
        const child = spawn('docker', runArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        // A container that waits for keys would hang the suite: stop it and let the test fail instead.
        const timer = setTimeout(() => docker(['rm', '--force', name], 30_000), 120_000);
        child.on('error', reject);
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
    });
}
