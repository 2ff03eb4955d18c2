import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { type Catalog, eventById, isCurated, placeById } from '../domain/catalog';
import type { VisibilityChange } from '../domain/events/visibility';
import { useCatalog } from '../state/catalog-context';
import { selectedEventIdOf, selectedPlaceIdOf, useAppStore } from '../state/store';
import { onVisibilityChange, visibilityOf } from '../state/visibility';
import { BASEMAP_LABEL_LAYERS, basemapNameField, COUNTRY_FEATURES } from './basemap-style';
import { SOURCE } from './map-style';
import type { MarkerLayout } from './marker-layout';
import { LAYER, labelField, MARKER_SOURCE } from './marker-style';
import { prefersReducedMotion } from './motion';

type FeatureRef = { source: string; sourceLayer?: string; id: string | number };

/**
 * Tells the map what changed, and only that: each change of the visible set sets feature-state
 * on the markers, places and sites it touched (PLATFORM.md). Curated events are markers of their
 * own; imported events are counted at their sites. No source is rebuilt while scrubbing.
 */
function applyChange(
  map: MaplibreMap,
  catalog: Catalog,
  change: VisibilityChange,
  areaCounts: Map<string, number>,
) {
  const { table } = catalog;
  const visibility = visibilityOf(catalog.table);
  for (const rows of [change.entered, change.left]) {
    for (const row of rows) {
      if (!isCurated(table.datasetIds[table.datasetOf[row]!]!)) continue;
      map.setFeatureState(
        { source: MARKER_SOURCE.events, id: table.events[row]!.id },
        { visible: visibility.isVisible(row) },
      );
    }
  }
  for (const placeIndex of change.places) {
    const place = table.places[placeIndex]!;
    const count = visibility.placeCounts[placeIndex]!;
    const curated = catalog.curatedPlacesById.get(place.id);
    if (!curated) {
      map.setFeatureState({ source: MARKER_SOURCE.sites, id: place.id }, { count });
      continue;
    }
    const wasActive = Boolean(
      map.getFeatureState({ source: MARKER_SOURCE.places, id: place.id }).active,
    );
    if (wasActive === count > 0) continue;
    map.setFeatureState({ source: MARKER_SOURCE.places, id: place.id }, { active: count > 0 });
    // A province is lit while any of its places has a shown event.
    if (curated.area) {
      const active = (areaCounts.get(curated.area) ?? 0) + (count > 0 ? 1 : -1);
      areaCounts.set(curated.area, active);
      map.setFeatureState({ source: SOURCE.provinces, id: curated.area }, { active: active > 0 });
    }
  }
  performance.mark('lagekarte:map-told');
}

/** Everything as it is now, for a map that has just loaded or just been given new data. */
function fullChange(catalog: Catalog): VisibilityChange {
  const { table } = catalog;
  const visibility = visibilityOf(catalog.table);
  const entered: number[] = [];
  const left: number[] = [];
  for (const dataset of catalog.datasets) {
    if (!isCurated(dataset.id)) continue;
    for (const row of table.rowsOfDataset[table.datasetIds.indexOf(dataset.id)] ?? [])
      (visibility.isVisible(row) ? entered : left).push(row);
  }
  return { entered, left, places: table.places.map((_, index) => index) };
}

export function useMapSync(
  map: MaplibreMap | null,
  layout: MarkerLayout,
  /** The permalink said which view to show: the selection it names must not move it. */
  keepInitialView: boolean,
): void {
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const selectedEventId = useAppStore(selectedEventIdOf);
  const selectedPlaceId = useAppStore(selectedPlaceIdOf);
  const selected = useRef<FeatureRef[]>([]);
  const firstSelectionSync = useRef(true);

  useEffect(() => {
    if (!map) return;
    const areaCounts = new Map<string, number>();
    for (const place of catalog.curated.places) {
      if (place.area)
        map.setFeatureState({ source: SOURCE.provinces, id: place.area }, { active: false });
      map.setFeatureState({ source: MARKER_SOURCE.places, id: place.id }, { active: false });
    }
    applyChange(map, catalog, fullChange(catalog), areaCounts);
    return onVisibilityChange((change, reset, table) => {
      // Changes of another catalog's visible set (one on its way in or out) are not this map's.
      if (table !== catalog.table) return;
      applyChange(map, catalog, reset ? fullChange(catalog) : change, areaCounts);
    });
  }, [map, catalog]);

  useEffect(() => {
    if (!map) return;
    for (const feature of selected.current) map.setFeatureState(feature, { selected: false });
    const features: FeatureRef[] = [];
    const event = selectedEventId ? eventById(catalog, selectedEventId) : undefined;
    const curatedEvent = event && isCurated(event.dataset);
    if (event && curatedEvent) features.push({ source: MARKER_SOURCE.events, id: event.id });
    const placeId = selectedPlaceId ?? event?.place;
    const place = placeId ? placeById(catalog, placeId) : undefined;
    const curatedPlace = place && catalog.curatedPlacesById.get(place.id);
    if (place && curatedPlace) {
      features.push({ source: MARKER_SOURCE.places, id: place.id });
      if (curatedPlace.area?.includes('-'))
        features.push({ source: SOURCE.provinces, id: curatedPlace.area });
      else if (curatedPlace.area) features.push({ ...COUNTRY_FEATURES, id: curatedPlace.area }); // vector tiles
    } else if (place) {
      features.push({ source: MARKER_SOURCE.sites, id: place.id });
    }
    for (const feature of features) map.setFeatureState(feature, { selected: true });
    selected.current = features;
    const isFirst = firstSelectionSync.current;
    firstSelectionSync.current = false;
    if (!place || (isFirst && keepInitialView)) return;
    // A chosen event must be seen: in view, and not hidden inside a cluster.
    const standsFrom = curatedEvent ? (layout.ownFrom.get(event.id) ?? 0) : 0;
    const zoom = Math.max(map.getZoom(), standsFrom);
    if (!map.getBounds().contains(place.coordinates) || zoom !== map.getZoom()) {
      map.easeTo({ center: place.coordinates, zoom, duration: prefersReducedMotion() ? 0 : 600 });
    }
  }, [map, layout, selectedEventId, selectedPlaceId, catalog, keepInitialView]);

  useEffect(() => {
    if (!map) return;
    map.setLayoutProperty(LAYER.placeLabels, 'text-field', labelField(lang));
    // Basemap labels (countries, cities, seas) follow the UI language too.
    for (const id of BASEMAP_LABEL_LAYERS)
      map.setLayoutProperty(id, 'text-field', basemapNameField(lang));
  }, [map, lang]);
}
