import type { Precision } from '../data/schema';
import {
  qualifiedEventId,
  type EventDate,
  type EventSource,
  type GeoPrecision,
  type MapEvent,
} from '../events/event';
import { formatIsoDay } from '../time/days';
import { indexColumns, UCDP_OPTIONAL, UCDP_REQUIRED } from './columns';
import { countryCode } from './countries';
import {
  isFieldProblem,
  joinAdmin,
  memoize,
  parseDayWithTime,
  readCoordinates,
  readCount,
  uniqueNames,
  type FieldProblem,
} from './fields';
import type { RowMapper } from './mapped-row';
import { locationKey } from './place-registry';
import { countsOutOfOrder, emptyValue, endBeforeStart, notADate, unknownCode } from './reasons';
import { rejectRow } from './rejected-rows';

/**
 * UCDP's Georeferenced Event Dataset (GED) read into our events. Its codebook: `date_prec`
 * 1 = the day, 2 = 2–6 days, 3 = a week, 4 = a month, 5 = a year, always as the interval
 * date_start..date_end; `where_prec` 1 = exact place, 2 = near it, 3 = second-order
 * administrative area, 4 = first-order, 5 = larger than that, 6 = the country, 7 = water or
 * airspace.
 */

const COLUMNS = [...UCDP_REQUIRED, ...UCDP_OPTIONAL];
type UcdpColumn = (typeof COLUMNS)[number];

const DATE_PRECISION: Record<string, Precision> = {
  '1': 'day',
  '2': 'days',
  '3': 'week',
  '4': 'month',
  '5': 'year',
};

const WHERE_PRECISION: Record<string, GeoPrecision> = {
  '1': 'point',
  '2': 'near',
  '3': 'district',
  '4': 'province',
  '5': 'region',
  '6': 'country',
  '7': 'water',
};

const VIOLENCE_TYPES: Record<string, { category: MapEvent['category']; sourceType: string }> = {
  '1': { category: 'battle', sourceType: 'State-based conflict' },
  '2': { category: 'battle', sourceType: 'Non-state conflict' },
  '3': { category: 'violence-against-civilians', sourceType: 'One-sided violence' },
};

function code<T>(column: string, text: string, table: Record<string, T>): T | FieldProblem {
  const value = table[text];
  if (value !== undefined) return value;
  const reason =
    text === '' ? emptyValue(column) : unknownCode(column, text, Object.keys(table).join(', '));
  return { column, value: text, reason };
}

function readDay(
  column: string,
  text: string,
  parseDay: (text: string) => number | null,
): number | FieldProblem {
  if (text === '') return { column, value: text, reason: emptyValue(column) };
  const day = parseDay(text);
  return day === null ? { column, value: text, reason: notADate(text) } : day;
}

function readDate(
  startText: string,
  endText: string,
  precisionText: string,
  parseDay: (text: string) => number | null,
): EventDate | FieldProblem {
  const start = readDay('date_start', startText, parseDay);
  if (isFieldProblem(start)) return start;
  const end = readDay('date_end', endText, parseDay);
  if (isFieldProblem(end)) return end;
  if (end < start) {
    return {
      column: 'date_end',
      value: endText,
      reason: endBeforeStart(formatIsoDay(start), formatIsoDay(end)),
    };
  }
  const precision = code('date_prec', precisionText, DATE_PRECISION);
  if (isFieldProblem(precision)) return precision;
  return { start, end, precision };
}

type Counts = { low?: number; best?: number; high?: number };

function readFatalities(
  get: (column: UcdpColumn) => string,
): MapEvent['fatalities'] | FieldProblem {
  const counts: Counts = {};
  for (const column of ['low', 'best', 'high'] as const) {
    const count = readCount(column, get(column));
    if (isFieldProblem(count)) return count;
    if (count !== undefined) counts[column] = count;
  }
  const { low, best, high } = counts;
  const order: [keyof Counts, number | undefined, keyof Counts, number | undefined][] = [
    ['low', low, 'best', best],
    ['best', best, 'high', high],
    ['low', low, 'high', high],
  ];
  for (const [lower, lowerValue, upper, upperValue] of order) {
    if (lowerValue !== undefined && upperValue !== undefined && lowerValue > upperValue) {
      return {
        column: lower,
        value: String(lowerValue),
        reason: countsOutOfOrder(lower, lowerValue, upper, upperValue),
      };
    }
  }
  const min = low ?? best ?? high;
  const max = high ?? best ?? low;
  if (min === undefined || max === undefined) return undefined;
  return best === undefined ? { min, max } : { min, max, best };
}

export function createUcdpMapper(header: readonly string[], datasetId: string): RowMapper {
  const index = indexColumns(header, COLUMNS);
  const parseDay = memoize(parseDayWithTime);

  return (fields, row) => {
    const get = (column: UcdpColumn): string => {
      const at = index[column];
      return at < 0 ? '' : (fields[at] ?? '').trim();
    };
    const reject = (problem: FieldProblem) =>
      rejectRow(row, problem.reason, problem.column, problem.value);

    const localId = get('id');
    if (localId === '') return rejectRow(row, emptyValue('id'), 'id', '');

    const date = readDate(get('date_start'), get('date_end'), get('date_prec'), parseDay);
    if (isFieldProblem(date)) return reject(date);

    const violence = code('type_of_violence', get('type_of_violence'), VIOLENCE_TYPES);
    if (isFieldProblem(violence)) return reject(violence);

    const coordinates = readCoordinates(
      { column: 'latitude', text: get('latitude') },
      { column: 'longitude', text: get('longitude') },
    );
    if (isFieldProblem(coordinates)) return reject(coordinates);

    const precision = code('where_prec', get('where_prec'), WHERE_PRECISION);
    if (isFieldProblem(precision)) return reject(precision);

    const fatalities = readFatalities(get);
    if (isFieldProblem(fatalities)) return reject(fatalities);

    const source: EventSource = {};
    const publisher = get('source_article');
    const headline = get('source_headline');
    if (publisher !== '') source.publisher = publisher;
    if (headline !== '') source.headline = headline;

    const event: MapEvent = {
      id: qualifiedEventId(datasetId, localId),
      dataset: datasetId,
      localId,
      date,
      status: 'occurred',
      category: violence.category,
      sourceType: violence.sourceType,
      place: '',
      actors: uniqueNames([get('side_a'), get('side_b')]),
      sources: publisher === '' && headline === '' ? [] : [source],
    };
    if (fatalities !== undefined) event.fatalities = fatalities;

    const name =
      get('where_coordinates') ||
      get('adm_2') ||
      get('adm_1') ||
      `${coordinates[1]}, ${coordinates[0]}`;
    const admin = joinAdmin([get('adm_1'), get('adm_2')]);
    const country = countryCode('', get('country'));
    return {
      event,
      place: {
        key: locationKey(name, coordinates, precision),
        name: { de: name, en: name },
        coordinates,
        precision,
        ...(admin !== undefined && { admin }),
        ...(country !== undefined && { country }),
      },
    };
  };
}
