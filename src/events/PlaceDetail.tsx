import { useTranslation } from 'react-i18next';
import { eventsAtPlace } from '../domain/catalog';
import { describeEventDate } from '../domain/events/event-date';
import type { EventPlace } from '../domain/events/event';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { useVisibility, useVisibilityVersion } from '../state/visibility';
import { EventButton } from './EventButton';
import { useEventTitle } from './use-event-title';

/** A busy place in a large import has thousands of events; the detail lists this many. */
const MAX_LISTED = 200;

/** A place: how the sources write it and every event reported there, shown ones first. */
export function PlaceDetail({ place }: { place: EventPlace }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const title = useEventTitle();
  useVisibilityVersion();
  const visibility = useVisibility();
  const isShown = (id: string) => visibility.isVisible(catalog.table.rowById.get(id)!);
  const events = eventsAtPlace(catalog, place.id).sort(
    (a, b) => Number(isShown(b.id)) - Number(isShown(a.id)),
  );
  const curated = catalog.curatedPlacesById.get(place.id);

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabIndex={-1}>
        {place.name[lang]}
      </h2>
      <p className="precision">
        {[
          curated ? t(`placeKinds.${curated.kind}`) : place.admin,
          t(`placePrecision.${place.precision}`),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {curated && (
        <dl className="facts">
          <dt>{t('alsoWritten')}</dt>
          <dd lang="de">{curated.aliases.join(', ')}</dd>
        </dl>
      )}
      <h3>{t('eventsAtPlace')}</h3>
      {events.length === 0 ? (
        <p>{t('noEventsAtPlace')}</p>
      ) : (
        <>
          {events.length > MAX_LISTED && (
            <p className="hint">
              {t('placeEventsCapped', { shown: MAX_LISTED, count: events.length })}
            </p>
          )}
          <ul className="place-events">
            {events.slice(0, MAX_LISTED).map((event) => {
              const shown = isShown(event.id);
              return (
                <li key={event.id} className={shown ? undefined : 'outside-window'}>
                  <EventButton
                    event={event}
                    title={title(event)}
                    meta={[
                      describeEventDate(event, lang),
                      ...(shown ? [] : [t('outsideWindow')]),
                    ].join(' · ')}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </article>
  );
}
