import Database from 'better-sqlite3';

/** Runs one read query against a SQLite file and closes it again. */
export function query<T = Record<string, unknown>>(file: string, sql: string, ...params: unknown[]): T[] {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
        return db.prepare(sql).all(...params) as T[];
    } finally {
        db.close();
    }
}

export function tableNames(file: string): string[] {
    return query<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => row.name);
}

export function trackedFiles(
    file: string,
): Array<{ filepath: string; status: string; checksum: string; executed_by: string; identity_source: string; config_name: string; error_message: string | null }> {
    return query(file, 'SELECT filepath, status, checksum, executed_by, identity_source, config_name, error_message FROM __change_files__ ORDER BY id');
}
