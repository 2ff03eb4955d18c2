import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { openAddArticle, useAddArticleOpen } from '../state/add-article-open';

// The flow and its extractor load only when a person opens it.
const AddArticleDialog = lazy(() =>
  import('./AddArticleDialog').then((module) => ({ default: module.AddArticleDialog })),
);

/**
 * "Artikel hinzufügen" in the header (on a phone it is in the data panel instead), and
 * the flow's dialog wherever it was opened from.
 */
export function AddArticleButton() {
  const { t } = useTranslation();
  const open = useAddArticleOpen((state) => state.open);
  return (
    <>
      <button
        type="button"
        className="add-article-button"
        aria-haspopup="dialog"
        onClick={openAddArticle}
      >
        {t('addArticle.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AddArticleDialog />
        </Suspense>
      )}
    </>
  );
}
