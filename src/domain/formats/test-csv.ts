import type { Localized } from '../data/dataset';
import type { EventPlace, MapEvent } from '../events/event';
import { startCsvImport } from './csv-import';
import { detectFormat } from './detect';
import type { ImportSummary } from './row-importer';

/** Helpers for the importers' unit tests: CSV text from rows, and the whole pipeline on it. */

export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'iso',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'timestamp',
];

/** A valid ACLED row (invented, shaped like the real thing), changed by `overrides`. */
export function acledRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    event_id_cnty: 'SYR1001',
    event_date: '05 October 2016',
    year: '2016',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Syria (2000-2024)',
    assoc_actor_1: '',
    actor2: 'Opposition Rebels (Syria)',
    assoc_actor_2: '',
    iso: '760',
    country: 'Syria',
    admin1: 'Aleppo',
    admin2: 'Jebel Saman',
    admin3: 'Aleppo',
    location: 'Aleppo - Bustan al-Qasr',
    latitude: '36.1921',
    longitude: '37.1382',
    geo_precision: '1',
    source: 'SOHR',
    source_scale: 'National',
    notes: 'Regime forces and rebels clashed in Bustan al-Qasr.',
    fatalities: '4',
    timestamp: '1700000000',
    ...overrides,
  };
}

export const UCDP_HEADER = [
  'id',
  'relid',
  'year',
  'type_of_violence',
  'conflict_name',
  'side_a',
  'side_b',
  'source_article',
  'source_headline',
  'where_prec',
  'where_coordinates',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'best',
  'high',
  'low',
];

export function ucdpRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id: '200001',
    relid: 'SYR-2016-1-200001-1',
    year: '2016',
    type_of_violence: '1',
    conflict_name: 'Syria: Government',
    side_a: 'Government of Syria',
    side_b: 'Syrian insurgents',
    source_article: 'Reuters 2016-10-06',
    source_headline: 'Syrian army advances in Aleppo',
    where_prec: '1',
    where_coordinates: 'Aleppo town',
    adm_1: 'Aleppo governorate',
    adm_2: 'Jebel Saman district',
    latitude: '36.2021',
    longitude: '37.1343',
    country: 'Syria',
    date_prec: '1',
    date_start: '2016-10-05 00:00:00.000',
    date_end: '2016-10-05 00:00:00.000',
    best: '8',
    high: '10',
    low: '8',
    ...overrides,
  };
}

function quoted(value: string, delimiter: string): string {
  return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function csvOf(
  header: readonly string[],
  rows: readonly Record<string, string>[],
  { delimiter = ',', newline = '\n' } = {},
): string {
  const line = (values: readonly string[]) =>
    values.map((value) => quoted(value, delimiter)).join(delimiter);
  return [line(header), ...rows.map((row) => line(header.map((column) => row[column] ?? '')))]
    .map((text) => text + newline)
    .join('');
}

export type WholeImport =
  { events: MapEvent[]; places: EventPlace[]; summary: ImportSummary } | { error: Localized };

/**
 * What the worker does, on a string: detect from the head, then feed the text in pieces of
 * `chunkSize` characters (the result must not depend on where the pieces break).
 */
export function importCsvText(
  text: string,
  datasetId = 'test',
  { chunkSize = 64 * 1024, rejectedLimit }: { chunkSize?: number; rejectedLimit?: number } = {},
): WholeImport {
  const detected = detectFormat(text.slice(0, 64 * 1024));
  if ('error' in detected) return detected;
  if (detected.format === 'geojson') throw new Error('not a CSV');
  const run = startCsvImport(detected, datasetId, { rejectedLimit });
  const events: MapEvent[] = [];
  for (let at = 0; at < text.length; at += chunkSize) {
    const pushed = run.push(text.slice(at, at + chunkSize));
    if ('error' in pushed) return pushed;
    events.push(...pushed);
  }
  const end = run.finish();
  if ('error' in end) return end;
  return { events: [...events, ...end.events], places: end.places, summary: end.summary };
}
