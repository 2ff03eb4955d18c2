import type { Localized } from '../data/dataset';
import { dayFromParts, daysInMonth, parseIsoDay, type Day } from '../time/days';
import { emptyValue, notACount, notANumber, outOfRange } from './reasons';

/** Field readers shared by the importers: strict, so that a wrong value is named, not guessed. */

const MONTHS: Record<string, number> = {};
[
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].forEach((name, index) => {
  MONTHS[name] = index + 1;
  MONTHS[name.slice(0, 3)] = index + 1;
});
MONTHS.sept = 9;

const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_WITH_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function validDay(year: number, month: number, dayOfMonth: number): Day | null {
  if (month < 1 || month > 12 || dayOfMonth < 1) return null;
  if (dayOfMonth > daysInMonth(year, month)) return null;
  return dayFromParts(year, month, dayOfMonth);
}

/**
 * ACLED's `event_date`: ISO `2016-10-05`, its long form `05 October 2016` (also `5 Oct 2016`
 * and `05-October-2016`), and `05.10.2016`, which a German spreadsheet writes when it re-saves
 * the file. Returns null for anything else, including days that do not exist.
 */
export function parseAcledDate(text: string): Day | null {
  const iso = parseIsoDay(text);
  if (iso !== null) return iso;
  const words = DAY_MONTH_YEAR.exec(text);
  if (words) {
    const month = MONTHS[words[2]!.toLowerCase()];
    return month === undefined ? null : validDay(Number(words[3]), month, Number(words[1]));
  }
  const german = GERMAN_DATE.exec(text);
  if (german) return validDay(Number(german[3]), Number(german[2]), Number(german[1]));
  return null;
}

/** UCDP's dates: ISO days, often with a time of day ("2016-10-05 00:00:00.000"), which we drop. */
export function parseDayWithTime(text: string): Day | null {
  const match = ISO_WITH_TIME.exec(text);
  return match ? parseIsoDay(match[1]!) : null;
}

/**
 * Remembers the results of a pure function of a field's text: dates and type names repeat
 * across thousands of rows. At most `limit` texts, so that a file of all-different values
 * costs no more memory than that.
 */
export function memoize<T>(read: (text: string) => T, limit = 10_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = read(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** A problem with one field: the column it is in and why. */
export interface FieldProblem {
  column: string;
  value: string;
  reason: Localized;
}

export function isFieldProblem<T>(result: T | FieldProblem): result is FieldProblem {
  return typeof result === 'object' && result !== null && 'reason' in result;
}

const WHOLE_NUMBER = /^\d+$/;
/** A decimal point or, as German spreadsheets write it, a decimal comma. */
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** A count such as fatalities: a whole number ≥ 0, or undefined where the field is empty. */
export function readCount(column: string, text: string): number | undefined | FieldProblem {
  if (text === '') return undefined;
  if (!WHOLE_NUMBER.test(text)) return { column, value: text, reason: notACount(column, text) };
  return Number(text);
}

function readDecimal(column: string, text: string, limit: number): number | FieldProblem {
  if (text === '') return { column, value: text, reason: emptyValue(column) };
  if (!DECIMAL.test(text)) return { column, value: text, reason: notANumber(column, text) };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    return { column, value: text, reason: outOfRange(column, text, -limit, limit) };
  }
  return value;
}

/** `[longitude, latitude]` from the two columns, each checked against its range. */
export function readCoordinates(
  latitude: { column: string; text: string },
  longitude: { column: string; text: string },
): [number, number] | FieldProblem {
  const lat = readDecimal(latitude.column, latitude.text, 90);
  if (isFieldProblem(lat)) return lat;
  const lon = readDecimal(longitude.column, longitude.text, 180);
  if (isFieldProblem(lon)) return lon;
  return [lon, lat];
}

/** `a › b › c` from the non-empty parts: how the views show administrative areas. */
export function joinAdmin(parts: readonly string[]): string | undefined {
  const present = parts.filter((part) => part !== '');
  return present.length > 0 ? present.join(' › ') : undefined;
}

/** Names as written, trimmed, without empties and repeats, in order of first mention. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed !== '') seen.add(trimmed);
  }
  return [...seen];
}
