import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICONS } from './draw.ts';
import { encodePng } from './png.ts';

const committed = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../public/icons', file));

describe('app icons', () => {
  it.each(ICONS)('public/icons/$file is what scripts/build-icons.ts draws', (icon) => {
    expect(
      committed(icon.file).equals(
        encodePng(icon.size, icon.size, drawIcon(icon.size, { maskable: icon.maskable })),
      ),
    ).toBe(true);
  });

  it('writes a PNG a decoder reads back: header, size and the pixels', () => {
    const pixels = drawIcon(8);
    const png = encodePng(8, 8, pixels);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([8, 8]);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    const row = (y: number) => rows.subarray(y * 33 + 1, (y + 1) * 33);
    expect(Buffer.concat([0, 1, 2, 3, 4, 5, 6, 7].map(row)).equals(Buffer.from(pixels))).toBe(true);
  });

  it('leaves the rounded corners of the plain icon clear, and fills the maskable one', () => {
    const alphaAt = (pixels: Uint8Array, size: number, x: number, y: number) =>
      pixels[(y * size + x) * 4 + 3];
    expect(alphaAt(drawIcon(192), 192, 0, 0)).toBe(0);
    expect(alphaAt(drawIcon(192), 192, 96, 96)).toBe(255);
    expect(alphaAt(drawIcon(192, { maskable: true }), 192, 0, 0)).toBe(255);
  });
});
