import { addMonths, type Day, dayToParts, dayFromParts } from '../time/days';
import { startOfMonth } from '../time/bins';
import { formatDay, type Lang } from '../time/describe-date';
import { spanDays, type TimeSpan } from '../time/span';
import type { EventTable } from './event-table';

/** A stretch of time where the reporting is dense: a zoom preset for the timeline. */
export interface DensePeriod extends TimeSpan {
  count: number;
  /** The calendar months (or years) it stands for, before it was cut to the data: its name. */
  named: TimeSpan;
}

const MAX_PERIODS = 6;

/**
 * Where the admitted events crowd together, in whole months: runs of event start days with no
 * gap longer than a thirtieth of the data's span (at least three weeks), holding a fair share
 * of the events. Where the events spread evenly over the whole span (a long import), the
 * calendar years stand in, so a preset still zooms somewhere useful.
 */
export function densePeriods(
  table: EventTable,
  admitted: Uint8Array,
  range: TimeSpan,
): DensePeriod[] {
  const starts: Day[] = [];
  for (let row = 0; row < table.events.length; row++)
    if (admitted[row] === 1) starts.push(table.start[row]!);
  if (starts.length === 0) return [];
  const gap = Math.max(21, Math.round(spanDays(range) / 30));
  const minCount = Math.max(3, Math.ceil(starts.length * 0.05));

  const runs: (typeof run)[] = [];
  let run = { start: starts[0]!, end: starts[0]!, count: 0 };
  for (const day of starts) {
    if (day - run.end > gap) {
      runs.push(run);
      run = { start: day, end: day, count: 0 };
    }
    run.end = day;
    run.count++;
  }
  runs.push(run);

  let periods = mergeOverlapping(
    runs.filter((candidate) => candidate.count >= minCount).map(wholeMonths),
  ).map((period) => clip(period, range));
  const covering = periods.length === 1 && spanDays(periods[0]!) >= spanDays(range) * 0.75;
  if (covering || periods.length === 0) periods = years(starts, range);
  return periods
    .filter((period) => spanDays(period) < spanDays(range))
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_PERIODS)
    .sort((a, b) => a.start - b.start);
}

function wholeMonths(period: TimeSpan & { count: number }): DensePeriod {
  const start = startOfMonth(period.start);
  const end = addMonths(startOfMonth(period.end), 1) - 1;
  return { start, end, count: period.count, named: { start, end } };
}

function mergeOverlapping(periods: DensePeriod[]): DensePeriod[] {
  const merged: DensePeriod[] = [];
  for (const period of periods) {
    const last = merged.at(-1);
    if (last && period.start <= last.end + 1) {
      last.end = Math.max(last.end, period.end);
      last.count += period.count;
      last.named = { start: last.named.start, end: Math.max(last.named.end, period.named.end) };
    } else merged.push({ ...period });
  }
  return merged;
}

function clip(period: DensePeriod, range: TimeSpan): DensePeriod {
  return {
    ...period,
    start: Math.max(period.start, range.start),
    end: Math.min(period.end, range.end),
  };
}

function years(starts: Day[], range: TimeSpan): DensePeriod[] {
  const counts = new Map<number, number>();
  for (const day of starts) {
    const { year } = dayToParts(day);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].map(([year, count]) => {
    const whole = { start: dayFromParts(year, 1, 1), end: dayFromParts(year + 1, 1, 1) - 1 };
    return clip({ ...whole, count, named: whole }, range);
  });
}

/**
 * A span as briefly as a reader would say it: "2018", "Okt.–Dez. 2016", "Dez. 2016 – Jan.
 * 2017", and where it does not begin and end with a month, its days: "3.–16. Okt. 2016".
 */
export function describePeriod(period: TimeSpan, lang: Lang): string {
  const first = dayToParts(period.start);
  const last = dayToParts(period.end);
  const endsMonth = dayToParts(period.end + 1).day === 1;
  if (first.day !== 1 || !endsMonth) {
    const short = { day: 'numeric', month: 'short' } as const;
    const withYear = { ...short, year: 'numeric' } as const;
    const from = formatDay(period.start, lang, first.year === last.year ? short : withYear);
    return `${from} – ${formatDay(period.end, lang, withYear)}`;
  }
  const wholeYear = first.month === 1 && first.day === 1 && last.month === 12 && last.day === 31;
  if (wholeYear && first.year === last.year) return String(first.year);
  const monthYear = { month: 'short', year: 'numeric' } as const;
  if (first.year !== last.year)
    return `${formatDay(period.start, lang, monthYear)} – ${formatDay(period.end, lang, monthYear)}`;
  if (first.month === last.month) return formatDay(period.start, lang, monthYear);
  // The month alone in the form it takes before a year ("Okt.", not the standalone "Okt").
  const month = formatDay(period.start, lang, monthYear).replace(/\s*\d{4}$/, '');
  return `${month}–${formatDay(period.end, lang, monthYear)}`;
}
