import type { Map as MaplibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { iconScale, LAYER, SOURCE } from './map-style';

/** A marker's drawn radius (5.5 px at scale 1) plus a little; less than the first slot's distance. */
const MARKER_HIT_RADIUS_PX = 6.5;

export type MapTarget = { kind: 'event' | 'place'; id: string };

/** Where a marker is drawn on screen: its place, moved by its slot offset at the current scale. */
function markerCentre(
  map: MaplibreMap,
  feature: MapGeoJSONFeature,
  scale: number,
): [number, number] {
  const base = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
  // Nested arrays come back from queries as JSON text.
  const raw: unknown = feature.properties.offset;
  const [dx, dy] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [number, number];
  return [base.x + dx * scale, base.y + dy * scale];
}

/**
 * What a pointer at `point` is on: the nearest visible event marker, else a place. Marker
 * images have transparent corners and hidden markers are still in the layer, so hits are
 * tested against the drawn disc of visible markers only.
 */
export function pickTarget(
  map: MaplibreMap,
  features: readonly MapGeoJSONFeature[],
  point: { x: number; y: number } & PointLike,
): MapTarget | null {
  const scale = iconScale(map.getZoom());
  let best: { id: string; distance: number } | null = null;
  for (const feature of features) {
    if (feature.layer.id !== LAYER.events) continue;
    if (!map.getFeatureState({ source: SOURCE.events, id: feature.id as number }).visible) continue;
    const [x, y] = markerCentre(map, feature, scale);
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= MARKER_HIT_RADIUS_PX * scale && (!best || distance < best.distance)) {
      best = { id: String(feature.properties.id), distance };
    }
  }
  if (best) return { kind: 'event', id: best.id };
  const place = features.find((feature) => feature.layer.id !== LAYER.events);
  return place ? { kind: 'place', id: String(place.properties.id) } : null;
}
