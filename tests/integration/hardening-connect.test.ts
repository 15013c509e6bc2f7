/**
 * Hardening, class 7: a server that refuses or never answers is reported within the connect
 * timeout (--connect-timeout / NOORM_CONNECT_TIMEOUT, default 10 s) on every server dialect. The
 * servers here are local stand-ins (a closed port, a listener that never answers), so SQL Server
 * runs too, without a server.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseJson, runCli, type CliResult } from '../helpers/cli.js';
import { makeProject, removeProjects } from '../helpers/project.js';

interface ErrorJson {
    error: { code: string; exitCode: number; message: string; hint: string | null };
}

const SERVER_DIALECTS = ['postgres', 'mysql', 'mssql'] as const;
const IDENTITY = { NOORM_IDENTITY: 'Hardening <hardening@example.com>' };
/** A hang guard, not a timing check: far above the 1 s timeout, below SQL Server's old 30 s. */
const GUARD = { killAfterMs: 20_000 };

/** Accepts connections and never says a word: the driver waits for a greeting that never comes. */
let silent: Server;
const sockets = new Set<Socket>();
let silentPort = 0;
beforeAll(async () => {
    silent = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
});
afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    removeProjects();
});

/** A port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

const url = (dialect: string, port: number) => `${dialect}://noorm:not-the-password@127.0.0.1:${port}/app`;

function expectConnectFailure(result: CliResult): ErrorJson['error'] {
    expect(result.signal).toBeNull();
    expect(result.code).toBe(5);
    const { error } = parseJson<ErrorJson>(result);
    expect(error).toMatchObject({ code: 'connect-failed', exitCode: 5 });
    expect(`${result.stdout}${result.stderr}`).not.toContain('not-the-password');
    return error;
}

describe.each(SERVER_DIALECTS)('%s connect timeout', (dialect) => {
    const project = () => makeProject({ 'schema/001.sql': 'CREATE TABLE t (id int);\n' });

    it('gives up on a server that never answers at --connect-timeout, saying how to allow longer', async () => {
        const result = await runCli(['run', 'build', '--json', '--url', url(dialect, silentPort), '--connect-timeout', '1'], { cwd: project(), env: IDENTITY, ...GUARD });
        const error = expectConnectFailure(result);
        expect(error.hint).toContain('--connect-timeout');
    });

    it('takes NOORM_CONNECT_TIMEOUT the same way, for db wait too', async () => {
        const env = { ...IDENTITY, NOORM_URL: url(dialect, silentPort), NOORM_CONNECT_TIMEOUT: '0.5' };
        const run = await runCli(['run', 'build', '--json'], { cwd: project(), env, ...GUARD });
        expect(expectConnectFailure(run).hint).toContain('NOORM_CONNECT_TIMEOUT');
        const wait = await runCli(['db', 'wait', '--timeout', '1', '--json'], { cwd: project(), env, ...GUARD });
        expect(wait.code).toBe(5);
    });

    it('reports a refused connection at once, not after retrying', async () => {
        const result = await runCli(['run', 'build', '--json', '--url', url(dialect, await closedPort())], { cwd: project(), env: IDENTITY, ...GUARD });
        const error = expectConnectFailure(result);
        expect(error.hint).toMatch(/running and listening/);
    });

    it.each(['0', '-1', 'abc', '1e9', ''])('refuses --connect-timeout %p as a config error naming the field', async (value) => {
        for (const [args, env] of [
            [['--connect-timeout', value], {}],
            [[], { NOORM_CONNECT_TIMEOUT: value }],
        ] as const) {
            if (value === '' && !args.length) continue; // an empty variable counts as unset, as every NOORM_* does
            const result = await runCli(['run', 'build', '--json', '--url', url(dialect, silentPort), ...args], { cwd: project(), env: { ...IDENTITY, ...env }, ...GUARD });
            expect(result.code).toBe(2);
            const { error } = parseJson<ErrorJson>(result);
            expect(error.code).toBe('bad-config-value');
            expect(`${error.message} ${error.hint}`).toContain('connect timeout');
            expect(error.hint).toContain('NOORM_CONNECT_TIMEOUT');
        }
    });
});
