import type { CommandContext } from '../context.js';
import { discoverSqlFiles } from '../runner/discover.js';
import type { PlannedFile } from '../runner/plan.js';
import type { HeldRun } from '../lock/lock.js';
import { projectPath, runFiles } from '../runner/run.js';
import type { RunOptions, RunResult } from '../runner/types.js';
import { baselineFirstBuild, firstBuildRecorded } from './baseline.js';

/** `run build`: every runnable file below the schema folder, new and changed ones executed. */
export function runBuild(context: CommandContext, options: RunOptions = {}): Promise<RunResult> {
    return buildWith(context, options);
}

/** `run build`, under a lock a larger command (`up`) already holds when `held` is given. */
export async function buildWith(context: CommandContext, options: RunOptions, held?: HeldRun): Promise<RunResult> {
    const files = discoverSqlFiles(context.config.paths, context.config.paths.schema, 'schema folder');
    return runFiles(context, 'run build', 'run:build', files, options, {
        history: { kind: 'build', name: projectPath(context.config, context.config.paths.schema) },
        hintFor: rerunHint,
        afterSuccess: { after: baselineFirstBuild, done: firstBuildRecorded },
        ...(held ? { held } : {}),
    });
}

/**
 * Schema files re-run on every database built earlier when they change, so a changed one that
 * fails most likely was not written to be re-run.
 */
function rerunHint(file: PlannedFile): string | undefined {
    if (file.status !== 'changed') return undefined;
    return 'This schema file ran successfully before and was changed since. Files in schema/ re-run on every database that was built earlier, so write them re-runnable (CREATE TABLE IF NOT EXISTS, CREATE OR REPLACE VIEW, idempotent seeds) and ship changes to existing databases as a changeset (`noorm change add`).';
}
