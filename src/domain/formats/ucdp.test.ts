import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../events/event';
import { formatIsoDay } from '../time/days';
import ucdpSyria from './fixtures/ucdp-syria.csv?raw';
import { csvOf, importCsvText, UCDP_HEADER, ucdpRow, type WholeImport } from './test-csv';

function imported(result: WholeImport) {
  if ('error' in result) throw new Error(result.error.en);
  return result;
}

function dates(event: MapEvent | undefined) {
  return (
    event && {
      start: formatIsoDay(event.date.start),
      end: formatIsoDay(event.date.end),
      precision: event.date.precision,
    }
  );
}

function oneRow(overrides: Record<string, string>) {
  const result = imported(importCsvText(csvOf(UCDP_HEADER, [ucdpRow(overrides)]), 'ucdp-x'));
  return { event: result.events[0], rejected: result.summary.rejected[0], result };
}

describe('UCDP GED CSV: a realistic file', () => {
  const result = imported(importCsvText(ucdpSyria, 'ucdp-0000abcd'));
  const [clash, nonState, oneSided, atSea, wholeYear] = result.events;

  it('reads every row', () => {
    expect(result.summary).toMatchObject({
      format: 'ucdp',
      formatLabel: 'UCDP GED CSV',
      rowsRead: 5,
      accepted: 5,
      rejectedCount: 0,
    });
    expect(result.events.map((event) => event.id)).toEqual(
      ['300001', '300002', '300003', '300004', '300005'].map((id) => `ucdp-0000abcd:${id}`),
    );
  });

  it('maps the whole of a row', () => {
    expect(clash).toEqual({
      id: 'ucdp-0000abcd:300001',
      dataset: 'ucdp-0000abcd',
      localId: '300001',
      date: clash!.date,
      status: 'occurred',
      category: 'battle',
      sourceType: 'State-based conflict',
      place: clash!.place,
      actors: ['Government of Syria', 'Syrian insurgents'],
      fatalities: { min: 8, max: 10, best: 8 },
      sources: [
        {
          publisher: 'Reuters,2016-10-06,Fighting in eastern Aleppo',
          headline: 'Syrian army advances in eastern Aleppo',
        },
      ],
    });
    expect(dates(clash)).toEqual({ start: '2016-10-05', end: '2016-10-05', precision: 'day' });
    expect(result.places[0]).toEqual({
      id: clash!.place,
      name: { de: 'Aleppo town', en: 'Aleppo town' },
      coordinates: [37.1343, 36.2021],
      precision: 'point',
      admin: 'Aleppo governorate › Jebel Saman district',
      country: 'SY',
    });
  });

  it('takes the interval as given, with its precision', () => {
    expect(dates(nonState)).toEqual({ start: '2016-10-10', end: '2016-10-13', precision: 'days' });
    expect(dates(oneSided)).toEqual({ start: '2016-10-01', end: '2016-10-31', precision: 'month' });
    expect(dates(atSea)).toEqual({ start: '2016-10-16', end: '2016-10-22', precision: 'week' });
    expect(dates(wholeYear)).toEqual({ start: '2016-01-01', end: '2016-12-31', precision: 'year' });
  });

  it('maps the types of violence and where-precisions', () => {
    expect(result.events.map((event) => [event.category, event.sourceType])).toEqual([
      ['battle', 'State-based conflict'],
      ['battle', 'Non-state conflict'],
      ['violence-against-civilians', 'One-sided violence'],
      ['battle', 'State-based conflict'],
      ['battle', 'State-based conflict'],
    ]);
    expect(result.places.map((place) => place.precision)).toEqual([
      'point',
      'province',
      'district',
      'water',
      'country',
    ]);
  });

  it('leaves out empty source fields and empty fatality figures', () => {
    expect(oneSided?.sources).toEqual([{ publisher: 'SOHR 2016-11-02' }]);
    expect(atSea?.sources).toEqual([]);
    expect(wholeYear?.fatalities).toBeUndefined();
    expect(nonState?.fatalities).toEqual({ min: 15, max: 31, best: 20 });
  });

  it('reads the same from a semicolon file with a BOM and CRLF line ends', () => {
    const rows = [ucdpRow(), ucdpRow({ id: '200002', source_headline: 'Kämpfe; „schwer“' })];
    const semicolons = `\uFEFF${csvOf(UCDP_HEADER, rows, { delimiter: ';', newline: '\r\n' })}`;
    const german = imported(importCsvText(semicolons, 'ucdp-x'));
    expect(german.summary.rejected).toEqual([]);
    expect(german.events).toEqual(
      imported(importCsvText(csvOf(UCDP_HEADER, rows), 'ucdp-x')).events,
    );
    expect(german.events[1]?.sources[0]?.headline).toBe('Kämpfe; „schwer“');
  });

  it('names a place by where_coordinates, else adm_2, else adm_1', () => {
    expect(oneRow({ where_coordinates: '' }).result.places[0]?.name.en).toBe(
      'Jebel Saman district',
    );
    expect(oneRow({ where_coordinates: '', adm_2: '' }).result.places[0]).toMatchObject({
      name: { en: 'Aleppo governorate' },
      admin: 'Aleppo governorate',
    });
  });
});

describe('UCDP GED CSV: rejected rows', () => {
  const cases: [Record<string, string>, string, string, string][] = [
    [{ id: '' }, 'id', '', 'id is empty'],
    [{ date_start: '2016-02-30' }, 'date_start', '2016-02-30', 'not a valid date: "2016-02-30"'],
    [{ date_end: 'soon' }, 'date_end', 'soon', 'not a valid date: "soon"'],
    [
      { date_end: '2016-10-01 00:00:00.000' },
      'date_end',
      '2016-10-01 00:00:00.000',
      'the end ("2016-10-01") is before the start ("2016-10-05")',
    ],
    [{ date_prec: '6' }, 'date_prec', '6', 'unknown date_prec code "6" (allowed: 1, 2, 3, 4, 5)'],
    [
      { where_prec: '8' },
      'where_prec',
      '8',
      'unknown where_prec code "8" (allowed: 1, 2, 3, 4, 5, 6, 7)',
    ],
    [
      { type_of_violence: '4' },
      'type_of_violence',
      '4',
      'unknown type_of_violence code "4" (allowed: 1, 2, 3)',
    ],
    [{ latitude: '' }, 'latitude', '', 'latitude is empty'],
    [{ longitude: '-181' }, 'longitude', '-181', 'longitude "-181" is not between -180 and 180'],
    [{ best: '-2' }, 'best', '-2', 'best must be a whole number of at least 0, not "-2"'],
    [{ low: '9' }, 'low', '9', 'low (9) is greater than best (8)'],
    [{ high: '7' }, 'best', '8', 'best (8) is greater than high (7)'],
    [{ best: '', low: '12' }, 'low', '12', 'low (12) is greater than high (10)'],
  ];

  for (const [overrides, column, value, reason] of cases) {
    it(`rejects ${JSON.stringify(overrides)}`, () => {
      const { rejected, result } = oneRow(overrides);
      expect(result.events).toEqual([]);
      expect(rejected).toMatchObject({ row: 2, column, value, reason: { en: reason } });
    });
  }

  it('rejects a repeated id, naming the first row', () => {
    const text = csvOf(UCDP_HEADER, [ucdpRow(), ucdpRow({ best: '9' }), ucdpRow()]);
    const result = imported(importCsvText(text));
    expect(result.summary.rejected.map((entry) => [entry.row, entry.reason.en])).toEqual([
      [3, 'duplicate id "200001", first seen in row 2'],
      [4, 'duplicate id "200001", first seen in row 2'],
    ]);
  });

  it('accepts dates with a T time part and a lone best figure', () => {
    const { event } = oneRow({
      date_start: '2016-10-05T00:00:00',
      date_end: '2016-10-06T23:59:59Z',
      date_prec: '2',
      low: '',
      high: '',
    });
    expect(dates(event)).toEqual({ start: '2016-10-05', end: '2016-10-06', precision: 'days' });
    expect(event?.fatalities).toEqual({ min: 8, max: 8, best: 8 });
  });
});
