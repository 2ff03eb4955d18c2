import { describe, expect, it } from 'vitest';
import { guessEncoding } from './encoding';

describe('guessEncoding', () => {
  it('reads valid UTF-8 as UTF-8, even when the head cuts a character in two', () => {
    const bytes = new TextEncoder().encode('location\nḤalab, Düsseldorf');
    expect(guessEncoding(bytes)).toBe('utf-8');
    expect(guessEncoding(bytes.subarray(0, 10))).toBe('utf-8');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const latin = Uint8Array.from([0x44, 0xfc, 0x73, 0x73, 0x65, 0x6c, 0x64, 0x6f, 0x72, 0x66]);
    expect(guessEncoding(latin)).toBe('windows-1252');
    expect(new TextDecoder('windows-1252').decode(latin)).toBe('Düsseldorf');
  });

  it('recognises UTF-16 by its byte order mark', () => {
    expect(guessEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(guessEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
  });
});
