import { sql, type CreateTableBuilder } from 'kysely';
import type { DialectConnection } from '../dialect/types.js';
import { UsageError, messageOf } from '../errors.js';
import { trackingCorrupt } from './corrupt.js';
import { COLUMN_LENGTHS as L, TABLES, TABLES_OF_VERSION, TRACKING_SCHEMA_VERSION } from './schema.js';

export const VERSION_KEY = 'tracking_schema';

/**
 * Creates noorm's tracking tables on first use. Idempotent, one query when they exist, and safe
 * when several first runs race on an empty database (the loser of a race re-checks and moves on).
 */
export async function ensureTrackingTables(conn: DialectConnection): Promise<void> {
    for (let attempt = 1; ; attempt++) {
        if ((await readTrackingVersion(conn)) !== null) return;
        try {
            await createTrackingTables(conn);
            return;
        } catch (error) {
            // Another process may have created the same tables in between; look again before failing.
            if (attempt >= 5) throw error;
            await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
        }
    }
}

/**
 * The tracking schema version recorded in this database, or null when noorm never ran here. Tables
 * written by a newer noorm, or with one of them dropped by hand, are refused.
 */
export async function readTrackingVersion(conn: DialectConnection): Promise<number | null> {
    if (!conn.exists) return null;
    const all = [...new Set(Object.values(TABLES_OF_VERSION).flat())];
    const existing = await conn.existingTables(all);
    if (!existing.has(TABLES.meta)) return null;
    const row = await conn.db.withSchema(conn.trackingSchema).selectFrom(TABLES.meta).select('value').where('name', '=', VERSION_KEY).executeTakeFirst();
    // The tables of the version recorded; before any is recorded (a first run racing), those of v1.
    const version = row ? supportedVersion(row.value) : null;
    const missing = (TABLES_OF_VERSION[version ?? 1] ?? []).filter((table) => !existing.has(table));
    if (missing.length) {
        // Re-creating them would forget what ran here and run every file again: say so, do nothing.
        throw new UsageError(
            'tracking-tables-missing',
            `noorm's tracking table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing from ${conn.target}, though ${TABLES.meta} says they were created`,
            {
                hint: `Someone dropped ${missing.length > 1 ? 'them' : 'it'} by hand. Restore ${missing.length > 1 ? 'them' : 'it'} from a backup, or drop ${TABLES.meta} too so that noorm starts afresh (every file then counts as new).`,
            },
        );
    }
    return version;
}

function supportedVersion(value: unknown): number {
    // noorm writes a whole number from 1 up; " 1", "1.0", "v1" or "" never came from it.
    if (typeof value !== 'string' || !/^[1-9][0-9]{0,8}$/.test(value)) {
        throw trackingCorrupt(
            TABLES.meta,
            `the row named ${VERSION_KEY}`,
            `the tracking schema version ${JSON.stringify(value)} (noorm writes a whole number, ${TRACKING_SCHEMA_VERSION} today)`,
        );
    }
    const version = Number(value);
    if (version > TRACKING_SCHEMA_VERSION) {
        throw new UsageError(
            'tracking-schema-too-new',
            `This database's tracking tables were written by a newer noorm (tracking schema v${version}; this noorm knows v${TRACKING_SCHEMA_VERSION})`,
            { hint: 'Upgrade noorm before running it against this database.' },
        );
    }
    return version;
}

/**
 * After a unit failed: the tracking tables that are gone from the database now (dropped by the
 * file itself or by another session during the run), as the error to report instead of the
 * file's; null when all are there. Whatever failed, noorm cannot record anything without them.
 */
export async function trackingTablesGone(conn: DialectConnection, during: string): Promise<UsageError | null> {
    const all = Object.values(TABLES);
    let existing: Set<string>;
    try {
        existing = await conn.existingTables(all);
    } catch {
        return null; // the database cannot say: report the unit's own failure
    }
    const missing = all.filter((table) => !existing.has(table));
    if (!missing.length) return null;
    const several = missing.length > 1;
    return new UsageError(
        'tracking-tables-missing',
        `noorm's tracking table${several ? 's' : ''} ${missing.join(', ')} ${several ? 'were' : 'was'} dropped from ${conn.target} while ${during} ran, so noorm could not record it`,
        {
            file: during,
            hint: `The file, or another session, dropped ${several ? 'them' : 'it'}; leave noorm's tables to noorm. Restore ${several ? 'them' : 'it'} from a backup, or drop the rest of noorm's tables (${all.join(', ')}) so that noorm starts afresh (every file then counts as new).`,
        },
    );
}

/** The CREATE TABLE statements of the tracking tables, in creation order (the meta table last). */
export function trackingTableBuilders(conn: Pick<DialectConnection, 'db' | 'dialect' | 'trackingSchema'>): Array<{ table: string; builder: CreateTableBuilder<string, never> }> {
    const { tracking } = conn.dialect;
    const schema = conn.db.schema.withSchema(conn.trackingSchema);
    const now = tracking.defaultNow ?? sql`CURRENT_TIMESTAMP`;
    const ifNotExists = conn.dialect.capabilities.createTableIfNotExists !== false;
    const create = (table: string) => (ifNotExists ? schema.createTable(table).ifNotExists() : schema.createTable(table));

    const files = create(TABLES.files)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('filepath', `varchar(${L.filepath})`, (c) => c.notNull())
        .addColumn('checksum', `varchar(${L.checksum})`, (c) => c.notNull())
        .addColumn('size_bytes', 'integer')
        .addColumn('executed_at', tracking.timestamp, (c) => c.notNull().defaultTo(now))
        .addColumn('executed_by', `varchar(${L.executedBy})`, (c) => c.notNull())
        .addColumn('identity_source', `varchar(${L.identitySource})`)
        .addColumn('config_name', `varchar(${L.configName})`, (c) => c.notNull())
        .addColumn('status', `varchar(${L.status})`, (c) => c.notNull())
        .addColumn('error_message', tracking.text)
        .addColumn('duration_ms', 'integer')
        .addUniqueConstraint(`${TABLES.files}_filepath_config`, ['filepath', 'config_name']);

    const versions = create(TABLES.versions)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('changeset_name', `varchar(${L.changesetName})`, (c) => c.notNull())
        .addColumn('direction', `varchar(${L.direction})`, (c) => c.notNull())
        .addColumn('executed_at', tracking.timestamp, (c) => c.notNull().defaultTo(now))
        .addColumn('executed_by', `varchar(${L.executedBy})`, (c) => c.notNull())
        .addColumn('identity_source', `varchar(${L.identitySource})`)
        .addColumn('config_name', `varchar(${L.configName})`, (c) => c.notNull())
        .addColumn('status', `varchar(${L.status})`, (c) => c.notNull())
        .addColumn('error_message', tracking.text)
        .addColumn('files_executed', tracking.json)
        .addColumn('duration_ms', 'integer')
        .addUniqueConstraint(`${TABLES.versions}_name_config_direction`, ['changeset_name', 'config_name', 'direction']);

    const lock = create(TABLES.lock)
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('locked_by', `varchar(${L.lockedBy})`, (c) => c.notNull())
        .addColumn('token', `varchar(${L.token})`, (c) => c.notNull())
        .addColumn('host', `varchar(${L.host})`)
        .addColumn('pid', 'integer')
        .addColumn('session_id', `varchar(${L.sessionId})`)
        .addColumn('locked_at', tracking.timestamp, (c) => c.notNull())
        .addColumn('expires_at', tracking.timestamp, (c) => c.notNull());

    const [history, historyFiles] = historyTableBuilders(conn);

    // Created last: its row is the sign that every other table exists.
    const meta = create(TABLES.meta)
        .addColumn('name', `varchar(${L.metaName})`, (c) => c.primaryKey())
        .addColumn('value', `varchar(${L.metaValue})`, (c) => c.notNull());

    return [
        { table: TABLES.files, builder: files },
        { table: TABLES.versions, builder: versions },
        { table: TABLES.lock, builder: lock },
        { table: TABLES.history, builder: history },
        { table: TABLES.historyFiles, builder: historyFiles },
        { table: TABLES.meta, builder: meta },
    ] as Array<{ table: string; builder: CreateTableBuilder<string, never> }>;
}

/**
 * The history tables (tracking schema v2), created with a fresh database's tables or by the upgrade
 * from v1. Their lookups are unique constraints rather than CREATE INDEX, which every dialect
 * spells the same inside CREATE TABLE: (run_key, id) finds a run's files, (started_at, id) serves
 * `history --since`, and the primary key the newest-first read.
 */
export function historyTableBuilders(conn: Pick<DialectConnection, 'db' | 'dialect' | 'trackingSchema'>): [CreateTableBuilder<string, never>, CreateTableBuilder<string, never>] {
    const { tracking } = conn.dialect;
    const schema = conn.db.schema.withSchema(conn.trackingSchema);
    const ifNotExists = conn.dialect.capabilities.createTableIfNotExists !== false;
    const create = (table: string) => (ifNotExists ? schema.createTable(table).ifNotExists() : schema.createTable(table));
    const history = create(TABLES.history)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('run_key', `varchar(${L.runKey})`, (c) => c.notNull())
        .addColumn('kind', `varchar(${L.kind})`, (c) => c.notNull())
        .addColumn('name', `varchar(${L.historyName})`, (c) => c.notNull())
        .addColumn('direction', `varchar(${L.direction})`)
        .addColumn('status', `varchar(${L.status})`, (c) => c.notNull())
        .addColumn('executed_by', `varchar(${L.executedBy})`, (c) => c.notNull())
        .addColumn('identity_source', `varchar(${L.identitySource})`)
        .addColumn('config_name', `varchar(${L.configName})`, (c) => c.notNull())
        .addColumn('started_at', tracking.timestamp, (c) => c.notNull())
        .addColumn('finished_at', tracking.timestamp)
        .addColumn('duration_ms', 'integer')
        .addColumn('error_message', tracking.text)
        .addColumn('reason', tracking.text)
        .addUniqueConstraint(`${TABLES.history}_run_key`, ['run_key'])
        .addUniqueConstraint(`${TABLES.history}_started`, ['started_at', 'id']);
    const files = create(TABLES.historyFiles)
        .addColumn('id', tracking.id.type, tracking.id.build)
        .addColumn('run_key', `varchar(${L.runKey})`, (c) => c.notNull())
        .addColumn('filepath', `varchar(${L.filepath})`, (c) => c.notNull())
        .addColumn('checksum', `varchar(${L.checksum})`, (c) => c.notNull())
        .addColumn('status', `varchar(${L.status})`, (c) => c.notNull())
        .addColumn('executed_at', tracking.timestamp, (c) => c.notNull())
        .addColumn('duration_ms', 'integer')
        .addColumn('error_message', tracking.text)
        .addUniqueConstraint(`${TABLES.historyFiles}_run`, ['run_key', 'id']);
    return [history as CreateTableBuilder<string, never>, files as CreateTableBuilder<string, never>];
}

async function createTrackingTables(conn: DialectConnection): Promise<void> {
    const ifNotExists = conn.dialect.capabilities.createTableIfNotExists !== false;
    for (const { table, builder } of trackingTableBuilders(conn)) {
        // Without IF NOT EXISTS (T-SQL), look first; a racing creator makes the caller retry.
        if (ifNotExists || !(await conn.existingTables([table])).has(table)) await builder.execute();
    }
    try {
        await conn.db
            .withSchema(conn.trackingSchema)
            .insertInto(TABLES.meta)
            .values({ name: VERSION_KEY, value: String(TRACKING_SCHEMA_VERSION) })
            .execute();
    } catch (error) {
        if ((await readTrackingVersion(conn)) === null) {
            throw new Error(`Cannot record the tracking schema version: ${messageOf(error)}`, { cause: error });
        }
    }
}
