import { describe, expect, it } from 'vitest';
import { describeProblem, type RawDataset } from './dataset';
import { validateDataset } from './validate';

const TEXT =
  'Am Donnerstagabend waren bei einem Luftangriff in Idlib mindestens 33 türkische Soldaten getötet worden.';

/** A fresh, valid dataset for every test, so no test can leak changes into another. */
function validRaw() {
  return {
    articles: [
      {
        id: 'a1',
        title: 'Luftangriff',
        published: '2020-02-28',
        publishedPrecision: 'day',
        language: 'de',
        note: 'Friday after the Thursday airstrike.',
      },
    ],
    actors: [
      { id: 'turkey', name: { de: 'Türkei', en: 'Turkey' }, kind: 'state' },
      {
        id: 'syria-government',
        name: { de: 'Syrische Regierung', en: 'Syrian government' },
        kind: 'state',
      },
    ],
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [36.63, 35.93] },
          properties: {
            id: 'idlib',
            name: { de: 'Idlib', en: 'Idlib' },
            aliases: ['Idlib'],
            kind: 'region',
            country: 'SY',
            precision: 'region',
            area: 'SY-ID',
          },
        },
      ],
    },
    events: [
      {
        id: 'idlib-airstrike',
        date: { start: '2020-02-27', end: '2020-02-27', precision: 'day' },
        status: 'occurred',
        place: 'idlib',
        category: 'remote-violence',
        actors: ['syria-government', 'turkey'],
        title: { de: 'Luftangriff', en: 'Airstrike' },
        fatalities: { min: 33, max: 33 },
        sources: [
          {
            article: 'a1',
            quote: 'bei einem Luftangriff in Idlib mindestens 33 türkische Soldaten getötet',
            fatalities: 33,
          },
        ],
      },
    ] as Record<string, unknown>[],
    articleTexts: { a1: TEXT },
  } satisfies RawDataset;
}

function messages(raw: RawDataset): string[] {
  return validateDataset(raw).problems.map(describeProblem);
}

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    const result = validateDataset(validRaw());
    expect(result.problems).toEqual([]);
    expect(result.dataset.events).toHaveLength(1);
    expect(result.dataset.places[0]!.coordinates).toEqual([36.63, 35.93]);
  });

  it('names file, record and field for a wrong field and keeps the good records', () => {
    const raw = validRaw();
    raw.events.push({ ...raw.events[0]!, id: 'broken', status: 'rumoured' });
    const result = validateDataset(raw);
    expect(result.problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^geodata\/events\.json › event "broken" › status: /),
    ]);
    expect(result.dataset.events.map((event) => event.id)).toEqual(['idlib-airstrike']);
  });

  it('rejects unknown fields', () => {
    const raw = validRaw();
    raw.events[0]!.colour = 'red';
    expect(messages(raw)).toContain(
      'geodata/events.json › event "idlib-airstrike" › colour: unknown field',
    );
  });

  it('reports an unknown place id and drops the event', () => {
    const raw = validRaw();
    raw.events[0]!.place = 'atlantis';
    const result = validateDataset(raw);
    expect(result.problems.map(describeProblem)).toContain(
      'geodata/events.json › event "idlib-airstrike" › place: unknown place id "atlantis"',
    );
    expect(result.dataset.events).toEqual([]);
  });

  it('reports a quote that is not in its article', () => {
    const raw = validRaw();
    (raw.events[0]!.sources as { quote: string }[])[0]!.quote = 'mindestens 34 türkische Soldaten';
    expect(messages(raw)).toContain(
      'geodata/events.json › event "idlib-airstrike" › sources.0.quote: not found verbatim in article "a1"',
    );
  });

  it('reports a start after the end', () => {
    const raw = validRaw();
    raw.events[0]!.date = { start: '2020-02-28', end: '2020-02-27', precision: 'day' };
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('› date.start: starts (2020-02-28) after it ends (2020-02-27)'),
    );
  });

  it('reports impossible dates', () => {
    const raw = validRaw();
    raw.events[0]!.date = { start: '2020-02-30', end: '2020-02-30', precision: 'day' };
    expect(messages(raw)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('› date.start: must be a real date'),
        expect.stringContaining('› date.end: must be a real date'),
      ]),
    );
  });

  it('reports a precision that claims more than the interval says', () => {
    const raw = validRaw();
    raw.events[0]!.date = { start: '2020-02-01', end: '2020-02-29', precision: 'day' };
    expect(messages(raw)).toEqual([
      expect.stringContaining('› date.precision: "day" does not fit an interval of 29 day(s)'),
    ]);
  });

  it('reports unknown actors and articles', () => {
    const raw = validRaw();
    raw.events[0]!.actors = ['turkey', 'martians'];
    (raw.events[0]!.sources as { article: string }[])[0]!.article = 'a9';
    expect(messages(raw)).toEqual([
      expect.stringContaining('› actors.1: unknown actor id "martians"'),
      expect.stringContaining('› sources.0.article: unknown article id "a9"'),
      expect.stringContaining('article "a1" has no events'),
    ]);
  });

  it('reports an event far from its article unless it is flagged as background', () => {
    const raw = validRaw();
    raw.events[0]!.date = { start: '2018-01-01', end: '2018-12-31', precision: 'year' };
    raw.events[0]!.fatalities = undefined;
    (raw.events[0]!.sources as { fatalities?: number }[])[0]!.fatalities = undefined;
    expect(messages(raw)).toEqual([
      expect.stringContaining('› date: lies more than 60 days from the publication'),
    ]);
    raw.events[0]!.background = true;
    expect(messages(raw)).toEqual([]);
  });

  it('requires the fatality range to span the sources’ figures', () => {
    const raw = validRaw();
    (raw.events[0]!.sources as { fatalities?: number }[])[0]!.fatalities = 34;
    expect(messages(raw)).toEqual([
      expect.stringContaining('› fatalities: must be { "min": 34, "max": 34 }'),
    ]);
  });

  it('reports aliases that occur in no article', () => {
    const raw = validRaw();
    raw.places.features[0]!.properties.aliases = ['Idlib', 'Idleb'];
    expect(messages(raw)).toEqual([
      'geodata/places.geojson › place "idlib" › aliases.1: "Idleb" occurs in no article; move it to extraNames if it is another name',
    ]);
  });

  it('reports a region drawn as a point', () => {
    const raw = validRaw();
    raw.places.features[0]!.properties.precision = 'point';
    expect(messages(raw)).toEqual([
      expect.stringContaining('› precision: a region must have precision "region"'),
    ]);
  });

  it('reports duplicate ids and files of the wrong shape', () => {
    const raw = validRaw();
    raw.events.push({ ...raw.events[0]! });
    expect(messages(raw)).toEqual([
      'geodata/events.json › event "idlib-airstrike" › id: duplicate id',
    ]);
    expect(messages({ ...validRaw(), places: [] })).toContain(
      'geodata/places.geojson: must be a GeoJSON FeatureCollection',
    );
    expect(messages({ ...validRaw(), actors: {} })).toContain(
      'geodata/actors.json: must be an array of records',
    );
  });

  it('reports an article without a text file', () => {
    expect(messages({ ...validRaw(), articleTexts: {} })).toContain(
      'geodata/articles.json › article "a1" › id: no text file geodata/articles/a1.txt',
    );
  });
});
