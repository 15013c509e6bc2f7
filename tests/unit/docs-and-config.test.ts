/** What the README and the test set-up promise, checked against the repository itself. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../helpers/cli.js';
import { pathToFileURL } from 'node:url';

const { default: jestConfig } = (await import(pathToFileURL(path.join(REPO_ROOT, 'jest.config.js')).href)) as { default: { modulePathIgnorePatterns?: string[] } };
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
    it('cites no SPEC.md, which the repository does not have', () => {
        expect(readme).not.toMatch(/SPEC\.md/);
    });

    it('gives exit 2 for a file named on the command line that does not exist, not 1', () => {
        const row = (code: number) => readme.split('\n').find((line) => line.startsWith(`| ${code} |`)) ?? '';
        expect(row(2)).toContain('a file or folder named on the command line that does not exist');
        expect(row(1)).not.toMatch(/missing/);
        expect(row(6)).toContain('--allow-stale');
    });
});

describe('jest configuration', () => {
    it('keeps dist/ and lib/ (and their package.json) out of the module map: no "Haste module naming collision"', () => {
        const patterns = jestConfig.modulePathIgnorePatterns ?? [];
        for (const file of ['<rootDir>/dist/package.json', '<rootDir>/lib/core/index.js']) expect(patterns.some((pattern) => new RegExp(pattern).test(file))).toBe(true);
        expect(patterns.some((pattern) => new RegExp(pattern).test('<rootDir>/package.json'))).toBe(false);
    });
});
