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
