/**
 * noorm's engine: everything a user can do is a function here first. Faces (the CLI, the TUI, the
 * GitHub Action) and library users import only this module.
 *
 *     const session = openSession({ cwd, env: process.env, onEvent: (event) => progress.push(event) });
 *     const result = await runBuild(await session.context());
 *     const document = resultDocument(result, { warnings: session.warnings, redactor: session.redactor });
 */

// ---------------------------------------------------------------- sessions and the result contract
export { openSession } from './session.js';
export type { Session, SessionOptions } from './session.js';
export { resultDocument, failureDocument, errorDocument, exitCodeOf, asNoormError } from './result.js';
export type { ResultEnvelope, Where, Warning, ErrorDocument, JsonDocument } from './result.js';
export type { CommandContext } from './context.js';
export type { NoormEvent, EventSink, NoteEvent, NoteCode, LockTakeover } from './events.js';

// ---------------------------------------------------------------- errors and redaction
export { ExitCode, NoormError, UsageError, FileError, LockError, RefusedError, ConnectError, NotUpToDateError, InterruptedError, isNoormError, messageOf } from './errors.js';
export type { ErrorCode, ExitCodeValue } from './errors.js';
export { Redactor, MIN_MASKED_LENGTH, encodedForms } from './redact.js';
export { terminalSafe } from './text/terminal-safe.js';
export { sourceExcerpt } from './text/source-excerpt.js';
export type { ExcerptLine } from './text/source-excerpt.js';

// ---------------------------------------------------------------- configuration
export { resolveConfig, resolvePaths, normaliseDialect, environmentIsComplete } from './config/resolve.js';
export type { ResolveConfigInput } from './config/resolve.js';
export { ENV_VARIABLES, SECRET_VARIABLE_PREFIX, isTruthy } from './config/env.js';
export { parseTemplateVars } from './config/vars.js';
export { DIALECT_NAMES } from './config/types.js';
export { validateConfigName, parsePortField } from './config/validate.js';
export { discoverSqlFiles } from './runner/discover.js';
export type { ConfigLayer, ConfigStore, ConnectionSettings, DialectName, ResolvedConfig, StoredConfig, ConfigSummary } from './config/types.js';
export { describeTarget } from './dialect/registry.js';
export { resolveIdentity, parseIdentity, formatIdentity } from './identity/resolver.js';
export type { Identity, IdentitySource } from './identity/resolver.js';
export { findProjectRoot } from './project/root.js';
export { assertAllowed } from './protection.js';
export type { Confirmer, GuardedAction } from './protection.js';
export { StateStore, emptyState } from './state/state-store.js';
export type { State, StateStoreOptions } from './state/state-store.js';

// ---------------------------------------------------------------- verbs
export { initProject } from './project/init.js';
export type { InitResult } from './project/init.js';
export { runBuild } from './build/run-build.js';
export { runDir, runFile } from './runner/run.js';
export type { FileResult, FileStatus, RunOptions, RunResult } from './runner/types.js';
export {
    addConfig,
    editConfig,
    removeConfig,
    copyConfig,
    useConfig,
    listConfigs,
    summarise,
    setSecret,
    removeSecret,
    listSecrets,
    exportConfig,
    importConfig,
    changePassphrase,
} from './config/manager.js';
export type {
    ConfigInput,
    Guard,
    ConfigSavedResult,
    ConfigListResult,
    ConfigRemovedResult,
    ConfigExportResult,
    PassphraseResult,
    SecretResult,
    SecretListResult,
} from './config/manager.js';
export { createDatabase, destroyDatabase, waitForDatabase } from './db/lifecycle.js';
export type { DatabaseResult, DatabaseWaitResult } from './db/lifecycle.js';
export { lockStatus, releaseLock } from './lock/commands.js';
export type { LockStatus, LockReleaseResult } from './lock/commands.js';
export { describeHolder, describeTakeover } from './lock/lock.js';
export type { LockHolder } from './lock/lock.js';
export type { HolderLiveness } from './lock/process-liveness.js';
export { changeList, changeRun, changeRevert, changeNext, changeFf, changeAdd, changeRm, changeEdit } from './changeset/commands.js';
export type { ChangeListResult, ChangeRunResult, ChangeOptions, FfOptions, PlannedChangeset, ChangeAddResult, ChangeRmResult, ChangeEditResult } from './changeset/commands.js';
export type { ChangesetRunResult, ChangesetFileResult } from './changeset/execute.js';
export { isDue } from './changeset/status.js';
export type { ChangesetInfo, ChangesetStatus, StaleChangeset, StaleFile } from './changeset/status.js';
export { readHistory, DEFAULT_HISTORY_LIMIT } from './history/history.js';
export type { HistoryResult, HistoryEntry, HistoryFile, HistoryOptions } from './history/history.js';
export type { HistoryKind, HistoryStatus } from './tracking/schema.js';
export { up } from './up/up.js';
export type { UpResult, UpOptions } from './up/up.js';
export { status } from './status/status.js';
export type { StatusResult } from './status/status.js';
export { changeRebase } from './changeset/rebase.js';
export type { ChangeRebaseResult } from './changeset/rebase.js';

// ---------------------------------------------------------------- verb lines and plans
export { parseVerbLine, runVerbLine, splitWords, verbTakesDryRun, VERB_LINES } from './verb-line.js';
export type { VerbLine, VerbName, VerbResults } from './verb-line.js';
export { destructiveStatements } from './sql/destructive.js';
export type { DestructiveStatement } from './sql/destructive.js';
