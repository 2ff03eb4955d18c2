// Cuts GeoJSON into Mapbox Vector Tiles (geojson-vt slices and simplifies per zoom, vt-pbf
// encodes), one gzip-compressed tile per z/x/y with every layer that has something there.
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { ArchiveTile } from './pmtiles-writer';

/**
 * A GeoJSON feature. Declared here rather than taken from @types/geojson, whose global types
 * would leak into the e2e program that shares this tsconfig.
 */
export interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

/** Features of one tile layer over a range of tile zooms, e.g. 50m borders in z3–z4 tiles. */
export interface LayerSlice {
  layer: string;
  minZoom: number;
  maxZoom: number;
  features: Feature[];
  /** Simplification in tile units (4096 per tile); geojson-vt's default is 3. */
  tolerance?: number;
  /** Tile units drawn past the tile edge; lines and fills need some so that joins stay clean. */
  buffer?: number;
}

export const TILE_EXTENT = 4096;

/** The tiles of every slice, each z/x/y once with its layers in the order the slices came. */
export function cutTiles(slices: readonly LayerSlice[]): ArchiveTile[] {
  const layersByTile = new Map<string, Map<string, GeoJSONVTTile>>();
  for (const slice of slices) {
    if (!slice.features.length) continue;
    const index = new GeoJSONVT(
      { type: 'FeatureCollection', features: slice.features } as never, // checked by geojson-vt
      {
        maxZoom: slice.maxZoom,
        indexMaxZoom: Math.min(slice.maxZoom, 5),
        tolerance: slice.tolerance ?? 3,
        extent: TILE_EXTENT,
        buffer: slice.buffer ?? 64,
      },
    );
    const visit = (z: number, x: number, y: number) => {
      const tile = index.getTile(z, x, y);
      if (!tile?.features.length) return; // nothing here, so nothing in the children either
      if (z >= slice.minZoom) {
        const key = `${z}/${x}/${y}`;
        const layers = layersByTile.get(key) ?? new Map<string, GeoJSONVTTile>();
        if (layers.has(slice.layer)) throw new Error(`${slice.layer} twice in tile ${key}`);
        layers.set(slice.layer, tile);
        layersByTile.set(key, layers);
      }
      if (z < slice.maxZoom)
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const)
          visit(z + 1, x * 2 + dx, y * 2 + dy);
    };
    visit(0, 0, 0);
  }
  return [...layersByTile].map(([key, layers]) => {
    const [z, x, y] = key.split('/').map(Number) as [number, number, number];
    const pbf = fromGeojsonVt(Object.fromEntries(layers), { version: 2, extent: TILE_EXTENT });
    return { z, x, y, data: new Uint8Array(gzipSync(pbf, { level: 9 })) };
  });
}
