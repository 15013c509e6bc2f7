// better-sqlite3's per-platform entries (package.json "exports"): the same Database, bound to one binary.
declare module 'better-sqlite3/linux-x64' {
    import Database from 'better-sqlite3';
    export default Database;
}
declare module 'better-sqlite3/linux-arm64' {
    import Database from 'better-sqlite3';
    export default Database;
}
declare module 'better-sqlite3/darwin-x64' {
    import Database from 'better-sqlite3';
    export default Database;
}
declare module 'better-sqlite3/darwin-arm64' {
    import Database from 'better-sqlite3';
    export default Database;
}
declare module 'better-sqlite3/win32-x64' {
    import Database from 'better-sqlite3';
    export default Database;
}
declare module 'better-sqlite3/win32-arm64' {
    import Database from 'better-sqlite3';
    export default Database;
}
