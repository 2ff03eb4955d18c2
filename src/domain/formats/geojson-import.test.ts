import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../time/days';
import { importGeoJson, type ImportResult } from './geojson-import';

type Feature = Record<string, unknown>;

function feature(properties: Record<string, unknown>, coordinates: unknown = [36.63, 35.93]) {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

const MINIMAL = {
  id: 'e1',
  date: { start: '2020-02-27', end: '2020-02-27', precision: 'day' },
  category: 'remote-violence',
};

function collection(features: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'FeatureCollection', ...extra, features });
}

function imported(text: string): ImportResult {
  const result = importGeoJson(text, 'geojson-0badcafe');
  if ('error' in result) throw new Error(result.error.en);
  return result;
}

function rejectedOne(properties: Record<string, unknown>, geometry?: unknown) {
  const item: Feature = feature({ ...MINIMAL, ...properties });
  if (geometry !== undefined) item.geometry = geometry;
  const result = imported(collection([item]));
  expect(result.events).toEqual([]);
  return result.summary.rejected[0];
}

describe('importGeoJson', () => {
  it('reads a minimal feature with defaults: occurred, a point named by its coordinates', () => {
    const result = imported(collection([feature(MINIMAL)]));
    expect(result.events).toEqual([
      {
        id: 'geojson-0badcafe:e1',
        dataset: 'geojson-0badcafe',
        localId: 'e1',
        date: {
          start: result.events[0]!.date.start,
          end: result.events[0]!.date.end,
          precision: 'day',
        },
        status: 'occurred',
        category: 'remote-violence',
        place: result.places[0]!.id,
        actors: [],
        sources: [],
      },
    ]);
    expect(formatIsoDay(result.events[0]!.date.start)).toBe('2020-02-27');
    expect(result.places).toEqual([
      {
        id: result.places[0]!.id,
        name: { de: '35.93, 36.63', en: '35.93, 36.63' },
        coordinates: [36.63, 35.93],
        precision: 'point',
      },
    ]);
    expect(result.summary).toEqual({
      format: 'geojson',
      formatLabel: 'GeoJSON',
      rowsRead: 1,
      accepted: 1,
      rejected: [],
      rejectedCount: 0,
    });
  });

  it('takes a place string as the name and the geometry as where it is', () => {
    const result = imported(collection([feature({ ...MINIMAL, place: 'idlib' }, [36.6, 35.9])]));
    expect(result.places[0]).toMatchObject({
      name: { de: 'idlib', en: 'idlib' },
      coordinates: [36.6, 35.9],
      precision: 'point',
    });
  });

  it('reads a place object, texts in one or two languages, and a fatality count', () => {
    const result = imported(
      collection([
        feature({
          ...MINIMAL,
          id: 7,
          title: 'Luftangriff',
          place: {
            id: 'idlib',
            name: { de: 'Idlib (Provinz)', en: 'Idlib province' },
            precision: 'province',
            admin: 'Idlib',
            country: 'SY',
          },
          fatalities: 33,
          actors: ['turkey', ' syria-government ', 'turkey'],
          notes: '<script>alert("x")</script>',
          sources: [{ article: 'a1', quote: 'Am Donnerstagabend …', fatalities: 33, extra: 1 }],
          background: true,
          status: 'announced',
          sourceType: 'Curated',
        }),
      ]),
    );
    expect(result.events[0]).toMatchObject({
      localId: '7',
      title: { de: 'Luftangriff', en: 'Luftangriff' },
      fatalities: { min: 33, max: 33 },
      actors: ['turkey', 'syria-government'],
      notes: '<script>alert("x")</script>',
      sources: [{ article: 'a1', quote: 'Am Donnerstagabend …', fatalities: 33 }],
      background: true,
      status: 'announced',
      sourceType: 'Curated',
      place: 'geojson-0badcafe:idlib',
    });
    expect(result.places[0]).toEqual({
      id: 'geojson-0badcafe:idlib',
      name: { de: 'Idlib (Provinz)', en: 'Idlib province' },
      coordinates: [36.63, 35.93],
      precision: 'province',
      admin: 'Idlib',
      country: 'SY',
    });
  });

  it("uses the feature's own id where the properties have none", () => {
    const { id: _id, ...rest } = MINIMAL;
    const result = imported(collection([{ ...feature(rest), id: 'f-1' }]));
    expect(result.events[0]?.localId).toBe('f-1');
  });

  it('shares a place among features that give the same one, and keeps different ones apart', () => {
    const place = { id: 'p', name: 'Saraqib' };
    const result = imported(
      collection([
        feature({ ...MINIMAL, id: 'a', place }),
        feature({ ...MINIMAL, id: 'b', place }),
        feature({ ...MINIMAL, id: 'c', place }, [36.8, 35.86]),
      ]),
    );
    const [a, b, c] = result.events;
    expect(a?.place).toBe(b?.place);
    expect(c?.place).not.toBe(a?.place);
    expect(result.places.map((entry) => entry.id)).toEqual([
      'geojson-0badcafe:p',
      'geojson-0badcafe:p~2',
    ]);
  });

  const bad: [string, Record<string, unknown>, string, string][] = [
    ['no id', { id: undefined }, 'id', 'id is missing'],
    ['an empty id', { id: ' ' }, 'id', 'id is missing'],
    ['no date', { date: undefined }, 'date', 'date is missing'],
    [
      'a date that is not a day',
      { date: { start: '27.02.2020', end: '2020-02-27', precision: 'day' } },
      'date.start',
      'date.start must be a date like "2016-10-05", but is "27.02.2020"',
    ],
    [
      'an impossible date',
      { date: { start: '2020-02-27', end: '2020-02-30', precision: 'day' } },
      'date.end',
      'date.end must be a date like "2016-10-05", but is "2020-02-30"',
    ],
    [
      'an end before the start',
      { date: { start: '2020-02-27', end: '2020-02-26', precision: 'days' } },
      'date.end',
      'the end ("2020-02-26") is before the start ("2020-02-27")',
    ],
    [
      'an unknown precision',
      { date: { start: '2020-02-27', end: '2020-02-27', precision: 'hour' } },
      'date.precision',
      'date.precision must be one of day, days, week, month, year, but is "hour"',
    ],
    ['no category', { category: undefined }, 'category', 'category is missing'],
    [
      'an unknown category',
      { category: 'riot' },
      'category',
      'category must be one of battle, remote-violence, violence-against-civilians, territorial-change, diplomacy, displacement, strategic-development, protest, but is "riot"',
    ],
    [
      'an unknown status',
      { status: 'rumoured' },
      'status',
      'status must be one of occurred, announced, but is "rumoured"',
    ],
    [
      'negative fatalities',
      { fatalities: -1 },
      'fatalities',
      'fatalities must be a whole number of at least 0, but is -1',
    ],
    [
      'fatalities out of order',
      { fatalities: { min: 5, max: 3 } },
      'fatalities.max',
      'fatalities.max must be at least 5 (min), but is 3',
    ],
    [
      'a fractional best figure',
      { fatalities: { min: 1, max: 3, best: 1.5 } },
      'fatalities.best',
      'fatalities.best must be a whole number of at least 0, but is 1.5',
    ],
    [
      'a best figure outside min..max',
      { fatalities: { min: 1, max: 3, best: 5 } },
      'fatalities.best',
      'fatalities.best must be between 1 and 3, but is 5',
    ],
    ['actors not a list', { actors: 'turkey' }, 'actors', 'actors must be a list, but is "turkey"'],
    [
      'a source with a number for a quote',
      { sources: [{ article: 'a' }, { quote: 3 }] },
      'sources[1].quote',
      'sources[1].quote must be a text, but is 3',
    ],
    [
      'an unknown place precision',
      { place: { name: 'x', precision: 'exact' } },
      'place.precision',
      'place.precision must be one of point, near, district, province, region, country, water, but is "exact"',
    ],
    ['a place without a name', { place: { id: 'x' } }, 'place.name', 'place.name is missing'],
    [
      'a country that is not a code',
      { place: { name: 'x', country: 'Syria' } },
      'place.country',
      'place.country must be a country code like "SY", but is "Syria"',
    ],
  ];

  for (const [what, properties, column, reason] of bad) {
    it(`rejects a feature with ${what}`, () => {
      expect(rejectedOne(properties)).toMatchObject({ row: 1, column, reason: { en: reason } });
    });
  }

  it('rejects features without a usable point', () => {
    expect(rejectedOne({}, null)).toMatchObject({
      column: 'geometry',
      reason: { en: 'geometry is missing' },
    });
    expect(
      rejectedOne(
        {},
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
      ),
    ).toMatchObject({
      column: 'geometry.type',
    });
    for (const coordinates of [[36.6], [36.6, 95], [181, 35], ['36.6', '35.9'], null]) {
      expect(
        rejectedOne({}, { type: 'Point', coordinates }),
        JSON.stringify(coordinates),
      ).toMatchObject({
        column: 'geometry.coordinates',
      });
    }
  });

  it('numbers rejected features from 1, keeps the good ones, and names a repeated id', () => {
    const result = imported(
      collection([
        feature(MINIMAL),
        'not a feature',
        feature({ ...MINIMAL, date: '2020-02-27' }),
        feature(MINIMAL),
        feature({ ...MINIMAL, id: 'e2' }),
      ]),
    );
    expect(result.events.map((event) => event.localId)).toEqual(['e1', 'e2']);
    expect(
      result.summary.rejected.map((entry) => [entry.row, entry.column, entry.reason.en]),
    ).toEqual([
      [2, 'feature', 'feature must be an object, but is "not a feature"'],
      [3, 'date', 'date must be an object, but is "2020-02-27"'],
      [4, 'id', 'duplicate id "e1", first seen in feature 1'],
    ]);
    expect(result.summary.rejected[2]?.reason.de).toBe('doppelte ID „e1“, zuerst in Feature 1');
  });

  it('reads the names of actors from the collection', () => {
    const names = { turkey: { de: 'Türkei', en: 'Turkey' }, broken: 'x' };
    const result = imported(collection([feature(MINIMAL)], { actorNames: names }));
    expect(result.actorNames).toEqual({ turkey: { de: 'Türkei', en: 'Turkey' } });
  });

  it('fails with one message for files it cannot read at all', () => {
    const error = (text: string) => {
      const result = importGeoJson(text, 'g');
      return 'error' in result ? result.error.en : 'imported';
    };
    expect(error('{"type": "FeatureCollection", "features": [')).toMatch(
      /^The file is not valid JSON \(/,
    );
    expect(error(JSON.stringify(feature(MINIMAL)))).toBe(
      'The GeoJSON file must be a FeatureCollection, but is "Feature".',
    );
    expect(error('[1, 2]')).toBe('The GeoJSON file must be a FeatureCollection, but is an array.');
    expect(error(collection([]))).toBe('The FeatureCollection contains no features.');
    expect(error('\uFEFF' + collection([feature(MINIMAL)]))).toBe('imported');
  });
});
