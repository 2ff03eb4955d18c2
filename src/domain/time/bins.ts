import { addMonths, type Day, dayFromParts, dayToParts } from './days';
import { formatDay, type Lang } from './describe-date';
import { spanDays, type TimeSpan } from './span';

/** How much time one histogram bar stands for; it follows the zoom. */
export const BIN_UNITS = ['day', 'week', 'month'] as const;
export type BinUnit = (typeof BIN_UNITS)[number];

/** A bar narrower than this many pixels is no longer a bar one can read. */
const MIN_BAR_PX = 4;

/** The finest unit whose bars are still wide enough to read at this width. */
export function chooseBinUnit(span: TimeSpan, widthPx: number): BinUnit {
  const pxPerDay = widthPx / spanDays(span);
  if (pxPerDay >= MIN_BAR_PX) return 'day';
  if (pxPerDay * 7 >= MIN_BAR_PX) return 'week';
  return 'month';
}

/** Weeks begin on Monday (ISO 8601, as in German calendars). Day 0 was a Thursday. */
export function startOfWeek(day: Day): Day {
  return day - ((((day + 3) % 7) + 7) % 7);
}

export function startOfMonth(day: Day): Day {
  const { year, month } = dayToParts(day);
  return dayFromParts(year, month, 1);
}

function startOf(unit: BinUnit | 'year', day: Day): Day {
  if (unit === 'day') return day;
  if (unit === 'week') return startOfWeek(day);
  if (unit === 'month') return startOfMonth(day);
  return dayFromParts(dayToParts(day).year, 1, 1);
}

function next(unit: BinUnit | 'year', day: Day): Day {
  if (unit === 'day') return day + 1;
  if (unit === 'week') return day + 7;
  return addMonths(day, unit === 'month' ? 1 : 12);
}

/**
 * The calendar bins that cover the span: each bin's first day, and after the last one the day
 * after it ends, so bin i is [bounds[i], bounds[i + 1]). The first and last bins may reach past
 * the span (a week that began before it): the view clips them, the counts stay whole-bin.
 */
export function binBounds(span: TimeSpan, unit: BinUnit): Day[] {
  const bounds: Day[] = [];
  for (let day = startOf(unit, span.start); day <= span.end; day = next(unit, day))
    bounds.push(day);
  bounds.push(next(unit, bounds.at(-1)!));
  return bounds;
}

/** A labelled mark on the timeline's axis. */
export interface AxisTick {
  day: Day;
  label: string;
}

type TickLevel = 'day' | 'week' | 'month' | 'year';

/** Rough label widths in characters, to choose a level before anything is measured. */
const LABEL_CHARS: Record<TickLevel, number> = { day: 7, week: 7, month: 9, year: 4 };
const CHAR_PX = 7;
const GAP_PX = 10;

/**
 * Marks for the axis under the histogram: the finest calendar level (days, Mondays, months,
 * years) whose labels fit side by side, each said in the UI language. The first mark of a
 * finer level carries its year, so a zoomed-in axis still says when it is.
 */
export function axisTicks(span: TimeSpan, widthPx: number, lang: Lang): AxisTick[] {
  const levels: TickLevel[] = ['day', 'week', 'month', 'year'];
  const level =
    levels.find((candidate) => {
      const count = ticksIn(span, candidate).length;
      return count * (LABEL_CHARS[candidate] * CHAR_PX + GAP_PX) <= widthPx;
    }) ?? 'year';
  return ticksIn(span, level).map((day, index) => ({
    day,
    label: labelFor(day, level, lang, index === 0 || isNewYear(day)),
  }));
}

function ticksIn(span: TimeSpan, level: TickLevel): Day[] {
  const days: Day[] = [];
  let day = startOf(level, span.start);
  if (day < span.start) day = next(level, day);
  for (; day <= span.end; day = next(level, day)) days.push(day);
  return days;
}

function isNewYear(day: Day): boolean {
  const { month, day: dayOfMonth } = dayToParts(day);
  return month === 1 && dayOfMonth === 1;
}

function labelFor(day: Day, level: TickLevel, lang: Lang, withYear: boolean): string {
  switch (level) {
    case 'year':
      return String(dayToParts(day).year);
    case 'month':
      return formatDay(
        day,
        lang,
        withYear ? { month: 'short', year: 'numeric' } : { month: 'short' },
      );
    default:
      return formatDay(
        day,
        lang,
        withYear
          ? { day: 'numeric', month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short' },
      );
  }
}
