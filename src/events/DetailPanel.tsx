import { useTranslation } from 'react-i18next';
import { eventById, placeById } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { selectEvent } from '../state/navigation';
import { selectedEventIdOf, selectedPlaceIdOf, useAppStore } from '../state/store';
import { EventDetail } from './EventDetail';
import { PlaceDetail } from './PlaceDetail';

/** The selected event or place, in the list's place; "back to the list" (or Escape) closes it. */
export function DetailPanel() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const eventId = useAppStore(selectedEventIdOf);
  const placeId = useAppStore(selectedPlaceIdOf);
  const event = eventId ? eventById(catalog, eventId) : undefined;
  const place = placeId ? placeById(catalog, placeId) : undefined;
  if (!event && !place) return null;

  return (
    <section className="detail-panel" aria-label={t('details')}>
      <div className="detail-bar">
        <button type="button" className="back-button" onClick={() => selectEvent(null)}>
          <span aria-hidden="true">← </span>
          {t('backToList')}
        </button>
      </div>
      {event ? <EventDetail event={event} /> : place ? <PlaceDetail place={place} /> : null}
    </section>
  );
}
