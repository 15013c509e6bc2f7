import { currentFiles } from '../changeset/commands.js';
import { listChangesets } from '../changeset/discover.js';
import { readChangesetHistory, recordChangeset, type ExecutedFile } from '../changeset/history.js';
import type { ResolvedConfig } from '../config/types.js';
import type { DialectConnection } from '../dialect/types.js';
import { messageOf } from '../errors.js';
import type { EventSink } from '../events.js';
import type { Identity } from '../identity/resolver.js';
import type { TemplateRender } from '../sql/parts.js';
import { mainRunner } from '../tracking/files.js';
import { appendHistory } from '../tracking/run-history.js';
import { TABLES } from '../tracking/schema.js';

const FIRST_BUILD = 'first_build';

/** True once a build of this database succeeded (and the baseline, if any, was recorded). */
export async function firstBuildRecorded(conn: DialectConnection): Promise<boolean> {
    const row = await conn.db.withSchema(conn.trackingSchema).selectFrom(TABLES.meta).select('value').where('name', '=', FIRST_BUILD).executeTakeFirst();
    return row !== undefined;
}

/**
 * schema/ describes the database as it is now, so it already holds every changeset.
 * The first successful build of a fresh database therefore records every changeset on disk as
 * `baseline`; `change ff` right after it has nothing to do. A database that noorm had touched
 * before this build (files run, changesets applied) is never baselined: its changesets apply.
 * Runs under the build's lock. Returns the changesets recorded.
 */
export async function baselineFirstBuild(
    conn: DialectConnection,
    config: ResolvedConfig,
    identity: Identity,
    render: TemplateRender,
    before: { fileRows: number },
    onEvent: EventSink | undefined,
): Promise<string[]> {
    const scoped = conn.db.withSchema(conn.trackingSchema);
    if (await firstBuildRecorded(conn)) return [];
    const history = await readChangesetHistory(conn);
    const fresh = before.fileRows === 0 && history.size === 0;
    const track = { identity, configName: config.name };
    const recorded: string[] = [];
    if (fresh) {
        for (const changeset of listChangesets(config.paths, config.paths.changesets)) {
            let files: ExecutedFile[];
            try {
                files = await currentFiles(config.paths.root, changeset, render);
            } catch (error) {
                // A template that needs a --var this build did not give: baseline it all the same
                // (its files are part of schema/), without checksums: it will show as stale.
                onEvent?.({
                    type: 'note',
                    level: 'warn',
                    code: 'baseline-unrendered',
                    changeset: changeset.name,
                    message: `${changeset.name}: its files could not be rendered for the baseline (${messageOf(error)}); recorded without checksums`,
                });
                files = [];
            }
            await recordChangeset(conn, mainRunner(conn), track, { name: changeset.name, direction: 'change', status: 'baseline', files, durationMs: 0 });
            await appendHistory(
                conn,
                track,
                { kind: 'changeset', name: changeset.name, direction: 'change', status: 'baseline' },
                files.map((file) => ({ filepath: file.path, checksum: file.checksum, status: 'baseline', durationMs: 0 })),
            );
            recorded.push(changeset.name);
        }
    }
    await scoped.insertInto(TABLES.meta).values({ name: FIRST_BUILD, value: new Date().toISOString() }).execute();
    return recorded;
}
