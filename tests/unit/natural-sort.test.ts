import { describe, expect, it } from '@jest/globals';
import { compareNatural } from '../../src/core/runner/natural-sort.js';

const sorted = (names: string[]) => [...names].sort(compareNatural);

describe('compareNatural', () => {
    it('orders numbers by value, not by text', () => {
        expect(sorted(['10_c.sql', '2_b.sql', '1_a.sql'])).toEqual(['1_a.sql', '2_b.sql', '10_c.sql']);
    });

    it('treats zero-padded and unpadded numbers by value and stays total', () => {
        expect(sorted(['002.sql', '1.sql', '10.sql', '01.sql'])).toEqual(['01.sql', '1.sql', '002.sql', '10.sql']);
    });

    it('compares letters case-insensitively, breaking ties by code point', () => {
        expect(sorted(['b.sql', 'A.sql', 'a.sql', 'B.sql'])).toEqual(['A.sql', 'a.sql', 'B.sql', 'b.sql']);
    });

    it('handles numbers longer than a double can hold', () => {
        expect(sorted(['99999999999999999999.sql', '100000000000000000000.sql'])).toEqual(['99999999999999999999.sql', '100000000000000000000.sql']);
    });

    it('does not depend on the locale (accented letters sort by code point)', () => {
        expect(sorted(['é.sql', 'z.sql', 'e.sql'])).toEqual(['e.sql', 'z.sql', 'é.sql']);
    });

    it('sorts a prefix before the longer name', () => {
        expect(sorted(['001_users_seed.sql', '001_users.sql'])).toEqual(['001_users.sql', '001_users_seed.sql']);
    });
});
