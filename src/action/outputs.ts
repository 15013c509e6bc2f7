/** The action's outputs, declared once (action.yml and the README table are checked against it). */
export const OUTPUTS = {
    status: 'success, failed or nothing-to-do.',
    'exit-code':
        "noorm's own exit code (0 ok, 1 SQL or file failure, 2 usage or config, 3 lock held, 4 refused, 5 cannot connect, 6 not up to date); a failed step itself always exits 1.",
    'files-run': 'SQL files executed (0 in a dry run).',
    'files-skipped': 'Files skipped as unchanged.',
    'files-failed': 'Files that failed.',
    'files-planned': 'Dry run: files that would run.',
    'changesets-applied': 'Changesets applied (or reverted) by this step.',
    'changesets-pending': '`change list`: changesets due; dry run: changesets that would run; otherwise those left failed.',
    json: 'The whole result document (the `--json` contract of the CLI), redacted.',
    'json-file': 'A file holding the same document, for results too large for an output or the summary.',
    'comment-id': 'The id of the pull request comment posted or updated, when there was one.',
} as const;

export type OutputName = keyof typeof OUTPUTS;
