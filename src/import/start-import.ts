import type { Localized } from '../domain/data/dataset';
import type { EventDataset, MapEvent } from '../domain/events/event';
import { unexpectedFailure } from '../domain/formats/fatal-messages';
import type { ImportSummary } from '../domain/formats/row-importer';
import type { ImportMessage, ImportRequest } from './import-worker';

export interface ImportProgress {
  /** Data rows read so far (features, for GeoJSON, once it is parsed). */
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

export type ImportOutcome =
  | { status: 'imported'; dataset: EventDataset; summary: ImportSummary }
  | { status: 'failed'; error: Localized }
  | { status: 'cancelled' };

export interface RunningImport {
  /** Settles once, never rejects: a failure and a cancellation are outcomes too. */
  done: Promise<ImportOutcome>;
  /** Stops the worker at once; `done` then gives 'cancelled' (unless it already settled). */
  cancel(): void;
}

export interface ImportOptions {
  /** Called at most about ten times a second while the file is read. */
  onProgress?: (progress: ImportProgress) => void;
}

/** What the client needs of a Worker: a real one in the app, a stand-in in tests. */
export interface ImportWorkerPort {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

/** Imports a file in a module worker of its own, which ends with the import. */
export function startImport(file: File, options: ImportOptions = {}): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'lagekarte-import',
  });
  return runImport(worker, file, options);
}

export function runImport(
  worker: ImportWorkerPort,
  file: File,
  options: ImportOptions = {},
): RunningImport {
  const events: MapEvent[] = [];
  let settle: (outcome: ImportOutcome) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  let settled = false;
  const finish = (outcome: ImportOutcome) => {
    if (settled) return;
    settled = true;
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    settle(outcome);
  };

  worker.onmessage = ({ data }) => {
    switch (data.type) {
      case 'progress':
        options.onProgress?.({
          rowsRead: data.rowsRead,
          bytesRead: data.bytesRead,
          totalBytes: data.totalBytes,
        });
        break;
      case 'batch':
        for (const event of data.events) events.push(event);
        break;
      case 'done':
        finish({
          status: 'imported',
          summary: data.summary,
          dataset: {
            id: data.datasetId,
            name: data.name,
            kind: 'imported',
            format: data.format,
            events,
            places: data.places,
            actorNames: data.actorNames,
          },
        });
        break;
      case 'failed':
        finish({ status: 'failed', error: data.error });
        break;
    }
  };
  worker.onerror = (event) => {
    // Handled here: without this the browser also reports it as an uncaught error.
    event.preventDefault();
    finish({ status: 'failed', error: unexpectedFailure(event.message || 'worker error') });
  };
  worker.onmessageerror = () =>
    finish({ status: 'failed', error: unexpectedFailure('a message could not be read') });

  worker.postMessage({ file });
  return { done, cancel: () => finish({ status: 'cancelled' }) };
}
