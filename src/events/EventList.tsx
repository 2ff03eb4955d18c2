import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nearestEvent } from './timed-events';
import { selectEvent } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import { describeEventDate, EventButton } from './EventButton';

/** The events that appear for the current date, in date order; in step with the map. */
export function EventList() {
  const { t } = useTranslation();
  const model = useModel();
  const visible = useVisibleEvents();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);
  const selectedEventId = useAppStore((state) => state.selectedEventId);
  const selectedRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedEventId]);

  const nearest = visible.length === 0 ? nearestEvent(model.events, date) : null;

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">
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
          const selected = event.record.id === selectedEventId;
          const place = model.placesById.get(event.record.place);
          return (
            <li key={event.record.id}>
              <EventButton
                event={event}
                lang={lang}
                selected={selected}
                buttonRef={selected ? selectedRef : undefined}
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
