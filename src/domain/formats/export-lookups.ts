import type { Localized } from '../data/dataset';
import type { EventDataset, EventPlace } from '../events/event';

/** What the exporters need besides the events: their places and their actors' names. */
export interface ExportLookups {
  place(id: string): EventPlace | undefined;
  /** Actor key → name; keys without an entry are written as they are. */
  actorNames: Readonly<Record<string, Localized>>;
}

/** Lookups over loaded datasets, for exporting events from any mix of them. */
export function lookupsFromDatasets(datasets: readonly EventDataset[]): ExportLookups {
  const places = new Map<string, EventPlace>();
  const actorNames: Record<string, Localized> = {};
  for (const dataset of datasets) {
    for (const place of dataset.places) places.set(place.id, place);
    Object.assign(actorNames, dataset.actorNames);
  }
  return { place: (id) => places.get(id), actorNames };
}
