import { CompiledQuery } from 'kysely';
import type { DialectConnection } from '../dialect/types.js';
import type { Identity } from '../identity/resolver.js';
import { checkedStatus, trackingCorrupt } from '../tracking/corrupt.js';
import { runColumns, type QueryRunner } from '../tracking/files.js';
import { isoUtc } from '../tracking/time.js';
import { TABLES, type RunStatus } from '../tracking/schema.js';
import type { Direction } from './discover.js';

/** What happened to one file of a changeset run. */
export type ChangesetFileStatus = 'success' | 'failed' | 'not-run' | 'rolled-back';

export interface ExecutedFile {
    path: string;
    checksum: string;
    status: ChangesetFileStatus;
}

/** The newest record of a changeset in one direction. */
export interface VersionRecord {
    id: number;
    name: string;
    direction: Direction;
    status: RunStatus;
    executedAt: string;
    executedBy: string;
    configName: string;
    errorMessage: string | null;
    files: ExecutedFile[];
}

/** Every changeset's records in one query: name → its newest row per direction (and which is newer). */
export async function readChangesetHistory(conn: DialectConnection): Promise<Map<string, { change?: VersionRecord; revert?: VersionRecord; newest: VersionRecord }>> {
    const rows = await conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.versions)
        .select(['id', 'changeset_name', 'direction', 'status', 'executed_at', 'executed_by', 'config_name', 'error_message', 'files_executed'])
        .orderBy('id')
        .execute();
    const history = new Map<string, { change?: VersionRecord; revert?: VersionRecord; newest: VersionRecord }>();
    for (const row of rows) {
        const record: VersionRecord = {
            id: Number(row.id),
            name: row.changeset_name,
            direction: checkedDirection(row.id, row.direction),
            status: checkedStatus(TABLES.versions, row.id, row.status),
            executedAt: isoUtc(row.executed_at),
            executedBy: row.executed_by,
            configName: row.config_name,
            errorMessage: row.error_message,
            files: parseFiles(row.files_executed),
        };
        const entry = history.get(record.name) ?? { newest: record };
        entry[record.direction] = record;
        entry.newest = record; // rows come in id order: the last one seen is the newest
        history.set(record.name, entry);
    }
    return history;
}

function checkedDirection(id: unknown, value: unknown): Direction {
    if (value === 'change' || value === 'revert') return value;
    throw trackingCorrupt(TABLES.versions, `the row with id ${String(id)}`, `the direction ${JSON.stringify(value)} (noorm writes change, revert)`);
}

function parseFiles(value: unknown): ExecutedFile[] {
    if (value === null || value === undefined) return [];
    try {
        const parsed = typeof value === 'string' ? JSON.parse(value) : value;
        return Array.isArray(parsed) ? (parsed as ExecutedFile[]) : [];
    } catch {
        return [];
    }
}

export interface VersionWrite {
    name: string;
    direction: Direction;
    status: RunStatus;
    errorMessage?: string;
    files: ExecutedFile[];
    durationMs: number;
}

/** Records a changeset run, replacing the previous row of that (changeset, config, direction). */
export async function recordChangeset(conn: DialectConnection, run: QueryRunner, context: { identity: Identity; configName: string }, write: VersionWrite): Promise<void> {
    const scoped = conn.db.withSchema(conn.trackingSchema);
    const remove = scoped
        .deleteFrom(TABLES.versions)
        .where('changeset_name', '=', write.name)
        .where('config_name', '=', context.configName)
        .where('direction', '=', write.direction)
        .compile();
    const insert = scoped
        .insertInto(TABLES.versions)
        .values({
            changeset_name: write.name,
            direction: write.direction,
            ...runColumns(context, write.errorMessage),
            status: write.status,
            files_executed: JSON.stringify(write.files),
            duration_ms: Math.round(write.durationMs),
            // Written, not left to the column default (MySQL's is the session's zone): UTC.
            executed_at: conn.dialect.tracking.now(),
        })
        .compile();
    await run(CompiledQuery.raw(remove.sql, [...remove.parameters]));
    await run(CompiledQuery.raw(insert.sql, [...insert.parameters]));
}
