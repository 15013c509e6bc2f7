import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureNoormDir } from '../state/files.js';

export interface InitResult {
    ok: true;
    command: 'init';
    root: string;
    created: string[];
    existed: string[];
}

/**
 * `noorm init`: the folders of a project in `dir` (schema/, changesets/, .noorm/ with its own
 * .gitignore). Existing folders are left alone; the user's .gitignore is never touched.
 */
export function initProject(dir: string): InitResult {
    const root = path.resolve(dir);
    const result: InitResult = { ok: true, command: 'init', root, created: [], existed: [] };
    for (const folder of ['schema', 'changesets', '.noorm']) {
        const full = path.join(root, folder);
        if (existsSync(full) && (folder !== '.noorm' || existsSync(path.join(full, '.gitignore')))) {
            result.existed.push(folder);
            continue;
        }
        if (folder === '.noorm') ensureNoormDir(root);
        else mkdirSync(full, { recursive: true });
        result.created.push(folder);
    }
    return result;
}
