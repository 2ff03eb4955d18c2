/**
 * Calendar days as integers (days since 1970-01-01). Dates in this app are days, never
 * instants: working in whole UTC days keeps a date from shifting with the reader's time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return Math.floor(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** Parses a strict `YYYY-MM-DD`; returns null for anything else, including 2020-02-30. */
export function parseIsoDay(text: string): Day | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const day = dayFromParts(year, month, dayOfMonth);
  const parts = dayToParts(day);
  return parts.year === year && parts.month === month && parts.day === dayOfMonth ? day : null;
}

export function dayToParts(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function formatIsoDay(day: Day): string {
  const { year, month, day: dayOfMonth } = dayToParts(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** A JS Date at UTC midnight, for Intl formatting with `timeZone: 'UTC'`. */
export function dayToDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return dayFromParts(year, month + 1, 1) - dayFromParts(year, month, 1);
}

/** Moves by whole months, keeping the day of the month where it exists (Jan 31 + 1 → Feb 29). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: dayOfMonth } = dayToParts(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return dayFromParts(
    targetYear,
    targetMonth,
    Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)),
  );
}

export function clampDay(day: Day, min: Day, max: Day): Day {
  return Math.min(max, Math.max(min, day));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
