/**
 * action.yml, the inputs and outputs the face declares, the README's tables and workflows, and the
 * self-test workflow all say the same thing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { INPUTS } from '../../src/action/inputs.js';
import { OUTPUTS } from '../../src/action/outputs.js';
import { REPO_ROOT } from '../helpers/cli.js';

interface ActionYml {
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
    branding: { icon: string; color: string };
}
const actionYml = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## GitHub Actions\n'), readme.indexOf('\n## ', readme.indexOf('\n## GitHub Actions\n') + 5));

/** Rows of the Markdown table under a `### <heading>` of the README's GitHub Actions section. */
function tableRows(heading: string): string[][] {
    const start = section.indexOf(`\n### ${heading}\n`);
    const lines = section.slice(start).split('\n');
    const first = lines.findIndex((line) => line.startsWith('| '));
    const rows: string[][] = [];
    for (const line of lines.slice(first + 2)) {
        if (!line.startsWith('|')) break;
        rows.push(
            line
                .slice(2, -2)
                .split(/ (?<!\\)\| /)
                .map((cell) => cell.replace(/\\\|/g, '|')),
        );
    }
    return rows;
}

interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, string>;
}
const stepsOf = (workflow: { jobs: Record<string, { steps: Step[] }> }) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('action.yml', () => {
    it('runs the committed bundle on node24, with a name, description and branding', () => {
        expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
        expect(existsSync(path.join(REPO_ROOT, actionYml.runs.main))).toBe(true);
        expect(actionYml.branding).toEqual({ icon: 'database', color: 'blue' });
    });

    it('validates against the action metadata schema (a committed copy that knows node24)', () => {
        const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests/fixtures/github-action.schema.json'), 'utf8'));
        const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
        expect([validate(actionYml), validate.errors ?? null]).toEqual([true, null]);
        expect(validate({ ...actionYml, runs: { using: 'node99', main: 'dist/index.js' } })).toBe(false);
    });

    it('declares exactly the inputs and outputs the face reads and writes, with their descriptions and defaults', () => {
        expect(Object.keys(actionYml.inputs)).toEqual(Object.keys(INPUTS));
        for (const [name, spec] of Object.entries(INPUTS)) {
            expect([name, actionYml.inputs[name]]).toEqual([name, { description: spec.description, required: false, ...('default' in spec ? { default: spec.default } : {}) }]);
        }
        expect(Object.fromEntries(Object.entries(actionYml.outputs).map(([name, output]) => [name, output.description]))).toEqual(OUTPUTS);
    });

    it('src/action/index.ts only calls run()', () => {
        expect(readFileSync(path.join(REPO_ROOT, 'src/action/index.ts'), 'utf8').trim().split('\n')).toHaveLength(2);
    });
});

describe("the README's GitHub Actions section", () => {
    it('has a table of every input with its default and description, as action.yml', () => {
        expect(tableRows('Inputs')).toEqual(
            Object.entries(actionYml.inputs).map(([name, input]) => [`\`${name}\``, input.default === undefined ? '' : `\`${input.default}\``, input.description]),
        );
    });

    it('has a table of every output, as action.yml', () => {
        expect(tableRows('Outputs')).toEqual(Object.entries(actionYml.outputs).map(([name, output]) => [`\`${name}\``, output.description]));
    });

    const examples = [...section.matchAll(/```yaml\n([^]*?)```/g)].map((match) => parseYaml(match[1]!));
    const selfTest = parseYaml(readFileSync(path.join(REPO_ROOT, '.github/workflows/action-self-test.yml'), 'utf8'));

    it('shows workflows for push, pull requests, install-only and a database matrix', () => {
        expect(examples).toHaveLength(4);
        expect(
            examples
                .flatMap(stepsOf)
                .filter((step) => step.uses?.startsWith('noorm/'))
                .every((step) => step.uses === 'noorm/noorm@v1'),
        ).toBe(true);
    });

    it('uses the action only as the self-test does (the same commands and inputs; only `uses:` and the connection differ)', () => {
        // Where the database is differs between a user's workflow and the self-test's service container.
        const CONNECTION = new Set(['url', 'dialect', 'database', 'working-directory']);
        const shape = (step: Step) =>
            JSON.stringify(
                Object.entries(step.with ?? {})
                    .filter(([key]) => !CONNECTION.has(key))
                    .sort(),
            );
        const tested = new Set(
            stepsOf(selfTest)
                .filter((step) => step.uses === './')
                .map(shape),
        );
        const documented = examples.flatMap(stepsOf).filter((step) => step.uses === 'noorm/noorm@v1');
        expect(documented.length).toBeGreaterThan(4);
        for (const step of documented) expect([shape(step), tested.has(shape(step))]).toEqual([shape(step), true]);
        // The install-only example's `run:` steps are the self-test's, by its script.
        const script = readFileSync(path.join(REPO_ROOT, 'scripts/ci/noorm-in-run-step.sh'), 'utf8');
        for (const step of examples.flatMap(stepsOf).filter((s) => s.run?.startsWith('noorm '))) expect(script).toContain(`\n${step.run}\n`);
    });
});
