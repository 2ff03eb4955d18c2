import type { Day } from '../time/days';
import { lowerBound, upperBound, type EventTable } from './event-table';

/** Distinct days on which an admitted event begins, ascending: previous/next stops. */
export function eventStartDays(table: EventTable, admitted: Uint8Array): Int32Array {
  const days: number[] = [];
  for (let row = 0; row < table.events.length; row++) {
    if (admitted[row] !== 1) continue;
    const start = table.start[row]!;
    if (days.at(-1) !== start) days.push(start);
  }
  return Int32Array.from(days);
}

export function nextEventDay(startDays: Int32Array, date: Day): Day | null {
  const index = upperBound(startDays, date);
  return index < startDays.length ? startDays[index]! : null;
}

export function previousEventDay(startDays: Int32Array, date: Day): Day | null {
  const index = lowerBound(startDays, date) - 1;
  return index >= 0 ? startDays[index]! : null;
}

/**
 * The row of the admitted event closest in time to `date` (ties go to the earlier), to offer when
 * nothing appears. Asked only when the list is empty, so a scan is affordable.
 */
export function nearestRow(table: EventTable, admitted: Uint8Array, date: Day): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let row = 0; row < table.events.length; row++) {
    if (admitted[row] !== 1) continue;
    const start = table.start[row]!;
    const end = table.end[row]!;
    const distance = date < start ? start - date : date > end ? date - end : 0;
    if (distance < bestDistance) {
      best = row;
      bestDistance = distance;
    }
  }
  return best;
}
