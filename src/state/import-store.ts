import { create } from 'zustand';
import type { Localized } from '../domain/data/dataset';
import type { ImportSummary } from '../domain/formats/row-importer';
import { type ImportProgress, startImport } from '../import/start-import';
import { addImportedDataset } from './catalog-store';

/** The one import running or last finished, for the data panel to show. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; progress: ImportProgress | null }
  | { phase: 'imported'; fileName: string; datasetId: string; summary: ImportSummary }
  | { phase: 'failed'; fileName: string; error: Localized }
  | { phase: 'cancelled'; fileName: string };

export const useImportStore = create<ImportState>()(() => ({ phase: 'idle' }));

let cancelRunning: (() => void) | null = null;

/**
 * Reads a file in a worker (the file never leaves the browser), then adds and shows what it
 * held. One import at a time: a second file waits for the user to cancel the first.
 */
export async function importFile(file: File): Promise<void> {
  if (useImportStore.getState().phase === 'running') return;
  useImportStore.setState({ phase: 'running', fileName: file.name, progress: null });
  const running = startImport(file, {
    onProgress: (progress) =>
      useImportStore.setState((state) =>
        state.phase === 'running' ? { ...state, progress } : state,
      ),
  });
  cancelRunning = running.cancel;
  const outcome = await running.done;
  cancelRunning = null;
  if (outcome.status === 'imported') {
    // A file whose every row was rejected adds nothing; the report says why.
    if (outcome.dataset.events.length > 0) await addImportedDataset(outcome.dataset);
    useImportStore.setState({
      phase: 'imported',
      fileName: file.name,
      datasetId: outcome.dataset.id,
      summary: outcome.summary,
    });
  } else if (outcome.status === 'failed') {
    useImportStore.setState({ phase: 'failed', fileName: file.name, error: outcome.error });
  } else {
    useImportStore.setState({ phase: 'cancelled', fileName: file.name });
  }
}

export function cancelImport(): void {
  cancelRunning?.();
}

export const dismissImportReport = () => useImportStore.setState({ phase: 'idle' });
