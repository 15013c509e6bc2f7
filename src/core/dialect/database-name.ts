import { UsageError } from '../errors.js';

/**
 * The checks every server shares for a database name: not empty, no NUL, within the server's
 * length limit. Everything else (quotes, semicolons, spaces) is allowed: names are always quoted
 * as identifiers, so they stay literal names.
 */
export function checkDatabaseName(name: string, limit: { max: number; unit: 'bytes' | 'characters'; server: string }): void {
    if (name.trim() === '') throw new UsageError('invalid-database-name', 'The database name is empty', { hint: 'Set --database or NOORM_DATABASE.' });
    if (name.includes('\0')) throw new UsageError('invalid-database-name', 'The database name holds a NUL character');
    const length = limit.unit === 'bytes' ? Buffer.byteLength(name, 'utf8') : [...name].length;
    if (length > limit.max) {
        throw new UsageError('invalid-database-name', `The database name is ${length} ${limit.unit} long; ${limit.server} allows at most ${limit.max}`);
    }
}
