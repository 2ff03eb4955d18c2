import type { MapEvent } from '../events/event';
import type { Day } from './days';

export interface Density {
  /** Events whose dates the text gives. */
  firm: number[];
  /** Events whose interval has a bound the text leaves open („bald“, „seit Tagen“). */
  vague: number[];
}

/**
 * How an event's one unit of weight is shared among the days of its interval: evenly, so a
 * month-wide report is a thin layer over the month instead of a spike on one day; and where a
 * bound is open, thinning out towards it, since the event is likelier near the bound the text
 * gives than near the curator's envelope.
 */
export function dayWeights(length: number, vague?: 'start' | 'end' | 'both'): number[] {
  const raw = Array.from({ length }, (_, i) => {
    if (vague === 'end') return length - i;
    if (vague === 'start') return i + 1;
    if (vague === 'both') return Math.min(i + 1, length - i);
    return 1;
  });
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  return raw.map((weight) => weight / total);
}

/** Events per bin, firm and vague apart, so the timeline can draw the vague ones lighter. */
export function eventDensity(
  events: readonly Pick<MapEvent, 'date'>[],
  range: { min: Day; max: Day },
  binDays: number,
): Density {
  const size = Math.floor((range.max - range.min) / binDays) + 1;
  const density: Density = {
    firm: new Array<number>(size).fill(0),
    vague: new Array<number>(size).fill(0),
  };
  // Most events share a few lengths (a day, a week, a month): their weights are made once.
  const weightsFor = new Map<string, number[]>();
  for (const { date } of events) {
    const bins = date.vague ? density.vague : density.firm;
    const length = date.end - date.start + 1;
    const key = `${length}${date.vague ?? ''}`;
    let weights = weightsFor.get(key);
    if (!weights) weightsFor.set(key, (weights = dayWeights(length, date.vague)));
    for (let day = Math.max(date.start, range.min); day <= Math.min(date.end, range.max); day++) {
      const bin = Math.floor((day - range.min) / binDays);
      bins[bin] = (bins[bin] ?? 0) + weights[day - date.start]!;
    }
  }
  return density;
}
