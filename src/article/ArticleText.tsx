import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSegment } from '../domain/articles/article-text';
import { highlightEvent } from '../state/navigation';

/**
 * The article's text, paragraph by paragraph, with each quoted sentence a link: to the
 * permalink of this article with the sentence's event selected. A plain click selects it here;
 * a click with a modifier opens that permalink wherever the browser puts it. Text from the data
 * is only ever text nodes.
 */
export function ArticleText({
  paragraphs,
  lang,
  selectedId,
  titleOf,
  linkFor,
  onChoose,
}: {
  paragraphs: TextSegment[][];
  /** The article's language. */
  lang: string;
  selectedId: string | null;
  titleOf: (id: string) => string;
  linkFor: (id: string) => string;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    // Focusable, so the text scrolls by keyboard past its last marked sentence too.
    <div className="article-text" lang={lang} tabIndex={0}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.map((segment, at) => {
            if (segment.kind === 'text') return segment.text;
            const current = selectedId !== null && segment.eventIds.includes(selectedId);
            // A sentence several events quote: each activation selects the next of them.
            const next = current
              ? segment.eventIds[
                  (segment.eventIds.indexOf(selectedId) + 1) % segment.eventIds.length
                ]!
              : segment.eventIds[0]!;
            const onClick = (event: MouseEvent) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              onChoose(next);
            };
            return (
              <a
                key={at}
                className="quote"
                href={linkFor(next)}
                aria-current={current ? 'true' : undefined}
                title={t('article.quotedBy', { titles: segment.eventIds.map(titleOf).join('; ') })}
                onClick={onClick}
                onMouseEnter={() => highlightEvent(segment.eventIds[0]!)}
                onMouseLeave={() => highlightEvent(null)}
                onFocus={() => highlightEvent(segment.eventIds[0]!)}
                onBlur={() => highlightEvent(null)}
              >
                {segment.text}
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
