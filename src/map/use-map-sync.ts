import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapRef } from '@vis.gl/react-maplibre';
import { type RefObject, useEffect, useRef } from 'react';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import { BASEMAP_LABEL_LAYERS, basemapNameField, COUNTRY_FEATURES } from './basemap-style';
import { LAYER, labelField, SOURCE } from './map-style';

type FeatureId = string | number;

/**
 * Mirrors the app state onto the map without touching its sources: scrubbing only flips
 * feature-state, and only for features whose state actually changes (PLATFORM.md).
 */
export function useMapSync(
  mapRef: RefObject<MapRef | null>,
  loaded: boolean,
  placeIndexById: ReadonlyMap<string, number>,
): void {
  const model = useModel();
  const visible = useVisibleEvents();
  const lang = useAppStore((state) => state.lang);
  const selectedEventId = useAppStore((state) => state.selectedEventId);
  const selectedPlaceId = useAppStore((state) => state.selectedPlaceId);

  const shown = useRef({
    events: new Set<FeatureId>(),
    places: new Set<FeatureId>(),
    areas: new Set<FeatureId>(),
  });
  const selected = useRef<{ source: string; sourceLayer?: string; id: FeatureId }[]>([]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map) return;
    const places = new Set<FeatureId>();
    const areas = new Set<FeatureId>();
    for (const event of visible) {
      const placeIndex = placeIndexById.get(event.record.place);
      if (placeIndex !== undefined) places.add(placeIndex);
      const area = model.placesById.get(event.record.place)?.area;
      if (area) areas.add(area);
    }
    const next = { events: new Set<FeatureId>(visible.map((event) => event.index)), places, areas };
    applyDiff(map, SOURCE.events, 'visible', shown.current.events, next.events);
    applyDiff(map, SOURCE.places, 'active', shown.current.places, next.places);
    applyDiff(map, SOURCE.provinces, 'active', shown.current.areas, next.areas);
    shown.current = next;
  }, [mapRef, loaded, visible, model, placeIndexById]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map) return;
    for (const feature of selected.current) map.setFeatureState(feature, { selected: false });
    const features: { source: string; sourceLayer?: string; id: FeatureId }[] = [];
    const event = selectedEventId ? model.eventsById.get(selectedEventId) : undefined;
    if (event) features.push({ source: SOURCE.events, id: event.index });
    const placeId = selectedPlaceId ?? event?.record.place;
    const place = placeId ? model.placesById.get(placeId) : undefined;
    if (place) {
      features.push({ source: SOURCE.places, id: placeIndexById.get(place.id)! });
      if (place.area?.includes('-')) features.push({ source: SOURCE.provinces, id: place.area });
      else if (place.area) features.push({ ...COUNTRY_FEATURES, id: place.area }); // vector tiles
    }
    for (const feature of features) map.setFeatureState(feature, { selected: true });
    selected.current = features;
    if (place && !map.getBounds().contains(place.coordinates)) {
      map.easeTo({ center: place.coordinates, duration: 600 });
    }
  }, [mapRef, loaded, selectedEventId, selectedPlaceId, model, placeIndexById]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map) return;
    map.setLayoutProperty(LAYER.placeLabels, 'text-field', labelField(lang));
    // Basemap labels (countries, cities, seas) follow the UI language too.
    for (const id of BASEMAP_LABEL_LAYERS)
      map.setLayoutProperty(id, 'text-field', basemapNameField(lang));
  }, [mapRef, loaded, lang]);
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
