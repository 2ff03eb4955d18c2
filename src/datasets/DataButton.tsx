import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFile, useImportStore } from '../state/import-store';
import { DataDialog } from './DataDialog';

/** Files dragged from the desktop carry this type while they are over the page. */
const isFileDrag = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));

/**
 * "Daten" in the header: opens the data panel. A file dropped anywhere on the page is imported
 * the same way as one chosen there, and the panel opens to show how it goes.
 */
export function DataButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const importing = useImportStore((state) => state.phase === 'running');

  useEffect(() => {
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (isFileDrag(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      setOpen(true);
      void importFile(file);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-busy={importing}
        onClick={() => setOpen(true)}
      >
        {t('data')}
      </button>
      {open && (
        <DataDialog
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('importing.dropHere')}</p>
        </div>
      )}
    </>
  );
}
