// `npm run check:dist`: rebuilds the standalone bundle from this checkout (lib/ must be built: the npm
// script runs `npm run build` first) and fails when it differs from the committed dist/ in any
// byte, file or executable bit. On a difference the expected bundle is left in the folder given by
// --expected (default dist-expected/), which the check-dist workflow uploads.
//
//   node scripts/check-dist.js [--expected <dir>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMITTED = path.join(ROOT, 'dist');
const flag = process.argv.indexOf('--expected');
const EXPECTED_OUT = path.resolve(flag >= 0 ? process.argv[flag + 1] : path.join(ROOT, 'dist-expected'));

function listFiles(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .sort();
}

// Git keeps one mode bit: executable or not. Windows has none, so it is not compared there.
const executable = (file) => process.platform !== 'win32' && (statSync(file).mode & 0o111) !== 0;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'noorm-check-dist-'));
try {
    const built = path.join(scratch, 'dist');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-dist.js'), built], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);

    const expected = listFiles(built);
    const committed = listFiles(COMMITTED);
    const problems = [];
    for (const name of expected) {
        if (!committed.includes(name)) problems.push(`missing from dist/: ${name}`);
        else if (!readFileSync(path.join(built, name)).equals(readFileSync(path.join(COMMITTED, name)))) problems.push(`differs: dist/${name}`);
        else if (executable(path.join(built, name)) !== executable(path.join(COMMITTED, name))) problems.push(`executable bit differs: dist/${name}`);
    }
    for (const name of committed) if (!expected.includes(name)) problems.push(`not produced by the build: dist/${name}`);

    if (problems.length === 0) {
        process.stderr.write(`check-dist: dist/ matches a fresh build (${expected.length} files)\n`);
    } else {
        rmSync(EXPECTED_OUT, { recursive: true, force: true });
        cpSync(built, EXPECTED_OUT, { recursive: true });
        process.stderr.write(`check-dist: dist/ is not what this checkout builds:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
        process.stderr.write(`Run \`npm run build:dist\` and commit dist/. The expected bundle is in ${path.relative(ROOT, EXPECTED_OUT) || EXPECTED_OUT}/.\n`);
        process.exitCode = 1;
    }
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
