import { visibleEvents, type TimedEvent } from '../domain/events/timed-events';
import type { Day } from '../domain/time/days';
import type { TimeWindow } from '../domain/time/window';
import type { Model } from '../domain/model';
import { useModel } from './model-context';
import { useAppStore } from './store';

let last: { model: Model; date: Day; window: TimeWindow; events: TimedEvent[] } | null = null;

/**
 * The events that appear for a date and window. The list, the count, the map and the place
 * detail all ask on every date change; the last answer is kept so the filtering runs once,
 * and they all get the same array (a stable reference for effects and memos).
 */
export function visibleEventsOf(model: Model, date: Day, window: TimeWindow): TimedEvent[] {
  if (last?.model !== model || last.date !== date || last.window !== window) {
    last = { model, date, window, events: visibleEvents(model.events, date, window) };
  }
  return last.events;
}

/** The events that appear for the current date and window, in date order. */
export function useVisibleEvents(): TimedEvent[] {
  const model = useModel();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  return visibleEventsOf(model, date, window);
}
