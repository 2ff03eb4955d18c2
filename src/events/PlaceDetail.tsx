import { useTranslation } from 'react-i18next';
import type { Place } from '../domain/data/schema';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import { EventButton } from './EventButton';

/** A place: how the articles write it and every event reported there, shown ones first. */
export function PlaceDetail({ place }: { place: Place }) {
  const { t } = useTranslation();
  const model = useModel();
  const lang = useAppStore((state) => state.lang);
  const visibleIds = new Set(useVisibleEvents().map((event) => event.record.id));
  const events = [...(model.eventsByPlace.get(place.id) ?? [])].sort(
    (a, b) => Number(visibleIds.has(b.record.id)) - Number(visibleIds.has(a.record.id)),
  );

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabIndex={-1}>
        {place.name[lang]}
      </h2>
      <p className="precision">
        {t(`placeKinds.${place.kind}`)} · {t(`placePrecision.${place.precision}`)}
      </p>
      <dl className="facts">
        <dt>{t('alsoWritten')}</dt>
        <dd lang="de">{place.aliases.join(', ')}</dd>
      </dl>
      <h3>{t('eventsAtPlace')}</h3>
      {events.length === 0 ? (
        <p>{t('noEventsAtPlace')}</p>
      ) : (
        <ul className="place-events">
          {events.map((event) => (
            <li
              key={event.record.id}
              className={visibleIds.has(event.record.id) ? undefined : 'outside-window'}
            >
              <EventButton
                event={event}
                lang={lang}
                details={visibleIds.has(event.record.id) ? [] : [t('outsideWindow')]}
              />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
