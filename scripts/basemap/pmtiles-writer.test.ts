import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Compression, PMTiles, TileType } from 'pmtiles';
import { type ArchiveTile, writePmtiles } from './pmtiles-writer';

/** The official reader, over bytes in memory. */
function reader(archive: Uint8Array): PMTiles {
  return new PMTiles({
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({
      data: archive.slice(offset, offset + length).buffer as ArrayBuffer,
    }),
  });
}

const text = (value: string) => new Uint8Array(gzipSync(value));
const OPTIONS = {
  tileType: TileType.Mvt,
  tileCompression: Compression.Gzip,
  bounds: [-180, -85, 180, 85] as [number, number, number, number],
  center: [36.4, 36.3, 6] as [number, number, number],
  metadata: { name: 'test', vector_layers: [] },
};

async function readText(archive: PMTiles, z: number, x: number, y: number) {
  const tile = await archive.getZxy(z, x, y);
  // The reader gunzips tiles itself when the header says they are gzip-compressed.
  return tile && new TextDecoder().decode(tile.data);
}

describe('writePmtiles', () => {
  it('round-trips tiles, header and metadata through the pmtiles reader', async () => {
    const tiles: ArchiveTile[] = [
      { z: 0, x: 0, y: 0, data: text('world') },
      { z: 1, x: 1, y: 0, data: text('north-east') },
      { z: 2, x: 2, y: 1, data: text('sea') },
      { z: 2, x: 3, y: 1, data: text('sea') },
      { z: 2, x: 0, y: 3, data: text('south-west') },
    ];
    const archive = reader(writePmtiles(tiles, OPTIONS));
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 2,
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      numAddressedTiles: 5,
      numTileContents: 4, // the two sea tiles share their bytes
      minLon: -180,
      maxLat: 85,
      centerZoom: 6,
      centerLon: 36.4,
    });
    expect(await readText(archive, 0, 0, 0)).toBe('world');
    expect(await readText(archive, 1, 1, 0)).toBe('north-east');
    expect(await readText(archive, 2, 2, 1)).toBe('sea');
    expect(await readText(archive, 2, 3, 1)).toBe('sea');
    expect(await readText(archive, 2, 0, 3)).toBe('south-west');
    expect(await archive.getZxy(1, 0, 0)).toBeUndefined();
    expect(await archive.getMetadata()).toEqual(OPTIONS.metadata);
  });

  it('moves entries to leaf directories when the root would not fit in 16 KiB', async () => {
    // 30,000 scattered tiles of zoom 10, each with bytes of its own length: their directory
    // does not compress into 16 KiB (a regular grid would, and test nothing).
    const tiles: ArchiveTile[] = [];
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647);
    const used = new Set<string>();
    while (tiles.length < 30_000) {
      const [x, y] = [random() % 1024, random() % 1024];
      if (used.has(`${x}/${y}`)) continue;
      used.add(`${x}/${y}`);
      tiles.push({ z: 10, x, y, data: text(`${x}/${y}`.padEnd(random() % 200, '.')) });
    }
    const bytes = writePmtiles(tiles, OPTIONS);
    const archive = reader(bytes);
    const header = await archive.getHeader();
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    for (const tile of [tiles[0]!, tiles[12_345]!, tiles.at(-1)!])
      expect(await readText(archive, 10, tile.x, tile.y)).toMatch(`${tile.x}/${tile.y}`);
  });

  it('is deterministic: the same tiles in any order give the same bytes', () => {
    const tiles: ArchiveTile[] = [
      { z: 1, x: 0, y: 0, data: text('a') },
      { z: 1, x: 1, y: 1, data: text('b') },
      { z: 0, x: 0, y: 0, data: text('c') },
    ];
    const first = writePmtiles(tiles, OPTIONS);
    const second = writePmtiles([...tiles].reverse(), OPTIONS);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(gunzipSync(first.slice(-text('b').length)).toString()).toBe('b');
  });
});
