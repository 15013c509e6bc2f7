import path from 'node:path';
import { runBuild } from './build/run-build.js';
import { changeFf, changeList, changeNext, changeRevert, changeRun, type ChangeListResult, type ChangeRunResult } from './changeset/commands.js';
import { createDatabase, destroyDatabase, waitForDatabase, type DatabaseResult, type DatabaseWaitResult } from './db/lifecycle.js';
import { UsageError } from './errors.js';
import { DEFAULT_HISTORY_LIMIT, readHistory, type HistoryResult } from './history/history.js';
import { lockStatus, releaseLock, type LockReleaseResult, type LockStatus } from './lock/commands.js';
import { runDir, runFile } from './runner/run.js';
import type { RunResult } from './runner/types.js';
import type { Session } from './session.js';
import { status, type StatusResult } from './status/status.js';
import { up, type UpResult } from './up/up.js';

/**
 * A verb line as a user writes it where there is no argument parser of a shell or of commander (the
 * Action's `command` input): `run build --dry-run`, `change run 2024-01-15_add-email`, `db wait
 * --timeout 30`. Each verb takes exactly the arguments and options its `noorm <verb>` twin takes, and
 * calls the same engine function with them, so a line means what it means on the command line.
 */
export interface VerbLine<C extends VerbName = VerbName> {
    /** `run build`, `change ff`. */
    command: C;
    /** Positional arguments, in order. */
    args: string[];
    /** `--dry-run` → `dryRun: true`, `--timeout 30` → `timeout: '30'`. */
    options: Record<string, string | boolean>;
}

/** Each verb and the result it returns. */
export interface VerbResults {
    'run build': RunResult;
    'run file': RunResult;
    'run dir': RunResult;
    'change list': ChangeListResult;
    'change run': ChangeRunResult;
    'change revert': ChangeRunResult;
    'change next': ChangeRunResult;
    'change ff': ChangeRunResult;
    'lock status': LockStatus;
    'lock release': LockReleaseResult;
    'db create': DatabaseResult;
    'db destroy': DatabaseResult;
    'db wait': DatabaseWaitResult;
    up: UpResult;
    status: StatusResult;
    history: HistoryResult;
}

export type VerbName = keyof VerbResults;

interface VerbSpec<R> {
    /** Positional arguments: `<name>` required, `[name]` optional. */
    args: readonly string[];
    /** Boolean switches, as typed (`--dry-run`). */
    switches: readonly string[];
    /** Options with a value and their defaults (null: none, the option is unset unless given). */
    values?: Readonly<Record<string, string | null>>;
    call(session: Session, line: VerbLine, cwd: string): Promise<R>;
}

const DRY = '--dry-run';
const runOptions = (line: VerbLine) => ({
    force: line.options['force'] === true,
    dryRun: line.options['dryRun'] === true,
    singleTransaction: line.options['singleTransaction'] === true,
});
// Unset switches stay undefined, so the engine falls back to their NOORM_* twins.
const changeOptions = (line: VerbLine) => ({
    dryRun: line.options['dryRun'] === true,
    ...(line.options['allowEmpty'] === true ? { allowEmpty: true } : {}),
    ...(line.options['allowStale'] === true ? { allowStale: true } : {}),
});
const RUN = ['--force', DRY, '--single-transaction'];
const EMPTY = '--allow-empty';
const STALE = '--allow-stale';

/**
 * The verbs that work on the configured database, which is what a CI step runs. Project verbs that
 * edit files or the encrypted state (`init`, `config`, `secret`, `change add|edit|rm`) are for a
 * person at a terminal.
 */
export const VERB_LINES: { readonly [C in VerbName]: VerbSpec<VerbResults[C]> } = {
    'run build': { args: [], switches: RUN, call: async (s, l) => runBuild(await s.context(), runOptions(l)) },
    'run file': { args: ['<path>'], switches: RUN, call: async (s, l, cwd) => runFile(await s.context(), path.resolve(cwd, l.args[0]!), runOptions(l)) },
    'run dir': { args: ['<path>'], switches: RUN, call: async (s, l, cwd) => runDir(await s.context(), path.resolve(cwd, l.args[0]!), runOptions(l)) },
    'change list': { args: [], switches: [], call: async (s) => changeList(await s.context()) },
    'change run': {
        args: ['[name]'],
        switches: [DRY, EMPTY, STALE, '--force', '--all'],
        call: async (s, l) => changeRun(await s.context(), l.args[0], { ...changeOptions(l), force: l.options['force'] === true, all: l.options['all'] === true }),
    },
    'change revert': { args: ['<name>'], switches: [DRY, EMPTY], call: async (s, l) => changeRevert(await s.context(), l.args[0]!, changeOptions(l)) },
    'change next': {
        args: ['[count]'],
        switches: [DRY, EMPTY, STALE],
        call: async (s, l) => changeNext(await s.context(), l.args[0] === undefined ? 1 : Number(l.args[0]), changeOptions(l)),
    },
    'change ff': {
        args: [],
        switches: [DRY, EMPTY, STALE, '--single-transaction'],
        call: async (s, l) => changeFf(await s.context(), { ...changeOptions(l), ...(l.options['singleTransaction'] === true ? { singleTransaction: true } : {}) }),
    },
    'lock status': { args: [], switches: [], call: async (s) => lockStatus(await s.context()) },
    'lock release': { args: [], switches: ['--force'], call: async (s, l) => releaseLock(await s.context(), { force: l.options['force'] === true }) },
    'db create': { args: [], switches: [], call: async (s) => createDatabase(await s.context()) },
    'db destroy': { args: [], switches: [], call: async (s) => destroyDatabase(await s.context()) },
    'db wait': {
        args: [],
        switches: [],
        values: { '--timeout': '60' },
        call: async (s, l) => {
            const timeout = String(l.options['timeout']);
            const seconds = timeout.trim() === '' ? NaN : Number(timeout);
            if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError('bad-option', `--timeout must be a number of seconds, got "${timeout}"`);
            return waitForDatabase(await s.context(), seconds);
        },
    },
    up: {
        args: [],
        switches: [EMPTY, STALE],
        call: async (s, l) => {
            const { allowEmpty, allowStale } = changeOptions(l);
            return up(await s.context(), { ...(allowEmpty ? { allowEmpty } : {}), ...(allowStale ? { allowStale } : {}) });
        },
    },
    status: { args: [], switches: ['--exit-code'], call: async (s, l) => status(await s.context(), { exitCode: l.options['exitCode'] === true }) },
    history: {
        args: [],
        switches: ['--files'],
        values: { '--limit': String(DEFAULT_HISTORY_LIMIT), '--since': null },
        call: async (s, l) => {
            const given = String(l.options['limit'] ?? DEFAULT_HISTORY_LIMIT);
            const limit = given.trim() === '' ? NaN : Number(given);
            if (!Number.isInteger(limit) || limit < 1) throw new UsageError('bad-option', `--limit must be a whole number of runs, at least 1, got "${given}"`);
            const sinceText = l.options['since'];
            const since = typeof sinceText === 'string' ? new Date(sinceText) : undefined;
            if (since && Number.isNaN(since.getTime()))
                throw new UsageError('bad-option', `--since must be a date or time (ISO 8601), got "${String(sinceText)}"`, {
                    hint: 'For example --since 2026-12-01 or --since 2026-12-01T08:00:00Z.',
                });
            return readHistory(await s.context(), { limit, ...(since ? { since } : {}), files: l.options['files'] === true });
        },
    },
};

const HINT = `Verbs: ${Object.keys(VERB_LINES).join(', ')}.`;

const isVerb = (command: string): command is VerbName => Object.hasOwn(VERB_LINES, command);

/** Splits a line into words as a shell would for plain words and '…' / "…" quoting (no expansion). */
export function splitWords(line: string): string[] {
    const words: string[] = [];
    let word: string | null = null;
    let quote: '"' | "'" | null = null;
    for (let i = 0; i < line.length; i++) {
        const char = line[i]!;
        if (quote) {
            if (char === quote) quote = null;
            else if (char === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i]!;
            else word += char;
        } else if (char === '"' || char === "'") {
            quote = char;
            word ??= '';
        } else if (/\s/.test(char)) {
            if (word !== null) words.push(word);
            word = null;
        } else {
            word = (word ?? '') + char;
        }
    }
    if (quote) throw new UsageError('usage', `The command has an unclosed ${quote} quote: ${line}`);
    if (word !== null) words.push(word);
    return words;
}

const camel = (flag: string) => flag.replace(/^--/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Parses a verb line (`noorm` itself may lead it) into the verb, its arguments and its options;
 * anything `noorm <verb>` would not accept is a usage error (exit 2) saying what it accepts.
 */
export function parseVerbLine(line: string): VerbLine {
    const words = splitWords(line);
    if (words[0] === 'noorm') words.shift();
    // Two-word verbs (`run build`) first, then the one-word ones (`up`).
    const two = words.slice(0, 2).join(' ');
    const command = isVerb(two) ? two : (words[0] ?? '');
    if (!isVerb(command)) throw new UsageError('usage', words.length ? `Unknown command "${two}"` : 'No command given', { hint: HINT });
    const spec: VerbSpec<unknown> = VERB_LINES[command];
    const usage = `${command}${spec.args.map((arg) => ` ${arg}`).join('')}${[...spec.switches, ...Object.keys(spec.values ?? {}).map((flag) => `${flag} <value>`)].map((flag) => ` [${flag}]`).join('')}`;
    const options: Record<string, string | boolean> = {};
    for (const [flag, value] of Object.entries(spec.values ?? {})) if (value !== null) options[camel(flag)] = value;
    const args: string[] = [];
    const rest = words.slice(command.split(' ').length);
    for (let i = 0; i < rest.length; i++) {
        const word = rest[i]!;
        if (word.startsWith('--')) {
            const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
            if (spec.switches.includes(flag) && inline === undefined) options[camel(flag)] = true;
            else if (spec.values && flag in spec.values) {
                const value = inline ?? rest[++i];
                if (value === undefined) throw new UsageError('usage', `${flag} needs a value`, { hint: `Usage: ${usage}` });
                options[camel(flag)] = value;
            } else throw new UsageError('usage', `"${command}" has no option ${flag}`, { hint: `Usage: ${usage}` });
        } else {
            args.push(word);
        }
    }
    const required = spec.args.filter((arg) => arg.startsWith('<')).length;
    if (args.length < required) throw new UsageError('usage', `"${command}" needs ${spec.args[args.length]}`, { hint: `Usage: ${usage}` });
    if (args.length > spec.args.length)
        throw new UsageError('usage', `"${command}" takes ${spec.args.length || 'no'} argument${spec.args.length === 1 ? '' : 's'}, got ${args.length}`, {
            hint: `Usage: ${usage}`,
        });
    return { command, args, options };
}

/** Whether a verb takes `--dry-run` (the Action's `dry-run` input adds it). */
export function verbTakesDryRun(command: string): boolean {
    return isVerb(command) && VERB_LINES[command].switches.includes(DRY);
}

/**
 * Runs a verb line on a session: the engine function of that verb, with its arguments and options
 * (relative paths from `cwd`). The CLI's commands and the Action both call verbs through here.
 */
export function runVerbLine<C extends VerbName>(session: Session, line: VerbLine<C>, cwd: string): Promise<VerbResults[C]> {
    if (!isVerb(line.command)) throw new UsageError('usage', `Unknown command "${line.command}"`, { hint: HINT });
    const spec = VERB_LINES[line.command] as VerbSpec<VerbResults[C]>;
    return spec.call(session, line, cwd);
}
