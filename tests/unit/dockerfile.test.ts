/**
 * Lints the Dockerfiles: dockerfile-utils' validator (the one behind VS Code's Dockerfile support),
 * then the image's own rules, read from the parsed Dockerfile (dockerfile-ast).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { REPO_ROOT } from '../helpers/cli.js';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const DOCKERFILE = read('Dockerfile');
const instructions = DockerfileParser.parse(DOCKERFILE).getInstructions();
const keyword = (instruction: Instruction) => instruction.getKeyword().toUpperCase();
const args = (instruction: Instruction) => instruction.getArgumentsContent() ?? '';
/** The instruction as written, flags included, without its keyword. */
const text = (instruction: Instruction) => instruction.getTextContent().replace(/^\s*\w+\s+/, '');

/** Instructions after the last FROM: what the image is made of. */
const finalStage = instructions.slice(instructions.map(keyword).lastIndexOf('FROM'));
const final = (name: string) => finalStage.filter((instruction) => keyword(instruction) === name);

describe('Dockerfile lint', () => {
    for (const file of ['Dockerfile', 'schema-example/migrations.Dockerfile']) {
        it(`${file} has no problems dockerfile-utils reports`, () => {
            expect(validate(read(file)).map((problem) => `${file}:${problem.range.start.line + 1}: ${problem.message}`)).toEqual([]);
        });
    }
});

describe('the image the Dockerfile describes', () => {
    it('starts from an ARG base image, the official Node 24 slim image by default', () => {
        expect([keyword(instructions[0]!), args(instructions[0]!)]).toEqual(['ARG', 'NODE_IMAGE=node:24-bookworm-slim']);
        const froms = instructions.filter((instruction) => keyword(instruction) === 'FROM').map(args);
        expect(froms.length).toBeGreaterThan(0);
        for (const from of froms) expect(from).toMatch(/^\$\{NODE_IMAGE\}( AS \w+)?$/);
    });

    it('builds with the legacy builder: no BuildKit-only syntax, no automatic platform ARGs', () => {
        for (const instruction of instructions) {
            expect(text(instruction)).not.toMatch(/--(chmod|mount|link|checksum|parents|exclude)\b/);
            expect(text(instruction)).not.toMatch(/<<-?\s*["']?\w+/);
            expect(text(instruction)).not.toMatch(/\b(TARGET|BUILD)(ARCH|PLATFORM|OS|VARIANT)\b/);
        }
        expect(DOCKERFILE).not.toMatch(/^#\s*syntax=/m);
    });

    it('runs noorm with node directly, headless, in /workspace, as a fixed non-root user', () => {
        const entrypoints = final('ENTRYPOINT');
        expect(entrypoints).toHaveLength(1);
        expect(args(entrypoints[0]!)).toBe('["node", "/opt/noorm/noorm.js"]');
        expect(final('CMD')).toEqual([]);
        expect(final('WORKDIR').map(args)).toEqual(['/workspace']);
        expect(final('ENV').map(args).join(' ')).toMatch(/(^|\s)CI=1(\s|$)/);
        const user = final('USER').map(args);
        expect(user).toHaveLength(1);
        const [uid, gid] = user[0]!.split(':').map(Number);
        expect(uid).toBeGreaterThanOrEqual(10000);
        expect(gid).toBeGreaterThanOrEqual(10000);
    });

    it('copies the bundle once, without a chmod or chown layer that would store it twice, and no HEALTHCHECK', () => {
        expect(final('COPY').map(text)).toEqual(['--from=bundle /opt/noorm/ /opt/noorm/']);
        for (const run of final('RUN')) expect(args(run)).not.toMatch(/\b(chmod|chown)\b[^&]*\/opt\/noorm/);
        expect(instructions.filter((instruction) => keyword(instruction) === 'HEALTHCHECK')).toEqual([]);
        expect(instructions.filter((instruction) => keyword(instruction) === 'COPY' && !text(instruction).startsWith('--from')).map(text)).toEqual(['dist/ /opt/noorm/']);
    });

    it('carries OCI labels, its version the package version', () => {
        const labels = final('LABEL').map(args).join(' ');
        for (const name of ['title', 'description', 'version', 'source', 'licenses']) expect(labels).toContain(`org.opencontainers.image.${name}=`);
        const version = JSON.parse(read('package.json')).version;
        expect(final('ARG').map(args)).toContain(`NOORM_VERSION=${version}`);
        expect(labels).toContain(`org.opencontainers.image.licenses="${JSON.parse(read('package.json')).license}"`);
    });

    it('builds from dist/ alone: .dockerignore leaves out everything else and the binaries of other systems', () => {
        const rules = read('.dockerignore')
            .split('\n')
            .filter((line) => line.trim() && !line.startsWith('#'));
        expect(rules.slice(0, 4)).toEqual(['*', '!dist/', 'dist/prebuilds/darwin-*', 'dist/prebuilds/win32-*']);
        // Only the Action's files besides: nothing the image's noorm.js loads.
        for (const rule of rules.slice(4)) expect(rule).toMatch(/^dist\/(index\.js|\*\.index\.js|licenses-index\.txt)$/);
    });
});
