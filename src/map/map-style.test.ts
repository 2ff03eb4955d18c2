import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../domain/data/schema';
import { CATEGORY_COLORS } from '../events/category-colors';
import { buildMapStyle } from './map-style';
import {
  CLUSTER_FILTER,
  clusterRadius,
  LAYER,
  MARKER_ICONS,
  MARKER_OFFSET,
  markerLayers,
  STANDING_MARKER_FILTER,
} from './marker-style';

const empty = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
const style = () =>
  buildMapStyle({
    baseUrl: 'http://127.0.0.1:4173/',
    lang: 'de',
    places: empty,
    events: empty,
    clusterSpots: empty,
    sites: empty,
  });

describe('buildMapStyle', () => {
  it('loads every file from the page’s own origin', () => {
    const urls = [
      ...Object.values(style().sources).map((source) => (source as { data?: unknown }).data),
      // Vector tiles come through the pmtiles:// protocol, from a file on the same origin.
      ...Object.values(style().sources).flatMap((source) =>
        ((source as { tiles?: string[] }).tiles ?? []).map((url) => url.replace('pmtiles://', '')),
      ),
      ...Object.values(style()['font-faces'] ?? {}).flatMap((faces) =>
        (faces as { url: string }[]).map((face) => face.url),
      ),
    ].filter((value): value is string => typeof value === 'string');
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) expect(url.startsWith('http://127.0.0.1:4173/')).toBe(true);
    expect(style().glyphs).toBeUndefined();
    expect(style().sprite).toBeUndefined();
  });

  it('covers German and Turkish letters with the bundled font files', () => {
    const faces = Object.values(style()['font-faces'] ?? {}) as {
      url: string;
      'unicode-range': string[];
    }[][];
    const covers = (ranges: string[], codePoint: number) =>
      ranges.some((range) => {
        const [start, end = start] = range.replace(/^U\+/, '').split('-');
        return codePoint >= parseInt(start!, 16) && codePoint <= parseInt(end!, 16);
      });
    for (const fontFiles of faces) {
      for (const letter of 'äöüßÄÖÜğĞşŞıİçÇ') {
        const file = fontFiles.find((face) =>
          covers(face['unicode-range'], letter.codePointAt(0)!),
        );
        expect(file?.url, `${letter} has a font file`).toMatch(
          /noto-sans-latin(-ext)?-\d00-normal/,
        );
      }
    }
  });

  it('labels places in the UI language', () => {
    const labels = style().layers.find((layer) => layer.id === LAYER.placeLabels)!;
    expect((labels.layout as Record<string, unknown>)['text-field']).toEqual(['get', 'name_de']);
  });
});

describe('event markers', () => {
  const layer = markerLayers().find((candidate) => candidate.id === LAYER.events)!;

  it('draws announced events as rings and the rest as discs', () => {
    expect((layer.layout as Record<string, unknown>)['icon-image']).toEqual([
      'match',
      ['get', 'status'],
      'announced',
      MARKER_ICONS.announced,
      MARKER_ICONS.occurred,
    ]);
  });

  it('has a colour for every category, and shows only visible events', () => {
    for (const category of CATEGORIES) expect(CATEGORY_COLORS[category]).toMatch(/^#[0-9a-f]{6}$/);
    const paint = layer.paint as Record<string, unknown>;
    expect(JSON.stringify(paint['icon-color'])).toContain(CATEGORY_COLORS.diplomacy);
    expect(JSON.stringify(paint['icon-opacity'])).toContain('"feature-state","visible"');
  });
});

describe('the marker layout in the style', () => {
  it('picks each zoom’s offset and standing rule by whole zoom', () => {
    expect(MARKER_OFFSET.slice(0, 5)).toEqual(['step', ['zoom'], ['get', 'o1'], 2, ['get', 'o2']]);
    expect(MARKER_OFFSET.at(-1)).toEqual(['get', 'o12']);
    expect(STANDING_MARKER_FILTER[2]).toEqual(['<=', ['get', 'ownFrom'], 1]);
    expect(CLUSTER_FILTER.at(-1)).toEqual(['==', ['get', 'zoom'], 12]);
  });

  it('keeps markers and clusters drawn, and labels off them', () => {
    for (const layer of markerLayers().filter((spec) => spec.type === 'symbol')) {
      const layout = layer.layout as Record<string, unknown>;
      expect(layout['icon-allow-overlap']).toBe(true);
      expect(layout['icon-ignore-placement']).toBeUndefined();
    }
  });

  it('hit-tests clusters with the radius they are drawn with, at least 28 px across', () => {
    expect(clusterRadius(2)).toBe(14);
    expect(clusterRadius(6)).toBeCloseTo(15.4);
    expect(clusterRadius(500)).toBeCloseTo(20.3);
  });
});

describe('the style as MapLibre reads it', () => {
  it('passes the style specification’s own validation, markers included', () => {
    const full = { ...style(), layers: [...style().layers, ...markerLayers()] };
    const errors = validateStyleMin(full as unknown as StyleSpecification)
      .map((e) => e.message)
      // The glyphs come from the style's `font-faces` (MapLibre 6), which this validator predates.
      .filter((message) => !message.includes('requires a style "glyphs" property'));
    expect(errors).toEqual([]);
  });
});
