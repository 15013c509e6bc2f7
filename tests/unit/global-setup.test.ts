/**
 * The test set-up's use of a Docker engine never hangs the suite: a stand-in engine on a Unix socket
 * that is silent, or that cannot reach a registry, ends the attempt within the bound.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { dockerAnswers, ensureImage } from '../global-setup.js';

let dir: string;
let server: http.Server;
const savedHost = process.env['DOCKER_HOST'];

beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-engine-'));
});

afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    if (savedHost === undefined) delete process.env['DOCKER_HOST'];
    else process.env['DOCKER_HOST'] = savedHost;
});

async function engine(handler: http.RequestListener): Promise<void> {
    server = http.createServer(handler);
    const socket = path.join(dir, 'docker.sock');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    process.env['DOCKER_HOST'] = `unix://${socket}`;
}

describe('the Docker engine in the test set-up', () => {
    it('an engine that accepts and never answers is given up: no ping, no pull', async () => {
        await engine(() => undefined);
        expect(await dockerAnswers()).toBe(false);
        await expect(ensureImage('postgres:16-alpine', 300)).rejects.toThrow(/silent/);
    });

    it("a pull the engine cannot make fails with the engine's reason", async () => {
        const requests: string[] = [];
        await engine((request, response) => {
            requests.push(`${request.method} ${request.url}`);
            if (request.url?.startsWith('/images/create')) {
                response.writeHead(200, { 'content-type': 'application/json' });
                response.end('{"status":"Pulling from library/postgres"}\n{"errorDetail":{"message":"no such host"},"error":"dial tcp: lookup registry: no such host"}\n');
            } else {
                response.writeHead(404).end('{"message":"No such image"}');
            }
        });
        await expect(ensureImage('postgres:16-alpine', 2000)).rejects.toThrow('cannot pull postgres:16-alpine: dial tcp: lookup registry: no such host');
        expect(requests).toEqual(['GET /images/postgres%3A16-alpine/json', 'POST /images/create?fromImage=postgres&tag=16-alpine']);
    });

    it('an image the engine has is used without pulling', async () => {
        const requests: string[] = [];
        await engine((request, response) => {
            requests.push(`${request.method} ${request.url}`);
            response.writeHead(200).end('{}');
        });
        await ensureImage('mcr.microsoft.com/mssql/server:2022-latest', 2000);
        expect(requests).toEqual(['GET /images/mcr.microsoft.com%2Fmssql%2Fserver%3A2022-latest/json']);
    });
});
