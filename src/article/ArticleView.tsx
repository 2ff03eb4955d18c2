import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsOfArticle, paragraphsOf, segmentArticle } from '../domain/articles/article-text';
import { datasetOfArticle, eventById } from '../domain/catalog';
import type { Article } from '../domain/data/schema';
import { describePublication } from '../domain/events/event-date';
import { serializeUrlState } from '../domain/url/codec';
import { useEventTitle } from '../events/use-event-title';
import { prefersReducedMotion } from '../map/motion';
import { useCatalog } from '../state/catalog-context';
import { closeArticle } from '../state/navigation';
import { selectedEventIdOf, useAppStore } from '../state/store';
import { urlStateOf } from '../state/url-sync';
import { ArticleEvents } from './ArticleEvents';
import { ArticleText } from './ArticleText';
import { SelectionBar } from './SelectionBar';
import { chooseEvent, permalinkChoosing } from './choose-event';
import './article.css';

/**
 * One article as a view of its own: headline, publisher, publication date, the full text with
 * every sentence an event quotes marked, and the events it reports. The selected event's
 * sentence is current and brought into view, however the event was selected.
 */
export function ArticleView({
  article,
  phone,
  shown,
  onShowMap,
}: {
  article: Article;
  phone: boolean;
  /** False while the phone shows the map instead. */
  shown: boolean;
  onShowMap: () => void;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const selectedId = useAppStore(selectedEventIdOf);
  // The links in the text are permalinks: a new address renders them anew.
  useAppStore((state) => serializeUrlState(urlStateOf(state)));
  const title = useEventTitle();
  const textRef = useRef<HTMLDivElement>(null);
  const eventsRef = useRef<HTMLDivElement>(null);

  const events = useMemo(
    () => eventsOfArticle(datasetOfArticle(catalog, article.id)?.events ?? [], article.id),
    [catalog, article.id],
  );
  const paragraphs = useMemo(
    () => paragraphsOf(segmentArticle(catalog.articleTexts[article.id] ?? '', article.id, events)),
    [catalog, article.id, events],
  );
  const titleOf = useCallback(
    (id: string) => {
      const event = eventById(catalog, id);
      return event ? title(event) : id;
    },
    [catalog, title],
  );
  const linkFor = (id: string) => permalinkChoosing(catalog, useAppStore.getState(), id);
  const choose = useCallback((id: string) => chooseEvent(catalog, id), [catalog]);

  useLayoutEffect(() => {
    if (!shown || !selectedId) return;
    const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
    textRef.current
      ?.querySelector('.quote[aria-current]')
      ?.scrollIntoView({ block: 'center', behavior });
    // Where text and events scroll as one (narrow screens), the sentence is what must be seen.
    const list = eventsRef.current;
    if (list && getComputedStyle(list).overflowY !== 'visible')
      list.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest', behavior });
  }, [selectedId, shown, article.id]);

  return (
    <section className="article-view" aria-label={`${t('article.view')}: ${article.title}`}>
      <div className="article-head">
        <div>
          <h2 tabIndex={-1} lang={article.language}>
            {article.title}
          </h2>
          <p className="article-meta">
            {[
              article.publisher,
              t('articlePublished', { date: describePublication(article, lang) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <button
          type="button"
          className="close-button"
          aria-label={t('article.close')}
          onClick={closeArticle}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="article-body">
        <p className="article-hint">{t('article.hint')}</p>
        <div ref={textRef} className="article-text-column">
          <ArticleText
            paragraphs={paragraphs}
            lang={article.language}
            selectedId={selectedId}
            titleOf={titleOf}
            linkFor={linkFor}
            onChoose={choose}
          />
        </div>
        <div ref={eventsRef} className="article-events-column">
          <ArticleEvents
            events={events}
            lang={lang}
            selectedId={selectedId}
            titleOf={title}
            onChoose={choose}
          />
        </div>
      </div>
      <SelectionBar events={events} phone={phone} onShowMap={onShowMap} />
    </section>
  );
}
