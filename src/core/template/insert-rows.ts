import type { Dialect } from '../dialect/types.js';
import { UsageError, messageOf } from '../errors.js';
import type { GeneratedSql } from '../runner/source.js';

export interface InsertRowsOptions {
    /** Rows per statement (default 1000). */
    batch?: number;
    /** The columns written, in order (default: the first row's keys). */
    columns?: string[];
}

/**
 * What `insertRows()` returns: multi-row INSERT statements, `batch` rows each, written one
 * statement at a time when asked. Printed into a template, they are never held as one text: the
 * runner writes and sends them part by part, so a seed of a million rows costs the rows, not the
 * rows plus their SQL. `String()` of it is the whole text.
 *
 * The values are copied when it is made: what a template does to its rows afterwards does not
 * change the SQL, and a value that has no literal is an error at the template's line, not later.
 */
export class RowInserts implements GeneratedSql {
    readonly statementCount: number;
    private readonly head: string;
    private readonly width: number;
    private readonly values: unknown[];
    private readonly rowCount: number;
    private readonly batch: number;
    private readonly quote: (value: unknown) => string;

    constructor(dialect: Dialect, table: string, rows: readonly Record<string, unknown>[], options: InsertRowsOptions = {}) {
        const batch = options.batch ?? 1000;
        if (!Number.isInteger(batch) || batch < 1) throw new UsageError('bad-batch', `insertRows(): batch must be a whole number of rows, got ${batch}`);
        if (!Array.isArray(rows)) throw new UsageError('bad-rows', 'insertRows(): rows must be an array of objects');
        const columns = options.columns ?? (rows.length ? Object.keys(rows[0]!) : []);
        const target = table.split('.').map((part) => dialect.quoteIdentifier(part)).join('.');
        this.head = `INSERT INTO ${target} (${columns.map((column) => dialect.quoteIdentifier(column)).join(', ')}) VALUES\n`;
        this.width = columns.length;
        this.rowCount = rows.length;
        this.batch = batch;
        this.quote = dialect.quoteLiteral;
        this.statementCount = Math.ceil(rows.length / batch);
        this.values = snapshot(dialect, rows, columns);
    }

    /** Statement `index` (from 0), ending in `;\n`. */
    statement(index: number): string {
        const { values, width, quote } = this;
        const start = index * this.batch;
        const end = Math.min(this.rowCount, start + this.batch);
        let sql = this.head;
        for (let r = start; r < end; r++) {
            const at = r * width;
            let tuple = r === start ? '(' : ',\n(';
            if (width) tuple += quote(values[at]);
            for (let c = 1; c < width; c++) tuple += ', ' + quote(values[at + c]);
            sql += tuple + ')';
        }
        return sql + ';\n';
    }

    toString(): string {
        const statements: string[] = [];
        for (let i = 0; i < this.statementCount; i++) statements.push(this.statement(i));
        return statements.join('');
    }
}

/**
 * The rows' values, row after row, as they will be written. Objects (not dates or bytes) become
 * their JSON text now, and any value the dialect cannot write fails now, naming its row and column.
 */
function snapshot(dialect: Dialect, rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] {
    const width = columns.length;
    const values = new Array<unknown>(rows.length * width);
    for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (row === null || typeof row !== 'object') throw new UsageError('bad-rows', `insertRows(): row ${r + 1} is ${row === null ? 'null' : typeof row}, not an object`);
        for (let c = 0; c < width; c++) {
            let value = (row as Record<string, unknown>)[columns[c]!];
            switch (typeof value) {
                case 'string':
                    // Checked now only where a literal can fail (text with NUL on some databases).
                    if (value.includes('\0')) check(dialect, value, r, columns[c]!);
                    break;
                case 'number':
                    if (!Number.isFinite(value)) check(dialect, value, r, columns[c]!);
                    break;
                case 'object':
                    // Copies: a date or bytes the template changes later must not change the SQL.
                    if (value === null) break;
                    if (value instanceof Date) {
                        check(dialect, value, r, columns[c]!);
                        value = new Date(value.getTime());
                    } else if (value instanceof Uint8Array) {
                        value = new Uint8Array(value);
                    } else {
                        value = jsonText(value, r, columns[c]!);
                    }
                    break;
                case 'undefined':
                case 'boolean':
                case 'bigint':
                    break;
                default:
                    throw new UsageError('bad-literal', `insertRows(): row ${r + 1}, column ${columns[c]}: a ${typeof value} has no SQL literal`);
            }
            values[r * width + c] = value;
        }
    }
    return values;
}

function jsonText(value: object, row: number, column: string): string {
    try {
        return JSON.stringify(value);
    } catch (error) {
        throw new UsageError('bad-literal', `insertRows(): row ${row + 1}, column ${column} cannot be written as JSON: ${messageOf(error)}`);
    }
}

function check(dialect: Dialect, value: unknown, row: number, column: string): void {
    try {
        dialect.quoteLiteral(value);
    } catch (error) {
        if (error instanceof UsageError) throw new UsageError(error.code, `insertRows(): row ${row + 1}, column ${column}: ${error.message.replace(/^escape\(\): /, '')}`);
        throw error;
    }
}
