import type { DialectConnection } from '../dialect/types.js';
import type { Identity } from '../identity/resolver.js';
import type { ResolvedConfig } from '../config/types.js';
import type { TemplateRender } from '../runner/source.js';
import { mainRunner } from '../tracking/files.js';
import { TABLES } from '../tracking/schema.js';
import { currentFiles } from './commands.js';
import { listChangesets } from './discover.js';
import { readChangesetHistory, recordChangeset } from './history.js';

const FIRST_BUILD = 'first_build';

/**
 * DESIGN.md §5: schema/ describes the database as it is now, so it already holds every changeset.
 * The first successful build of a database therefore records every changeset on disk (that has no
 * history yet) as `baseline`; `change ff` right after it has nothing to do. Later builds do not
 * baseline. Runs under the build's lock. Returns the changesets recorded.
 */
export async function baselineFirstBuild(conn: DialectConnection, config: ResolvedConfig, identity: Identity, render: TemplateRender): Promise<string[]> {
    const scoped = conn.db.withSchema(conn.trackingSchema);
    const built = await scoped.selectFrom(TABLES.meta).select('value').where('name', '=', FIRST_BUILD).executeTakeFirst();
    if (built) return [];
    const history = await readChangesetHistory(conn);
    const track = { identity, configName: config.name };
    const recorded: string[] = [];
    for (const changeset of listChangesets(config.paths.root, config.paths.changesets)) {
        if (history.has(changeset.name)) continue;
        await recordChangeset(conn, mainRunner(conn), track, { name: changeset.name, direction: 'change', status: 'baseline', files: await currentFiles(config.paths.root, changeset, render), durationMs: 0 });
        recorded.push(changeset.name);
    }
    await scoped.insertInto(TABLES.meta).values({ name: FIRST_BUILD, value: new Date().toISOString() }).execute();
    return recorded;
}
