import { CATEGORIES, type Category } from '../data/schema';
import type { Day } from '../time/days';
import { dayWeights } from '../time/histogram';
import type { TimeSpan } from '../time/span';
import type { EventTable } from './event-table';

/** Events dated to a day are drawn solid; events the text places only within an interval
 *  (a week, „Ende Oktober“, a month) are spread over it and drawn lighter. */
export const DENSITY_LAYERS = ['dated', 'spread'] as const;
export type DensityLayer = (typeof DENSITY_LAYERS)[number];

const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((category, i) => [category, i]));

/**
 * Reported events per day, per category and layer, as running sums: the weight of any span of
 * days is one subtraction, so zooming and panning re-bin without looking at an event again.
 * Made once per set of admitted rows.
 */
export interface DailyDensity {
  first: Day;
  /** `sums[layer][category][i]`: weight on the days before `first + i`. */
  sums: Float64Array[][];
}

export function dailyDensity(
  table: EventTable,
  admitted: Uint8Array,
  range: TimeSpan,
): DailyDensity {
  const days = range.end - range.start + 1;
  const perDay = DENSITY_LAYERS.map(() => CATEGORIES.map(() => new Float64Array(days + 1)));
  // Most events share a few lengths (a day, a week, a month): their weights are made once.
  const weightsFor = new Map<string, number[]>();
  for (let row = 0; row < table.events.length; row++) {
    if (admitted[row] !== 1) continue;
    const start = table.start[row]!;
    const end = table.end[row]!;
    const { date, category } = table.events[row]!;
    const layer = start === end && !date.vague ? 0 : 1;
    const target = perDay[layer]![CATEGORY_INDEX.get(category) ?? 0]!;
    if (start === end) {
      if (start >= range.start && start <= range.end) target[start - range.start + 1]! += 1;
      continue;
    }
    const key = `${end - start + 1}${date.vague ?? ''}`;
    let weights = weightsFor.get(key);
    if (!weights) weightsFor.set(key, (weights = dayWeights(end - start + 1, date.vague)));
    for (let day = Math.max(start, range.start); day <= Math.min(end, range.end); day++)
      target[day - range.start + 1]! += weights[day - start]!;
  }
  for (const layer of perDay)
    for (const sums of layer) for (let i = 1; i <= days; i++) sums[i]! += sums[i - 1]!;
  return { first: range.start, sums: perDay };
}

/** One bar of the histogram: weight per layer and category (CATEGORIES order). */
export interface DensityBin {
  start: Day;
  /** The day after the bin. */
  end: Day;
  dated: Float64Array;
  spread: Float64Array;
  total: number;
}

/** The weight in each bin `[bounds[i], bounds[i + 1])`, days outside the data counting nothing. */
export function binDensity(density: DailyDensity, bounds: readonly Day[]): DensityBin[] {
  const bins: DensityBin[] = [];
  const last = density.sums[0]![0]!.length - 1;
  const at = (day: Day) => Math.min(Math.max(day - density.first, 0), last);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = at(bounds[i]!);
    const to = at(bounds[i + 1]!);
    const [dated, spread] = density.sums.map((layer) =>
      Float64Array.from(layer, (sums) => sums[to]! - sums[from]!),
    ) as [Float64Array, Float64Array];
    let total = 0;
    for (let c = 0; c < CATEGORIES.length; c++) total += dated[c]! + spread[c]!;
    bins.push({ start: bounds[i]!, end: bounds[i + 1]!, dated, spread, total });
  }
  return bins;
}
