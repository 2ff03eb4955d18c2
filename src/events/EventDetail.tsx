import { useTranslation } from 'react-i18next';
import { overlaps, windowInterval } from '../domain/time/window';
import { selectPlace, setDate } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useAppStore } from '../state/store';
import type { TimedEvent } from '../domain/events/timed-events';
import { CategoryMark } from './CategoryMark';
import { describeEventDate } from '../domain/events/event-date';
import { SourceQuote } from './SourceQuote';

export function EventDetail({ event }: { event: TimedEvent }) {
  const { t } = useTranslation();
  const model = useModel();
  const lang = useAppStore((state) => state.lang);
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const { record } = event;
  const place = model.placesById.get(record.place);
  const inWindow = overlaps(event, windowInterval(date, window));

  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabIndex={-1}>
        <CategoryMark event={record} /> {record.title[lang]}
      </h2>
      <p className="detail-summary">
        {describeEventDate(event, lang)}
        {place ? ` · ${place.name[lang]}` : ''} · {t(`statuses.${record.status}`)}
      </p>
      {!inWindow && (
        <p className="hint">
          {t('notInWindow')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setDate(event.start, 'push')}
          >
            {t('goToEvent')}
          </button>
        </p>
      )}
      <h3>{t('sources')}</h3>
      <ul className="sources">
        {record.sources.map((source) => (
          <SourceQuote
            key={`${source.article}:${source.quote}`}
            article={model.articlesById.get(source.article)}
            quote={source.quote}
            text={model.dataset.articleTexts[source.article]}
            fatalities={source.fatalities}
          />
        ))}
      </ul>
      <dl className="facts">
        <dt>{t('dateReported')}</dt>
        <dd>
          {describeEventDate(event, lang)}{' '}
          <span className="precision">
            (
            {[
              t(`precisions.${record.date.precision}`),
              record.date.vague ? t(`vagueBounds.${record.date.vague}`) : null,
            ]
              .filter(Boolean)
              .join(', ')}
            )
          </span>
          {record.date.basis === 'publication' && (
            <span className="date-basis">{t('dateBasis.publication')}</span>
          )}
          {record.date.basis === 'outside-knowledge' && record.date.explanation && (
            <span className="date-basis">
              {t('dateBasis.outside-knowledge')} {record.date.explanation[lang]}
            </span>
          )}
        </dd>
        <dt>{t('status')}</dt>
        <dd>{t(`statuses.${record.status}`)}</dd>
        <dt>{t('category')}</dt>
        <dd>{t(`categories.${record.category}`)}</dd>
        {place && (
          <>
            <dt>{t('place')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => selectPlace(place.id)}>
                {place.name[lang]}
              </button>{' '}
              <span className="precision">({t(`placePrecision.${place.precision}`)})</span>
            </dd>
          </>
        )}
        <dt>{t('actors')}</dt>
        <dd>{record.actors.map((id) => model.actorsById.get(id)?.name[lang] ?? id).join(', ')}</dd>
        {record.fatalities && (
          <>
            <dt>{t('fatalities')}</dt>
            <dd>
              {record.fatalities.min === record.fatalities.max
                ? t('number', { value: record.fatalities.min })
                : t('fatalitiesRange', record.fatalities)}
            </dd>
          </>
        )}
      </dl>
      {record.background && <p className="hint">{t('background')}</p>}
    </article>
  );
}
