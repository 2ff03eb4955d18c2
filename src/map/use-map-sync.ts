import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { TimedEvent } from '../domain/events/timed-events';
import { useModel } from '../state/model-context';
import { selectedEventIdOf, selectedPlaceIdOf, useAppStore } from '../state/store';
import { BASEMAP_LABEL_LAYERS, basemapNameField, COUNTRY_FEATURES } from './basemap-style';
import { SOURCE } from './map-style';
import type { MarkerLayout } from './marker-layout';
import { LAYER, labelField, MARKER_SOURCE } from './marker-style';
import { prefersReducedMotion } from './motion';

type FeatureId = string | number;

/**
 * Mirrors the app state onto the map without rebuilding its event or place sources: scrubbing
 * flips feature-state, and only for features whose state actually changes (PLATFORM.md).
 */
export function useMapSync(
  map: MaplibreMap | null,
  layout: MarkerLayout,
  visible: readonly TimedEvent[],
  visibleCountByPlace: ReadonlyMap<string, number>,
  placeIndexById: ReadonlyMap<string, number>,
  /** The permalink said which view to show: the selection it names must not move it. */
  keepInitialView: boolean,
): void {
  const model = useModel();
  const lang = useAppStore((state) => state.lang);
  const selectedEventId = useAppStore(selectedEventIdOf);
  const selectedPlaceId = useAppStore(selectedPlaceIdOf);

  const shown = useRef({
    events: new Set<FeatureId>(),
    places: new Set<FeatureId>(),
    areas: new Set<FeatureId>(),
  });
  const selected = useRef<{ source: string; sourceLayer?: string; id: FeatureId }[]>([]);
  const firstSelectionSync = useRef(true);

  useEffect(() => {
    if (!map) return;
    const places = new Set<FeatureId>();
    const areas = new Set<FeatureId>();
    for (const placeId of visibleCountByPlace.keys()) {
      const placeIndex = placeIndexById.get(placeId);
      if (placeIndex !== undefined) places.add(placeIndex);
      const area = model.placesById.get(placeId)?.area;
      if (area) areas.add(area);
    }
    const next = { events: new Set<FeatureId>(visible.map((event) => event.index)), places, areas };
    applyDiff(map, MARKER_SOURCE.events, 'visible', shown.current.events, next.events);
    applyDiff(map, MARKER_SOURCE.places, 'active', shown.current.places, next.places);
    applyDiff(map, SOURCE.provinces, 'active', shown.current.areas, next.areas);
    shown.current = next;
  }, [map, visible, visibleCountByPlace, model, placeIndexById]);

  useEffect(() => {
    if (!map) return;
    for (const feature of selected.current) map.setFeatureState(feature, { selected: false });
    const features: { source: string; sourceLayer?: string; id: FeatureId }[] = [];
    const event = selectedEventId ? model.eventsById.get(selectedEventId) : undefined;
    if (event) features.push({ source: MARKER_SOURCE.events, id: event.index });
    const placeId = selectedPlaceId ?? event?.record.place;
    const place = placeId ? model.placesById.get(placeId) : undefined;
    if (place) {
      features.push({ source: MARKER_SOURCE.places, id: placeIndexById.get(place.id)! });
      if (place.area?.includes('-')) features.push({ source: SOURCE.provinces, id: place.area });
      else if (place.area) features.push({ ...COUNTRY_FEATURES, id: place.area }); // vector tiles
    }
    for (const feature of features) map.setFeatureState(feature, { selected: true });
    selected.current = features;
    const isFirst = firstSelectionSync.current;
    firstSelectionSync.current = false;
    if (!place || (isFirst && keepInitialView)) return;
    // A chosen event must be seen: in view, and not hidden inside a cluster.
    const standsFrom = event ? layout.ownFrom.get(event.record.id)! : 0;
    const zoom = Math.max(map.getZoom(), standsFrom);
    if (!map.getBounds().contains(place.coordinates) || zoom !== map.getZoom()) {
      map.easeTo({ center: place.coordinates, zoom, duration: prefersReducedMotion() ? 0 : 600 });
    }
  }, [map, layout, selectedEventId, selectedPlaceId, model, placeIndexById, keepInitialView]);

  useEffect(() => {
    if (!map) return;
    map.setLayoutProperty(LAYER.placeLabels, 'text-field', labelField(lang));
    // Basemap labels (countries, cities, seas) follow the UI language too.
    for (const id of BASEMAP_LABEL_LAYERS)
      map.setLayoutProperty(id, 'text-field', basemapNameField(lang));
  }, [map, lang]);
}

function applyDiff(
  map: MaplibreMap,
  source: string,
  flag: string,
  before: ReadonlySet<FeatureId>,
  after: ReadonlySet<FeatureId>,
): void {
  for (const id of before)
    if (!after.has(id)) map.setFeatureState({ source, id }, { [flag]: false });
  for (const id of after)
    if (!before.has(id)) map.setFeatureState({ source, id }, { [flag]: true });
}
