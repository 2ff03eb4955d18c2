// Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// a 127-byte header, a root directory within the first 16 KiB, JSON metadata, leaf directories
// if the root alone would not fit, then the tile data. npm has the reader (`pmtiles`) but no
// maintained writer, and the container is small enough to write here.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes, already compressed as `tileCompression` says. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  tileCompression: Compression;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** [longitude, latitude, zoom] a viewer may open at. */
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  /** How many consecutive tile ids share these bytes; 0 marks a pointer to a leaf directory. */
  runLength: number;
}

const HEADER_BYTES = 127;
/** Clients fetch the first 16 KiB at once, so header and root directory must fit in them. */
const ROOT_LIMIT = 16_384;
const gzip = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes, { level: 9 }));

/** Unsigned LEB128, with arithmetic instead of bit operations: tile ids exceed 32 bits. */
function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** One directory: ids as deltas, then run lengths, lengths and offsets, each column in turn. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    pushVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) pushVarint(out, entry.runLength);
  for (const entry of entries) pushVarint(out, entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous entry's bytes", which is how clustered data is laid out.
    const contiguous = previous && entry.offset === previous.offset + previous.length;
    pushVarint(out, contiguous ? 0 : entry.offset + 1);
  });
  return new Uint8Array(out);
}

/** Root and leaf directories, gzip-compressed; leaves only when the root would not fit. */
function buildDirectories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries));
  if (HEADER_BYTES + root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = gzip(serializeDirectory(chunk));
      rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = gzip(serializeDirectory(rootEntries));
    if (HEADER_BYTES + rootBytes.length <= ROOT_LIMIT)
      return { root: rootBytes, leaves: concat(leafParts) };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The whole archive in memory. Tiles are stored in tile-id order (a "clustered" archive);
 * identical tiles (open sea, the inside of a large country) are stored once, and consecutive
 * ids with the same bytes share one directory entry. Same tiles in, same bytes out.
 */
export function writePmtiles(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
  if (!tiles.length) throw new Error('a PMTiles archive needs at least one tile');
  const sorted = tiles
    .map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);

  const entries: Entry[] = [];
  const data: Uint8Array[] = [];
  const offsetByHash = new Map<string, number>();
  let dataLength = 0;
  for (const tile of sorted) {
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let offset = offsetByHash.get(hash);
    if (offset === undefined) {
      offset = dataLength;
      offsetByHash.set(hash, offset);
      data.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === offset && last.tileId + last.runLength === tile.tileId) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: tile.tileId, offset, length: tile.data.length, runLength: 1 });
    }
  }

  const { root, leaves } = buildDirectories(entries);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer));
  header.setUint8(7, 3); // spec version
  const u64 = [
    rootOffset,
    root.length,
    metadataOffset,
    metadata.length,
    leavesOffset,
    leaves.length,
    dataOffset,
    dataLength,
    sorted.length, // addressed tiles
    entries.length, // tile entries
    data.length, // distinct tile contents
  ];
  u64.forEach((value, i) => header.setBigUint64(8 + i * 8, BigInt(value), true));
  const zooms = sorted.map((tile) => tile.z);
  const [west, south, east, north] = options.bounds;
  const [centerLon, centerLat, centerZoom] = options.center;
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  header.setUint8(96, 1); // clustered
  header.setUint8(97, Compression.Gzip); // internal (directory and metadata) compression
  header.setUint8(98, options.tileCompression);
  header.setUint8(99, options.tileType);
  header.setUint8(100, Math.min(...zooms));
  header.setUint8(101, Math.max(...zooms));
  [west, south, east, north].forEach((value, i) => header.setInt32(102 + i * 4, e7(value), true));
  header.setUint8(118, centerZoom);
  header.setInt32(119, e7(centerLon), true);
  header.setInt32(123, e7(centerLat), true);

  return concat([new Uint8Array(header.buffer), root, metadata, leaves, ...data]);
}
