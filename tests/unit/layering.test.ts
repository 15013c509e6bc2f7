/**
 * The import rules of `npm run lint` hold today and catch what they are for: a copy of src/ with
 * one forbidden import injected fails the check, naming the rule.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../helpers/cli.js';

const copies: string[] = [];
afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function cruise(cwd: string): { code: number | null; output: string } {
    const bin = path.join(REPO_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
    const result = spawnSync(process.execPath, [bin, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the repository's src/ and lint config with one more file in it. */
function copyWith(file: string, text: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-layering-'));
    copies.push(dir);
    cpSync(path.join(REPO_ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
    for (const name of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) cpSync(path.join(REPO_ROOT, name), path.join(dir, name));
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, file), text);
    return dir;
}

describe('the layering rules', () => {
    it('pass on the code as it is', () => {
        const result = cruise(REPO_ROOT);
        expect(result.output).toContain('no dependency violations');
        expect(result.code).toBe(0);
    });

    it.each([
        ['core-imports-no-face', 'src/core/injected.ts', "import { main } from '../cli/main.js';\nexport const x = main;\n"],
        ['face-through-core-index', 'src/cli/injected.ts', "import { runFiles } from '../core/runner/run.js';\nexport const x = runFiles;\n"],
        [
            'dialect-internals-stay-inside',
            'src/core/runner/injected.ts',
            "import { postgresDialect } from '../dialect/postgres/postgres-dialect.js';\nexport const x = postgresDialect;\n",
        ],
        ['no-cycles-between-core-modules', 'src/core/sql/injected.ts', "import { y } from '../runner/injected.js';\nexport const x = () => y;\n"],
    ])('%s catches an injected import', (rule, file, text) => {
        const dir = copyWith(file, text);
        // A cycle takes an import the other way too.
        if (rule === 'no-cycles-between-core-modules')
            writeFileSync(path.join(dir, 'src/core/runner/injected.ts'), "import { x } from '../sql/injected.js';\nexport const y = () => x;\n");
        const result = cruise(dir);
        expect(result.code).not.toBe(0);
        expect(result.output).toContain(rule);
    });
});
