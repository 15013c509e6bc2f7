/**
 * What the Action shows, as pure functions of the (redacted) result document: the job summary, the
 * annotations, the pull request comment, the install-only shim.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { annotationsOf, splitShown } from '../../src/action/annotations.js';
import { commentMarker, renderPlanComment } from '../../src/action/comment.js';
import { counts, stepStatus, viewOf, type Document } from '../../src/action/document.js';
import { writeNoormShim } from '../../src/action/install.js';
import { renderSummary } from '../../src/action/summary.js';

const file = (i: number, extra: Record<string, unknown> = {}) => ({
    path: `schema/${String(i).padStart(4, '0')}_t.sql`,
    status: 'success',
    checksum: 'ab'.repeat(32),
    durationMs: 12,
    ...extra,
});
const build = (files: object[], extra: Record<string, unknown> = {}): Document =>
    ({ ok: true, command: 'run build', config: 'default', dialect: 'postgres', target: 'postgres db.example:5432/app', dryRun: false, files, notRun: [], ...extra }) as Document;

describe('the job summary', () => {
    it("of up is a table of the build's files and one of the changesets it applied", () => {
        const document = {
            ok: true,
            command: 'up',
            config: 'default',
            dialect: 'postgres',
            target: 'postgres db.example:5432/app',
            created: false,
            build: build([file(1), file(2, { status: 'skipped', durationMs: 0 })]),
            changes: { ok: true, command: 'change ff', changesets: [{ name: '2026-02-01_one', direction: 'change', status: 'success', files: [file(3)], durationMs: 40 }] },
        } as unknown as Document;
        const view = viewOf(document);
        const summary = renderSummary({ document: view, status: stepStatus(view), line: 'up', identity: null, overflow: [], jsonFile: null });
        expect(summary).toContain('## ✅ noorm `up`: success');
        expect(summary).toContain('| `schema/0001_t.sql` | ✅ success | 12 ms | `abababababab` |');
        expect(summary).toContain('| `2026-02-01_one` | change | ✅ success | 1 | 40 ms |');
        expect(counts(view)).toMatchObject({ 'files-run': 2, 'files-skipped': 1, 'changesets-applied': 1 });
        // Nothing ran and nothing was applied: nothing to do.
        const idle = viewOf({ ...document, build: build([file(1, { status: 'skipped' })]), changes: { ok: true, command: 'change ff', changesets: [] } } as unknown as Document);
        expect(stepStatus(idle)).toBe('nothing-to-do');
    });

    it('of status does not read its groups of changesets as the changesets of a run', () => {
        const document = {
            ok: true,
            command: 'status',
            target: 't',
            changesets: { applied: ['a'], pending: [], stale: [] },
            schema: { new: [], changed: [] },
        } as unknown as Document;
        const view = viewOf(document);
        const summary = renderSummary({ document: view, status: stepStatus(view), line: 'status', identity: null, overflow: [], jsonFile: null });
        expect(summary).not.toContain('No changesets.');
        expect(summary).toContain('"applied"');
        expect(counts(view)['changesets-applied']).toBe(0);
    });

    it('is a table of every file, with the target, config and identity', () => {
        const document = build([file(1), file(2, { status: 'skipped', durationMs: 0 })]);
        const summary = renderSummary({ document, status: stepStatus(document), line: 'run build', identity: 'CI <ci@example.com>', overflow: [], jsonFile: '/tmp/r.json' });
        expect(summary).toContain('## ✅ noorm `run build`: success');
        expect(summary).toContain('| **Target** | postgres db.example:5432/app |');
        expect(summary).toContain('| **Identity** | CI &lt;ci@example.com&gt; |');
        expect(summary).toContain('| `schema/0001_t.sql` | ✅ success | 12 ms | `abababababab` |');
        expect(summary).toContain('| `schema/0002_t.sql` | ⏭️ skipped |');
    });

    it('shows text from the database as text: no markup, no broken table', () => {
        const document = build([file(1, { status: 'failed', error: { message: 'bad | <script>`x`</script>\nline 2', line: 3 } })], {
            ok: false,
            error: { code: 'sql-failed', exitCode: 1, message: 'syntax error at "|"', hint: 'Fix <it>', file: 'schema/0001_t.sql', line: 3 },
        });
        const summary = renderSummary({ document, status: 'failed', line: 'run build', identity: null, overflow: [], jsonFile: null });
        expect(summary).toContain('### ❌ sql-failed in `schema/0001_t.sql:3`');
        expect(summary).toContain('Fix &lt;it&gt;');
        expect(summary).not.toContain('<script>');
    });

    it('over the size limit drops the SQL, then cuts rows to "N more rows", and names the JSON file', () => {
        const files = Array.from({ length: 3000 }, (_, i) => file(i, { status: 'new', sql: 'SELECT 1;\n'.repeat(50) }));
        const document = build(files, { dryRun: true });
        const input = { document, status: stepStatus(document), line: 'run build --dry-run', identity: null, overflow: [], jsonFile: '/tmp/result.json' };
        const full = renderSummary(input, Infinity);
        expect(full).toContain('<details><summary>schema/0000_t.sql</summary>');
        const cut = renderSummary(input, 100_000);
        expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000);
        expect(cut).not.toContain('<details>');
        expect(cut).toMatch(/… 2\d{3} more rows/);
        expect(cut).toContain('/tmp/result.json');
    });

    it('a dry run shows what each file would do, without durations; lock status shows the holder', () => {
        const plan = renderSummary({
            document: build([file(1, { status: 'new', sql: 'SELECT 1;' })], { dryRun: true }),
            status: 'success',
            line: 'run build --dry-run',
            identity: null,
            overflow: [],
            jsonFile: null,
        });
        expect(plan).toContain('| File | Would | Checksum |');
        expect(plan).toContain('| `schema/0001_t.sql` | 🆕 new | `abababababab` |');
        const lock = (holder: unknown) =>
            renderSummary({
                document: { ok: true, command: 'lock status', held: Boolean(holder), holder, liveness: 'dead' } as Document,
                status: 'success',
                line: 'lock status',
                identity: null,
                overflow: [],
                jsonFile: null,
            });
        expect(lock(null)).toContain('Not locked.');
        const held = lock({ lockedBy: 'Ada <ada@example.com>', host: 'ci-7', pid: 42, lockedAt: '2026-01-01T00:00:00Z', expiresAt: '2026-01-01T00:10:00Z' });
        expect(held).toContain('| **Holder** | Ada &lt;ada@example.com&gt; |');
        expect(held).toContain('| **Where** | ci-7 pid 42 |');
        expect(held).toContain('| **Holder is** | dead |');
    });

    it('lists the annotations GitHub does not show (10 of each kind a step)', () => {
        const warnings = Array.from({ length: 13 }, (_, i) => ({ code: 'out-of-order', message: `warning ${i}` }));
        const document = build([file(1)], { warnings });
        const { shown, overflow } = splitShown(annotationsOf(document, '/repo/db', '/repo'));
        expect(shown).toHaveLength(10);
        expect(overflow.map((a) => a.message)).toEqual(['warning 10', 'warning 11', 'warning 12']);
        const summary = renderSummary({ document, status: 'success', line: 'run build', identity: null, overflow, jsonFile: null });
        expect(summary).toContain('### More annotations');
        expect(summary).toContain('| warning |  | warning 12 |');
    });
});

describe('annotations', () => {
    it('place a failure at its file relative to the repository root (working-directory included) and its line', () => {
        const document = build([file(1, { status: 'failed', error: { message: 'boom', line: 7 } })], {
            ok: false,
            error: { code: 'sql-failed', exitCode: 1, message: 'boom', hint: 'Try again.', file: 'schema/0001_t.sql', line: 7 },
        });
        expect(annotationsOf(document, '/repo/services/db', '/repo')).toEqual([
            { level: 'error', message: 'boom\nTry again.', title: 'noorm run build: sql-failed', file: 'services/db/schema/0001_t.sql', startLine: 7 },
        ]);
    });

    it('give a failed changeset file its own line, and warnings as warnings', () => {
        const document = {
            ok: false,
            command: 'change ff',
            changesets: [{ name: 'c1', status: 'failed', files: [{ path: 'changesets/c1/change/001.sql', status: 'failed', error: { message: 'no such table', line: 2 } }] }],
            warnings: [{ code: 'out-of-order', message: 'c0 is older than c1', changeset: 'c0' }],
            error: { code: 'sql-failed', exitCode: 1, message: 'Changeset c1 failed', hint: null, file: null, line: null },
        } as Document;
        expect(annotationsOf(document, '/r', '/r').map(({ level, file, startLine }) => [level, file, startLine])).toEqual([
            ['error', undefined, undefined],
            ['error', 'changesets/c1/change/001.sql', 2],
            ['warning', undefined, undefined],
        ]);
    });
});

describe('outputs', () => {
    it('count files and changesets, and tell nothing-to-do from success', () => {
        expect(stepStatus(build([file(1, { status: 'skipped' })]))).toBe('nothing-to-do');
        expect(stepStatus(build([file(1, { status: 'unchanged' })], { dryRun: true }))).toBe('nothing-to-do');
        expect(stepStatus(build([file(1, { status: 'new' })], { dryRun: true }))).toBe('success');
        expect(counts(build([file(1), file(2, { status: 'skipped' }), file(3, { status: 'failed' })], { ok: false }))).toMatchObject({
            'files-run': 2,
            'files-skipped': 1,
            'files-failed': 1,
        });
        const list = {
            ok: true,
            command: 'change list',
            changesets: [
                { name: 'a', status: 'applied' },
                { name: 'b', status: 'pending' },
                { name: 'c', status: 'reverted' },
            ],
        } as Document;
        expect(counts(list)['changesets-pending']).toBe(2);
    });
});

describe('the pull request comment', () => {
    const key = { workingDirectory: 'db', config: 'staging' };
    const changesets = {
        ok: true,
        command: 'change ff',
        dryRun: true,
        changesets: [
            {
                name: '2024-06-01_drop',
                status: 'planned',
                direction: 'change',
                files: [{ path: 'changesets/2024-06-01_drop/change/001.sql', status: 'planned', sql: 'SELECT 1;\nTRUNCATE audit;\n' }],
            },
        ],
    } as Document;

    it('starts with a hidden marker unique to the project folder and config', () => {
        expect(commentMarker(key)).toMatch(/^<!-- noorm-plan [0-9a-f]{16} \(db, staging\) -->$/);
        expect(commentMarker(key)).not.toBe(commentMarker({ ...key, config: 'production' }));
        expect(commentMarker(key)).not.toBe(commentMarker({ ...key, workingDirectory: 'other' }));
        // A config name cannot end the HTML comment early.
        expect(commentMarker({ workingDirectory: '.', config: 'a-->b' })).not.toMatch(/-->.*-->/);
    });

    it('holds the plan: new and changed files, pending changesets, their SQL folded, and destructive statements by file and line', () => {
        const body = renderPlanComment({
            key,
            build: build([file(1, { status: 'new', sql: 'DROP TABLE old;\n' }), file(2, { status: 'unchanged' })], { dryRun: true }),
            changesets,
            runUrl: 'https://github.example/o/r/actions/runs/1',
        });
        expect(body.startsWith(`${commentMarker(key)}\n`)).toBe(true);
        expect(body).toContain('| `schema/0001_t.sql` | new |');
        expect(body).not.toContain('0002_t.sql');
        expect(body).toContain('1 changeset pending: `2024-06-01_drop`');
        expect(body).toContain('<details><summary>schema/0001_t.sql</summary>');
        expect(body).toContain('2 statements would destroy data');
        expect(body).toContain('**DROP TABLE** in `schema/0001_t.sql` line 1');
        expect(body).toContain('**TRUNCATE** in `changesets/2024-06-01_drop/change/001.sql` line 2');
        expect(body).toContain('Planned by [this run](https://github.example/o/r/actions/runs/1)');
    });

    it('stays under GitHub limit: SQL goes first, then rows', () => {
        const files = Array.from({ length: 4000 }, (_, i) => file(i, { status: 'new', sql: 'INSERT INTO t VALUES (1);\n'.repeat(20) }));
        const body = renderPlanComment({ key, build: build(files, { dryRun: true }), changesets, runUrl: null });
        expect(body.length).toBeLessThanOrEqual(65_000);
        expect(body).not.toContain('<details>');
        expect(body).toMatch(/… 3\d{3} more rows/);
        expect(body.startsWith(commentMarker(key))).toBe(true);
    });

    it('says why when a plan could not be made', () => {
        const failed = {
            ok: false,
            command: 'run build',
            error: { code: 'connect-failed', exitCode: 5, message: 'connection refused', hint: null, file: null, line: null },
        } as Document;
        expect(renderPlanComment({ key, build: failed, changesets: failed, runUrl: null })).toContain('❌ connection refused');
    });
});

describe('the install-only shim', () => {
    it('runs the bundled CLI on the given Node, with noorm.cmd beside it on Windows', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'noorm-shim-'));
        try {
            const files = writeNoormShim(dir, "/opt/it's/dist/noorm.js", '/opt/node24/bin/node', 'win32');
            expect(files.map((f) => path.basename(f))).toEqual(['noorm', 'noorm.cmd']);
            expect(readFileSync(files[0]!, 'utf8')).toBe(`#!/bin/sh\nexec '/opt/node24/bin/node' '/opt/it'\\''s/dist/noorm.js' "$@"\n`);
            expect(readFileSync(files[1]!, 'utf8')).toBe(`@"/opt/node24/bin/node" "/opt/it's/dist/noorm.js" %*\r\n@exit /b %ERRORLEVEL%\r\n`);
            expect(writeNoormShim(dir, '/d/noorm.js', '/n', 'linux')).toHaveLength(1);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
