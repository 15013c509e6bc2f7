import { describe, expect, it } from '@jest/globals';
import { SqlBuffer, newlinesIn } from '../../src/core/sql/buffer.js';

describe('SqlBuffer', () => {
    it('grows past its capacity with multi-byte text, and keeps what follows a shifted part', () => {
        const out = new SqlBuffer(4);
        const texts = ["INSERT INTO t VALUES ('zoë');\n", "('😀', 'ünï');\n", 'x'.repeat(100_000), '\n'];
        for (const text of texts) out.write(text);
        expect(out.text()).toBe(texts.join(''));
        expect(out.length).toBe(Buffer.byteLength(texts.join('')));
        expect(newlinesIn(out.bytes())).toBe(3);
        const first = Buffer.byteLength(texts[0]!);
        expect(out.text(first)).toBe(texts[0]);
        out.shift(first);
        expect(out.text()).toBe(texts.slice(1).join(''));
        out.shift();
        expect([out.length, out.text()]).toEqual([0, '']);
    });
});
