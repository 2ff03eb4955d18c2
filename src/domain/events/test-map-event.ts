import type { EventDataset, MapEvent } from './event';

/** A fresh, minimal event for unit tests, at a place named like its dataset's first place. */
export function testMapEvent(
  dataset: string,
  localId: string,
  start: number,
  end = start,
  overrides: Partial<MapEvent> = {},
): MapEvent {
  return {
    id: `${dataset}:${localId}`,
    dataset,
    localId,
    date: { start, end, precision: start === end ? 'day' : 'days' },
    status: 'occurred',
    category: 'battle',
    place: `${dataset}:p0`,
    actors: [],
    sources: [],
    ...overrides,
  };
}

export function testDataset(id: string, events: MapEvent[], placeCount = 1): EventDataset {
  return {
    id,
    name: id,
    kind: 'imported',
    events,
    places: Array.from({ length: placeCount }, (_, i) => ({
      id: `${id}:p${i}`,
      name: { de: `P${i}`, en: `P${i}` },
      coordinates: [36 + i / 10, 35] as [number, number],
      precision: 'point' as const,
    })),
    actorNames: {},
  };
}
