import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventPlace, MapEvent } from '../events/event';
import { parseIsoDay } from '../time/days';
import { EVENT_CSV_COLUMNS, eventsToCsv, rejectedRowsToCsv } from './csv-export';
import { neutraliseFormula, quoteCell } from './csv-text';
import type { ExportLookups } from './export-lookups';
import { rejectRow } from './rejected-rows';

const PLACE: EventPlace = {
  id: 'acled-x:k1',
  name: { de: 'Aleppo – Bustan al-Qasr', en: 'Aleppo - Bustan al-Qasr' },
  coordinates: [-70.25, -33.5],
  precision: 'near',
  admin: 'Aleppo › Jebel Saman',
  country: 'SY',
};

const EVENT: MapEvent = {
  id: 'acled-x:SYR1',
  dataset: 'acled-x',
  localId: 'SYR1',
  date: { start: parseIsoDay('2016-10-03')!, end: parseIsoDay('2016-10-09')!, precision: 'week' },
  status: 'occurred',
  category: 'battle',
  sourceType: 'Battles › Armed clash',
  title: { de: 'Gefechte, „schwer“', en: 'Clashes, "heavy"' },
  place: 'acled-x:k1',
  actors: ['turkey', 'Opposition Rebels (Syria)'],
  fatalities: { min: 3, max: 5, best: 4 },
  notes: 'Line one,\nline two; <b>bold</b>',
  sources: [
    { publisher: 'SOHR', headline: 'Clashes' },
    { article: 'a1', quote: 'Am Donnerstag' },
  ],
};

const LOOKUPS: ExportLookups = {
  place: (id) => (id === PLACE.id ? PLACE : undefined),
  actorNames: { turkey: { de: 'Türkei', en: 'Turkey' } },
};

function parse(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

describe('eventsToCsv', () => {
  it('writes a BOM, the header and one CRLF-ended row per event', () => {
    const text = eventsToCsv([EVENT, { ...EVENT, id: 'acled-x:SYR2', localId: 'SYR2' }], LOOKUPS);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${EVENT_CSV_COLUMNS.join(',')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text).map((row) => row.local_id)).toEqual(['SYR1', 'SYR2']);
  });

  it('writes every field, quoting as RFC 4180 says', () => {
    const [row] = parse(eventsToCsv([EVENT], LOOKUPS, 'de'));
    expect(row).toEqual({
      id: 'acled-x:SYR1',
      dataset: 'acled-x',
      local_id: 'SYR1',
      date_start: '2016-10-03',
      date_end: '2016-10-09',
      date_precision: 'week',
      date_vague: '',
      status: 'occurred',
      category: 'battle',
      source_type: 'Battles › Armed clash',
      title_de: 'Gefechte, „schwer“',
      title_en: 'Clashes, "heavy"',
      place_id: 'acled-x:k1',
      place_name: 'Aleppo – Bustan al-Qasr',
      place_precision: 'near',
      longitude: '-70.25',
      latitude: '-33.5',
      admin: 'Aleppo › Jebel Saman',
      country: 'SY',
      actors: 'Türkei; Opposition Rebels (Syria)',
      fatalities_min: '3',
      fatalities_max: '5',
      fatalities_best: '4',
      notes: 'Line one,\nline two; <b>bold</b>',
      sources: 'SOHR – Clashes; a1 – “Am Donnerstag”',
    });
    expect(eventsToCsv([EVENT], LOOKUPS)).toContain('"Clashes, ""heavy"""');
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const hostile: MapEvent = {
      ...EVENT,
      localId: '-SYR1',
      title: { de: '=HYPERLINK("http://evil.example","klick")', en: '+1+1' },
      notes: '@SUM(A1:A9)',
      sourceType: '\tTab',
      actors: ['\rCR', '-3 killed'],
      sources: [{ publisher: '=cmd|"/c calc"!A1' }],
    };
    const [row] = parse(eventsToCsv([hostile], LOOKUPS));
    expect(row).toMatchObject({
      local_id: "'-SYR1",
      title_de: `'=HYPERLINK("http://evil.example","klick")`,
      title_en: "'+1+1",
      notes: "'@SUM(A1:A9)",
      source_type: "'\tTab",
      // Only a cell's start matters: the second actor is inside the cell.
      actors: "'\rCR; -3 killed",
      sources: `'=cmd|"/c calc"!A1`,
      // Numbers are numbers: a negative coordinate stays as it is.
      longitude: '-70.25',
      latitude: '-33.5',
    });
  });

  it('leaves cells of an unknown place empty, and names actors by key without a name', () => {
    const [row] = parse(eventsToCsv([{ ...EVENT, place: 'gone' }], { ...LOOKUPS, actorNames: {} }));
    expect(row).toMatchObject({
      place_id: 'gone',
      place_name: '',
      longitude: '',
      actors: 'turkey; Opposition Rebels (Syria)',
    });
  });
});

describe('csv cells', () => {
  it('quotes only where needed and doubles quotes', () => {
    expect(quoteCell('plain text')).toBe('plain text');
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCell('cr\r')).toBe('"cr\r"');
  });

  it('prefixes an apostrophe to = + - @ tab and CR at the start, nothing else', () => {
    for (const text of ['=1', '+1', '-1', '@a', '\tx', '\rx']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['1=1', 'a-b', ' =1', '', "'=1"]) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('rejectedRowsToCsv', () => {
  it('writes the report with reasons in both languages, neutralising hostile values', () => {
    const rejected = [
      rejectRow(
        3,
        { de: 'kein gültiges Datum: „x“', en: 'not a valid date: "x"' },
        'event_date',
        'x',
      ),
      rejectRow(9, { de: 'zu lang', en: 'too long' }, 'notes', '=2+5'),
      rejectRow(12, { de: 'Zeile kaputt', en: 'broken row' }),
    ];
    expect(parse(rejectedRowsToCsv(rejected))).toEqual([
      {
        row: '3',
        column: 'event_date',
        value: 'x',
        reason_de: 'kein gültiges Datum: „x“',
        reason_en: 'not a valid date: "x"',
      },
      { row: '9', column: 'notes', value: "'=2+5", reason_de: 'zu lang', reason_en: 'too long' },
      { row: '12', column: '', value: '', reason_de: 'Zeile kaputt', reason_en: 'broken row' },
    ]);
  });

  it('says how many rejections the list leaves out', () => {
    const rows = parse(rejectedRowsToCsv([rejectRow(2, { de: 'd', en: 'e' })], 12_345));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      row: '',
      reason_de: '… und 12344 weitere abgelehnte Zeilen, hier nicht aufgeführt',
      reason_en: '… and 12344 more rejected rows, not listed here',
    });
  });

  it('cuts long values to 80 characters', () => {
    const row = rejectRow(2, { de: 'd', en: 'e' }, 'notes', 'x'.repeat(500));
    expect(row.value).toHaveLength(80);
    expect(row.value?.endsWith('…')).toBe(true);
  });
});
