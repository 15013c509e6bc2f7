// `npm run build:dist`: the standalone bundle in dist/, committed, which the Docker image and the
// GitHub Action (action.yml runs dist/index.js; its install-only mode and the image run
// dist/noorm.js) run from a copy of dist/ alone, with no node_modules: ncc bundles each entry of
// lib/ (so `npm run build` first) together with src/bin/standalone.ts, which makes SQLite load its
// binaries from dist/ (only the platforms sqlite-bundled-driver.ts lists are copied).
//
// Deterministic: no ncc cache, a fixed file order, one package.json written here; two builds from
// one tree are byte-identical (scripts/check-dist.sh relies on it).
//
//   node scripts/build-dist.js [outDir]     (default dist/)
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const pkg = require('../package.json');

/**
 * One line per entry: the file in dist/ and the compiled module it bundles. Each entry's chunks are
 * named after it (179.noorm.js), and the licences of what it bundles go to licenses-<entry>.txt.
 */
const ENTRIES = [
    { file: 'noorm.js', entry: 'lib/bin/noorm.js' },
    { file: 'index.js', entry: 'lib/action/index.js' },
];

async function build(outDir) {
    const files = new Map();
    for (const { file, entry } of ENTRIES) {
        // A small entry of our own puts the standalone set-up before everything the real entry imports.
        const wrapper = path.join(ROOT, 'lib', '.dist-entries', file);
        mkdirSync(path.dirname(wrapper), { recursive: true });
        const relative = (target) => path.relative(path.dirname(wrapper), path.join(ROOT, target)).split(path.sep).join('/');
        writeFileSync(wrapper, `import '${relative('lib/bin/standalone.js')}';\nimport '${relative(entry)}';\n`);
        const { code, assets } = await ncc(wrapper, {
            filename: file,
            cache: false,
            quiet: true,
            minify: false,
            sourceMap: false,
            target: 'es2023',
            license: `licenses-${path.basename(file, '.js')}.txt`,
        });
        add(files, file, { source: code, permissions: 0o644 }, entry);
        // Each entry's package.json (noorm's own, or ncc's {"type":"module"}) is replaced by the one below.
        for (const [name, asset] of Object.entries(assets)) if (name !== 'package.json') add(files, name, asset, entry);
    }
    // ncc copies noorm's own package.json (read for --version); the bundle needs only these fields of it.
    files.set('package.json', { source: `${JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module', private: true }, null, 2)}\n`, permissions: 0o644 });

    rmSync(outDir, { recursive: true, force: true });
    for (const name of [...files.keys()].sort()) {
        const target = path.join(outDir, name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, files.get(name).source);
        // Only whether a file is executable is kept (as git does), never the umask of the machine.
        chmodSync(target, files.get(name).permissions & 0o111 ? 0o755 : 0o644);
    }
    return files;
}

/** Two entries may share an asset (package.json, a binary) only when it is the same bytes. */
function add(files, name, asset, entry) {
    const source = Buffer.from(asset.source);
    const existing = files.get(name);
    if (existing && !Buffer.from(existing.source).equals(source)) throw new Error(`dist/${name}: ${entry} emits it with other contents than an earlier entry`);
    files.set(name, { source, permissions: asset.permissions ?? 0o644 });
}

const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const files = await build(outDir);
const bytes = [...files.values()].reduce((sum, file) => sum + Buffer.byteLength(file.source), 0);
process.stderr.write(`dist: ${files.size} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${path.relative(process.cwd(), outDir) || '.'}\n`);
