import { useTranslation } from 'react-i18next';
import { nearestEvent } from '../domain/events/timed-events';
import { selectEvent } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import { describeEventDate } from '../domain/events/event-date';
import { EventButton } from './EventButton';

/** The events that appear for the current date, in date order; in step with the map. */
export function EventList({ hidden = false }: { hidden?: boolean }) {
  const { t } = useTranslation();
  const model = useModel();
  const visible = useVisibleEvents();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);
  const nearest = visible.length === 0 ? nearestEvent(model.events, date) : null;

  return (
    <section className="event-list" aria-labelledby="event-list-heading" hidden={hidden}>
      {/* Focus lands here when a closed detail's event is no longer listed. */}
      <h2 id="event-list-heading" tabIndex={-1}>
        {t('events')} <span className="event-count">({visible.length})</span>
      </h2>
      {visible.length === 0 ? (
        <div className="empty-list">
          <p>{t('noEvents')}</p>
          {nearest && (
            <button
              type="button"
              className="link-button"
              onClick={() => selectEvent(nearest.record.id, nearest.start)}
            >
              {t('showNearest', {
                title: nearest.record.title[lang],
                date: describeEventDate(nearest, lang),
              })}
            </button>
          )}
        </div>
      ) : null}
      <ul aria-label={t('events')}>
        {visible.map((event) => {
          const place = model.placesById.get(event.record.place);
          return (
            <li key={event.record.id}>
              <EventButton
                event={event}
                lang={lang}
                details={[
                  ...(place ? [place.name[lang]] : []),
                  ...(event.record.status === 'announced' ? [t('statuses.announced')] : []),
                ]}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
