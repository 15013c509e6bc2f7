import { afterAll, describe, expect, it } from '@jest/globals';
import { sourceExcerpt } from '../../src/core/index.js';
import { makeProject, removeProjects } from '../helpers/project.js';

afterAll(removeProjects);

describe('sourceExcerpt()', () => {
    const root = makeProject({
        'schema/001.sql': 'CREATE TABLE a (id int);\nINSERT INTO nowhere VALUES (1);\nSELECT 1;\n-- \u001b[2J\n',
        'schema/002.sql.eta': 'SELECT <%= 1 %>;\n',
    });

    it('gives the failing line with its neighbours, numbered, the failing one marked', () => {
        expect(sourceExcerpt(root, 'schema/001.sql', 2, 1)).toEqual([
            { number: 1, text: 'CREATE TABLE a (id int);', failing: false },
            { number: 2, text: 'INSERT INTO nowhere VALUES (1);', failing: true },
            { number: 3, text: 'SELECT 1;', failing: false },
        ]);
    });

    it('escapes control characters of the file', () => {
        expect(sourceExcerpt(root, 'schema/001.sql', 4, 0)).toEqual([{ number: 4, text: '-- \\x1b[2J', failing: true }]);
    });

    it('shows nothing it cannot stand behind: no line, a template, a missing file, a line past the end', () => {
        expect(sourceExcerpt(root, 'schema/001.sql', undefined)).toBeNull();
        expect(sourceExcerpt(root, 'schema/002.sql.eta', 1)).toBeNull();
        expect(sourceExcerpt(root, 'schema/gone.sql', 1)).toBeNull();
        expect(sourceExcerpt(root, 'schema/001.sql', 99)).toBeNull();
    });
});
