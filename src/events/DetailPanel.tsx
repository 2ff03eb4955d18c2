import { useTranslation } from 'react-i18next';
import { selectEvent } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useAppStore } from '../state/store';
import { EventDetail } from './EventDetail';
import { PlaceDetail } from './PlaceDetail';

export function DetailPanel() {
  const { t } = useTranslation();
  const model = useModel();
  const eventId = useAppStore((state) => state.selectedEventId);
  const placeId = useAppStore((state) => state.selectedPlaceId);
  const event = eventId ? model.eventsById.get(eventId) : undefined;
  const place = placeId ? model.placesById.get(placeId) : undefined;
  if (!event && !place) return null;

  return (
    <section className="detail-panel" aria-label={t('details')}>
      <button
        type="button"
        className="close-button"
        aria-label={t('closeDetails')}
        onClick={() => selectEvent(null)}
      >
        ×
      </button>
      {event ? <EventDetail event={event} /> : place ? <PlaceDetail place={place} /> : null}
    </section>
  );
}
