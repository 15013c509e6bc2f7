import type { Dialect } from '../dialect/types.js';
import { UsageError, messageOf } from '../errors.js';
import type { GeneratedSql } from '../runner/source.js';
import { SqlBuffer } from '../runner/sql-buffer.js';
import { csvFileRows, fileVersion } from './csv.js';

export interface InsertRowsOptions {
    /** Rows per statement (default 1000). */
    batch?: number;
    /** The columns written, in order (default: the first row's keys). */
    columns?: string[];
}

type Row = Record<string, unknown>;

/**
 * What `insertRows()` returns: multi-row INSERT statements, `batch` rows each, written one
 * statement at a time when asked. Printed into a template, they are never held as one text: the
 * runner writes and sends them part by part. `String()` of it is the whole text.
 */
export abstract class InsertStatements implements GeneratedSql {
    abstract readonly empty: boolean;
    protected readonly batch: number;
    private head = '';
    private readonly quote: (value: unknown) => string;

    protected constructor(
        protected readonly dialect: Dialect,
        private readonly table: string,
        options: InsertRowsOptions,
    ) {
        const batch = options.batch ?? 1000;
        if (!Number.isInteger(batch) || batch < 1) throw new UsageError('bad-batch', `insertRows(): batch must be a whole number of rows, got ${batch}`);
        this.batch = batch;
        this.quote = dialect.quoteLiteral;
    }

    /** Each row's `(v1, v2, …)`, in order. */
    protected abstract tuples(): Iterable<string>;

    /** Writes the statements into `out`, pausing after each one. */
    *write(out: SqlBuffer): Generator<void, void, void> {
        const { batch } = this;
        let inBatch = 0;
        // Tuples are joined into short texts before they are copied into the buffer: one copy per
        // few kilobytes, and no statement is ever held whole as a string.
        let pending = '';
        for (const tuple of this.tuples()) {
            pending += (inBatch ? ',\n' : this.head) + tuple;
            if (++inBatch === batch) {
                out.write(pending + ';\n');
                pending = '';
                inBatch = 0;
                yield;
            } else if (pending.length > 8192) {
                out.write(pending);
                pending = '';
            }
        }
        if (inBatch) {
            out.write(pending + ';\n');
            yield;
        }
    }

    toString(): string {
        const out = new SqlBuffer();
        for (const _ of this.write(out));
        return out.text();
    }

    protected setColumns(columns: readonly string[]): void {
        const { dialect } = this;
        const target = this.table
            .split('.')
            .map((part) => dialect.quoteIdentifier(part))
            .join('.');
        this.head = `INSERT INTO ${target} (${columns.map((column) => dialect.quoteIdentifier(column)).join(', ')}) VALUES\n`;
    }

    /** `(v1, v2, …)` for the `width` values from `start`, or for a row's `columns` when given. */
    protected tuple(values: readonly unknown[] | Row, start: number, width: number, columns?: readonly string[]): string {
        const { quote } = this;
        const source = values as Record<string | number, unknown>;
        // Concatenation, not an array join per row: a seed writes hundreds of thousands of these.
        let tuple = '(';
        for (let c = 0; c < width; c++) tuple += (c ? ', ' : '') + quote(source[columns ? columns[c]! : start + c]);
        return tuple + ')';
    }
}

/**
 * insertRows() over an array. The values are copied when it is called: what a template does to its
 * rows afterwards does not change the SQL, and a value that has no literal is an error at the
 * template's line, not later.
 */
export class RowInserts extends InsertStatements {
    readonly empty: boolean;
    /** Row after row, `width` values each. */
    private readonly values: unknown[];
    private readonly width: number;
    private readonly count: number;

    constructor(dialect: Dialect, table: string, rows: readonly Row[], options: InsertRowsOptions = {}) {
        super(dialect, table, options);
        if (!Array.isArray(rows)) throw new UsageError('bad-rows', 'insertRows(): rows must be an array of objects, or loadRows() of a CSV file');
        const columns = options.columns ?? (rows.length ? Object.keys(rows[0]!) : []);
        this.setColumns(columns);
        this.empty = !rows.length;
        this.count = rows.length;
        this.width = columns.length;
        this.values = new Array<unknown>(rows.length * columns.length);
        rows.forEach((row, index) => valuesOf(dialect, row, columns, `row ${index + 1}`, this.values, index * columns.length));
    }

    protected *tuples(): Generator<string> {
        const { values, width, count } = this;
        for (let r = 0; r < count; r++) yield this.tuple(values, r * width, width);
    }
}

/** What `loadRows()` returns: a CSV file's rows, read from disk (and mapped) each time they are written. */
export class CsvRows {
    /** The file as the template saw it: every pass reads that same file. */
    private readonly version: string;

    constructor(
        readonly file: string,
        private readonly absolute: string,
        private readonly map?: (row: Record<string, string>, index: number) => Row,
    ) {
        if (map !== undefined && typeof map !== 'function') throw new UsageError('bad-rows', `loadRows(): the second argument must be a function of a row, got ${typeof map}`);
        this.version = fileVersion(absolute, file);
    }

    /** The rows, each through `map`; every call reads the file anew. */
    *rows(): Generator<Row> {
        let index = 0;
        for (const row of csvFileRows(this.absolute, this.file, this.version)) yield this.mapped(row, index++);
    }

    private mapped(row: Record<string, string>, index: number): Row {
        if (!this.map) return row;
        let result: unknown;
        try {
            result = this.map(row, index);
        } catch (error) {
            throw new UsageError('bad-rows', `loadRows(): the function given for ${this.file} failed on row ${index + 1}: ${messageOf(error)}`, { cause: error });
        }
        if (result === null || typeof result !== 'object' || typeof (result as { then?: unknown }).then === 'function') {
            const what = result === null ? 'null' : typeof result !== 'object' ? typeof result : 'a promise';
            throw new UsageError(
                'bad-rows',
                `loadRows(): the function given for ${this.file} returned ${what} for row ${index + 1}; it must return the row as an object, at once (not async)`,
            );
        }
        return result as Row;
    }
}

/**
 * insertRows() over loadRows(): the file is read as the statements are written, so the rows are
 * never all in memory. A value without a literal is found when its statement is written.
 */
export class StreamedInserts extends InsertStatements {
    readonly empty: boolean;
    private readonly columns: string[];

    constructor(
        dialect: Dialect,
        table: string,
        private readonly source: CsvRows,
        options: InsertRowsOptions = {},
    ) {
        super(dialect, table, options);
        // The first row names the columns (as for an array) and tells whether there are any.
        const rows = source.rows();
        const first = rows.next();
        rows.return(undefined);
        this.empty = Boolean(first.done);
        this.columns = [...(options.columns ?? (first.done ? [] : Object.keys(first.value)))];
        this.setColumns(this.columns);
    }

    protected *tuples(): Generator<string> {
        const { columns } = this;
        const values = new Array<unknown>(columns.length);
        let index = 0;
        for (const row of this.source.rows()) {
            index++;
            // Written straight away (rows() gives objects only); a value that cannot be written is
            // looked at again, to name it (the two ways write the same literals).
            let tuple: string;
            try {
                tuple = this.tuple(row, 0, columns.length, columns);
            } catch {
                valuesOf(this.dialect, row, columns, `${this.source.file} row ${index}`, values, 0);
                tuple = this.tuple(values, 0, columns.length);
            }
            yield tuple;
        }
    }
}

/**
 * Puts a row's values in column order into `values` from `at`, as they will be written: objects (not dates or bytes) become
 * their JSON text, dates and bytes are copied, and a value the dialect cannot write fails, naming
 * where it is.
 */
function valuesOf(dialect: Dialect, row: unknown, columns: readonly string[], where: string, values: unknown[], at: number): void {
    if (row === null || typeof row !== 'object') throw new UsageError('bad-rows', `insertRows(): ${where} is ${row === null ? 'null' : typeof row}, not an object`);
    for (let c = 0; c < columns.length; c++) {
        let value = (row as Row)[columns[c]!];
        switch (typeof value) {
            case 'string':
                // Checked only where a literal can fail (text with NUL on some databases).
                if (value.includes('\0')) check(dialect, value, where, columns[c]!);
                break;
            case 'number':
                if (!Number.isFinite(value)) check(dialect, value, where, columns[c]!);
                break;
            case 'object':
                if (value === null) break;
                if (value instanceof Date) {
                    check(dialect, value, where, columns[c]!);
                    value = new Date(value.getTime());
                } else if (value instanceof Uint8Array) {
                    value = new Uint8Array(value);
                } else {
                    value = jsonText(value, where, columns[c]!);
                }
                break;
            case 'undefined':
            case 'boolean':
            case 'bigint':
                break;
            default:
                throw new UsageError('bad-literal', `insertRows(): ${where}, column ${columns[c]}: a ${typeof value} has no SQL literal`);
        }
        values[at + c] = value;
    }
}

function jsonText(value: object, where: string, column: string): string {
    try {
        return JSON.stringify(value);
    } catch (error) {
        throw new UsageError('bad-literal', `insertRows(): ${where}, column ${column} cannot be written as JSON: ${messageOf(error)}`);
    }
}

function check(dialect: Dialect, value: unknown, where: string, column: string): void {
    try {
        dialect.quoteLiteral(value);
    } catch (error) {
        if (error instanceof UsageError) throw new UsageError(error.code, `insertRows(): ${where}, column ${column}: ${error.message.replace(/^escape\(\): /, '')}`);
        throw error;
    }
}
