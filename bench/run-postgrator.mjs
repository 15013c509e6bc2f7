// Runs postgrator's migrate() the way an application would: one connection, one call.
// Usage: node run-postgrator.mjs <pg|mysql> <url> <migrations dir>
import path from 'node:path';
import Postgrator from 'postgrator';

const [driver, url, dir] = process.argv.slice(2);
const database = new URL(url).pathname.slice(1);
let execQuery;
let close;
if (driver === 'pg') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    execQuery = (query) => client.query(query);
    close = () => client.end();
} else {
    const { default: mysql } = await import('mysql2/promise');
    const connection = await mysql.createConnection({ uri: url, multipleStatements: true });
    execQuery = async (query) => ({ rows: (await connection.query(query))[0] });
    close = () => connection.end();
}
const postgrator = new Postgrator({ migrationPattern: path.join(dir, '*'), driver, database, execQuery });
await postgrator.migrate();
await close();
