import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_LABEL_LAYERS,
  BASEMAP_LAYERS,
  BASEMAP_MAX_ZOOM,
  BASEMAP_SOURCE,
  basemapNameField,
  COUNTRY_FEATURES,
  PROVINCE_LAYERS,
  PROVINCE_SOURCES,
} from './basemap-style';
import { buildMapStyle } from './map-style';
import { LAYER } from './marker-style';
import { isDrawable } from '../../scripts/basemap/city-names';

const place = (name_de: string, name_en: string) => ({
  type: 'Feature' as const,
  properties: { name_de, name_en },
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
});
const style = (lang: 'de' | 'en' = 'de') =>
  buildMapStyle({
    baseUrl: 'http://127.0.0.1:4173/',
    lang,
    places: {
      type: 'FeatureCollection',
      features: [place('Moskau', 'Moscow'), place('Idlib (Stadt)', 'Idlib (city)')],
    },
    events: { type: 'FeatureCollection', features: [] },
    sites: { type: 'FeatureCollection', features: [] },
    clusterSpots: { type: 'FeatureCollection', features: [] },
  });
const layer = (id: string) => style().layers.find((candidate) => candidate.id === id)!;
const layout = (id: string) => (layer(id) as { layout?: Record<string, unknown> }).layout ?? {};

describe('basemap source', () => {
  it('reads vector tiles from one archive on our own origin, over-zoomed past its last zoom', () => {
    const source = style().sources[BASEMAP_SOURCE] as {
      type: string;
      tiles: string[];
      maxzoom: number;
    };
    expect(source.type).toBe('vector');
    expect(source.tiles).toEqual([
      'pmtiles://http://127.0.0.1:4173/basemap/basemap.pmtiles/{z}/{x}/{y}',
    ]);
    expect(source.maxzoom).toBe(BASEMAP_MAX_ZOOM);
  });

  it('lets the app select a country by its ISO code', () => {
    const source = style().sources[COUNTRY_FEATURES.source] as { promoteId: unknown };
    expect(source.promoteId).toEqual({ [COUNTRY_FEATURES.sourceLayer]: 'iso' });
    const land = style().layers.find(
      (candidate) =>
        'source-layer' in candidate && candidate['source-layer'] === COUNTRY_FEATURES.sourceLayer,
    ) as LayerSpecification & { paint: Record<string, unknown> };
    expect(JSON.stringify(land.paint['fill-color'])).toContain('"feature-state","selected"');
  });

  it('keeps Syria’s governorates as areas with feature-state by ISO 3166-2 code', () => {
    const provinces = style().sources[PROVINCE_SOURCES.areas] as { promoteId: string };
    expect(provinces.promoteId).toBe('iso');
    for (const id of Object.values(PROVINCE_LAYERS)) expect(layer(id)).toBeDefined();
    expect(JSON.stringify(layer(PROVINCE_LAYERS.areas))).toContain('"feature-state","active"');
  });
});

describe('basemap labels', () => {
  it('label in the UI language, from the name fields every label feature carries', () => {
    for (const id of BASEMAP_LABEL_LAYERS) {
      expect(layout(id)['text-field']).toEqual(['get', 'name_de']);
      expect((layer(id) as { source: string }).source).toBe(BASEMAP_SOURCE);
    }
    expect(basemapNameField('en')).toEqual(['get', 'name_en']);
    const english = buildMapStyle({
      ...{ baseUrl: 'http://127.0.0.1:4173/', lang: 'en' },
      places: { type: 'FeatureCollection', features: [] },
      events: { type: 'FeatureCollection', features: [] },
      sites: { type: 'FeatureCollection', features: [] },
      clusterSpots: { type: 'FeatureCollection', features: [] },
    });
    for (const id of BASEMAP_LABEL_LAYERS) {
      const found = english.layers.find((candidate) => candidate.id === id) as {
        layout: Record<string, unknown>;
      };
      expect(found.layout['text-field']).toEqual(['get', 'name_en']);
    }
  });

  it('never overlap one another, and place the most important first', () => {
    for (const id of BASEMAP_LABEL_LAYERS) {
      expect(layout(id)['text-allow-overlap']).toBeUndefined();
      expect(layout(id)['text-ignore-placement']).toBeUndefined();
      expect(layout(id)['symbol-sort-key']).toEqual(['get', 'rank']);
    }
    const cities = layer(BASEMAP_LABEL_LAYERS[1]) as { 'source-layer': string };
    expect(cities['source-layer']).toBe(BASEMAP_LAYERS.cities);
  });

  it('sit below the app’s own place labels', () => {
    const ids = style().layers.map((candidate) => candidate.id);
    for (const id of BASEMAP_LABEL_LAYERS)
      expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(LAYER.placeLabels));
  });

  it('leave out the places the app names itself', () => {
    const filter = JSON.stringify((layer(BASEMAP_LABEL_LAYERS[1]) as { filter: unknown }).filter);
    expect(filter).toContain('"Moskau"');
    expect(filter).toContain('"Moscow"');
    expect(filter).toContain('"Idlib"'); // without the app's " (Stadt)"
  });
});

describe('basemap letters', () => {
  it('are all in the bundled font files: what the build lets into labels, the map can draw', () => {
    const ranges = Object.values(style()['font-faces'] ?? {})
      .flatMap((faces) =>
        (faces as { 'unicode-range': string[] }[]).flatMap((f) => f['unicode-range']),
      )
      .map((range) => range.replace(/^U\+/, '').split('-'))
      .map(([start, end = start]) => [parseInt(start!, 16), parseInt(end!, 16)] as const);
    const uncovered: string[] = [];
    for (let code = 0x20; code < 0x3000; code++) {
      const char = String.fromCodePoint(code);
      if (isDrawable(char) && !ranges.some(([start, end]) => code >= start && code <= end))
        uncovered.push(`U+${code.toString(16)}`);
    }
    expect(uncovered).toEqual([]);
    expect(isDrawable('Moskau Genf Şanlıurfa Ḩamāh')).toBe(true);
    expect(isDrawable('حلب')).toBe(false);
  });
});
