import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEventDate } from '../domain/events/event-date';
import type { MapEvent } from '../domain/events/event';
import { CategoryMark } from '../events/CategoryMark';
import { highlightEvent } from '../state/navigation';
import type { Lang } from '../domain/time/describe-date';

/** The events the article reports, in date order; choosing one selects it and its sentence. */
export function ArticleEvents({
  events,
  lang,
  selectedId,
  titleOf,
  onChoose,
}: {
  events: readonly MapEvent[];
  lang: Lang;
  selectedId: string | null;
  titleOf: (event: MapEvent) => string;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="article-events" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('article.events', { count: events.length })}</h3>
      {events.length === 0 ? (
        <p className="hint">{t('article.noEvents')}</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="event-item"
                data-article-event={event.id}
                aria-current={event.id === selectedId ? 'true' : undefined}
                onClick={() => onChoose(event.id)}
                onMouseEnter={() => highlightEvent(event.id)}
                onMouseLeave={() => highlightEvent(null)}
                onFocus={() => highlightEvent(event.id)}
                onBlur={() => highlightEvent(null)}
              >
                <CategoryMark event={event} />
                <span className="event-item-text">
                  <span className="event-item-title">{titleOf(event)}</span>
                  <span className="event-item-meta">{describeEventDate(event, lang)}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
