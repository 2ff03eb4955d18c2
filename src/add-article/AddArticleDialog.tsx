import { type DragEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { closeAddArticle } from '../state/add-article-open';
import { prepareExtraction, useAddArticleStore } from '../state/add-article-store';
import { ReviewStep } from './ReviewStep';
import { WriteStep } from './WriteStep';
import './add-article.css';

/** Where focus goes back to: the opener, or "Daten" when it was in the data panel, now closed. */
function returnFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener.isConnected && opener.checkVisibility()) {
    opener.focus();
    return;
  }
  const fallback = [
    ...document.querySelectorAll<HTMLElement>('.app-header button[aria-haspopup="dialog"]'),
  ].find((button) => button.checkVisibility());
  fallback?.focus();
}

/**
 * "Artikel hinzufügen" as a modal dialog over the map: first the text, its headline and date,
 * then the review of the proposed events. Escape or × close it; the draft stays for when it is
 * opened again, and what was accepted is on the map already.
 */
export function AddArticleDialog() {
  const { t } = useTranslation();
  const step = useAddArticleStore((state) => state.step);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current!;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    prepareExtraction();
    return () => returnFocus(opener);
  }, []);

  // A file dragged over the dialog is this dialog's: the page's own drop would import it.
  const keepDrag = (event: DragEvent) => event.stopPropagation();

  return (
    <dialog
      ref={dialogRef}
      className="add-article-dialog"
      aria-labelledby={titleId}
      onClose={closeAddArticle}
      onDragEnter={keepDrag}
      onDragOver={(event) => {
        event.stopPropagation();
        event.preventDefault();
      }}
      onDragLeave={keepDrag}
      onDrop={(event) => {
        event.stopPropagation();
        event.preventDefault();
      }}
    >
      <div className="add-article-head">
        <h2 id={titleId} tabIndex={-1}>
          {t('addArticle.title')}
        </h2>
        <button
          type="button"
          className="close-button"
          aria-label={t('addArticle.close')}
          onClick={() => dialogRef.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {step === 'write' ? <WriteStep /> : <ReviewStep />}
    </dialog>
  );
}
