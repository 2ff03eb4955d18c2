import { describe, expect, it } from 'vitest';
import { datasetIdFor } from './dataset-id';
import { createContentHash, fnv1aBytes, fnv1aString } from './fnv1a';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('FNV-1a', () => {
  it('matches the published 32-bit test vectors', () => {
    expect(fnv1aBytes(bytes(''))).toBe(0x811c9dc5);
    expect(fnv1aBytes(bytes('a'))).toBe(0xe40c292c);
    expect(fnv1aBytes(bytes('foobar'))).toBe(0xbf9cf968);
    expect(fnv1aString('foobar')).toBe(0xbf9cf968);
  });

  it('gives the same hash fed in pieces as in one', () => {
    const text = bytes('event_id_cnty,event_date\nSYR1,05 October 2016\n'.repeat(50));
    const whole = createContentHash();
    whole.update(text);
    for (const size of [1, 7, 64, 1000]) {
      const pieces = createContentHash();
      for (let at = 0; at < text.length; at += size) pieces.update(text.subarray(at, at + size));
      expect(pieces.hex()).toBe(whole.hex());
    }
  });

  it('makes dataset ids of the format and eight hex digits, different for a changed byte', () => {
    const one = createContentHash();
    one.update(bytes('SYR1,1\n'));
    const other = createContentHash();
    other.update(bytes('SYR1,2\n'));
    expect(datasetIdFor('acled', one.hex())).toMatch(/^acled-[0-9a-f]{8}$/);
    expect(one.hex()).not.toBe(other.hex());
    expect(createContentHash().hex()).toBe('811c9dc5');
  });
});
