import type { Localized } from '../data/dataset';
import type { GeoPrecision, MapEvent } from '../events/event';
import { formatIsoDay } from '../time/days';
import type { ExportLookups } from './export-lookups';

/**
 * Our own event shape as GeoJSON: one Point feature per event, its properties the event with
 * dates as ISO days and the place inlined. `importGeoJson` reads it back to the same events
 * (re-qualified into the importing dataset), so this is the format for passing data on.
 */

export interface EventFeatureProperties {
  /** The event's qualified id: unique even when events of several datasets are exported. */
  id: string;
  /** For readers; an import qualifies `id` into its own dataset instead. */
  dataset: string;
  localId: string;
  date: {
    start: string;
    end: string;
    precision: MapEvent['date']['precision'];
    vague?: MapEvent['date']['vague'];
    words?: Localized;
    basis?: MapEvent['date']['basis'];
    explanation?: Localized;
  };
  status: MapEvent['status'];
  category: MapEvent['category'];
  sourceType?: string;
  title?: Localized;
  place?: {
    id: string;
    name: Localized;
    precision: GeoPrecision;
    admin?: string;
    country?: string;
  };
  actors: string[];
  fatalities?: MapEvent['fatalities'];
  notes?: string;
  sources: MapEvent['sources'];
  background?: boolean;
}

export interface EventFeature {
  type: 'Feature';
  /** Null where the event's place is unknown to the lookups (RFC 7946 allows it). */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: EventFeatureProperties;
}

/** Copies only the keys that are set, so that absent stays absent through a round trip. */
function defined<T extends object>(value: T): T {
  const result = {} as T;
  for (const key of Object.keys(value) as (keyof T)[]) {
    const item = value[key];
    if (item !== undefined && item !== '') result[key] = item;
  }
  return result;
}

export function eventToFeature(event: MapEvent, lookups: ExportLookups): EventFeature {
  const place = lookups.place(event.place);
  const { date } = event;
  return {
    type: 'Feature',
    geometry: place ? { type: 'Point', coordinates: [...place.coordinates] } : null,
    properties: defined<EventFeatureProperties>({
      id: event.id,
      dataset: event.dataset,
      localId: event.localId,
      date: defined({
        start: formatIsoDay(date.start),
        end: formatIsoDay(date.end),
        precision: date.precision,
        vague: date.vague,
        words: date.words,
        basis: date.basis,
        explanation: date.explanation,
      }),
      status: event.status,
      category: event.category,
      sourceType: event.sourceType,
      title: event.title,
      place: place
        ? defined({
            id: place.id,
            name: place.name,
            precision: place.precision,
            admin: place.admin,
            country: place.country,
          })
        : undefined,
      actors: event.actors,
      fatalities: event.fatalities,
      notes: event.notes,
      sources: event.sources.map((source) => defined(source)),
      background: event.background,
    }),
  };
}

/**
 * A FeatureCollection, one feature per line (diffable, and still one JSON document), with the
 * names of the actors the events mention as a foreign member `actorNames`.
 */
export function eventsToGeoJson(events: readonly MapEvent[], lookups: ExportLookups): string {
  const actorNames: Record<string, Localized> = {};
  for (const event of events) {
    for (const actor of event.actors) {
      const name = lookups.actorNames[actor];
      if (name) actorNames[actor] = name;
    }
  }
  const features = events.map((event) => JSON.stringify(eventToFeature(event, lookups)));
  return (
    `{"type":"FeatureCollection","actorNames":${JSON.stringify(actorNames)},"features":[\n` +
    `${features.join(',\n')}\n]}\n`
  );
}
