import type { Dataset } from '../data/dataset';
import type { EventRecord, Place } from '../data/schema';
import { parseIsoDay } from '../time/days';
import {
  CURATED_DATASET_ID,
  type EventDataset,
  type EventPlace,
  type MapEvent,
  qualifiedEventId,
} from './event';
import { sortEvents } from './event-table';

/** A curated place as every dataset's places are: a point, or a marker for a whole area. */
export function curatedPlace(place: Place): EventPlace {
  return {
    id: place.id,
    name: place.name,
    coordinates: place.coordinates,
    precision: place.precision === 'point' ? 'point' : 'region',
    country: place.country,
  };
}

/** A validated curated event in the model every dataset shares; its dates were checked. */
export function curatedEvent(record: EventRecord): MapEvent {
  const { date } = record;
  return {
    id: qualifiedEventId(CURATED_DATASET_ID, record.id),
    dataset: CURATED_DATASET_ID,
    localId: record.id,
    date: {
      start: parseIsoDay(date.start)!,
      end: parseIsoDay(date.end)!,
      precision: date.precision,
      ...(date.vague && { vague: date.vague }),
      ...(date.words && { words: date.words }),
      ...(date.basis && { basis: date.basis }),
      ...(date.explanation && { explanation: date.explanation }),
    },
    status: record.status,
    category: record.category,
    title: record.title,
    place: record.place,
    actors: record.actors,
    ...(record.fatalities && { fatalities: record.fatalities }),
    sources: record.sources.map((source) => ({ ...source })),
    ...(record.background && { background: true }),
  };
}

/** The articles' events as one dataset among others. */
export function curatedDataset(dataset: Dataset): EventDataset {
  return {
    id: CURATED_DATASET_ID,
    name: 'Artikel',
    kind: 'curated',
    events: sortEvents(dataset.events.map(curatedEvent)),
    places: dataset.places.map(curatedPlace),
    actorNames: Object.fromEntries(dataset.actors.map((actor) => [actor.id, actor.name])),
  };
}
