import Supercluster from 'supercluster';

/**
 * Where every event marker sits at every zoom, computed once per dataset: which markers stand
 * on their own and where, and which are gathered into a cluster. Depends on all events, never
 * on the visible ones, so nothing moves while the user scrubs through time.
 *
 * Three steps per whole zoom level:
 * 1. Places that stay on one spot even at the closest zoom (Moscow and the Kremlin are 90 m
 *    apart) form one *site*: their markers are spread together, never clustered together.
 * 2. Sites closer than CLUSTER_RADIUS_PX on screen are gathered into clusters (supercluster).
 * 3. The markers of every site that stands alone are packed around it: each takes the free
 *    spot nearest its site on a spiral, at least MARKER_SPACING_PX from every other marker and
 *    clear of other places' dots, so no marker ever hides another.
 */

export const LAYOUT_MIN_ZOOM = 1;
export const LAYOUT_MAX_ZOOM = 12;
/** Centre to centre: a 14 px disc plus a 3 px gap. */
export const MARKER_SPACING_PX = 17;
/** Sites closer than this on screen are gathered into one cluster at that zoom. */
export const CLUSTER_RADIUS_PX = 34;
/** Markers keep this far from a place's dot: a marker's radius plus the dot's. */
const PLACE_DOT_CLEARANCE_PX = 12;
const TILE_SIZE = 512;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPIRAL_STEP = MARKER_SPACING_PX * 0.5;
const MAX_CANDIDATES = 20_000;

export interface LayoutPlace {
  id: string;
  coordinates: readonly [number, number];
  /** Its events' ids, in the order they take spots (the earliest nearest the place). */
  eventIds: readonly string[];
}

export interface LayoutCluster {
  /** Unique across zooms: `zoom/n`. */
  key: string;
  zoom: number;
  coordinates: [number, number];
  placeIds: string[];
  /** The zoom at which the cluster breaks apart. */
  expansionZoom: number;
}

export interface MarkerLayout {
  /** The first zoom at which the event's marker stands on its own (below it, it is clustered). */
  ownFrom: Map<string, number>;
  /** Pixel offset of the marker from its place, per zoom from LAYOUT_MIN_ZOOM (index 0). */
  offsets: Map<string, [number, number][]>;
  /** How far the markers of the place's site reach from it, per zoom: labels go outside that. */
  reach: Map<string, number[]>;
  clusters: LayoutCluster[];
}

export const zoomIndex = (zoom: number) =>
  Math.min(LAYOUT_MAX_ZOOM, Math.max(LAYOUT_MIN_ZOOM, Math.floor(zoom))) - LAYOUT_MIN_ZOOM;

/** Web-Mercator pixel position at `zoom`, in MapLibre's 512 px world. */
export function worldPixel(coordinates: readonly [number, number], zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const [lon, lat] = coordinates;
  const clamped = Math.max(-85.05, Math.min(85.05, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  return [x, y];
}

interface Site {
  places: LayoutPlace[];
  coordinates: [number, number];
  eventCount: number;
}

/** Places with events that coincide on screen even at the closest zoom become one site. */
function groupSites(places: readonly LayoutPlace[]): Site[] {
  const withEvents = places.filter((place) => place.eventIds.length > 0);
  const parent = withEvents.map((_, index) => index);
  const root = (index: number): number =>
    parent[index] === index ? index : (parent[index] = root(parent[index]!));
  const pixels = withEvents.map((place) => worldPixel(place.coordinates, LAYOUT_MAX_ZOOM));
  for (let a = 0; a < withEvents.length; a++) {
    for (let b = a + 1; b < withEvents.length; b++) {
      const [ax, ay] = pixels[a]!;
      const [bx, by] = pixels[b]!;
      if (Math.hypot(ax - bx, ay - by) < CLUSTER_RADIUS_PX) parent[root(a)] = root(b);
    }
  }
  const groups = new Map<number, LayoutPlace[]>();
  withEvents.forEach((place, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(place);
    groups.set(root(index), group);
  });
  return [...groups.values()].map((group) => {
    const eventCount = group.reduce((sum, place) => sum + place.eventIds.length, 0);
    const weighted = (axis: 0 | 1) =>
      group.reduce((sum, place) => sum + place.coordinates[axis] * place.eventIds.length, 0) /
      eventCount;
    return { places: group, coordinates: [weighted(0), weighted(1)], eventCount };
  });
}

/** Already placed discs, hashed by cell, so each free-spot test looks at a few neighbours. */
class OccupiedSpots {
  private readonly cells = new Map<string, [number, number, number][]>();
  private readonly cellSize = MARKER_SPACING_PX * 2;

  add(x: number, y: number, clearance: number): void {
    const key = this.key(Math.floor(x / this.cellSize), Math.floor(y / this.cellSize));
    const cell = this.cells.get(key) ?? [];
    cell.push([x, y, clearance]);
    this.cells.set(key, cell);
  }

  isFree(x: number, y: number): boolean {
    const cx = Math.floor(x / this.cellSize);
    const cy = Math.floor(y / this.cellSize);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const [ox, oy, clearance] of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (Math.hypot(x - ox, y - oy) < clearance) return false;
        }
      }
    }
    return true;
  }

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }
}

/** The k-th spot of a sunflower spiral around a centre: dense, even, and nearest first. */
function spiralSpot(k: number): [number, number] {
  const radius = SPIRAL_STEP * Math.sqrt(k);
  const angle = k * GOLDEN_ANGLE - Math.PI / 2;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function computeMarkerLayout(places: readonly LayoutPlace[]): MarkerLayout {
  const sites = groupSites(places);
  const zoomCount = LAYOUT_MAX_ZOOM - LAYOUT_MIN_ZOOM + 1;
  const ownFrom = new Map<string, number>();
  const offsets = new Map<string, [number, number][]>();
  const reach = new Map<string, number[]>(places.map((place) => [place.id, []]));
  const clusters: LayoutCluster[] = [];

  const index = new Supercluster<{ site: number }, Record<string, never>>({
    minZoom: LAYOUT_MIN_ZOOM,
    maxZoom: LAYOUT_MAX_ZOOM - 1,
    radius: CLUSTER_RADIUS_PX,
    extent: TILE_SIZE,
    minPoints: 2,
  });
  index.load(
    sites.map((site, siteIndex) => ({
      type: 'Feature',
      properties: { site: siteIndex },
      geometry: { type: 'Point', coordinates: [...site.coordinates] },
    })),
  );

  for (let zoom = LAYOUT_MAX_ZOOM; zoom >= LAYOUT_MIN_ZOOM; zoom--) {
    const alone: Site[] = [];
    let clusterNumber = 0;
    for (const feature of index.getClusters([-180, -85, 180, 85], zoom)) {
      const properties = feature.properties as { cluster?: boolean; cluster_id?: number };
      if (properties.cluster) {
        const id = properties.cluster_id!;
        const members = index.getLeaves(id, Infinity).map((leaf) => sites[leaf.properties.site]!);
        clusters.push({
          key: `${zoom}/${clusterNumber++}`,
          zoom,
          coordinates: feature.geometry.coordinates as [number, number],
          placeIds: members.flatMap((site) => site.places.map((place) => place.id)),
          expansionZoom: Math.min(LAYOUT_MAX_ZOOM, index.getClusterExpansionZoom(id)),
        });
      } else {
        alone.push(sites[(feature.properties as { site: number }).site]!);
      }
    }

    // Every place's dot stays clear and clickable between the markers, except where a place's
    // single event stands right on it.
    const occupied = new OccupiedSpots();
    const standsOnItsPlace = new Set(
      alone.filter((site) => site.eventCount === 1).map((site) => site.places[0]!.id),
    );
    for (const place of places) {
      if (standsOnItsPlace.has(place.id)) continue;
      const [x, y] = worldPixel(place.coordinates, zoom);
      occupied.add(x, y, PLACE_DOT_CLEARANCE_PX);
    }
    // Small sites first: a town with one event keeps its marker on the town, and a crowded
    // province's spiral flows around it rather than over it.
    alone.sort((a, b) => a.eventCount - b.eventCount || a.coordinates[0] - b.coordinates[0]);
    for (const site of alone) {
      const [sx, sy] = worldPixel(site.coordinates, zoom);
      let k = 0;
      const siteSpots: [number, number][] = [];
      for (const place of site.places) {
        const [px, py] = worldPixel(place.coordinates, zoom);
        for (const eventId of place.eventIds) {
          let spot = spiralSpot(k);
          while (!occupied.isFree(sx + spot[0], sy + spot[1]) && k < MAX_CANDIDATES) {
            spot = spiralSpot(++k);
          }
          const x = sx + spot[0];
          const y = sy + spot[1];
          occupied.add(x, y, MARKER_SPACING_PX);
          siteSpots.push([x, y]);
          const offset: [number, number] = [round1(x - px), round1(y - py)];
          const perZoom = offsets.get(eventId) ?? Array.from({ length: zoomCount }, () => [0, 0]);
          perZoom[zoom - LAYOUT_MIN_ZOOM] = offset;
          offsets.set(eventId, perZoom);
          ownFrom.set(eventId, zoom);
        }
      }
      // A label goes outside every marker of its site, not only its own place's: Moscow's
      // label must clear the Kremlin's markers too.
      for (const place of site.places) {
        const [px, py] = worldPixel(place.coordinates, zoom);
        const farthest = Math.max(0, ...siteSpots.map(([x, y]) => Math.hypot(x - px, y - py)));
        reach.get(place.id)![zoom - LAYOUT_MIN_ZOOM] = round1(farthest);
      }
    }
  }

  // Every event stands alone at the closest zoom (clustering stops one zoom before it), so
  // only the reach of clustered zooms and of places without events is left to fill in.
  for (const place of places) {
    const perZoom = reach.get(place.id)!;
    for (let i = 0; i < zoomCount; i++) perZoom[i] ??= 0;
  }
  return { ownFrom, offsets, reach, clusters };
}
