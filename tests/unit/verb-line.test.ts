/**
 * Verb lines (the Action's `command` input) parse as `noorm <verb>` parses them: the same verbs,
 * arguments and options, checked against the CLI's own help so the two cannot drift apart.
 */
import { describe, expect, it } from '@jest/globals';
import { parseVerbLine, splitWords, VERB_LINES, verbTakesDryRun } from '../../src/core/verb-line.js';
import { UsageError } from '../../src/core/errors.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

describe('parseVerbLine', () => {
    it('parses verbs, arguments, switches and options with values', () => {
        expect(parseVerbLine('run build')).toEqual({ command: 'run build', args: [], options: {} });
        expect(parseVerbLine('noorm run build --force --dry-run')).toEqual({ command: 'run build', args: [], options: { force: true, dryRun: true } });
        expect(parseVerbLine('  change run   2024-01-15_add-email --force ')).toEqual({ command: 'change run', args: ['2024-01-15_add-email'], options: { force: true } });
        expect(parseVerbLine('run file "schema/with space.sql"')).toEqual({ command: 'run file', args: ['schema/with space.sql'], options: {} });
        expect(parseVerbLine('db wait')).toEqual({ command: 'db wait', args: [], options: { timeout: '60' } });
        expect(parseVerbLine('db wait --timeout 5').options).toEqual({ timeout: '5' });
        expect(parseVerbLine('db wait --timeout=7').options).toEqual({ timeout: '7' });
    });

    it('parses the one-word verbs up, status and history', () => {
        expect(parseVerbLine('noorm up --allow-stale')).toEqual({ command: 'up', args: [], options: { allowStale: true } });
        expect(parseVerbLine('status --exit-code')).toEqual({ command: 'status', args: [], options: { exitCode: true } });
        expect(parseVerbLine('lock status')).toEqual({ command: 'lock status', args: [], options: {} });
        // --since has no default: unset unless given.
        expect(parseVerbLine('history')).toEqual({ command: 'history', args: [], options: { limit: '50' } });
        expect(parseVerbLine('history --files --limit 5 --since=2026-12-01')).toEqual({ command: 'history', args: [], options: { files: true, limit: '5', since: '2026-12-01' } });
    });

    it.each([
        ['', 'No command given'],
        ['run', 'Unknown command "run"'],
        ['run everything', 'Unknown command "run everything"'],
        ['config add prod', 'Unknown command "config add"'],
        ['run build --forse', '"run build" has no option --forse'],
        ['change list --dry-run', '"change list" has no option --dry-run'],
        ['run file', '"run file" needs <path>'],
        ['change ff extra', '"change ff" takes no arguments, got 1'],
        ['up extra', '"up" takes no arguments, got 1'],
        ['status --dry-run', '"status" has no option --dry-run'],
        ['history --limit', '--limit needs a value'],
        ['db wait --timeout', '--timeout needs a value'],
        ["run file 'open", "unclosed ' quote"],
    ])('refuses %j as a usage error (exit 2)', (line, message) => {
        let caught: unknown;
        try {
            parseVerbLine(line);
        } catch (error) {
            caught = error;
        }
        expect(caught).toBeInstanceOf(UsageError);
        expect((caught as UsageError).exitCode).toBe(2);
        expect((caught as UsageError).message).toContain(message);
    });

    it('splits words as a shell does for quotes, without expanding anything', () => {
        expect(splitWords(`a "b c" 'd "e"' f\\g "h\\"i" ''`)).toEqual(['a', 'b c', 'd "e"', 'f\\g', 'h"i', '']);
        expect(splitWords('run build $HOME')).toEqual(['run', 'build', '$HOME']);
    });

    it('knows which verbs take --dry-run', () => {
        expect(verbTakesDryRun('run build')).toBe(true);
        expect(verbTakesDryRun('change ff')).toBe(true);
        expect(verbTakesDryRun('change list')).toBe(false);
        expect(verbTakesDryRun('db destroy')).toBe(false);
    });
});

describe('every verb line is its CLI twin', () => {
    for (const [command, spec] of Object.entries(VERB_LINES)) {
        it(`${command}: the same arguments and options as \`noorm ${command} --help\``, async () => {
            const help = await runCli([...command.split(' '), '--help'], { cwd: REPO_ROOT });
            expect(help.code).toBe(0);
            const usage = /^Usage: noorm (.*)$/m.exec(help.stdout)![1]!;
            const words = [...command.split(' '), ...spec.args];
            expect(
                usage
                    .replace(' [options]', '')
                    .split(' ')
                    .slice(0, words.length + 1),
            ).toEqual(words);
            // The verb's own options: the part of its help before the global ones.
            const own = help.stdout.split(/^Global Options:/m)[0]!.split(/^Options:/m)[1] ?? '';
            const flags = [...own.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!).filter((flag) => flag !== '--help');
            expect(flags.sort()).toEqual([...spec.switches, ...Object.keys(spec.values ?? {})].sort());
        });
    }
});
