import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeReportedDate } from '../timeline/describe-date';
import { nearestEvent } from './timed-events';
import { selectEvent } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import { CategoryMark } from './CategoryMark';

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
                date: describeReportedDate(
                  { ...nearest, precision: nearest.record.date.precision },
                  lang,
                ),
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
              <button
                type="button"
                ref={selected ? selectedRef : undefined}
                className={`event-item${selected ? ' selected' : ''}`}
                aria-current={selected ? 'true' : undefined}
                onClick={() => selectEvent(event.record.id)}
              >
                <CategoryMark event={event.record} />
                <span className="event-item-text">
                  <span className="event-item-title">{event.record.title[lang]}</span>
                  <span className="event-item-meta">
                    {describeReportedDate(
                      { ...event, precision: event.record.date.precision },
                      lang,
                    )}
                    {place ? ` · ${place.name[lang]}` : ''}
                    {event.record.status === 'announced' ? ` · ${t('statuses.announced')}` : ''}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
