import type pg from 'pg';

/**
 * What noorm adds to the pg driver's wire handling: counting the statements a multi-statement
 * simple query completed (to tell which one failed), and sending a query whose text is bytes
 * already written, without making it a string.
 */

/**
 * Sends a multi-statement simple query and reports how many statements completed before an
 * error, if any. Rows of SELECTs are not kept (a row listener stops pg from accumulating them).
 * Text given as UTF-8 bytes is written to the connection as it is, without becoming a string.
 */
export function countedQuery(pgModule: typeof pg, client: pg.ClientBase, text: string | { prefix: string; sql: Buffer }): Promise<{ completed: number; error?: unknown }> {
    let completed = 0;
    const query = new pgModule.Query(typeof text === 'string' ? text : '') as pg.Query & {
        handleCommandComplete(...args: unknown[]): void;
        submit(connection: unknown): Error | null;
    };
    const handleCommandComplete = query.handleCommandComplete.bind(query);
    query.handleCommandComplete = (...args: unknown[]) => {
        completed++;
        handleCommandComplete(...args);
    };
    if (typeof text !== 'string') query.submit = (connection) => sendQueryBytes(connection as QueryConnection, Buffer.from(text.prefix, 'utf8'), text.sql);
    query.on('row', () => undefined);
    return new Promise((resolve) => {
        query.on('end', () => resolve({ completed }));
        query.on('error', (error: unknown) => resolve({ completed, error }));
        void client.query(query as unknown as pg.QueryConfig);
    });
}

/** The part of pg's connection a query is written to. */
interface QueryConnection {
    stream: { cork?(): void; uncork?(): void };
    _send(buffer: Buffer): boolean;
}

/** A simple-protocol Query message ('Q', its length, the text, NUL) whose text is `head` then `body`. */
function sendQueryBytes(connection: QueryConnection, head: Buffer, body: Buffer): null {
    const header = Buffer.allocUnsafe(5);
    header.write('Q', 0, 'latin1');
    header.writeInt32BE(4 + head.length + body.length + 1, 1);
    connection.stream.cork?.();
    try {
        connection._send(header);
        if (head.length) connection._send(head);
        connection._send(body);
        connection._send(Buffer.from([0]));
    } finally {
        connection.stream.uncork?.();
    }
    return null;
}
