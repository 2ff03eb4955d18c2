import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../data/schema';
import { describeDay } from '../timeline/describe-date';
import { parseIsoDay } from '../timeline/days';
import { useAppStore } from '../state/store';

/**
 * One source of an event: the article and the sentence, verbatim. The full article can be
 * opened with the sentence marked, as plain text nodes (never HTML from the data).
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
  const [open, setOpen] = useState(false);
  const articleId = useId();
  const published = article ? parseIsoDay(article.published) : null;
  const at = text?.indexOf(quote) ?? -1;

  return (
    <li className="source">
      <blockquote lang={article?.language ?? 'de'}>{quote}</blockquote>
      <p className="source-meta">
        {article
          ? t('sourceOf', {
              title: article.title,
              date: published === null ? article.published : describeDay(published, lang),
            })
          : null}
        {article?.publisher ? ` · ${article.publisher}` : ''}
        {fatalities !== undefined ? ` · ${t('fatalities')}: ${fatalities}` : ''}
      </p>
      {text !== undefined && at >= 0 && (
        <>
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={articleId}
            onClick={() => setOpen(!open)}
          >
            {open ? t('hideArticle') : t('readInArticle')}
          </button>
          {open && (
            <div
              id={articleId}
              className="article-text"
              lang={article?.language ?? 'de'}
              tabIndex={0}
            >
              {text.slice(0, at)}
              <mark>{quote}</mark>
              {text.slice(at + quote.length)}
            </div>
          )}
        </>
      )}
    </li>
  );
}
