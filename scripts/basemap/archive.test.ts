// Checks the committed basemap itself: what `npm run basemap` wrote is what the map shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM } from '../../src/map/basemap-style';
import { isDrawable } from './city-names';

/** The part of @mapbox/vector-tile's API these tests read. */
interface VectorTile {
  layers: Record<
    string,
    { length: number; feature(i: number): { properties: Record<string, unknown> } } | undefined
  >;
}
// Typed by hand, with a specifier TypeScript does not resolve: the package's own types pull
// @types/geojson into the program shared with the e2e specs, and break their GeoJSON casts.
const { VectorTile } = (await import('@mapbox/vector-tile' as string)) as {
  VectorTile: new (pbf: PbfReader) => VectorTile;
};

const DIR = join(import.meta.dirname, '..', '..', 'public', 'basemap');
const bytes = new Uint8Array(readFileSync(join(DIR, 'basemap.pmtiles')));
const archive = new PMTiles({
  getKey: () => 'basemap.pmtiles',
  getBytes: async (offset, length) => ({
    data: bytes.slice(offset, offset + length).buffer as ArrayBuffer,
  }),
});

/** The tile containing [lon, lat] at zoom z, decoded; undefined if the archive has none. */
async function tileAt(z: number, lon: number, lat: number): Promise<VectorTile | undefined> {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  const tile = await archive.getZxy(z, x, y);
  return tile && new VectorTile(new PbfReader(new Uint8Array(tile.data)));
}

function names(tile: VectorTile | undefined, layer: string): string[] {
  const found = tile?.layers[layer];
  if (!found) return [];
  return Array.from({ length: found.length }, (_, i) =>
    String(found.feature(i).properties.name_de),
  );
}

describe('the committed basemap archive', () => {
  it('has tiles from zoom 0 to the zoom the style over-zooms from', async () => {
    const header = await archive.getHeader();
    expect(header.minZoom).toBe(0);
    expect(header.maxZoom).toBe(BASEMAP_MAX_ZOOM);
    expect(bytes.length).toBeLessThan(10_000_000);
  });

  it('has land, borders, lakes, rivers and labels where the events are', async () => {
    const moscow = await tileAt(6, 37.62, 55.75);
    expect(Object.keys(moscow?.layers ?? {})).toEqual(
      expect.arrayContaining([
        BASEMAP_LAYERS.countries,
        BASEMAP_LAYERS.rivers,
        BASEMAP_LAYERS.cities,
      ]),
    );
    expect(names(moscow, BASEMAP_LAYERS.cities)).toContain('Moskau');
    const geneva = await tileAt(BASEMAP_MAX_ZOOM, 6.15, 46.2);
    expect(geneva?.layers[BASEMAP_LAYERS.borders]?.length).toBeGreaterThan(0);
    expect(names(geneva, BASEMAP_LAYERS.cities)).toEqual(
      expect.arrayContaining(['Genf', 'Lausanne']),
    );
    expect(geneva?.layers[BASEMAP_LAYERS.lakes]?.length).toBeGreaterThan(0); // Lake Geneva
    // Russia's label sits in Siberia: the middle of its largest polygon, as a Mercator map shows it.
    expect(names(await tileAt(1, 110, 58), BASEMAP_LAYERS.countryLabels)).toContain('Russland');
    expect(names(await tileAt(2, 34, 39), BASEMAP_LAYERS.countryLabels)).toContain('Türkei');
    expect(names(await tileAt(3, -77, 38.9), BASEMAP_LAYERS.cities)).toContain('Washington');
  });

  it('shows more cities as the zoom grows', async () => {
    const around = async (z: number) => names(await tileAt(z, 13.4, 52.5), BASEMAP_LAYERS.cities);
    expect(await around(2)).toContain('Berlin'); // a capital of millions
    expect(await around(3)).not.toContain('Leipzig'); // ~500,000
    expect(await around(4)).toContain('Leipzig');
    expect(await around(6)).not.toContain('Eberswalde'); // ~40,000
    expect(await around(BASEMAP_MAX_ZOOM)).toContain('Eberswalde');
  });

  describe('labels', () => {
    const labels: { layer: string; name_de: string; name_en: string; rank: number }[] = [];
    const labelLayers = [
      BASEMAP_LAYERS.cities,
      BASEMAP_LAYERS.countryLabels,
      BASEMAP_LAYERS.waterLabels,
    ];
    beforeAll(async () => {
      // Every label in the last zoom's tiles, which hold every label there is.
      const z = BASEMAP_MAX_ZOOM;
      for (let x = 0; x < 2 ** z; x++)
        for (let y = 0; y < 2 ** z; y++) {
          const tile = await archive.getZxy(z, x, y);
          if (!tile) continue;
          const decoded = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
          for (const layer of labelLayers) {
            const found = decoded.layers[layer];
            for (let i = 0; i < (found?.length ?? 0); i++)
              labels.push({ layer, ...found!.feature(i).properties } as (typeof labels)[0]);
          }
        }
    });

    it('all have a German and an English name and a rank', () => {
      expect(labels.length).toBeGreaterThan(5_000);
      for (const label of labels) {
        expect(label.name_de, JSON.stringify(label)).toMatch(/\S/);
        expect(label.name_en, JSON.stringify(label)).toMatch(/\S/);
        expect(label.rank).toBeGreaterThanOrEqual(1);
      }
    });

    it('are all in letters the bundled fonts have (no Arabic or Cyrillic script)', () => {
      // basemap-style.test.ts checks that these letters are the ones the font files cover.
      const undrawable = labels.filter((label) => !isDrawable(label.name_de + label.name_en));
      expect(undrawable).toEqual([]);
    });
  });
});
