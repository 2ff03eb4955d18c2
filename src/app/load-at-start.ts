import { loadCuratedDataset } from '../data/load';
import type { EventDataset } from '../domain/events/event';
import { splitEventId } from '../domain/events/event';
import { initCatalog } from '../state/catalog-store';
import {
  listStoredDatasets,
  loadStoredDataset,
  StorageError,
  type StoredDatasetInfo,
} from '../storage/dataset-store';

/**
 * The imported datasets a permalink names (in `data`, as a filter's source, or as an event's
 * dataset): these are read from the browser's storage before the page is shown, so the link
 * opens as it was shared.
 */
export function datasetsNamedIn(search: string): Set<string> {
  const params = new URLSearchParams(search);
  const named = new Set(
    [params.get('data'), params.get('source')]
      .flatMap((list) => (list ?? '').split(','))
      .map((id) => id.trim())
      .filter(Boolean),
  );
  const event = params.get('event');
  const dataset = event ? splitEventId(event.trim())?.dataset : undefined;
  if (dataset) named.add(dataset);
  return named;
}

/** Loads what the first view needs; storage that fails is said on screen, never fatal. */
export async function loadAtStart(search: string): Promise<void> {
  const curatedLoad = loadCuratedDataset();
  let stored: StoredDatasetInfo[] = [];
  let storageProblem: StorageError['reason'] | null = null;
  const imported: EventDataset[] = [];
  try {
    stored = await listStoredDatasets();
    const named = datasetsNamedIn(search);
    for (const info of stored) if (named.has(info.id)) imported.push(await loadStoredDataset(info));
  } catch (error) {
    // A private window may refuse storage; the articles still show.
    storageProblem =
      error instanceof StorageError && error.reason !== 'unavailable' ? error.reason : null;
  }
  initCatalog(await curatedLoad, imported, stored, storageProblem);
}
