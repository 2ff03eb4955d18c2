import { describe, expect, it } from 'vitest';
import type { EventPlace, MapEvent } from '../events/event';
import { parseIsoDay } from '../time/days';
import type { ExportLookups } from './export-lookups';
import { lookupsFromDatasets } from './export-lookups';
import acledSyria from './fixtures/acled-syria.csv?raw';
import { eventsToGeoJson } from './geojson-export';
import { importGeoJson, type ImportResult } from './geojson-import';
import { importCsvText } from './test-csv';

const IDLIB: EventPlace = {
  id: 'idlib',
  name: { de: 'Idlib (Stadt)', en: 'Idlib city' },
  coordinates: [36.633333333333, 35.930555555556],
  precision: 'point',
  admin: 'Idlib',
  country: 'SY',
};

/** A curated event with every optional field set. */
const CURATED: MapEvent = {
  id: 'articles:idlib-airstrike',
  dataset: 'articles',
  localId: 'idlib-airstrike',
  date: {
    start: parseIsoDay('2020-02-25')!,
    end: parseIsoDay('2020-02-27')!,
    precision: 'days',
    vague: 'start',
    words: { de: 'in den Tagen vor Donnerstag', en: 'in the days before Thursday' },
    basis: 'outside-knowledge',
    explanation: { de: 'Laut Reuters', en: 'According to Reuters' },
  },
  status: 'announced',
  category: 'remote-violence',
  sourceType: 'Kuratiert',
  title: { de: 'Luftangriff auf türkische Soldaten', en: 'Airstrike on Turkish soldiers' },
  place: 'idlib',
  actors: ['syria-government', 'turkey', 'unnamed-key'],
  fatalities: { min: 33, max: 36, best: 34 },
  notes: 'Markup stays text: <img src=x onerror=alert(1)> & "quotes"',
  sources: [
    { article: 'a1', quote: 'Am Donnerstagabend …', fatalities: 33 },
    { publisher: 'SOHR; Reuters', headline: '33 soldiers killed' },
  ],
  background: true,
};

function acledDataset() {
  const result = importCsvText(acledSyria, 'acled-1a2b3c4d');
  if ('error' in result) throw new Error(result.error.en);
  return result;
}

function roundTrip(events: MapEvent[], lookups: ExportLookups): ImportResult {
  const result = importGeoJson(eventsToGeoJson(events, lookups), 'geojson-feedf00d');
  if ('error' in result) throw new Error(result.error.en);
  return result;
}

describe('eventsToGeoJson → importGeoJson', () => {
  const acled = acledDataset();
  const lookups = lookupsFromDatasets([
    {
      id: 'articles',
      name: 'Artikel',
      kind: 'curated',
      events: [CURATED],
      places: [IDLIB],
      actorNames: {
        turkey: { de: 'Türkei', en: 'Turkey' },
        'syria-government': { de: 'Syrische Regierung', en: 'Syrian government' },
      },
    },
    {
      id: 'acled-1a2b3c4d',
      name: 'acled.csv',
      kind: 'imported',
      events: acled.events,
      places: acled.places,
      actorNames: {},
    },
  ]);
  const original = [CURATED, ...acled.events];
  const back = roundTrip(original, lookups);

  it('reads every event back, re-qualified into the importing dataset', () => {
    expect(back.summary).toMatchObject({ rowsRead: 8, accepted: 8, rejectedCount: 0 });
    expect(back.events.map((event) => event.id)).toEqual(
      original.map((event) => `geojson-feedf00d:${event.id}`),
    );
    expect(back.events.every((event) => event.dataset === 'geojson-feedf00d')).toBe(true);
    expect(back.events.map((event) => event.localId)).toEqual(original.map((event) => event.id));
  });

  it('loses nothing else: every field and every place are as they were', () => {
    const placeOf = (places: EventPlace[], id: string) => {
      const { id: _id, ...place } = places.find((candidate) => candidate.id === id)!;
      return place;
    };
    const originalPlaces = [IDLIB, ...acled.places];
    back.events.forEach((event, index) => {
      const before = original[index]!;
      const { id: _a, dataset: _b, localId: _c, place, ...rest } = event;
      const { id: _d, dataset: _e, localId: _f, place: placeBefore, ...restBefore } = before;
      expect(rest).toEqual(restBefore);
      expect(placeOf(back.places, place)).toEqual(placeOf(originalPlaces, placeBefore));
    });
    expect(back.events[0]).toStrictEqual({
      ...CURATED,
      id: 'geojson-feedf00d:articles:idlib-airstrike',
      dataset: 'geojson-feedf00d',
      localId: 'articles:idlib-airstrike',
      place: 'geojson-feedf00d:idlib',
    });
  });

  it('keeps places shared where they were shared', () => {
    expect(back.places).toHaveLength(1 + acled.places.length);
  });

  it('carries the names of the actors along', () => {
    expect(back.actorNames).toEqual({
      turkey: { de: 'Türkei', en: 'Turkey' },
      'syria-government': { de: 'Syrische Regierung', en: 'Syrian government' },
    });
  });

  it('writes one feature per line, dates as ISO days', () => {
    const text = eventsToGeoJson([CURATED], lookups);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toMatchObject({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [36.633333333333, 35.930555555556] },
      properties: {
        id: 'articles:idlib-airstrike',
        dataset: 'articles',
        localId: 'idlib-airstrike',
        date: { start: '2020-02-25', end: '2020-02-27', precision: 'days', vague: 'start' },
        place: { id: 'idlib', name: { de: 'Idlib (Stadt)', en: 'Idlib city' } },
      },
    });
    expect(JSON.parse(eventsToGeoJson([], lookups))).toEqual({
      type: 'FeatureCollection',
      actorNames: {},
      features: [],
    });
  });

  it('leaves out empty texts, as the import reads them', () => {
    const bare = { ...CURATED, notes: '', sourceType: '' };
    const properties = JSON.parse(eventsToGeoJson([bare], lookups)).features[0].properties;
    expect(Object.keys(properties)).not.toContain('notes');
    expect(Object.keys(properties)).not.toContain('sourceType');
  });

  it('writes an event whose place is unknown without a geometry, which an import rejects', () => {
    const lost = { ...CURATED, place: 'nowhere' };
    const text = eventsToGeoJson([lost], lookups);
    expect(JSON.parse(text).features[0].geometry).toBeNull();
    const result = importGeoJson(text, 'g');
    expect('error' in result ? [] : result.summary.rejected).toMatchObject([
      { row: 1, column: 'geometry' },
    ]);
  });
});
