import { describe, expect, it } from '@jest/globals';
import { describeUnclosed, findUnclosed } from '../../src/core/template/unclosed.js';

describe('what a template leaves open', () => {
    it('finds the block opened in a tag and never closed, with its line and tag', () => {
        const found = findUnclosed('SELECT 1;\n<% if (a) { %>\nSELECT 2;\n<% for (const x of xs) { %>\nSELECT 3;\n<% } %>\n');
        expect(found).toEqual({ opened: '{', line: 2, tag: '<% if (a) { %>', closer: '}' });
        expect(describeUnclosed(found!)).toBe('the "{" opened at line 2 in <% if (a) { %> is never closed: close it with "}" in a later tag (<% } %>)');
    });

    it('finds a tag without %>', () => {
        expect(findUnclosed('SELECT 1;\n\nSELECT <%= x ;\n')).toMatchObject({ opened: '<%', line: 3, closer: '%>' });
    });

    it('finds an unclosed parenthesis, and ignores brackets in strings and comments', () => {
        expect(findUnclosed('<% if (a { %>\n<% } %>\n')).toMatchObject({ opened: '(', line: 1 });
        expect(findUnclosed('<% const s = "{(["; /* { */ // (\n%>\n<%= `}` %>\n')).toBeNull();
    });

    it('finds nothing in a template whose tags balance, over several lines', () => {
        expect(findUnclosed('<% for (const r of rows) {\n  const v = r[0]; %>\nSELECT <%= v %>;\n<% } %>\n')).toBeNull();
        expect(findUnclosed('SELECT 1;\n')).toBeNull();
    });
});
