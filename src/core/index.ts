/**
 * noorm's engine: everything a user can do is a function here first. Front ends (CLI, TUI, GitHub
 * Action) import only this module.
 */
export { ExitCode, NoormError, UsageError, FileError, LockError, RefusedError, ConnectError, InterruptedError, isNoormError, messageOf } from './errors.js';
export type { ExitCodeValue } from './errors.js';
export { Redactor, MIN_MASKED_LENGTH } from './redact.js';
export { terminalSafe } from './text/terminal-safe.js';
export type { NoormEvent, EventSink } from './events.js';
export { resolveConfig, resolvePaths, normaliseDialect } from './config/resolve.js';
export type { ResolveConfigInput } from './config/resolve.js';
export { ENV_VARIABLES, isTruthy } from './config/env.js';
export { DIALECT_NAMES } from './config/types.js';
export type { ConfigLayer, ConfigStore, ConnectionSettings, DialectName, ResolvedConfig, StoredConfig } from './config/types.js';
export { resolveIdentity, parseIdentity, formatIdentity } from './identity/resolver.js';
export type { Identity, IdentitySource } from './identity/resolver.js';
export { findProjectRoot } from './project/root.js';
export { assertAllowed } from './protection.js';
export type { Confirmer, GuardedAction } from './protection.js';
export { runBuild, runDir, runFile } from './runner/run.js';
export type { CommandContext, FileResult, FileStatus, RunOptions, RunResult } from './runner/types.js';
export { StateStore, emptyState } from './state/state-store.js';
export type { State, StateStoreOptions } from './state/state-store.js';
export { initProject } from './project/init.js';
export type { InitResult } from './project/init.js';
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
export type { ConfigInput, Guard } from './config/manager.js';
export type { ConfigSummary } from './config/types.js';
export { createDatabase, destroyDatabase, waitForDatabase } from './db/lifecycle.js';
export type { DatabaseResult } from './db/lifecycle.js';
export { lockStatus, releaseLock } from './lock/commands.js';
export type { LockStatus } from './lock/commands.js';
export type { LockHolder, HolderLiveness } from './lock/lock.js';
export { changeList, changeRun, changeRevert, changeNext, changeFf, changeAdd, changeRm, changesetDir } from './changeset/commands.js';
export type { ChangeListResult, ChangeRunResult, ChangeOptions, PlannedChangeset } from './changeset/commands.js';
export type { ChangesetRunResult, ChangesetFileResult } from './changeset/execute.js';
export type { ChangesetInfo, ChangesetStatus } from './changeset/status.js';
