import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

/** A throw-away project folder holding the given files (text or bytes), removed after the suite. */
export function makeProject(files: Record<string, string | Uint8Array> = {}): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'noorm-test-'));
    created.push(root);
    writeFiles(root, files);
    return root;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
    for (const [relative, content] of Object.entries(files)) {
        const full = path.join(root, relative);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
    }
}

export function removeProjects(): void {
    for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}
