import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../domain/data/schema';
import { describePublication } from '../domain/events/event-date';
import { useAppStore } from '../state/store';
import { ArticleReader } from './ArticleReader';

/**
 * One source of an event: the article and the sentence, verbatim. The full article opens in a
 * reading view with the sentence marked.
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
  const [reading, setReading] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
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
        <>
          <button
            ref={openerRef}
            type="button"
            className="link-button"
            aria-haspopup="dialog"
            onClick={() => setReading(true)}
          >
            {t('readInArticle')}
          </button>
          {reading && (
            <ArticleReader
              article={article}
              text={text}
              quote={quote}
              at={at}
              onClose={() => {
                setReading(false);
                openerRef.current?.focus();
              }}
            />
          )}
        </>
      )}
    </li>
  );
}
