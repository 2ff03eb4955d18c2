import { useTranslation } from 'react-i18next';
import { overlaps, windowInterval } from '../domain/time/window';
import { selectPlace, setDate } from '../state/navigation';
import { actorName, placeById } from '../domain/catalog';
import type { MapEvent } from '../domain/events/event';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { useEventTitle } from './use-event-title';
import { CategoryMark } from './CategoryMark';
import { describeEventDate } from '../domain/events/event-date';
import { SourceQuote } from './SourceQuote';

export function EventDetail({ event }: { event: MapEvent }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const title = useEventTitle();
  const lang = useAppStore((state) => state.lang);
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const place = placeById(catalog, event.place);
  const inWindow = overlaps(event.date, windowInterval(date, window));
  const dataset = catalog.datasetsById.get(event.dataset);

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabIndex={-1}>
        <CategoryMark event={event} /> {title(event)}
      </h2>
      <p className="detail-summary">
        {describeEventDate(event, lang)}
        {place ? ` · ${place.name[lang]}` : ''} · {t(`statuses.${event.status}`)}
      </p>
      {!inWindow && (
        <p className="hint">
          {t('notInWindow')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setDate(event.date.start, 'push')}
          >
            {t('goToEvent')}
          </button>
        </p>
      )}
      <h3>{t('sources')}</h3>
      <ul className="sources">
        {event.sources.map((source, index) =>
          source.quote ? (
            <SourceQuote
              key={`${source.article}:${source.quote}`}
              article={source.article ? catalog.articlesById.get(source.article) : undefined}
              quote={source.quote}
              text={source.article ? catalog.articleTexts[source.article] : undefined}
              fatalities={source.fatalities}
            />
          ) : (
            <li key={index} className="source">
              <p className="source-meta">
                {[source.publisher, source.headline].filter(Boolean).join(' · ')}
              </p>
            </li>
          ),
        )}
      </ul>
      <dl className="facts">
        <dt>{t('dateReported')}</dt>
        <dd>
          {describeEventDate(event, lang)}{' '}
          <span className="precision">
            (
            {[
              t(`precisions.${event.date.precision}`),
              event.date.vague ? t(`vagueBounds.${event.date.vague}`) : null,
            ]
              .filter(Boolean)
              .join(', ')}
            )
          </span>
          {event.date.basis === 'publication' && (
            <span className="date-basis">{t('dateBasis.publication')}</span>
          )}
          {event.date.basis === 'outside-knowledge' && event.date.explanation && (
            <span className="date-basis">
              {t('dateBasis.outside-knowledge')} {event.date.explanation[lang]}
            </span>
          )}
        </dd>
        <dt>{t('status')}</dt>
        <dd>{t(`statuses.${event.status}`)}</dd>
        <dt>{t('category')}</dt>
        <dd>
          {t(`categories.${event.category}`)}
          {event.sourceType && (
            <span className="precision"> ({t('sourceType', { type: event.sourceType })})</span>
          )}
        </dd>
        {place && (
          <>
            <dt>{t('place')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => selectPlace(place.id)}>
                {place.name[lang]}
              </button>{' '}
              <span className="precision">
                ({[place.admin, t(`placePrecision.${place.precision}`)].filter(Boolean).join(' · ')}
                )
              </span>
            </dd>
          </>
        )}
        <dt>{t('actors')}</dt>
        <dd>{event.actors.map((key) => actorName(catalog, event, key, lang)).join(', ')}</dd>
        {event.fatalities && (
          <>
            <dt>{t('fatalities')}</dt>
            <dd>
              {event.fatalities.min === event.fatalities.max
                ? t('number', { value: event.fatalities.min })
                : event.fatalities.best !== undefined
                  ? t('fatalitiesBest', event.fatalities)
                  : t('fatalitiesRange', event.fatalities)}
            </dd>
          </>
        )}
      </dl>
      {event.notes && (
        <>
          <h3>{t('notes')}</h3>
          <p className="notes">{event.notes}</p>
        </>
      )}
      {dataset && dataset.kind === 'imported' && (
        <p className="precision">{t('fromDataset', { name: dataset.name })}</p>
      )}
      {event.background && <p className="hint">{t('background')}</p>}
    </article>
  );
}
