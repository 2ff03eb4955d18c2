import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../domain/data/schema';
import { describePublication } from '../domain/events/event-date';
import { useAppStore } from '../state/store';

/**
 * An article in full, in a modal dialog the height of the window, with the quoted sentence
 * marked and scrolled into view. Everything from the data is a text node, never HTML.
 * Escape (the dialog's own cancel) or the close button end it; `onClose` puts focus back.
 */
export function ArticleReader({
  article,
  text,
  quote,
  at,
  onClose,
}: {
  article: Article;
  text: string;
  quote: string;
  /** Where the quote begins in `text`. */
  at: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((state) => state.lang);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const titleId = useId();

  // No close() on unmount: a dialog removed from the page leaves the top layer by itself, and
  // a close here would fire `close` after React's development re-run of this effect.
  useEffect(() => {
    const dialog = dialogRef.current!;
    if (!dialog.open) dialog.showModal();
    markRef.current?.scrollIntoView({ block: 'center' });
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby={titleId}
      lang={article.language}
      onClose={onClose}
    >
      <div className="reader-head">
        <div>
          <h2 id={titleId}>{article.title}</h2>
          <p className="reader-meta" lang={lang}>
            {[
              article.publisher,
              t('articlePublished', {
                date: describePublication(article, lang),
              }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <button
          type="button"
          className="close-button"
          aria-label={t('closeArticle')}
          lang={lang}
          onClick={() => dialogRef.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* Focusable, so the text can be scrolled with the keyboard. */}
      <div className="reader-text" tabIndex={0}>
        {text.slice(0, at)}
        <mark ref={markRef}>{quote}</mark>
        {text.slice(at + quote.length)}
      </div>
    </dialog>
  );
}
