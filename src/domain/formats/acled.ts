import type { Category } from '../data/schema';
import {
  qualifiedEventId,
  type EventDate,
  type GeoPrecision,
  type MapEvent,
} from '../events/event';
import { dayFromParts, dayToParts, daysInMonth } from '../time/days';
import { ACLED_OPTIONAL, ACLED_REQUIRED, indexColumns } from './columns';
import { countryCode } from './countries';
import {
  isFieldProblem,
  joinAdmin,
  memoize,
  parseAcledDate,
  readCoordinates,
  readCount,
  uniqueNames,
  type FieldProblem,
} from './fields';
import type { RowMapper } from './mapped-row';
import { locationKey } from './place-registry';
import { emptyValue, notADate, unknownCode, unknownEventType } from './reasons';
import { rejectRow } from './rejected-rows';

/**
 * ACLED's export (one row per event) read into our events. ACLED's codebook: `time_precision`
 * 1 = the day is known, 2 = within about a week, 3 = only the month (coded to mid-month);
 * `geo_precision` 1 = the town, 2 = near it or part of a region, 3 = a larger region.
 */

const COLUMNS = [...ACLED_REQUIRED, ...ACLED_OPTIONAL];
type AcledColumn = (typeof COLUMNS)[number];

/** Keys are compared in lower case with single spaces, values written as ACLED writes them. */
const EVENT_TYPES: Record<string, Category> = {
  battles: 'battle',
  'explosions/remote violence': 'remote-violence',
  'violence against civilians': 'violence-against-civilians',
  'strategic developments': 'strategic-development',
  protests: 'protest',
  riots: 'protest',
};

/** Sub-event types that say more than their event type: `event type|sub-event type`. */
const SUB_EVENT_TYPES: Record<string, Category> = {
  'battles|government regains territory': 'territorial-change',
  'battles|non-state actor overtakes territory': 'territorial-change',
  'strategic developments|agreement': 'diplomacy',
  'strategic developments|non-violent transfer of territory': 'territorial-change',
  'strategic developments|displacement': 'displacement',
};

const GEO_PRECISION: Record<string, GeoPrecision> = { '1': 'point', '2': 'near', '3': 'region' };

function typeKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** `event type` and `sub-event type` joined by a NUL character, which neither contains. */
function categoryOf(types: string): Category | undefined {
  const [eventType = '', subEventType = ''] = types.split('\u0000');
  return (
    SUB_EVENT_TYPES[`${typeKey(eventType)}|${typeKey(subEventType)}`] ??
    EVENT_TYPES[typeKey(eventType)]
  );
}

function readDate(
  dateText: string,
  precisionText: string,
  parseDate: (text: string) => number | null,
): EventDate | FieldProblem {
  if (dateText === '') {
    return { column: 'event_date', value: dateText, reason: emptyValue('event_date') };
  }
  const day = parseDate(dateText);
  if (day === null) return { column: 'event_date', value: dateText, reason: notADate(dateText) };
  switch (precisionText) {
    case '1':
      return { start: day, end: day, precision: 'day' };
    case '2':
      return { start: day - 3, end: day + 3, precision: 'week' };
    case '3': {
      const { year, month } = dayToParts(day);
      const start = dayFromParts(year, month, 1);
      return { start, end: start + daysInMonth(year, month) - 1, precision: 'month' };
    }
    default:
      return {
        column: 'time_precision',
        value: precisionText,
        reason:
          precisionText === ''
            ? emptyValue('time_precision')
            : unknownCode('time_precision', precisionText, '1, 2, 3'),
      };
  }
}

export function createAcledMapper(header: readonly string[], datasetId: string): RowMapper {
  const index = indexColumns(header, COLUMNS);
  const parseDate = memoize(parseAcledDate);
  const category = memoize(categoryOf);

  return (fields, row) => {
    const get = (column: AcledColumn): string => {
      const at = index[column];
      return at < 0 ? '' : (fields[at] ?? '').trim();
    };
    const reject = (problem: FieldProblem) =>
      rejectRow(row, problem.reason, problem.column, problem.value);

    const localId = get('event_id_cnty');
    if (localId === '') return rejectRow(row, emptyValue('event_id_cnty'), 'event_id_cnty', '');

    const date = readDate(get('event_date'), get('time_precision'), parseDate);
    if (isFieldProblem(date)) return reject(date);

    const eventType = get('event_type');
    const subEventType = get('sub_event_type');
    const eventCategory = category(`${eventType}\u0000${subEventType}`);
    if (eventCategory === undefined) {
      return rejectRow(
        row,
        eventType === '' ? emptyValue('event_type') : unknownEventType(eventType),
        'event_type',
        eventType,
      );
    }

    const coordinates = readCoordinates(
      { column: 'latitude', text: get('latitude') },
      { column: 'longitude', text: get('longitude') },
    );
    if (isFieldProblem(coordinates)) return reject(coordinates);

    const geoPrecisionText = get('geo_precision');
    const precision = GEO_PRECISION[geoPrecisionText];
    if (precision === undefined) {
      return rejectRow(
        row,
        geoPrecisionText === ''
          ? emptyValue('geo_precision')
          : unknownCode('geo_precision', geoPrecisionText, '1, 2, 3'),
        'geo_precision',
        geoPrecisionText,
      );
    }

    const fatalities = readCount('fatalities', get('fatalities'));
    if (isFieldProblem(fatalities)) return reject(fatalities);

    const admin = [get('admin1'), get('admin2'), get('admin3')];
    const name =
      get('location') ||
      admin.findLast((part) => part !== '') ||
      `${coordinates[1]}, ${coordinates[0]}`;
    const source = get('source');
    const notes = get('notes');
    const event: MapEvent = {
      id: qualifiedEventId(datasetId, localId),
      dataset: datasetId,
      localId,
      date,
      status: 'occurred',
      category: eventCategory,
      sourceType: subEventType === '' ? eventType : `${eventType} › ${subEventType}`,
      place: '',
      actors: uniqueNames([
        get('actor1'),
        ...get('assoc_actor_1').split(';'),
        get('actor2'),
        ...get('assoc_actor_2').split(';'),
      ]),
      sources: source === '' ? [] : [{ publisher: source }],
    };
    if (fatalities !== undefined) event.fatalities = { min: fatalities, max: fatalities };
    if (notes !== '') event.notes = notes;

    const adminText = joinAdmin(admin);
    const country = countryCode(get('iso'), get('country'));
    return {
      event,
      place: {
        key: locationKey(name, coordinates, precision),
        name: { de: name, en: name },
        coordinates,
        precision,
        ...(adminText !== undefined && { admin: adminText }),
        ...(country !== undefined && { country }),
      },
    };
  };
}
