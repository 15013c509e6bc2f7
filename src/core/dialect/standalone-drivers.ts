import { loadBundledSqliteDriver } from './sqlite/sqlite-bundled-driver.js';
import { useSqliteDriver } from './sqlite/sqlite-driver.js';

/**
 * Drivers with native binaries are taken from inside the standalone bundle (dist/), which runs with
 * no node_modules: today SQLite's alone (the other drivers are plain JavaScript).
 */
export function useBundledDrivers(): void {
    useSqliteDriver(loadBundledSqliteDriver);
}
