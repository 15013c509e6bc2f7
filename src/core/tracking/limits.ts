import { UsageError } from '../errors.js';
import { formatIdentity, type Identity } from '../identity/resolver.js';
import { COLUMN_LENGTHS } from './schema.js';

/** What a command will write into tracking rows; each part is checked when it is known. */
export interface RecordedValues {
    /** The config name recorded with every row. */
    configName?: string;
    identity?: Identity;
    /** Tracked file paths (`__change_files__.filepath`). */
    paths?: readonly string[];
    changesets?: readonly string[];
}

/**
 * Refuses a value that does not fit its tracking column, before anything runs. Otherwise a file
 * would run and then fail to be recorded (MySQL commits as it goes), and run again on every later
 * run; and a value cut to fit would record something other than what ran.
 */
export function assertRecordable(values: RecordedValues): void {
    if (values.configName !== undefined) {
        check(values.configName, COLUMN_LENGTHS.configName, 'The config name', {
            hint: 'Pick a shorter name with --config or NOORM_CONFIG.',
        });
    }
    if (values.identity) {
        check(formatIdentity(values.identity), COLUMN_LENGTHS.executedBy, `The identity (from ${SOURCES[values.identity.source]})`, {
            hint: 'Give a shorter one with --identity or NOORM_IDENTITY ("Name <email>").',
        });
    }
    for (const path of values.paths ?? []) {
        check(path, COLUMN_LENGTHS.filepath, 'The tracked path', {
            file: path,
            hint: 'Shorten the path of the file, its folders included, or move it closer to the project root.',
        });
    }
    for (const name of values.changesets ?? []) {
        check(name, COLUMN_LENGTHS.changesetName, 'The changeset name', { hint: 'Rename the changeset folder to a shorter name.' });
    }
}

const SOURCES: Record<Identity['source'], string> = {
    cli: '--identity',
    env: 'NOORM_IDENTITY',
    config: 'the stored config',
    git: 'git user.name and user.email',
    system: 'the operating-system user',
};

function check(value: string, max: number, what: string, options: { hint: string; file?: string }): void {
    // Columns count characters (code points), not bytes or UTF-16 units.
    const length = [...value].length;
    if (length <= max) return;
    const shown = length > 80 ? `${[...value].slice(0, 60).join('')}…` : value;
    throw new UsageError('value-too-long', `${what} "${shown}" is ${length} characters long; noorm's tracking tables hold at most ${max}`, options);
}
