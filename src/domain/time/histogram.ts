import type { TimedEvent } from '../events/timed-events';
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
  events: readonly TimedEvent[],
  range: { min: Day; max: Day },
  binDays: number,
): Density {
  const size = Math.floor((range.max - range.min) / binDays) + 1;
  const density: Density = {
    firm: new Array<number>(size).fill(0),
    vague: new Array<number>(size).fill(0),
  };
  for (const event of events) {
    const vague = event.record.date.vague;
    const bins = vague ? density.vague : density.firm;
    const weights = dayWeights(event.end - event.start + 1, vague);
    for (let day = Math.max(event.start, range.min); day <= Math.min(event.end, range.max); day++) {
      const bin = Math.floor((day - range.min) / binDays);
      bins[bin] = (bins[bin] ?? 0) + weights[day - event.start]!;
    }
  }
  return density;
}
