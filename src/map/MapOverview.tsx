import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModel } from '../state/model-context';
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
  const model = useModel();
  const points = useMemo(
    () =>
      [...visibleCountByPlace].flatMap(([id, events]) => {
        const place = model.placesById.get(id);
        return place ? [{ place: place.coordinates as LngLat, events }] : [];
      }),
    [visibleCountByPlace, model],
  );
  const [offscreen, setOffscreen] = useState(NONE);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const canvas = map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const screen = points.flatMap(({ place, events }) => {
        const { x, y } = map.project(place as [number, number]);
        return Array.from({ length: events }, () => ({ x, y }));
      });
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
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.fitBounds(bounds, {
      padding: FIT_PADDING_PX,
      maxZoom: FIT_MAX_ZOOM,
      duration: reduce ? 0 : 700,
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
      {DIRECTIONS.map((direction) =>
        offscreen[direction] > 0 ? (
          <button
            key={direction}
            type="button"
            className={`map-button offscreen offscreen-${direction}`}
            onClick={showAll}
            aria-label={t('map.offscreen', {
              count: offscreen[direction],
              direction: t(`map.directions.${direction}`),
            })}
            title={t('map.offscreen', {
              count: offscreen[direction],
              direction: t(`map.directions.${direction}`),
            })}
            data-direction={direction}
          >
            <span aria-hidden="true">
              {ARROWS[direction]} {offscreen[direction]}
            </span>
          </button>
        ) : null,
      )}
    </>
  );
}
