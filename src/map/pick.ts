import { type LayoutCluster, type MarkerLayout, zoomIndex } from './marker-layout';

/** What a pointer can be on. */
export type MapTarget =
  | { kind: 'event'; id: string }
  | { kind: 'place'; id: string }
  | { kind: 'cluster'; cluster: LayoutCluster; count: number };

/** The minimum a pointer may miss a marker by and still hit it: 24 px across with a mouse, 44 px by touch. */
export const HIT_RADIUS_PX = { mouse: 12, touch: 22 } as const;
/** A place's dot is small; a pointer on it means the place, even among its markers. */
export const PLACE_DOT_HIT_RADIUS_PX = 7;

export type Project = (coordinates: readonly [number, number]) => { x: number; y: number };

export interface MarkerAt {
  id: string;
  x: number;
  y: number;
}

/**
 * Where each shown marker is drawn on screen: its place, moved by its offset at this zoom.
 * Markers that are part of a cluster at this zoom are not drawn and are left out.
 */
export function shownMarkers(
  events: readonly { id: string; place: readonly [number, number] }[],
  layout: MarkerLayout,
  zoom: number,
  project: Project,
): MarkerAt[] {
  const index = zoomIndex(zoom);
  const wholeZoom = Math.floor(zoom);
  const markers: MarkerAt[] = [];
  for (const event of events) {
    if (layout.ownFrom.get(event.id)! > wholeZoom) continue;
    const [dx, dy] = layout.offsets.get(event.id)![index]!;
    const { x, y } = project(event.place);
    markers.push({ id: event.id, x: x + dx, y: y + dy });
  }
  return markers;
}

export interface PlaceAt {
  id: string;
  x: number;
  y: number;
}

/**
 * The nearest marker within the hit radius, or place dot under the pointer. Hit areas are
 * generous, so where they overlap the nearest wins, and every marker and every place between
 * its markers stays reachable. (Clusters are buttons of their own.)
 */
export function pickMarker(
  point: { x: number; y: number },
  markers: readonly MarkerAt[],
  hitRadius: number,
  placeDots: readonly PlaceAt[] = [],
): MapTarget | null {
  let best: { target: MapTarget; distance: number } | null = null;
  for (const marker of markers) {
    const distance = Math.hypot(point.x - marker.x, point.y - marker.y);
    if (distance <= hitRadius && (!best || distance < best.distance))
      best = { target: { kind: 'event', id: marker.id }, distance };
  }
  for (const dot of placeDots) {
    const distance = Math.hypot(point.x - dot.x, point.y - dot.y);
    if (distance <= PLACE_DOT_HIT_RADIUS_PX && (!best || distance < best.distance))
      best = { target: { kind: 'place', id: dot.id }, distance };
  }
  return best?.target ?? null;
}
