import type { Catalog } from '../domain/catalog';
import type { MapEvent } from '../domain/events/event';
import { visibilityOf } from '../state/visibility';

/** The events shown now (date, window, datasets, filters), in date order. */
export function shownEvents(catalog: Catalog): MapEvent[] {
  const { visible } = visibilityOf(catalog.table);
  const events: MapEvent[] = [];
  for (let row = 0; row < visible.length; row++)
    if (visible[row]) events.push(catalog.table.events[row]!);
  return events;
}
