import { sql } from 'kysely';
import type { DialectConnection } from '../dialect/types.js';
import type { EventSink } from '../events.js';
import { TABLES, TRACKING_SCHEMA_VERSION } from './schema.js';
import { VERSION_KEY, historyTableBuilders, readTrackingVersion } from './tables.js';

/** Keys of history rows copied from v1's tables: `v1-f-<id>` (a file's row), `v1-c-<id>` (a changeset's). */
const V1_KEY = 'v1-%';

/**
 * Brings a database's tracking tables up to this release's version, once: called under the lock
 * by every command that writes, so two runs never upgrade at once and the second finds it done.
 * Read-only commands never upgrade; they read what the recorded version has. Returns the version.
 */
export async function upgradeTrackingTables(conn: DialectConnection, onEvent?: EventSink): Promise<number | null> {
    const version = await readTrackingVersion(conn);
    if (version === null || version >= TRACKING_SCHEMA_VERSION) return version;
    if (version < 2) await upgradeToV2(conn);
    onEvent?.({
        type: 'note',
        level: 'info',
        code: 'tracking-upgraded',
        message: `upgraded noorm's tracking tables on ${conn.target} from v${version} to v${TRACKING_SCHEMA_VERSION} (run history kept from now on; what v${version} recorded is copied into it)`,
    });
    return TRACKING_SCHEMA_VERSION;
}

/**
 * v1 → v2: the history tables, filled from what v1 kept (each file's and changeset's newest run),
 * so `history` starts with what the database knew. The tables are created first (idempotent);
 * the copy and the version bump then commit in one transaction, so an upgrade cut short is
 * simply done again.
 */
async function upgradeToV2(conn: DialectConnection): Promise<void> {
    const existing = await conn.existingTables([TABLES.history, TABLES.historyFiles]);
    const [history, historyFiles] = historyTableBuilders(conn);
    if (!existing.has(TABLES.history)) await history.execute();
    if (!existing.has(TABLES.historyFiles)) await historyFiles.execute();

    const scoped = conn.db.withSchema(conn.trackingSchema);
    const versions = await scoped.selectFrom(TABLES.versions).select(['id', 'files_executed']).execute();
    // v1 on MySQL left executed_at to the column default, which is in the session's time zone:
    // shifted to UTC, as v2 writes them. (The offset of now: a zone with summer time may be off
    // by its shift for rows of the other season.)
    const offset = conn.dialect.tracking.sessionZone ? Number((await conn.dialect.tracking.sessionZone.offsetSeconds().execute(conn.db)).rows[0]?.utc_offset ?? 0) : 0;

    const queries = [
        scoped.deleteFrom(TABLES.historyFiles).where('run_key', 'like', V1_KEY).compile(),
        scoped.deleteFrom(TABLES.history).where('run_key', 'like', V1_KEY).compile(),
    ];
    if (offset !== 0) {
        for (const table of [TABLES.files, TABLES.versions] as const) {
            queries.push(
                scoped
                    .updateTable(table)
                    .set({ executed_at: conn.dialect.tracking.sessionZone!.shift('executed_at', -offset) })
                    .compile(),
            );
        }
    }
    const key = (prefix: string) => sql<string>`concat(${sql.lit(prefix)}, id)`;
    queries.push(
        scoped
            .insertInto(TABLES.history)
            .columns(HISTORY_COLUMNS)
            .expression(
                scoped
                    .selectFrom(TABLES.files)
                    .select([
                        key('v1-f-').as('run_key'),
                        sql.lit('file').as('kind'),
                        'filepath',
                        sql.lit(null).as('direction'),
                        'status',
                        'executed_by',
                        'identity_source',
                        'config_name',
                        'executed_at',
                        sql`executed_at`.as('finished_at'),
                        'duration_ms',
                        'error_message',
                    ]),
            )
            .compile(),
        scoped
            .insertInto(TABLES.historyFiles)
            .columns(['run_key', 'filepath', 'checksum', 'status', 'executed_at', 'duration_ms', 'error_message'])
            .expression(scoped.selectFrom(TABLES.files).select([key('v1-f-').as('run_key'), 'filepath', 'checksum', 'status', 'executed_at', 'duration_ms', 'error_message']))
            .compile(),
        scoped
            .insertInto(TABLES.history)
            .columns(HISTORY_COLUMNS)
            .expression(
                scoped
                    .selectFrom(TABLES.versions)
                    .select([
                        key('v1-c-').as('run_key'),
                        sql.lit('changeset').as('kind'),
                        'changeset_name',
                        'direction',
                        'status',
                        'executed_by',
                        'identity_source',
                        'config_name',
                        'executed_at',
                        sql`executed_at`.as('finished_at'),
                        'duration_ms',
                        'error_message',
                    ]),
            )
            .compile(),
    );
    for (const version of versions) {
        for (const file of parseFiles(version.files_executed)) {
            queries.push(
                scoped
                    .insertInto(TABLES.historyFiles)
                    .values({
                        run_key: `v1-c-${version.id}`,
                        filepath: file.path,
                        checksum: file.checksum,
                        status: file.status,
                        executed_at: (eb) => eb.selectFrom(TABLES.versions).select('executed_at').where('id', '=', version.id),
                        duration_ms: null,
                        error_message: null,
                    })
                    .compile(),
            );
        }
    }
    queries.push(
        scoped
            .updateTable(TABLES.meta)
            .set({ value: String(2) })
            .where('name', '=', VERSION_KEY)
            .compile(),
    );
    await conn.withScriptSession({ transaction: true }, async (session) => {
        for (const query of queries) await session.run(query);
    });
}

function parseFiles(value: unknown): Array<{ path: string; checksum: string; status: string }> {
    try {
        const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
        if (!Array.isArray(parsed)) return [];
        return parsed.filter(
            (file): file is { path: string; checksum: string; status: string } =>
                Boolean(file) && typeof file.path === 'string' && typeof file.checksum === 'string' && typeof file.status === 'string',
        );
    } catch {
        return [];
    }
}

/** The history columns the upgrade fills from v1's file and changeset rows, in the order of their selects. */
const HISTORY_COLUMNS = [
    'run_key',
    'kind',
    'name',
    'direction',
    'status',
    'executed_by',
    'identity_source',
    'config_name',
    'started_at',
    'finished_at',
    'duration_ms',
    'error_message',
] as const;
