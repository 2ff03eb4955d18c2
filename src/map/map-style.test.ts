import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { CATEGORY_COLORS } from '../events/category-colors';
import { buildMapStyle, EVENT_ICONS, eventLayers, iconScale, LAYER } from './map-style';

const empty = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
const style = () =>
  buildMapStyle({ baseUrl: 'http://127.0.0.1:4173/', lang: 'de', places: empty, events: empty });

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
  const layer = eventLayers().find((candidate) => candidate.id === LAYER.events)!;

  it('draws announced events as rings and the rest as discs', () => {
    expect((layer.layout as Record<string, unknown>)['icon-image']).toEqual([
      'match',
      ['get', 'status'],
      'announced',
      EVENT_ICONS.announced,
      EVENT_ICONS.occurred,
    ]);
  });

  it('has a colour for every category, and shows only visible events', () => {
    for (const category of CATEGORIES) expect(CATEGORY_COLORS[category]).toMatch(/^#[0-9a-f]{6}$/);
    const paint = layer.paint as Record<string, unknown>;
    expect(JSON.stringify(paint['icon-color'])).toContain(CATEGORY_COLORS.diplomacy);
    expect(JSON.stringify(paint['icon-opacity'])).toContain('"feature-state","visible"');
  });
});

describe('iconScale', () => {
  it('follows the same stops as the icon-size expression', () => {
    expect(iconScale(1)).toBe(0.6);
    expect(iconScale(4.5)).toBeCloseTo(0.7);
    expect(iconScale(7)).toBeCloseTo(0.9);
    expect(iconScale(12)).toBe(1);
    const layer = eventLayers().find((candidate) => candidate.id === LAYER.events)!;
    expect((layer.layout as Record<string, unknown>)['icon-size']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      3,
      0.6,
      6,
      0.8,
      8,
      1,
    ]);
  });
});
