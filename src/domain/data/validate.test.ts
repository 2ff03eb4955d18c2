import { describe, expect, it } from 'vitest';
import { describeProblem, type RawDataset } from './dataset';
import { namesADay } from './date-rules';
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
    ] as Record<string, unknown>[],
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
            quote:
              'Am Donnerstagabend waren bei einem Luftangriff in Idlib mindestens 33 türkische Soldaten getötet',
            fatalities: 33,
          },
        ],
      },
    ] as Record<string, unknown>[],
    articleTexts: { a1: TEXT },
  } satisfies RawDataset;
}

function messages(raw: RawDataset): string[] {
  return validateDataset(raw).problems.map((problem) => describeProblem(problem));
}

describe('event redirects', () => {
  const withRedirects = (redirects: unknown) => ({ ...validRaw(), redirects });

  it('keep a merged event’s permalinks working: from a gone id to one that exists', () => {
    const raw = withRedirects([{ from: 'gone', to: validRaw().events[0]!.id, note: 'merged' }]);
    const result = validateDataset(raw);
    expect(result.problems).toEqual([]);
    expect(result.dataset.redirects).toHaveLength(1);
  });

  it('name a redirect from an id that still exists, or to one that does not', () => {
    const existing = validRaw().events[0]!.id;
    expect(messages(withRedirects([{ from: existing, to: existing, note: 'n' }]))).toEqual([
      `geodata/event-redirects.json › redirect "${existing}" › from: event "${existing}" still exists; a redirect is for ids that went`,
    ]);
    expect(messages(withRedirects([{ from: 'gone', to: 'nowhere', note: 'n' }]))).toEqual([
      'geodata/event-redirects.json › redirect "gone" › to: no event "nowhere" to lead to',
    ]);
  });
});

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
    expect(result.problems.map((problem) => describeProblem(problem))).toEqual([
      expect.stringMatching(/^geodata\/events\.json › event "broken" › status: /),
    ]);
    expect(result.dataset.events.map((event) => event.id)).toEqual(['idlib-airstrike']);
  });

  it('says every problem in German too, shape problems included', () => {
    const raw = validRaw();
    raw.events.push({ ...raw.events[0]!, id: 'broken', status: 'rumoured' });
    raw.events[0]!.place = 'atlantis';
    const german = validateDataset(raw).problems.map((problem) => describeProblem(problem, 'de'));
    expect(german).toEqual([
      'geodata/events.json › Ereignis „broken“ › status: Ungültige Option: erwartet eine von "occurred"|"announced"',
      'geodata/events.json › Ereignis „idlib-airstrike“ › place: unbekannte Orts-ID „atlantis“',
      'geodata/events.json: Artikel „a1“ hat keine Ereignisse; jeder Artikel muss mindestens eines berichten',
    ]);
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
    expect(result.problems.map((problem) => describeProblem(problem))).toContain(
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

  describe('precision rules', () => {
    type Source = { article: string; quote: string; fatalities?: number };
    /** The fixture event as an undated statement of the day before publication. */
    function undatedStatement(raw: ReturnType<typeof validRaw>) {
      const event = raw.events[0]!;
      event.fatalities = undefined;
      event.sources = [
        { article: 'a1', quote: 'bei einem Luftangriff in Idlib mindestens 33 türkische Soldaten' },
      ] satisfies Source[];
      return event;
    }

    it('requires a quote that names the day for "day" precision', () => {
      const raw = validRaw();
      undatedStatement(raw);
      expect(messages(raw)).toEqual([
        expect.stringMatching(
          /^geodata\/events\.json › event "idlib-airstrike" › date\.precision: "day" needs a quote that names the day/,
        ),
      ]);
    });

    it('requires the day to be one of the weekdays the quotes name', () => {
      const raw = validRaw();
      raw.events[0]!.date = { start: '2020-02-26', end: '2020-02-26', precision: 'day' };
      expect(messages(raw)).toEqual([
        'geodata/events.json › event "idlib-airstrike" › date.start: 2020-02-26 is a Wednesday, but the quotes name "donnerstag"',
      ]);
    });

    it('recognises the ways a sentence names a day', () => {
      for (const text of [
        'Am Donnerstagabend waren',
        'Vor zwei Tagen brachen die USA',
        'Zwei Tage nach dem Abbruch',
        'teilte der Kreml heute mit',
        'sagte er am 5. Oktober',
        'on 5 October',
      ]) {
        expect(namesADay(text), text).toBe(true);
      }
      for (const text of [
        'seit Tagen',
        'in den kommenden Tagen',
        'Bald sollen die Angriffe',
        'Rund 200.000 Menschen',
        'Die Schlacht um Aleppo band rund 30.000 Soldaten',
      ]) {
        expect(namesADay(text), text).toBe(false);
      }
    });

    it('dates undated news from the day before publication to the last possible publication day', () => {
      const raw = validRaw();
      const event = undatedStatement(raw);
      const date = {
        start: '2020-02-27',
        end: '2020-02-28',
        precision: 'days',
        basis: 'publication',
      };
      event.date = date;
      expect(messages(raw)).toEqual([]);

      event.date = { ...date, start: '2020-02-26' };
      expect(messages(raw)).toEqual([
        'geodata/events.json › event "idlib-airstrike" › date: basis "publication" means the day before publication up to the last possible publication day: 2020-02-27 to 2020-02-28 for "a1"',
      ]);

      // An article known to two days widens the window to its last day.
      raw.articles[0]!.publishedEnd = '2020-02-29';
      raw.articles[0]!.publishedPrecision = 'days';
      event.date = { ...date, end: '2020-02-29' };
      expect(messages(raw)).toEqual([]);
    });

    it('requires a reader-facing explanation for a date from outside knowledge, and only there', () => {
      const raw = validRaw();
      const date = raw.events[0]!.date as Record<string, unknown>;
      date.basis = 'outside-knowledge';
      expect(messages(raw)).toEqual([
        expect.stringMatching(
          /^geodata\/events\.json › event "idlib-airstrike" › date\.explanation: is required with basis "outside-knowledge"/,
        ),
      ]);
      date.explanation = { de: 'Aus anderen Quellen.', en: 'From other sources.' };
      expect(messages(raw)).toEqual([]);
      date.basis = 'text';
      expect(messages(raw)).toEqual([
        'geodata/events.json › event "idlib-airstrike" › date.explanation: only goes with basis "outside-knowledge"',
      ]);
    });

    it('requires the text’s words for a vague bound, and only there', () => {
      const raw = validRaw();
      undatedStatement(raw);
      const date = { start: '2020-02-28', end: '2020-03-28', precision: 'month' };
      raw.events[0]!.date = { ...date, vague: 'end' };
      expect(messages(raw)).toEqual([
        expect.stringMatching(
          /^geodata\/events\.json › event "idlib-airstrike" › date\.words: is required with "vague"/,
        ),
      ]);
      const words = { de: 'bald nach dem 28. Februar 2020', en: 'soon after 28 February 2020' };
      raw.events[0]!.date = { ...date, vague: 'end', words };
      expect(messages(raw)).toEqual([]);
      raw.events[0]!.date = { ...date, words };
      expect(messages(raw)).toEqual([
        expect.stringMatching(/› date\.words: only goes with "vague"/),
      ]);
    });

    it('does not let a one-day date be vague', () => {
      const raw = validRaw();
      const words = { de: 'am Donnerstagabend', en: 'on Thursday evening' };
      const date = { start: '2020-02-27', end: '2020-02-27', precision: 'day' };
      raw.events[0]!.date = { ...date, vague: 'both', words };
      expect(messages(raw)).toEqual([
        'geodata/events.json › event "idlib-airstrike" › date.vague: a one-day date has no open bound; widen the interval or drop "vague"',
      ]);
    });

    it('keeps weekdays out of titles', () => {
      const raw = validRaw();
      raw.events[0]!.title = { de: 'Luftangriff am Donnerstag', en: 'Airstrike on Thursday' };
      expect(messages(raw)).toEqual([
        expect.stringMatching(
          /^geodata\/events\.json › event "idlib-airstrike" › title\.de: names a weekday \("donnerstag"\)/,
        ),
        expect.stringMatching(/› title\.en: names a weekday \("thursday"\)/),
      ]);
    });

    it('requires publishedEnd for a publication known only to a few days', () => {
      const raw = validRaw();
      raw.articles[0]!.publishedPrecision = 'days';
      expect(messages(raw)).toEqual([
        'geodata/articles.json › article "a1" › publishedPrecision: "days" does not fit a publication known to 1 day(s) (2–20 expected); give the last possible day as publishedEnd',
      ]);
      raw.articles[0]!.publishedEnd = '2020-02-27';
      expect(messages(raw)).toEqual([
        'geodata/articles.json › article "a1" › publishedEnd: (2020-02-27) is before published (2020-02-28)',
      ]);
      raw.articles[0]!.publishedEnd = '2020-02-29';
      expect(messages(raw)).toEqual([]);
      raw.articles[0]!.publishedPrecision = 'day';
      expect(messages(raw)).toEqual([
        expect.stringMatching(
          /› publishedPrecision: "day" does not fit a publication known to 2 day\(s\)/,
        ),
      ]);
    });
  });
});
