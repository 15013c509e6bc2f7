import type { DialectName } from '../config/types.js';
import { openConnection } from '../connection.js';
import type { DialectConnection } from '../dialect/types.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { TABLES, type HistoryKind, type HistoryStatus } from '../tracking/schema.js';
import { readTrackingVersion } from '../tracking/tables.js';
import { isoUtc } from '../tracking/time.js';

export interface HistoryFile {
    path: string;
    checksum: string;
    status: string;
    executedAt: string;
    durationMs: number | null;
    error: string | null;
}

/** One run recorded in the database. */
export interface HistoryEntry {
    id: number;
    kind: HistoryKind;
    /** The schema folder, file or folder run, or the changeset. */
    name: string;
    direction: 'change' | 'revert' | null;
    /** `running` when the run never recorded its end (it is running, or it crashed). */
    status: HistoryStatus;
    executedBy: string;
    configName: string;
    startedAt: string;
    finishedAt: string | null;
    durationMs: number | null;
    error: string | null;
    /** Why an edit was accepted (`change rebase --reason`). */
    reason: string | null;
    /** With `files`: the files of the run, in the order they ran. */
    files?: HistoryFile[];
}

export interface HistoryResult {
    ok: true;
    command: 'history';
    config: string;
    dialect: DialectName;
    target: string;
    /** Newest first. */
    entries: HistoryEntry[];
    /** More entries match than `limit` let through. */
    truncated: boolean;
}

export interface HistoryOptions {
    /** At most this many entries (default 50). */
    limit?: number;
    /** Only runs started at or after this time. */
    since?: Date;
    /** Each entry's files. */
    files?: boolean;
    /** Leave out the changesets a first build recorded as baseline (they ran as part of that build). */
    runsOnly?: boolean;
}

export const DEFAULT_HISTORY_LIMIT = 50;

/**
 * The newest `rows` history entries (started at or after `since`): one read of the (started_at,
 * id) index, backwards.
 */
export function historyQuery(conn: Pick<DialectConnection, 'db' | 'dialect' | 'trackingSchema'>, rows: number, since?: Date, runsOnly = false) {
    let query = conn.db
        .withSchema(conn.trackingSchema)
        .selectFrom(TABLES.history)
        .select(['id', 'run_key', 'kind', 'name', 'direction', 'status', 'executed_by', 'config_name', 'started_at', 'finished_at', 'duration_ms', 'error_message', 'reason'])
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc');
    query = conn.dialect.capabilities.selectTop ? query.top(rows) : query.limit(rows);
    if (since) query = query.where('started_at', '>=', conn.dialect.tracking.timeValue?.(since) ?? since);
    if (runsOnly) query = query.where('status', '<>', 'baseline');
    return query;
}

/**
 * `history`: the runs recorded in the database, newest first. Read-only by construction: a
 * read-only connection that creates nothing; a database without history tables (never run, or
 * tracking tables older than the history) has no entries. One query on the (started_at, id)
 * index for the entries, and with `files` one more for their files.
 */
export async function readHistory(context: CommandContext, options: HistoryOptions = {}): Promise<HistoryResult> {
    const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('bad-option', `The history limit must be a whole number of entries, at least 1, got ${limit}`);
    if (options.since && Number.isNaN(options.since.getTime())) throw new UsageError('bad-option', 'The --since time is not a valid date');
    const conn = await openConnection(context, { readOnly: true });
    try {
        const base = { ok: true as const, command: 'history' as const, config: context.config.name, dialect: conn.dialect.name, target: conn.target };
        const version = await readTrackingVersion(conn);
        if (version === null || version < 2) {
            if (version !== null) {
                context.onEvent?.({
                    type: 'note',
                    level: 'info',
                    code: 'history-unavailable',
                    message: `this database's tracking tables (v${version}) predate the history; the next run that changes it upgrades them and copies what they recorded`,
                });
            }
            return { ...base, entries: [], truncated: false };
        }
        const scoped = conn.db.withSchema(conn.trackingSchema);
        const rows = await historyQuery(conn, limit + 1, options.since, Boolean(options.runsOnly)).execute();
        const truncated = rows.length > limit;
        const entries: Array<HistoryEntry & { key: string }> = rows.slice(0, limit).map((row) => ({
            key: row.run_key,
            id: Number(row.id),
            kind: row.kind,
            name: row.name,
            direction: row.direction,
            status: row.status,
            executedBy: row.executed_by,
            configName: row.config_name,
            startedAt: isoUtc(row.started_at),
            finishedAt: isoUtc(row.finished_at),
            durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
            error: row.error_message,
            reason: row.reason,
        }));
        if (options.files && entries.length) {
            const files = await scoped
                .selectFrom(TABLES.historyFiles)
                .select(['run_key', 'filepath', 'checksum', 'status', 'executed_at', 'duration_ms', 'error_message'])
                .where(
                    'run_key',
                    'in',
                    entries.map((entry) => entry.key),
                )
                .orderBy('id')
                .execute();
            const byKey = new Map<string, HistoryFile[]>(entries.map((entry) => [entry.key, (entry.files = [])]));
            for (const file of files) {
                byKey.get(file.run_key)?.push({
                    path: file.filepath,
                    checksum: file.checksum,
                    status: file.status,
                    executedAt: isoUtc(file.executed_at),
                    durationMs: file.duration_ms === null ? null : Number(file.duration_ms),
                    error: file.error_message,
                });
            }
        }
        return { ...base, entries: entries.map(({ key: _key, ...entry }) => entry), truncated };
    } finally {
        await conn.close();
    }
}
