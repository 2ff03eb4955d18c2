import type { TimedEvent } from '../events/timed-events';
import type { Day } from './days';

/**
 * Events per bin, each event spread evenly over the days it may have happened on: a
 * month-wide report adds a thin layer to a whole month instead of a spike on one day.
 */
export function eventDensity(
  events: readonly TimedEvent[],
  range: { min: Day; max: Day },
  binDays: number,
): number[] {
  const bins = new Array<number>(Math.floor((range.max - range.min) / binDays) + 1).fill(0);
  for (const event of events) {
    const share = 1 / (event.end - event.start + 1);
    for (let day = Math.max(event.start, range.min); day <= Math.min(event.end, range.max); day++) {
      const bin = Math.floor((day - range.min) / binDays);
      bins[bin] = (bins[bin] ?? 0) + share;
    }
  }
  return bins;
}
