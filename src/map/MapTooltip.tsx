import { useTranslation } from 'react-i18next';
import { describeEventDate } from '../domain/events/event-date';
import { useModel } from '../state/model-context';
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
  const model = useModel();
  const lang = useAppStore((state) => state.lang);
  const { target } = pointed;

  let title: string;
  let detail: string;
  if (target.kind === 'event') {
    const event = model.eventsById.get(target.id);
    if (!event) return null;
    title = event.record.title[lang];
    const place = model.placesById.get(event.record.place);
    detail = [describeEventDate(event, lang), place?.name[lang]].filter(Boolean).join(' · ');
  } else if (target.kind === 'cluster') {
    const names = target.cluster.placeIds
      .filter((id) => model.eventsByPlace.has(id))
      .map((id) => model.placesById.get(id)?.name[lang] ?? id);
    title = t('map.cluster', { count: target.count, places: names.join(', ') });
    detail = t('map.clusterHint');
  } else {
    const place = model.placesById.get(target.id);
    if (!place) return null;
    title = place.name[lang];
    detail = t('eventCount', { count: model.eventsByPlace.get(place.id)?.length ?? 0 });
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
