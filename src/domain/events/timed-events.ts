import type { EventRecord } from '../data/schema';
import { type Day, parseIsoDay } from '../time/days';
import { overlaps, windowInterval, type TimeWindow } from '../time/window';

/** An event with its dates as day numbers, computed once when the data loads. */
export interface TimedEvent {
  record: EventRecord;
  /** Position in the dataset; also the feature id on the map. */
  index: number;
  start: Day;
  end: Day;
}

/** Events in date order (start, then end, then id), so every list derived from them is too. */
export function toTimedEvents(events: readonly EventRecord[]): TimedEvent[] {
  return events
    .map((record, index) => ({
      record,
      index,
      start: parseIsoDay(record.date.start)!,
      end: parseIsoDay(record.date.end)!,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.record.id.localeCompare(b.record.id));
}

export function dateRange(events: readonly TimedEvent[]): { min: Day; max: Day } | null {
  if (events.length === 0) return null;
  return {
    min: Math.min(...events.map((event) => event.start)),
    max: Math.max(...events.map((event) => event.end)),
  };
}

/** The events that appear for date `date`: those whose interval overlaps the window. */
export function visibleEvents(
  events: readonly TimedEvent[],
  date: Day,
  window: TimeWindow,
): TimedEvent[] {
  const span = windowInterval(date, window);
  return events.filter((event) => overlaps(event, span));
}

/** Distinct days on which some event begins, ascending: the stops for previous/next. */
export function eventStartDays(events: readonly TimedEvent[]): Day[] {
  return [...new Set(events.map((event) => event.start))].sort((a, b) => a - b);
}

export function nextEventDay(startDays: readonly Day[], date: Day): Day | null {
  return startDays.find((day) => day > date) ?? null;
}

export function previousEventDay(startDays: readonly Day[], date: Day): Day | null {
  return startDays.findLast((day) => day < date) ?? null;
}

/** The event closest in time to `date` (ties go to the earlier), to offer when nothing appears. */
export function nearestEvent(events: readonly TimedEvent[], date: Day): TimedEvent | null {
  let best: TimedEvent | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const event of events) {
    const distance =
      date < event.start ? event.start - date : date > event.end ? date - event.end : 0;
    if (distance < bestDistance) {
      best = event;
      bestDistance = distance;
    }
  }
  return best;
}
