import { useTranslation } from 'react-i18next';
import { rememberOpener } from './article-opener';
import type { Article } from '../domain/data/schema';
import { describePublication } from '../domain/events/event-date';
import { openArticle } from '../state/navigation';
import { useAppStore } from '../state/store';

/**
 * One source of an event: the article and the sentence, verbatim. The full article opens as
 * the article view, in the side pane's place, with this event's sentences marked as current.
 */
export function SourceQuote({
  article,
  quote,
  text,
  fatalities,
}: {
  article: Article | undefined;
  quote: string;
  text: string | undefined;
  fatalities?: number;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((state) => state.lang);
  const at = text?.indexOf(quote) ?? -1;

  return (
    <li className="source">
      <blockquote lang={article?.language ?? 'de'}>{quote}</blockquote>
      <p className="source-meta">
        {article
          ? t('sourceOf', {
              title: article.title,
              date: describePublication(article, lang),
            })
          : null}
        {article?.publisher ? ` · ${article.publisher}` : ''}
        {fatalities !== undefined
          ? ` · ${t('fatalities')}: ${t('number', { value: fatalities })}`
          : ''}
      </p>
      {article && text !== undefined && at >= 0 && (
        <button
          type="button"
          className="link-button"
          onClick={(event) => {
            rememberOpener(event.currentTarget, article.id);
            openArticle(article.id);
          }}
        >
          {t('readInArticle')}
        </button>
      )}
    </li>
  );
}
