import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { nextTurn } from '../abort.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Dialect } from '../dialect/types.js';
import { FileError, NoormError, UsageError, messageOf } from '../errors.js';
import { assertAllowedPath } from '../project/allowed-paths.js';
import { toTrackedPath } from '../project/root.js';
import { normaliseSql } from '../sql/normalise.js';
import { type GeneratedSql, type SqlPart } from '../sql/parts.js';
import { readCsvFile } from './csv.js';
import { describeUnclosed, findUnclosed } from './unclosed.js';
import { CsvRows, InsertStatements, RowInserts, StreamedInserts, type InsertRowsOptions } from './insert-rows.js';

/** What a `*.sql.eta` template sees. */
export interface TemplateContext {
    /** Loads a data file next to the template (`/path` is relative to the project root). */
    load(file: string): Promise<unknown>;
    /** The text of another SQL file; a template is rendered, with `data` as extra variables. */
    include(file: string, data?: Record<string, unknown>): Promise<string>;
    /** A value as a SQL literal of this database: the safe way to put data into SQL. */
    escape(value: unknown): string;
    /** Batched multi-row INSERT statements for `rows` (objects keyed by column), written as they are sent. */
    insertRows(table: string, rows: readonly Record<string, unknown>[] | CsvRows, options?: InsertRowsOptions): InsertStatements;
    /**
     * A CSV file's rows for insertRows(), read as its statements are written (each row through
     * `map`, if given): a seed bigger than memory should hold.
     */
    loadRows(file: string, map?: (row: Record<string, string>, index: number) => Record<string, unknown>): CsvRows;
    dialect: string;
    types: Record<string, string>;
    /** The config without its password. */
    config: Record<string, unknown>;
    /** The config's secrets; a missing one is an error, never the text `undefined`. */
    secrets: Record<string, string>;
    env: Record<string, string | undefined>;
    /** Variables given with --var key=value (also available by name). */
    vars: Record<string, string>;
}

export interface TemplateOptions {
    root: string;
    dialect: Dialect;
    config: ResolvedConfig;
    vars: Record<string, string>;
    env: NodeJS.ProcessEnv;
}

type EtaModule = typeof import('eta');

/** Where a printed insertRows() goes in the rendered text (NUL never occurs in SQL text). */
const MARK = /\0noorm:rows:\d+\0/g;

/**
 * Renders `*.sql.eta` files with Eta, configured for SQL rather than HTML: no escaping of what is
 * printed, whitespace as written, `await` allowed. Printing `undefined` is an error, and every
 * error names the template and its line.
 */
export class TemplateRenderer {
    private eta: InstanceType<EtaModule['Eta']> | null = null;
    private etaModule: EtaModule | null = null;
    /** What each printed insertRows() left in the text, until the render that printed it takes it. */
    private readonly printed = new Map<string, GeneratedSql>();
    private marks = 0;

    constructor(private readonly options: TemplateOptions) {}

    /**
     * The SQL a template renders to (line endings normalised as for any file), in parts: the text,
     * and the statements of each insertRows() it printed, to be written as they are sent.
     */
    async render(absolute: string): Promise<SqlPart[]> {
        try {
            return this.partsOf(await this.renderText(absolute, []), absolute);
        } finally {
            // Marks of rows printed but left out of the output (kept in a variable) go too.
            this.printed.clear();
        }
    }

    private partsOf(text: string, absolute: string): SqlPart[] {
        const parts: SqlPart[] = [];
        let from = 0;
        const addText = (end: number) => {
            if (end <= from) return;
            // Neighbouring text stays one part: a character is never split between two.
            if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += text.slice(from, end);
            else parts.push(text.slice(from, end));
        };
        for (const match of text.matchAll(MARK)) {
            const generated = this.printed.get(match[0]);
            if (!generated)
                throw new FileError(
                    'template-failed',
                    'template error: the output of insertRows() was printed, then changed as text; print it as it is, or use String(insertRows(…))',
                    { file: toTrackedPath(this.options.root, absolute) },
                );
            addText(match.index);
            if (!generated.empty) parts.push(generated);
            from = match.index + match[0].length;
        }
        addText(text.length);
        return parts.length ? parts : [''];
    }

    /** The rendered text, with a mark where each insertRows() was printed. */
    private async renderText(absolute: string, stack: readonly string[], extra?: Record<string, unknown>): Promise<string> {
        const tracked = toTrackedPath(this.options.root, absolute);
        if (stack.includes(absolute))
            throw new FileError('template-cycle', `${tracked} includes itself (${[...stack, absolute].map((f) => toTrackedPath(this.options.root, f)).join(' → ')})`, {
                file: tracked,
            });
        const source = normaliseSql(readText(absolute, tracked));
        const eta = await this.engine();
        const context = this.context(path.dirname(absolute), [...stack, absolute]);
        try {
            return await eta.renderStringAsync(source, { ...context.vars, ...(extra ?? {}), ...context });
        } catch (error) {
            throw templateError(error, tracked, source, eta, this.etaModule!);
        }
    }

    private async engine(): Promise<InstanceType<EtaModule['Eta']>> {
        if (this.eta) return this.eta;
        this.etaModule = await import('eta');
        this.eta = new this.etaModule.Eta({
            autoEscape: false,
            autoTrim: false,
            useWith: true,
            debug: true,
            autoFilter: true,
            filterFunction: (value: unknown) => {
                if (value instanceof InsertStatements) {
                    // Numbered for the whole command: a mark can never stand for another call's rows.
                    const mark = `\0noorm:rows:${this.marks++}\0`;
                    this.printed.set(mark, value);
                    return mark;
                }
                if (value === undefined) throw new UsageError('template-undefined', 'the template printed undefined (a missing variable or property)');
                return String(value);
            },
        });
        return this.eta;
    }

    private context(dir: string, stack: readonly string[]): TemplateContext {
        const { dialect, config, root } = this.options;
        const resolve = (file: string) => {
            const absolute = file.startsWith('/') ? path.join(root, file) : path.resolve(dir, file);
            assertAllowedPath(config.paths, absolute, { subject: file, code: 'template-path-outside-project' });
            return absolute;
        };
        const { password: _password, ...connection } = config.connection;
        void _password;
        return {
            load: (file) => loadData(resolve(file), root),
            include: async (file, data) => {
                const absolute = resolve(file);
                return /\.eta$/i.test(absolute) ? this.renderText(absolute, stack, data) : normaliseSql(readText(absolute, toTrackedPath(root, absolute)));
            },
            escape: (value) => dialect.quoteLiteral(value),
            insertRows: (table, rows, options) =>
                rows instanceof CsvRows ? new StreamedInserts(dialect, table, rows, options) : new RowInserts(dialect, table, rows as readonly Record<string, unknown>[], options),
            loadRows: (file, map) => {
                const absolute = resolve(file);
                const tracked = toTrackedPath(root, absolute);
                if (!/\.csv$/i.test(absolute)) throw new UsageError('bad-data-file', `loadRows(): ${tracked} is not a CSV file (load() reads the other kinds)`);
                return new CsvRows(tracked, absolute, map);
            },
            dialect: dialect.name,
            types: { ...dialect.logicalTypes, identity: dialect.logicalTypes.serial },
            config: {
                name: config.name,
                type: config.type,
                isTest: config.isTest,
                protected: config.protected,
                dialect: connection.dialect,
                host: connection.host,
                port: connection.port,
                database: connection.database,
                user: connection.user,
            },
            secrets: strictSecrets(config.secrets, config.name),
            env: { ...this.options.env },
            vars: { ...this.options.vars },
        };
    }
}

/** Secrets that refuse to be `undefined`: a typo must not put the text `undefined` into SQL. */
function strictSecrets(secrets: Record<string, string>, configName: string): Record<string, string> {
    return new Proxy(
        { ...secrets },
        {
            get(target, key) {
                if (typeof key !== 'string' || key in target) return Reflect.get(target, key);
                if (key === 'toJSON' || key === 'then') return undefined;
                throw new UsageError('missing-secret', `secret ${key} is not set for config "${configName}"`, {
                    hint: `Set it with: noorm secret set ${key} --config ${configName}`,
                });
            },
        },
    );
}

async function loadData(absolute: string, root: string): Promise<unknown> {
    const tracked = toTrackedPath(root, absolute);
    const extension = path.extname(absolute).toLowerCase();
    switch (extension) {
        case '.json':
            try {
                return JSON.parse(stripBom(readText(absolute, tracked)));
            } catch (error) {
                if (error instanceof NoormError) throw error;
                throw new UsageError('bad-data-file', `${tracked} is not valid JSON: ${messageOf(error)}`);
            }
        case '.yml':
        case '.yaml': {
            const { parse } = await import('yaml');
            try {
                return parse(stripBom(normaliseSql(readText(absolute, tracked))));
            } catch (error) {
                throw new UsageError('bad-data-file', `${tracked} is not valid YAML: ${messageOf(error)}`);
            }
        }
        case '.csv':
            return readCsvFile(absolute, tracked, nextTurn);
        case '.js':
        case '.mjs': {
            // A fresh URL per change of the file: a build that edits data and re-renders sees the edit.
            const url = `${pathToFileURL(absolute).href}?mtime=${statSync(absolute).mtimeMs}`;
            const module = (await import(/* webpackIgnore: true */ url)) as { default?: unknown };
            const value = module.default;
            return typeof value === 'function' ? await (value as () => unknown)() : await value;
        }
        case '.sql':
            return normaliseSql(readText(absolute, tracked));
        default:
            throw new UsageError('bad-data-file', `load(): ${tracked} is not a data file noorm reads (.json, .yml, .yaml, .csv, .js, .mjs, .sql)`);
    }
}

function readText(absolute: string, tracked: string): string {
    try {
        return readFileSync(absolute, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError('missing-file', `Cannot read ${tracked}${code ? ` (${code})` : ''}`);
    }
}

function stripBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Any failure while rendering, as a FileError at the template's file and line. */
function templateError(error: unknown, file: string, source: string, eta: InstanceType<EtaModule['Eta']>, module: EtaModule): NoormError {
    if (error instanceof module.EtaRuntimeError) {
        // "line N\n  <excerpt>\n\n<message>": the line, and the cause's own message.
        const text = messageOf(error);
        const cause = (error as { cause?: unknown }).cause;
        const tagLine = Number(/^line (\d+)/.exec(text)?.[1]) || undefined;
        const line = tagLine === undefined ? undefined : lineInsideTag(source, eta, cause, tagLine);
        // An error inside an included template already names that template and its line.
        if (cause instanceof FileError && cause.file) return cause;
        const message = cause ? messageOf(cause) : (text.split('\n\n').at(-1) ?? text);
        const hint = cause instanceof NoormError ? cause.hint : undefined;
        return new FileError('template-failed', `template error: ${message}`, { file, line, hint, cause: error });
    }
    if (error instanceof module.EtaParseError || error instanceof SyntaxError) {
        // A tag or block left open: say what and where, not what Eta's generated code then met.
        const unclosed = findUnclosed(source);
        if (unclosed) return new FileError('template-syntax', `template syntax error: ${describeUnclosed(unclosed)}`, { file, line: unclosed.line, cause: error });
        return new FileError('template-syntax', `template syntax error: ${firstLine(messageOf(error))}`, { file, line: syntaxErrorLine(source, eta), cause: error });
    }
    if (error instanceof NoormError) return new FileError(error.code, error.message, { file, hint: error.hint, cause: error });
    return new FileError('template-failed', `template error: ${messageOf(error)}`, { file, cause: error });
}

/**
 * Eta reports the line where the failing `<% %>` block starts. For a block over several lines, the
 * stack of the cause names the line of the generated function; the code after the block's marker
 * is the block's own text, line for line, so the offset carries over to the template.
 */
function lineInsideTag(source: string, eta: InstanceType<EtaModule['Eta']>, cause: unknown, tagLine: number): number {
    const at = /<anonymous>:(\d+):\d+/.exec(String((cause as Error | undefined)?.stack ?? ''));
    if (!at) return tagLine;
    let code: string[];
    try {
        code = eta.compileToString(source, { async: true }).split('\n');
    } catch {
        return tagLine;
    }
    // The generated function's first two lines are its header.
    const failing = Number(at[1]) - 3;
    if (failing < 0 || failing >= code.length) return tagLine;
    let marker = failing;
    while (marker >= 0 && !/^__eta\.line=\d+$/.test(code[marker]!)) marker--;
    if (marker < 0 || Number(code[marker]!.slice('__eta.line='.length)) !== tagLine || failing === marker) return tagLine;
    // The block's first code line, found in the template from the block's line on (Eta trims the
    // whitespace before it, line breaks included).
    const first = code[marker + 1]!.trim();
    const lines = source.split('\n');
    for (let i = tagLine - 1; i < lines.length && i < tagLine + 50; i++) {
        if (first && lines[i]!.includes(first)) return i + 1 + (failing - marker - 1);
    }
    return tagLine;
}

/** Finds the template line of a syntax error: compile the generated function and map its line back. */
function syntaxErrorLine(source: string, eta: InstanceType<EtaModule['Eta']>): number | undefined {
    let code: string;
    try {
        code = eta.compileToString(source, { async: true });
    } catch {
        return undefined;
    }
    const wrapped = `(async function (it, options) {\n${code}\n})`;
    try {
        new vm.Script(wrapped);
        return undefined;
    } catch (error) {
        const at = /:(\d+)\n/.exec(String((error as Error).stack ?? ''));
        if (!at) return undefined;
        const lines = wrapped.split('\n').slice(0, Number(at[1]));
        for (let i = lines.length - 1; i >= 0; i--) {
            const marker = /__eta\.line=(\d+)/.exec(lines[i]!);
            if (marker) return Number(marker[1]);
        }
        return 1;
    }
}

function firstLine(text: string): string {
    return (
        text
            .split('\n')
            .find((line) => line.trim() && !/^Bad template syntax/.test(line))
            ?.trim() ?? text
    );
}
