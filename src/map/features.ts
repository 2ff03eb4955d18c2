import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../domain/data/schema';
import type { EventPlace, GeoPrecision, MapEvent } from '../domain/events/event';
import {
  LAYOUT_MAX_ZOOM,
  LAYOUT_MIN_ZOOM,
  type LayoutCluster,
  type LayoutPlace,
  type MarkerLayout,
} from './marker-layout';

/** Property names of the per-zoom values, `o1` … `o12`: MapLibre picks one by zoom (a step). */
export const offsetKey = (zoom: number) => `o${zoom}`;
export const labelOffsetKey = (zoom: number) => `r${zoom}`;
export const LAYOUT_ZOOMS = Array.from(
  { length: LAYOUT_MAX_ZOOM - LAYOUT_MIN_ZOOM + 1 },
  (_, i) => LAYOUT_MIN_ZOOM + i,
);

/** A place's events in the order they take spots around it: the earliest nearest the place. */
export function layoutPlaces(
  places: readonly Place[],
  eventsAt: (placeId: string) => readonly MapEvent[],
): LayoutPlace[] {
  return places.map((place) => ({
    id: place.id,
    coordinates: place.coordinates,
    eventIds: eventsAt(place.id).map((event) => event.id),
  }));
}

export interface EventFeatureProperties {
  /** The qualified event id; MapLibre promotes it to the feature id. */
  id: string;
  category: string;
  status: string;
  /** Later events draw on top. */
  order: number;
  /** The first zoom at which the marker stands on its own rather than in a cluster. */
  ownFrom: number;
  /** `o<zoom>`: pixel offset from the place at that zoom. */
  [offset: `o${number}`]: [number, number];
}

/** One point per event at its place, identified by its qualified id. */
export function eventFeatures(
  places: readonly Place[],
  eventsAt: (placeId: string) => readonly MapEvent[],
  layout: MarkerLayout,
): FeatureCollection<Point, EventFeatureProperties> {
  const features: Feature<Point, EventFeatureProperties>[] = [];
  for (const place of places) {
    for (const event of eventsAt(place.id)) {
      const id = event.id;
      const offsets = layout.offsets.get(id)!;
      const properties: EventFeatureProperties = {
        id,
        category: event.category,
        status: event.status,
        order: event.date.start,
        ownFrom: layout.ownFrom.get(id)!,
      };
      LAYOUT_ZOOMS.forEach((zoom, i) => {
        properties[`o${zoom}`] = offsets[i]!;
      });
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...place.coordinates] },
        properties,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

export interface PlaceFeatureProperties {
  id: string;
  name_de: string;
  name_en: string;
  kind: string;
  precision: string;
  /** Label priority, lower first: places with more events win when labels would collide. */
  rank: number;
  /** `r<zoom>`: label distance from the place in ems, just outside its own markers. */
  [labelOffset: `r${number}`]: number;
}

const LABEL_EM_PX = 13;
const BUILDING_RANK = 1000;
/** Half a marker's collision box (12 px), its padding (2) and the label's (3), and air. */
const LABEL_GAP_PX = 18;

/** One point per place, identified by its id. */
export function placeFeatures(
  places: readonly Place[],
  layout: MarkerLayout,
  eventCounts: ReadonlyMap<string, number>,
): FeatureCollection<Point, PlaceFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => {
      const reach = layout.reach.get(place.id) ?? [];
      const properties: PlaceFeatureProperties = {
        id: place.id,
        name_de: place.name.de,
        name_en: place.name.en,
        kind: place.kind,
        precision: place.precision,
        // A building (the Kremlin) yields to the city around it when their labels collide.
        rank: -(eventCounts.get(place.id) ?? 0) + (place.kind === 'building' ? BUILDING_RANK : 0),
      };
      LAYOUT_ZOOMS.forEach((zoom, i) => {
        properties[`r${zoom}`] =
          Math.round((((reach[i] ?? 0) + LABEL_GAP_PX) / LABEL_EM_PX) * 10) / 10;
      });
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...place.coordinates] },
        properties,
      };
    }),
  };
}

export interface ClusterSpotProperties {
  key: string;
  zoom: number;
}

/**
 * Where clusters stand at each zoom. The bubbles themselves are buttons over the map (their
 * counts change with every date step, and a count on the map would mean rebuilding a source);
 * these invisible spots keep the labels off them.
 */
export function clusterSpotFeatures(
  clusters: readonly LayoutCluster[],
): FeatureCollection<Point, ClusterSpotProperties> {
  return {
    type: 'FeatureCollection',
    features: clusters.map((cluster) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: cluster.coordinates },
      properties: { key: cluster.key, zoom: cluster.zoom },
    })),
  };
}

/** The clusters at a whole zoom that stand for shown events, with how many each stands for. */
export function clustersWithCounts(
  clusters: readonly LayoutCluster[],
  zoom: number,
  shownCountByPlace: ReadonlyMap<string, number>,
): { cluster: LayoutCluster; count: number }[] {
  const wholeZoom = Math.floor(zoom);
  const result: { cluster: LayoutCluster; count: number }[] = [];
  for (const cluster of clusters) {
    if (cluster.zoom !== wholeZoom) continue;
    const count = cluster.placeIds.reduce((sum, id) => sum + (shownCountByPlace.get(id) ?? 0), 0);
    if (count > 0) result.push({ cluster, count });
  }
  return result;
}

export interface SiteFeatureProperties {
  /** The place id; MapLibre promotes it to the feature id. */
  id: string;
  dataset: string;
  /** How the dataset is drawn: its place in the list of imports. */
  colorIndex: number;
  precision: GeoPrecision;
}

/**
 * One point per place of an imported dataset: a large import is drawn as sites sized by how
 * many of their events are shown, not as one marker per event, so a step changes a few sites'
 * counts and the map draws thousands of circles instead of a hundred thousand.
 */
export function siteFeatures(
  sites: readonly { place: EventPlace; dataset: string; colorIndex: number }[],
): FeatureCollection<Point, SiteFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: sites.map(({ place, dataset, colorIndex }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...place.coordinates] },
      properties: { id: place.id, dataset, colorIndex, precision: place.precision },
    })),
  };
}
