import { useTranslation } from 'react-i18next';
import { describeEventDate } from '../domain/events/event-date';
import { eventById, placeById, rowsAtPlace } from '../domain/catalog';
import { useEventTitle } from '../events/use-event-title';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import type { MapTarget } from './pick';

export interface PointedTarget {
  target: MapTarget;
  /** Pointer position in the map's own pixels. */
  x: number;
  y: number;
}

/**
 * Says what is under the pointer before a click: an event's title and date, a cluster's
 * count and places, a place's name. Mouse only and decorative for screen readers: the list
 * and the details say the same.
 */
export function MapTooltip({ pointed }: { pointed: PointedTarget }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const eventTitle = useEventTitle();
  const lang = useAppStore((state) => state.lang);
  const { target } = pointed;

  let title: string;
  let detail: string;
  if (target.kind === 'event') {
    const event = eventById(catalog, target.id);
    if (!event) return null;
    title = eventTitle(event);
    const place = placeById(catalog, event.place);
    detail = [describeEventDate(event, lang), place?.name[lang]].filter(Boolean).join(' · ');
  } else if (target.kind === 'cluster') {
    const names = target.cluster.placeIds
      .filter((id) => rowsAtPlace(catalog, catalog.table.placeIndexById.get(id) ?? -1).length > 0)
      .map((id) => placeById(catalog, id)?.name[lang] ?? id);
    title = t('map.cluster', { count: target.count, places: names.join(', ') });
    detail = t('map.clusterHint');
  } else {
    const place = placeById(catalog, target.id);
    if (!place) return null;
    title = place.name[lang];
    const index = catalog.table.placeIndexById.get(place.id)!;
    detail = t('eventCount', { count: rowsAtPlace(catalog, index).length });
  }

  return (
    <div
      className="map-tooltip"
      aria-hidden="true"
      data-testid="map-tooltip"
      style={{ left: pointed.x, top: pointed.y }}
    >
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
}
