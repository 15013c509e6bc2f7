import type { DialectName } from '../config/types.js';
import { openConnection } from '../connection.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { resolveIdentity } from '../identity/resolver.js';
import { acquireCommandLock } from '../lock/lock.js';
import { assertAllowed } from '../protection.js';
import { templateRenderer } from '../template/renderer-for.js';
import { mainRunner } from '../tracking/files.js';
import { assertRecordable } from '../tracking/limits.js';
import { appendHistory } from '../tracking/run-history.js';
import { ensureTrackingTables } from '../tracking/tables.js';
import { upgradeTrackingTables } from '../tracking/upgrade.js';
import { currentFiles } from './commands.js';
import { findChangeset, listChangesets } from './discover.js';
import { readChangesetHistory, recordChangeset, type ExecutedFile } from './history.js';
import { changesetInfos } from './status.js';

/** `change rebase`. */
export interface ChangeRebaseResult {
    ok: true;
    command: 'change rebase';
    config: string;
    dialect: DialectName;
    target: string;
    name: string;
    /** False when there was nothing to accept (its files are as applied). */
    accepted: boolean;
    /** The change files as now recorded, with their checksums. */
    files: ExecutedFile[];
    reason: string;
    message: string;
}

/**
 * `change rebase <name> --reason`: takes the current files of an applied changeset whose files
 * were edited since (stale) as the applied ones, without running anything. For an edit that
 * changes nothing on databases that have it (a comment, a reformat, a fix already made by hand);
 * `change run --force` is the way to run it again. Recorded in the history with who and why.
 */
export async function changeRebase(context: CommandContext, name: string, options: { reason: string }): Promise<ChangeRebaseResult> {
    const reason = options.reason.trim();
    if (!reason)
        throw new UsageError('missing-reason', 'change rebase needs a --reason: the history records why an edited changeset was accepted without running it', {
            hint: 'For example: --reason "comment fixed, no schema change".',
        });
    const { config } = context;
    const changesets = listChangesets(config.paths, config.paths.changesets);
    const changeset = findChangeset(changesets, name);
    assertRecordable({ configName: config.name, changesets: [changeset.name] });
    await assertAllowed(context, 'change:rebase');
    const conn = await openConnection(context);
    try {
        const identity = context.identity ?? (await resolveIdentity(config));
        assertRecordable({ identity });
        const files = await currentFiles(config.paths.root, changeset, templateRenderer(context, conn.dialect));
        await ensureTrackingTables(conn);
        const lock = await acquireCommandLock(conn, context, identity);
        try {
            await upgradeTrackingTables(conn, context.onEvent);
            const history = await readChangesetHistory(conn);
            const info = changesetInfos([changeset], history, new Map([[changeset.name, files]]))[0]!;
            const base = {
                ok: true as const,
                command: 'change rebase' as const,
                config: config.name,
                dialect: conn.dialect.name,
                target: conn.target,
                name: changeset.name,
                files,
                reason,
            };
            if (info.status === 'applied' || info.status === 'baseline') {
                return { ...base, accepted: false, message: `${changeset.name} is ${info.status} and its files are as recorded; nothing to accept` };
            }
            if (info.status !== 'stale') {
                throw new UsageError('not-applied', `${changeset.name} is ${info.status}, so there is no applied edit to accept`, {
                    hint: 'change rebase accepts the edited files of an applied changeset; a pending one is applied with `noorm change run`.',
                });
            }
            const track = { identity, configName: config.name };
            const previous = history.get(changeset.name)!.change!;
            await recordChangeset(conn, mainRunner(conn), track, {
                name: changeset.name,
                direction: 'change',
                status: previous.status === 'baseline' ? 'baseline' : 'success',
                files,
                durationMs: 0,
            });
            await appendHistory(
                conn,
                track,
                { kind: 'changeset', name: changeset.name, direction: 'change', status: 'accepted', reason },
                files.map((file) => ({ filepath: file.path, checksum: file.checksum, status: 'accepted', durationMs: 0 })),
            );
            return { ...base, accepted: true, message: `accepted the edited files of ${changeset.name} as applied, without running them` };
        } finally {
            await lock.release().catch(() => undefined);
        }
    } finally {
        await conn.close().catch(() => undefined);
    }
}
