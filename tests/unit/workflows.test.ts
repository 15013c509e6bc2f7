/**
 * The GitHub workflows cannot run here, so they are checked statically: each validates against the
 * workflow schema (@action-validator/cli, offline), every command a job runs is an npm script or a
 * script of the repository that exists, is executable and is run (or accounted for) by .ci/run, and
 * the shell scripts pass shellcheck.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/cli.js';

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const files = readdirSync(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const ciRun = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');

interface Step {
    run?: string;
    uses?: string;
    with?: Record<string, string>;
}
interface Job {
    steps: Step[];
}

function jobs(file: string): Array<[string, Job]> {
    const workflow = parseYaml(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as { jobs: Record<string, Job> };
    return Object.entries(workflow.jobs);
}

/** Every command line of every `run:` step, with ${{ … }} expressions replaced by a word. */
function commands(file: string): string[] {
    return jobs(file).flatMap(([, job]) =>
        job.steps.flatMap((step) =>
            step.run
                ? step.run
                      .split('\n')
                      .map((line) => line.replace(/\$\{\{[^}]*\}\}/g, 'X').trim())
                      .filter(Boolean)
                : [],
        ),
    );
}

function repositoryScript(command: string): string | null {
    const first = command.split(/\s+/)[0]!;
    return /^(\.\/)?(scripts|\.ci)\//.test(first) ? first.replace(/^\.\//, '') : null;
}

describe('GitHub workflows', () => {
    it('include ci, docker, check-dist and the action self-test (each workflow added later is checked below as well)', () => {
        expect(files).toEqual(expect.arrayContaining(['action-self-test.yml', 'check-dist.yml', 'ci.yml', 'docker.yml']));
    });

    for (const file of files) {
        describe(file, () => {
            it('validates against the workflow schema', () => {
                const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/action-validator'), [path.join(WORKFLOWS, file)], { encoding: 'utf8' });
                expect(result.stdout + result.stderr).toBe('');
                expect(result.status).toBe(0);
            });

            it('runs only npm scripts and scripts of the repository, all of which exist', () => {
                const lines = commands(file);
                expect(lines.length).toBeGreaterThan(0);
                for (const line of lines) {
                    const script = repositoryScript(line);
                    if (script) {
                        expect(existsSync(path.join(REPO_ROOT, script))).toBe(true);
                        accessSync(path.join(REPO_ROOT, script), constants.X_OK);
                        continue;
                    }
                    const npm = /^npm (ci|test|run ([\w:-]+)(.*))$/.exec(line);
                    expect([line, Boolean(npm)]).toEqual([line, true]);
                    if (npm![2] && !npm![3]!.includes('--if-present')) expect(Object.keys(pkg.scripts)).toContain(npm![2]);
                }
            });

            it('.ci/run runs each of its repository scripts, or says why it cannot here', () => {
                for (const script of commands(file)
                    .map(repositoryScript)
                    .filter((s): s is string => s !== null))
                    expect(ciRun).toContain(script);
            });

            it('uses actions at a major version tag, and only files that exist', () => {
                for (const [, job] of jobs(file)) {
                    for (const step of job.steps) {
                        // `./` is this repository's own action (action.yml at the root), as the self-test runs it.
                        if (step.uses === './') expect(existsSync(path.join(REPO_ROOT, 'action.yml'))).toBe(true);
                        else if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v?\d+(\.\d+)*$/);
                        for (const key of ['file', 'context']) {
                            const value = step.with?.[key];
                            if (value) expect(existsSync(path.join(REPO_ROOT, value))).toBe(true);
                        }
                    }
                }
            });
        });
    }

    it('check-dist uploads the folder the dist check writes its expected bundle to', () => {
        const steps = jobs('check-dist.yml').flatMap(([, job]) => job.steps);
        const check = steps.find((step) => step.run?.includes('check:dist'))!;
        const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
        const folder = /--expected (\S+)/.exec(check.run!)![1]!;
        expect(upload.with!['path']!.replace(/\/$/, '')).toBe(folder);
        expect(readFileSync(path.join(REPO_ROOT, '.gitignore'), 'utf8')).toContain(`/${folder}/`);
    });

    it('ci.yml tests PostgreSQL 13 and 17, MySQL 8.0 and 8.4, MariaDB 10.11 and 11 on Node 22 and 24, and SQL Server 2022', () => {
        const workflow = parseYaml(readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8'));
        const matrix = workflow.jobs.test.strategy.matrix.include as Array<Record<string, string | number>>;
        expect(new Set(matrix.map((entry) => entry['postgres']))).toEqual(new Set(['postgres:13', 'postgres:17']));
        expect(new Set(matrix.map((entry) => entry['mysql']))).toEqual(new Set(['mysql:8.0', 'mysql:8.4', 'mariadb:10.11', 'mariadb:11']));
        expect(new Set(matrix.map((entry) => entry['node']))).toEqual(new Set([22, 24]));
        expect(workflow.jobs.test.env.NOORM_EXPECT_NODE).toBe('${{ matrix.node }}');
        expect(workflow.jobs.sqlserver.services.mssql.image).toBe('mcr.microsoft.com/mssql/server:2022-latest');
        expect(workflow.jobs.sqlserver.env.NOORM_TEST_MSSQL_URL).toMatch(/^mssql:\/\//);
    });
});

describe('shell scripts', () => {
    const scripts = [
        '.ci/run',
        ...readdirSync(path.join(REPO_ROOT, 'scripts'), { recursive: true, encoding: 'utf8' })
            .filter((name) => name.endsWith('.sh'))
            .map((name) => `scripts/${name}`),
    ].sort();

    it('pass shellcheck', () => {
        const result = spawnSync('shellcheck', scripts, { cwd: REPO_ROOT, encoding: 'utf8' });
        if (result.error) {
            process.stderr.write("\n*** SKIPPED shellcheck: it is not installed (.ci/run installs Debian's shellcheck) ***\n");
            return;
        }
        expect(result.stdout).toBe('');
        expect(result.status).toBe(0);
    });

    it('are executable', () => {
        for (const script of scripts) accessSync(path.join(REPO_ROOT, script), constants.X_OK);
    });
});
