import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeById } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { prefersReducedMotion } from './motion';
import { boundsOf, countOffscreen, DIRECTIONS, type Direction, type LngLat } from './overview';

/** Room around the fitted events for their spread markers and labels. */
const FIT_PADDING_PX = 70;
/** A single place is shown at a zoom where its surroundings are still recognisable. */
const FIT_MAX_ZOOM = 8;
const ARROWS: Record<Direction, string> = { north: '▲', east: '▶', south: '▼', west: '◀' };
const NONE: Record<Direction, number> = { north: 0, east: 0, south: 0, west: 0 };

/**
 * "Show all" fits the map to the events the date and window show; where some of them are out
 * of view, a badge at that edge says how many, and fits the map to all of them too.
 */
export function MapOverview({
  map,
  visibleCountByPlace,
}: {
  map: MaplibreMap;
  visibleCountByPlace: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const points = useMemo(
    () =>
      [...visibleCountByPlace].flatMap(([id, events]) => {
        const place = placeById(catalog, id);
        return place ? [{ place: place.coordinates as LngLat, events }] : [];
      }),
    [visibleCountByPlace, catalog],
  );
  const [offscreen, setOffscreen] = useState(NONE);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const canvas = map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const screen = points.map(({ place, events }) => ({
        ...map.project(place as [number, number]),
        weight: events,
      }));
      const next = countOffscreen(screen, width, height);
      setOffscreen((previous) =>
        DIRECTIONS.every((direction) => previous[direction] === next[direction]) ? previous : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    map.on('move', schedule);
    map.on('resize', schedule);
    return () => {
      map.off('move', schedule);
      map.off('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [map, points]);

  const showAll = useCallback(() => {
    const bounds = boundsOf(points.map((point) => point.place));
    if (!bounds) return;
    map.fitBounds(bounds, {
      padding: FIT_PADDING_PX,
      maxZoom: FIT_MAX_ZOOM,
      duration: prefersReducedMotion() ? 0 : 700,
    });
  }, [map, points]);

  return (
    <>
      <button
        type="button"
        className="map-button show-all"
        onClick={showAll}
        disabled={points.length === 0}
        title={t('map.showAllTitle')}
      >
        <span aria-hidden="true">⤢ </span>
        {t('map.showAll')}
      </button>
      {DIRECTIONS.map((direction) => {
        const count = offscreen[direction];
        if (count === 0) return null;
        const label = t('map.offscreen', { count, direction: t(`map.directions.${direction}`) });
        return (
          <button
            key={direction}
            type="button"
            className={`map-button offscreen offscreen-${direction}`}
            onClick={showAll}
            aria-label={label}
            title={label}
          >
            <span aria-hidden="true">
              {ARROWS[direction]} {count}
            </span>
          </button>
        );
      })}
    </>
  );
}
