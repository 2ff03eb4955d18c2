import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DatasetList } from './DatasetList';
import { openAddArticle } from '../state/add-article-open';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

/**
 * The data panel, a modal dialog: which datasets are shown, importing a file, exporting what
 * is shown. Escape or the close button end it; `onClose` puts focus back where it came from.
 */
export function DataDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // No close() on unmount: a removed dialog leaves the top layer by itself (see ArticleReader).
  useEffect(() => {
    const dialog = dialogRef.current!;
    if (!dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="data-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="reader-head">
        <h2 id={titleId}>{t('dataTitle')}</h2>
        <button
          type="button"
          className="close-button"
          aria-label={t('closeData')}
          onClick={() => dialogRef.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="data-body">
        <section className="data-section" aria-labelledby="datasets-heading">
          <h3 id="datasets-heading">{t('datasets.heading')}</h3>
          <DatasetList />
          <p className="hint">{t('datasets.kept')}</p>
        </section>
        <ImportSection />
        <section className="data-section" aria-labelledby="add-article-heading">
          <h3 id="add-article-heading">{t('addArticle.section')}</h3>
          <p className="hint">{t('addArticle.sectionHint')}</p>
          <button
            type="button"
            onClick={() => {
              // One dialog at a time: the data panel gives way to the article's.
              dialogRef.current?.close();
              openAddArticle();
            }}
          >
            {t('addArticle.button')}
          </button>
        </section>
        <ExportSection />
      </div>
    </dialog>
  );
}
