import { addMonths, dayFromParts, dayToParts, daysInMonth, type Day } from '../time/days';
import type { Tense } from './types';

export interface Interval {
  start: Day;
  end: Day;
}

/** 0 = Monday; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekOf(day: Day): Interval {
  const start = day - weekdayOf(day);
  return { start, end: start + 6 };
}

export function monthOf(year: number, month: number): Interval {
  const start = dayFromParts(year, month, 1);
  return { start, end: start + daysInMonth(year, month) - 1 };
}

export function monthAround(day: Day): Interval {
  const { year, month } = dayToParts(day);
  return monthOf(year, month);
}

export function yearOf(year: number): Interval {
  return { start: dayFromParts(year, 1, 1), end: dayFromParts(year, 12, 31) };
}

export function shiftMonths(day: Day, months: number): Day {
  return addMonths(day, months);
}

/**
 * The weekday meant by a bare "am Donnerstag": news mostly reports what happened, so a past
 * or undecided reading takes the latest such day up to the publication day, a future reading
 * the next one from it. Agency copy names the weekday instead of "heute" (dpa style), so a
 * Monday text's "am Montag" is that day in either reading; a week ahead would be "nächsten
 * Montag".
 */
export function resolveWeekday(weekday: number, published: Day, tense: Tense): Day {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  if (tense !== 'future') return published - back;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  return published + ahead;
}

/**
 * The year of a month named without one ("im Dezember"): the publication month itself, else
 * the last such month for past or undecided readings and the next one for future readings.
 */
export function resolveYear(month: number, published: Day, tense: Tense): number {
  const { year, month: publishedMonth } = dayToParts(published);
  if (month === publishedMonth) return year;
  if (tense === 'future') return month > publishedMonth ? year : year + 1;
  return month < publishedMonth ? year : year - 1;
}

export type Part = 'anfang' | 'mitte' | 'ende';

/**
 * "Anfang/Mitte/Ende" as thirds: of a month 1–10, 11–20, 21–end (the data contract's
 * reading), of a week Monday–Tuesday, Wednesday–Thursday, Friday–Sunday, of a year
 * January–April, May–August, September–December.
 */
export function partOf(interval: Interval, unit: 'week' | 'month' | 'year', part: Part): Interval {
  if (unit === 'week') {
    const [from, to] = part === 'anfang' ? [0, 1] : part === 'mitte' ? [2, 3] : [4, 6];
    return { start: interval.start + from, end: interval.start + to };
  }
  if (unit === 'month') {
    const [from, to] = part === 'anfang' ? [0, 9] : part === 'mitte' ? [10, 19] : [20, 99];
    return { start: interval.start + from, end: Math.min(interval.end, interval.start + to) };
  }
  const first = part === 'anfang' ? 0 : part === 'mitte' ? 4 : 8;
  const start = shiftMonths(interval.start, first);
  return { start, end: shiftMonths(start, 4) - 1 };
}
