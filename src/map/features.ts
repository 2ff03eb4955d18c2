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
function markerRadius(eventCount: number): number {
  if (eventCount === 0) return 4;
  if (eventCount === 1) return 7;
  return SLOT_SPACING_PX * Math.sqrt(eventCount) + 7;
}

export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom';

export interface PlaceFeatureProperties {
  id: string;
  name_de: string;
  name_en: string;
  kind: string;
  precision: string;
  /** Which side of the label touches the place (MapLibre's text-anchor). */
  labelAnchor: LabelAnchor;
  /** Label offset in ems, clear of the place's event markers. */
  labelOffset: [number, number];
}

/** Neighbours closer than this may collide with a label at the zooms people use. */
const CROWDED_KM = 150;
const SAME_SPOT_KM = 5;
const KM_PER_DEGREE = 111.2;

/**
 * Every label is always drawn, so labels cannot dodge each other at run time; instead each
 * point place puts its label on the side away from its nearest neighbour. Regions keep theirs
 * centred below their marker ring.
 */
export function labelAnchor(place: Place, places: readonly Place[]): LabelAnchor {
  if (place.precision === 'region') return 'top';
  let nearest: { dx: number; dy: number; distance: number } | null = null;
  const [lon, lat] = place.coordinates;
  for (const other of places) {
    if (other.id === place.id || other.precision === 'region') continue;
    const dx = (other.coordinates[0] - lon) * KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const dy = (other.coordinates[1] - lat) * KM_PER_DEGREE;
    const distance = Math.hypot(dx, dy);
    if (!nearest || distance < nearest.distance) nearest = { dx, dy, distance };
  }
  if (!nearest || nearest.distance > CROWDED_KM) return 'left';
  if (nearest.distance < SAME_SPOT_KM) {
    // Practically the same spot (the Kremlin in Moscow): the larger place's label goes above.
    return place.kind === 'building' ? 'top' : 'bottom';
  }
  // Labels are wide and short: a neighbour above or below rarely collides with them.
  if (Math.abs(nearest.dy) > Math.abs(nearest.dx)) return 'left';
  return nearest.dx > 0 ? 'right' : 'left';
}

function labelOffset(anchor: LabelAnchor, clearance: number): [number, number] {
  switch (anchor) {
    case 'left':
      return [clearance, 0];
    case 'right':
      return [-clearance, 0];
    case 'top':
      return [0, clearance];
    case 'bottom':
      return [0, -clearance];
  }
}

const LABEL_EM_PX = 13;

/** One point per place; the feature id is the place's position in the gazetteer. */
export function placeFeatures(
  places: readonly Place[],
  eventCounts: ReadonlyMap<string, number> = new Map(),
): FeatureCollection<Point, PlaceFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map((place, index) => {
      const clearance = round1((markerRadius(eventCounts.get(place.id) ?? 0) + 2) / LABEL_EM_PX);
      const anchor = labelAnchor(place, places);
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
          labelAnchor: anchor,
          labelOffset: labelOffset(anchor, clearance),
        },
      };
    }),
  };
}
