import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../events/event';
import { formatIsoDay } from '../time/days';
import acledSyria from './fixtures/acled-syria.csv?raw';
import acledBadRows from './fixtures/acled-bad-rows.csv?raw';
import { ACLED_HEADER, acledRow, csvOf, importCsvText, type WholeImport } from './test-csv';

function imported(result: WholeImport) {
  if ('error' in result) throw new Error(result.error.en);
  return result;
}

function byId(events: MapEvent[], localId: string): MapEvent {
  const event = events.find((candidate) => candidate.localId === localId);
  if (!event) throw new Error(`no event ${localId}`);
  return event;
}

function dates(event: MapEvent) {
  return {
    start: formatIsoDay(event.date.start),
    end: formatIsoDay(event.date.end),
    precision: event.date.precision,
  };
}

/** One row on the valid defaults, imported: the event, or the rejection. */
function oneRow(overrides: Record<string, string>) {
  const result = imported(importCsvText(csvOf(ACLED_HEADER, [acledRow(overrides)]), 'acled-x'));
  return { event: result.events[0], rejected: result.summary.rejected[0], result };
}

describe('ACLED CSV: a realistic file', () => {
  const result = imported(importCsvText(acledSyria, 'acled-1a2b3c4d'));

  it('reads every row into an event, qualified into the dataset', () => {
    expect(result.summary).toMatchObject({
      format: 'acled',
      formatLabel: 'ACLED CSV',
      rowsRead: 7,
      accepted: 7,
      rejectedCount: 0,
    });
    expect(result.events.map((event) => event.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `acled-1a2b3c4d:SYR9000${n}`),
    );
    const first = byId(result.events, 'SYR90001');
    expect(first).toMatchObject({ dataset: 'acled-1a2b3c4d', status: 'occurred' });
    // Imported events are named by their type and place in the views.
    expect('title' in first).toBe(false);
  });

  it('maps the whole of a row', () => {
    const event = byId(result.events, 'SYR90001');
    expect(dates(event)).toEqual({ start: '2016-10-05', end: '2016-10-05', precision: 'day' });
    expect(event).toMatchObject({
      category: 'battle',
      sourceType: 'Battles › Armed clash',
      actors: [
        'Military Forces of Syria (2000-2024)',
        'Opposition Rebels (Syria)',
        'Jaish al-Fatah',
      ],
      fatalities: { min: 4, max: 4 },
      notes:
        'On 5 October 2016, regime forces and rebels clashed in Bustan al-Qasr, Aleppo city. 4 fighters were killed.',
      sources: [{ publisher: 'SOHR' }],
    });
    const place = result.places.find((candidate) => candidate.id === event.place);
    expect(place).toEqual({
      id: event.place,
      name: { de: 'Aleppo - Bustan al-Qasr', en: 'Aleppo - Bustan al-Qasr' },
      coordinates: [37.1382, 36.1921],
      precision: 'point',
      admin: 'Aleppo › Jebel Saman › Aleppo',
      country: 'SY',
    });
    expect(event.place).toMatch(/^acled-1a2b3c4d:[0-9a-z]+$/);
  });

  it('spreads time precision 2 over a week around the date and 3 over its month', () => {
    expect(dates(byId(result.events, 'SYR90002'))).toEqual({
      start: '2016-10-03',
      end: '2016-10-09',
      precision: 'week',
    });
    expect(dates(byId(result.events, 'SYR90003'))).toEqual({
      start: '2016-10-01',
      end: '2016-10-31',
      precision: 'month',
    });
  });

  it('maps event and sub-event types to our categories', () => {
    const categories = Object.fromEntries(
      result.events.map((event) => [event.localId, event.category]),
    );
    expect(categories).toEqual({
      SYR90001: 'battle',
      SYR90002: 'remote-violence',
      SYR90003: 'violence-against-civilians',
      SYR90004: 'territorial-change',
      SYR90005: 'diplomacy',
      SYR90006: 'protest',
      SYR90007: 'territorial-change',
    });
  });

  it('splits associated actors on semicolons, and keeps a quoted comma in a field', () => {
    expect(byId(result.events, 'SYR90003').actors).toEqual([
      'Islamic State (Syria)',
      'Civilians (Syria)',
      'Farmers (Syria)',
      'Shepherds (Syria)',
    ]);
    expect(byId(result.events, 'SYR90004').sources).toEqual([
      { publisher: 'Syrian Arab News Agency, SANA' },
    ]);
  });

  it('keeps a note across lines, escaped quotes and markup verbatim as text', () => {
    expect(byId(result.events, 'SYR90002').notes).toBe(
      "Around 6 October 2016 (week of), Russian warplanes struck a market in Maarrat an Nu'man.\n" +
        'Reports differ on the number of dead; the lowest figure is coded.',
    );
    expect(byId(result.events, 'SYR90004').notes).toBe(
      'Regime forces regained control of parts of Bustan al-Qasr. "Several" fighters were killed; <script>alert(1)</script> is kept as text.',
    );
  });

  it('gives no fatalities for an empty field, and zero for 0', () => {
    expect(byId(result.events, 'SYR90005').fatalities).toBeUndefined();
    expect(byId(result.events, 'SYR90006').fatalities).toEqual({ min: 0, max: 0 });
  });

  it('shares one place among rows at the same location, and keeps different ones apart', () => {
    expect(byId(result.events, 'SYR90004').place).toBe(byId(result.events, 'SYR90001').place);
    expect(result.places).toHaveLength(6);
    expect(new Set(result.places.map((place) => place.id)).size).toBe(6);
    const regional = result.places.find((place) => place.name.en === 'Deir ez-Zor');
    expect(regional?.precision).toBe('region');
    const near = result.places.find((place) => place.name.en === 'Tabqa');
    expect(near?.precision).toBe('near');
  });

  it('gives the same ids for the same file, whatever the chunk size', () => {
    const again = imported(importCsvText(acledSyria, 'acled-1a2b3c4d', { chunkSize: 7 }));
    expect(again.events).toEqual(result.events);
    expect(again.places).toEqual(result.places);
  });
});

describe('ACLED CSV: rejected rows', () => {
  const result = imported(importCsvText(acledBadRows, 'acled-bad'));
  const byRow = new Map(result.summary.rejected.map((entry) => [entry.row, entry]));

  it('keeps every good row and rejects each bad one, once', () => {
    expect(result.events.map((event) => event.localId)).toEqual([
      'SYR91001',
      'SYR91014',
      'SYR91016',
    ]);
    expect(result.summary.rowsRead).toBe(16);
    expect(result.summary.accepted).toBe(3);
    expect(result.summary.rejectedCount).toBe(13);
    expect([...byRow.keys()]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]);
  });

  it('numbers rows as a spreadsheet does, a record across lines counting once', () => {
    // Row 2 spans three lines of the file, row 15 two: the numbers stay the records' own.
    expect(byRow.get(3)?.value).toBe('31 February 2016');
    expect(byRow.get(16)?.reason.en).toBe('the row has 26 fields, the header 25');
  });

  it('names the column, quotes the value and says why, in both languages', () => {
    expect(byRow.get(3)).toEqual({
      row: 3,
      column: 'event_date',
      value: '31 February 2016',
      reason: {
        de: 'kein gültiges Datum: „31 February 2016“',
        en: 'not a valid date: "31 February 2016"',
      },
    });
    const expected: [number, string, string, string][] = [
      [4, 'event_date', '2016-13-01', 'not a valid date: "2016-13-01"'],
      [5, 'time_precision', '4', 'unknown time_precision code "4" (allowed: 1, 2, 3)'],
      [6, 'latitude', '', 'latitude is empty'],
      [7, 'latitude', '95.5', 'latitude "95.5" is not between -90 and 90'],
      [8, 'longitude', 'abc', 'longitude is not a number: "abc"'],
      [9, 'geo_precision', '0', 'unknown geo_precision code "0" (allowed: 1, 2, 3)'],
      [10, 'fatalities', '-3', 'fatalities must be a whole number of at least 0, not "-3"'],
      [11, 'fatalities', '2.5', 'fatalities must be a whole number of at least 0, not "2.5"'],
      [12, 'event_type', 'Explosions', 'unknown event type "Explosions"'],
      [13, 'event_id_cnty', 'SYR91001', 'duplicate id "SYR91001", first seen in row 2'],
      [14, 'event_id_cnty', '', 'event_id_cnty is empty'],
    ];
    for (const [row, column, value, reason] of expected) {
      expect(byRow.get(row), `row ${row}`).toMatchObject({ column, value, reason: { en: reason } });
    }
    expect(byRow.get(13)?.reason.de).toBe('doppelte ID „SYR91001“, zuerst in Zeile 2');
  });

  it('leaves no place behind for a rejected row', () => {
    expect(result.places.map((place) => place.name.en)).toEqual([
      'Aleppo - Bustan al-Qasr',
      'Idleb',
    ]);
  });
});

describe('ACLED CSV: fields', () => {
  it("reads ACLED's long date form with one- or two-digit days, ISO, and German dd.mm.yyyy", () => {
    for (const [text, iso] of [
      ['05 October 2016', '2016-10-05'],
      ['5 October 2016', '2016-10-05'],
      ['5 Oct 2016', '2016-10-05'],
      ['05-October-2016', '2016-10-05'],
      ['29 February 2016', '2016-02-29'],
      ['2016-10-05', '2016-10-05'],
      ['05.10.2016', '2016-10-05'],
    ]) {
      const { event } = oneRow({ event_date: text! });
      expect(event && formatIsoDay(event.date.start), text).toBe(iso);
    }
  });

  it('rejects dates that do not exist or are not dates', () => {
    for (const text of [
      '29 February 2017',
      '31 April 2016',
      'October 2016',
      '10/05/2016',
      '5 Octember 2016',
    ]) {
      const { rejected } = oneRow({ event_date: text });
      expect(rejected, text).toMatchObject({ column: 'event_date', value: text });
    }
  });

  it('spreads a week across a month end', () => {
    const { event } = oneRow({ event_date: '30 December 2016', time_precision: '2' });
    expect(event && dates(event)).toEqual({
      start: '2016-12-27',
      end: '2017-01-02',
      precision: 'week',
    });
  });

  it('covers February of a leap year for a month-precise date', () => {
    const { event } = oneRow({ event_date: '15 February 2016', time_precision: '3' });
    expect(event && dates(event)).toMatchObject({ start: '2016-02-01', end: '2016-02-29' });
  });

  it('drops empty and repeated actors, and trims them', () => {
    const { event } = oneRow({
      actor1: ' Hezbollah ',
      assoc_actor_1: 'Hezbollah; ;Liwa al-Quds',
      actor2: '',
      assoc_actor_2: 'Liwa al-Quds',
    });
    expect(event?.actors).toEqual(['Hezbollah', 'Liwa al-Quds']);
  });

  it('maps the remaining categories and writes the source type as ACLED does', () => {
    const cases: [string, string, string][] = [
      ['Battles', 'Non-state actor overtakes territory', 'territorial-change'],
      ['Strategic developments', 'Displacement', 'displacement'],
      ['Strategic developments', 'Looting/property destruction', 'strategic-development'],
      ['Riots', 'Violent demonstration', 'protest'],
      ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'remote-violence'],
    ];
    for (const [type, sub, category] of cases) {
      const { event } = oneRow({ event_type: type, sub_event_type: sub });
      expect(event?.category, sub).toBe(category);
      expect(event?.sourceType).toBe(`${type} › ${sub}`);
    }
    expect(oneRow({ sub_event_type: '' }).event?.sourceType).toBe('Battles');
  });

  it('accepts negative coordinates and decimal commas, and rejects a longitude past 180', () => {
    expect(oneRow({ latitude: '-33,5', longitude: '-70.25' }).event).toBeDefined();
    const { result } = oneRow({ latitude: '-33,5', longitude: '-70.25' });
    expect(result.places[0]?.coordinates).toEqual([-70.25, -33.5]);
    expect(oneRow({ longitude: '180.5' }).rejected).toMatchObject({ column: 'longitude' });
  });

  it('names a place by its admin area, or its coordinates, where the location is empty', () => {
    expect(oneRow({ location: '' }).result.places[0]?.name.en).toBe('Aleppo');
    const bare = oneRow({ location: '', admin1: '', admin2: '', admin3: '' }).result;
    expect(bare.places[0]?.name.en).toBe('36.1921, 37.1382');
    expect(bare.places[0]?.admin).toBeUndefined();
  });

  it('leaves the country unknown unless its code or name is one it knows', () => {
    expect(oneRow({ iso: '', country: 'Turkey' }).result.places[0]?.country).toBe('TR');
    expect(oneRow({ iso: '999', country: 'Atlantis' }).result.places[0]?.country).toBeUndefined();
  });

  it('reads columns in any order and ignores extra ones', () => {
    const header = ['extra', ...[...ACLED_HEADER].reverse()];
    const result = imported(
      importCsvText(csvOf(header, [{ ...acledRow(), extra: 'ignored' }]), 'acled-x'),
    );
    expect(result.events[0]).toMatchObject({ localId: 'SYR1001', category: 'battle' });
  });

  it('reads a file with only the required columns', () => {
    const required = [
      'event_id_cnty',
      'event_date',
      'time_precision',
      'event_type',
      'latitude',
      'longitude',
      'geo_precision',
    ];
    const result = imported(importCsvText(csvOf(required, [acledRow()]), 'acled-x'));
    expect(result.events[0]).toMatchObject({ actors: [], sources: [], sourceType: 'Battles' });
    expect(result.events[0]?.fatalities).toBeUndefined();
    expect(result.places[0]?.name.en).toBe('36.1921, 37.1382');
  });
});
