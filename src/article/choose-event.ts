import { eventById } from '../domain/catalog';
import type { Catalog } from '../domain/catalog';
import type { Day } from '../domain/time/days';
import { overlaps, type TimeWindow, windowInterval } from '../domain/time/window';
import { serializeUrlState } from '../domain/url/codec';
import { highlightEvent, selectEvent } from '../state/navigation';
import { type AppState, useAppStore } from '../state/store';
import { urlStateOf } from '../state/url-sync';

/**
 * The date at which an event chosen in the article can be seen: the current one when the
 * event falls in its window, else the event's first day (as "jump to the event's date" does).
 */
function dateShowing(catalog: Catalog, id: string, date: Day, window: TimeWindow): Day {
  const event = eventById(catalog, id);
  if (!event || overlaps(event.date, windowInterval(date, window))) return date;
  return event.date.start;
}

/** Selects an event from the article, moving the date so that the map shows it. */
export function chooseEvent(catalog: Catalog, id: string): void {
  const { date, window } = useAppStore.getState();
  const shown = dateShowing(catalog, id, date, window);
  selectEvent(id, shown === date ? undefined : shown);
  highlightEvent(null);
}

/** The permalink of what choosing the event would show: the article with the event selected. */
export function permalinkChoosing(catalog: Catalog, state: AppState, id: string): string {
  return serializeUrlState(
    urlStateOf({
      ...state,
      selection: { kind: 'event', id },
      date: dateShowing(catalog, id, state.date, state.window),
    }),
  );
}
