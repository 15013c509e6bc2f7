import { afterEach, describe, expect, it } from '@jest/globals';
import { loadBundledSqliteDriver } from '../../src/core/dialect/sqlite/sqlite-bundled-driver.js';
import { ConnectError } from '../../src/core/errors.js';

const realPlatform = process.platform;

afterEach(() => {
    Object.defineProperty(process, 'platform', { value: realPlatform });
});

describe('the standalone bundle on a platform it has no SQLite binary for', () => {
    it('fails with an error naming the platform and saying what to do', async () => {
        Object.defineProperty(process, 'platform', { value: 'freebsd' });
        const failure = loadBundledSqliteDriver();
        await expect(failure).rejects.toBeInstanceOf(ConnectError);
        await expect(failure).rejects.toMatchObject({
            code: 'sqlite-platform-unsupported',
            message: `No SQLite binary for freebsd-${process.arch} in this noorm bundle`,
            hint: expect.stringContaining('npm install noorm'),
        });
    });

    it('loads the binary of the platform it runs on', async () => {
        const Database = await loadBundledSqliteDriver();
        const db = new Database(':memory:');
        expect(db.prepare('SELECT 1 + 1 AS two').get()).toEqual({ two: 2 });
        db.close();
    });
});
