import { useTranslation } from 'react-i18next';
import { selectEvent } from '../state/navigation';
import { useModel } from '../state/model-context';
import { selectedEventIdOf, selectedPlaceIdOf, useAppStore } from '../state/store';
import { EventDetail } from './EventDetail';
import { PlaceDetail } from './PlaceDetail';

/** The selected event or place, in the list's place; "back to the list" (or Escape) closes it. */
export function DetailPanel() {
  const { t } = useTranslation();
  const model = useModel();
  const eventId = useAppStore(selectedEventIdOf);
  const placeId = useAppStore(selectedPlaceIdOf);
  const event = eventId ? model.eventsById.get(eventId) : undefined;
  const place = placeId ? model.placesById.get(placeId) : undefined;
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
