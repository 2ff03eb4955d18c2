import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useReducer } from 'react';
import { eventById, isCurated, placeById } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { visibilityOf } from '../state/visibility';
import { useAppStore } from '../state/store';
import type { PointedTarget } from './MapTooltip';
import type { MarkerLayout } from './marker-layout';
import { shownMarkers } from './pick';

/**
 * The event a list line is hovered or focused on, as a target for the map's tooltip, at its
 * marker: keyboard users get the same "which marker is this" as pointer users. Nothing when the
 * marker is not shown, stands in a cluster or is out of view.
 */
export function useHighlightedMarker(
  map: MaplibreMap | null,
  layout: MarkerLayout,
): PointedTarget | null {
  const catalog = useCatalog();
  const id = useAppStore((state) => state.highlightedEventId);
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  // Follow the marker while the map moves under it.
  useEffect(() => {
    if (!map || !id) return;
    map.on('move', rerender);
    return () => {
      map.off('move', rerender);
    };
  }, [map, id]);

  const row = id ? catalog.table.rowById.get(id) : undefined;
  if (!map || !id || row === undefined || !visibilityOf(catalog.table).isVisible(row)) return null;
  const event = eventById(catalog, id);
  const place = event && placeById(catalog, event.place);
  if (!event || !place) return null;
  // An imported event is counted at its site: the tooltip names it there.
  const [marker] = isCurated(event.dataset)
    ? shownMarkers([{ id, place: place.coordinates }], layout, map.getZoom(), (coordinates) =>
        map.project(coordinates as [number, number]),
      )
    : [map.project(place.coordinates)];
  const canvas = map.getCanvas();
  if (
    !marker ||
    marker.x < 0 ||
    marker.y < 0 ||
    marker.x > canvas.clientWidth ||
    marker.y > canvas.clientHeight
  )
    return null;
  return { target: { kind: 'event', id }, x: marker.x, y: marker.y - 8 };
}
