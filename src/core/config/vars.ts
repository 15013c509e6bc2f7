import { UsageError } from '../errors.js';
import { assertNotReserved, keyedRecord } from './keys.js';

/**
 * Template variables given as `key=value` lines (the CLI's repeated `--var`, the Action's `vars`
 * input). A key is a JavaScript identifier, since templates also see each variable by name.
 */
export function parseTemplateVars(lines: readonly string[] | undefined, label = '--var'): Record<string, string> {
    const vars = keyedRecord<string>();
    for (const line of lines ?? []) {
        const eq = line.indexOf('=');
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) {
            throw new UsageError('bad-var', `${label} ${line}: give key=value, with a key made of letters, digits, _ or $`);
        }
        assertNotReserved(key, 'template variable', 'bad-var', `${label} ${line}`);
        vars[key] = eq < 0 ? '' : line.slice(eq + 1);
    }
    return vars;
}
