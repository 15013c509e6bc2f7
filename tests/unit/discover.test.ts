import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { discoverSqlFiles } from '../../src/core/runner/discover.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(removeProjects);

describe('discoverSqlFiles', () => {
    it('walks folders in natural order with folders sorted among files, skipping _ and . names and non-SQL files', () => {
        const root = makeProject({
            'schema/10_last.sql': '',
            'schema/2_views.sql': '',
            'schema/1_tables/2_b.sql': '',
            'schema/1_tables/10_c.SQL': '',
            'schema/1_tables/1_a.sql': '',
            'schema/3_seed.sql.eta': '',
            'schema/_partials/x.sql': '',
            'schema/_helper.sql': '',
            'schema/.hidden.sql': '',
            'schema/data.json': '{}',
            'schema/notes.md': '',
            'schema/4_old.sql.bak': '',
        });
        const files = discoverSqlFiles({ root, allowed: [] }, path.join(root, 'schema')).map((file) => path.relative(root, file));
        expect(files).toEqual([
            'schema/1_tables/1_a.sql',
            'schema/1_tables/2_b.sql',
            'schema/1_tables/10_c.SQL',
            'schema/2_views.sql',
            'schema/3_seed.sql.eta',
            'schema/10_last.sql',
        ]);
    });

    it('survives a symlink loop and lists a dangling SQL link so reading it reports the problem', () => {
        const root = makeProject({ 'schema/1.sql': '' });
        symlinkSync(path.join(root, 'schema'), path.join(root, 'schema', 'loop'));
        symlinkSync(path.join(root, 'missing.sql'), path.join(root, 'schema', '2.sql'));
        const files = discoverSqlFiles({ root, allowed: [] }, path.join(root, 'schema')).map((file) => path.relative(root, file));
        expect(files).toEqual(['schema/1.sql', 'schema/2.sql']);
    });

    it('is a usage error when the folder does not exist', () => {
        expect(() => discoverSqlFiles({ root: '/nonexistent', allowed: [] }, '/nonexistent/schema', 'schema folder')).toThrow(
            expect.objectContaining({ exitCode: 2, code: 'missing-folder' }),
        );
    });
});
