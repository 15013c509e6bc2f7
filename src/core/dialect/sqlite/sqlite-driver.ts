import type BetterSqlite3 from 'better-sqlite3';

/** better-sqlite3's `Database` constructor. */
export type SqliteDriver = typeof BetterSqlite3;

type DriverLoader = () => Promise<SqliteDriver>;

// Installed from npm, the driver lives in node_modules with its binary, and finds the right one itself
// (a prebuilt binary, musl included, or one compiled on the machine). Kept out of the ncc bundle of lib/.
let loader: DriverLoader = async () => (await import(/* webpackIgnore: true */ 'better-sqlite3')).default;
let loaded: Promise<SqliteDriver> | undefined;

/**
 * Replaces how the driver is loaded. The standalone bundle (dist/) runs with no node_modules and
 * brings its own binaries: its entry calls this before anything opens a database.
 */
export function useSqliteDriver(load: DriverLoader): void {
    loader = load;
    loaded = undefined;
}

/** The driver, loaded on first use: only commands that open a SQLite database pay for it. */
export function loadSqliteDriver(): Promise<SqliteDriver> {
    loaded ??= loader();
    return loaded;
}
