import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../data/schema';
import type { TimedEvent } from '../events/timed-events';

/** Pixel distance between neighbouring event markers around one place. */
export const SLOT_SPACING_PX = 7.5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the k-th of n events at one place sits, in pixels from the place: a sunflower spiral,
 * so that every event stays visible and clickable however many share a place. Slots are fixed
 * per event (not per visible event), so markers never jump while the user scrubs.
 */
export function slotOffset(slot: number, count: number): [number, number] {
  if (count <= 1) return [0, 0];
  const radius = SLOT_SPACING_PX * Math.sqrt(slot + 1);
  const angle = slot * GOLDEN_ANGLE - Math.PI / 2;
  return [round1(radius * Math.cos(angle)), round1(radius * Math.sin(angle))];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface EventFeatureProperties {
  id: string;
  category: string;
  status: string;
  offset: [number, number];
  /** Later events draw on top. */
  order: number;
}

/** One point per event at its place; the feature id is the event's dataset index. */
export function eventFeatures(
  eventsByPlace: ReadonlyMap<string, readonly TimedEvent[]>,
  placesById: ReadonlyMap<string, Place>,
): FeatureCollection<Point, EventFeatureProperties> {
  const features: FeatureCollection<Point, EventFeatureProperties>['features'] = [];
  for (const [placeId, events] of eventsByPlace) {
    const place = placesById.get(placeId);
    if (!place) continue;
    events.forEach((event, slot) => {
      features.push({
        type: 'Feature',
        id: event.index,
        geometry: { type: 'Point', coordinates: place.coordinates },
        properties: {
          id: event.record.id,
          category: event.record.category,
          status: event.record.status,
          offset: slotOffset(slot, events.length),
          order: event.start,
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Pixels from a place to the outside of the ring of its event markers. */
export function markerRadius(eventCount: number): number {
  if (eventCount === 0) return 4;
  if (eventCount === 1) return 7;
  return SLOT_SPACING_PX * Math.sqrt(eventCount) + 7;
}

export interface PlaceFeatureProperties {
  id: string;
  name_de: string;
  name_en: string;
  kind: string;
  precision: string;
  /** Label offset in ems, clear of the place's event markers: right of points, below regions. */
  labelOffset: [number, number];
}

export const LABEL_EM_PX = 13;

/** One point per place; the feature id is the place's position in the gazetteer. */
export function placeFeatures(
  places: readonly Place[],
  eventCounts: ReadonlyMap<string, number> = new Map(),
): FeatureCollection<Point, PlaceFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map((place, index) => {
      const clearance = round1((markerRadius(eventCounts.get(place.id) ?? 0) + 2) / LABEL_EM_PX);
      return {
        type: 'Feature',
        id: index,
        geometry: { type: 'Point', coordinates: place.coordinates },
        properties: {
          id: place.id,
          name_de: place.name.de,
          name_en: place.name.en,
          kind: place.kind,
          precision: place.precision,
          labelOffset: place.precision === 'region' ? [0, clearance] : [clearance, 0],
        },
      };
    }),
  };
}
