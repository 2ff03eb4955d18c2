import { create } from 'zustand';
import { buildCatalog, type Catalog, catalogFromTable } from '../domain/catalog';
import { curatedDataset } from '../domain/events/curated';
import { buildEventTable } from '../domain/events/event-table';
import type { DataProblem, Dataset } from '../domain/data/dataset';
import type { EventDataset } from '../domain/events/event';
import { canonicalDatasets } from '../domain/url/codec';
import {
  loadStoredDataset,
  removeStoredDataset,
  saveDataset,
  StorageError,
  type StoredDatasetInfo,
} from '../storage/dataset-store';
import { change } from './navigation';
import { useAppStore } from './store';
import { connectVisibility } from './visibility';

/**
 * What is loaded and what this browser keeps. The catalog is rebuilt only when a dataset is
 * added or removed; showing and hiding one is the store's `datasets` field, like any choice.
 */
export interface CatalogState {
  catalog: Catalog;
  /** Every dataset kept in this browser, loaded or not, oldest first. */
  stored: StoredDatasetInfo[];
  /** Datasets being read from storage: id → events read so far. */
  loading: Record<string, number>;
  /** The last storage failure, said on screen until dismissed. */
  storageProblem: StorageError['reason'] | null;
}

let curated: { dataset: Dataset; problems: DataProblem[] } | null = null;
/** Catalogs whose visible set is live: the one shown, and the one React is moving to. */
const connected = new Map<Catalog, () => void>();

function connect(catalog: Catalog): Catalog {
  if (!connected.has(catalog)) connected.set(catalog, connectVisibility(catalog));
  return catalog;
}

/** Once the page shows a catalog, the visible sets of the others can stop. */
export function releaseCatalogsOtherThan(shown: Catalog): void {
  for (const [catalog, disconnect] of connected) {
    if (catalog === shown || catalog === useCatalogStore.getState().catalog) continue;
    disconnect();
    connected.delete(catalog);
  }
}

export const useCatalogStore = create<CatalogState>()(() => ({
  catalog: null as unknown as Catalog,
  stored: [],
  loading: {},
  storageProblem: null,
}));

/** At start: the curated corpus, the imports the permalink needs, and what else is kept. */
export function initCatalog(
  curatedData: { dataset: Dataset; problems: DataProblem[] },
  imported: EventDataset[],
  stored: StoredDatasetInfo[],
  storageProblem: StorageError['reason'] | null,
): Catalog {
  curated = curatedData;
  const catalog = buildCatalog(curated.dataset, curated.problems, imported);
  useCatalogStore.setState({ catalog, stored, loading: {}, storageProblem });
  return catalog;
}

/** Starts the visible set for the catalog in the store; call once the store has its state. */
export function connectCatalog(): void {
  connect(useCatalogStore.getState().catalog);
}

/** Lets the page paint and respond between the pieces of a long job. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A new catalog for a new set of imports. Building it for 100,000 events takes a while, so the
 * page gets a turn before the visible set and the views follow it (together, in one update).
 */
async function rebuild(imported: EventDataset[]): Promise<void> {
  if (!curated) throw new Error('initCatalog has not run');
  // Not in the same turn as whatever brought the data (the import worker's last message), and
  // the table apart from the rest: each piece is a short task of its own.
  await yieldToPage();
  const datasets = [curatedDataset(curated.dataset), ...imported];
  const table = buildEventTable(datasets);
  await yieldToPage();
  const catalog = catalogFromTable(curated.dataset, curated.problems, datasets, table);
  await yieldToPage();
  connect(catalog);
  useCatalogStore.setState({ catalog });
}

const importedOf = (catalog: Catalog) =>
  catalog.datasets.filter((dataset) => dataset.kind === 'imported');

const reasonOf = (error: unknown): StorageError['reason'] =>
  error instanceof StorageError ? error.reason : 'failed';

/**
 * Adds a freshly imported dataset and shows it. It is kept in the browser too; if that fails
 * (a full disk) it still shows for this session and the page says it was not kept.
 */
export async function addImportedDataset(imported: EventDataset): Promise<void> {
  const { catalog, stored } = useCatalogStore.getState();
  const others = importedOf(catalog).filter((existing) => existing.id !== imported.id);
  // The first colour no other import has, so that two imports never look alike.
  const taken = new Set([...stored, ...others].map((other) => other.colorIndex));
  let colorIndex = 0;
  while (taken.has(colorIndex)) colorIndex++;
  // A dataset added to again (an article's events accepted one by one) keeps its colour.
  const dataset = { ...imported, colorIndex: imported.colorIndex ?? colorIndex };
  await rebuild([...others, dataset]);
  if (!useAppStore.getState().datasets.includes(dataset.id))
    change(
      { datasets: canonicalDatasets([...useAppStore.getState().datasets, dataset.id]) },
      'push',
    );
  try {
    const info = await saveDataset(dataset);
    useCatalogStore.setState((state) => ({
      stored: [...state.stored.filter((kept) => kept.id !== info.id), info],
    }));
  } catch (error) {
    useCatalogStore.setState({ storageProblem: reasonOf(error) });
  }
}

/** Shows a dataset, reading it from storage first if this page has not yet. */
export async function showDataset(id: string): Promise<void> {
  const state = useCatalogStore.getState();
  if (!state.catalog.datasetsById.has(id)) {
    const info = state.stored.find((kept) => kept.id === id);
    if (!info || id in state.loading) return;
    useCatalogStore.setState({ loading: { ...state.loading, [id]: 0 } });
    try {
      const dataset = await loadStoredDataset(info, (loaded) =>
        useCatalogStore.setState((current) => ({ loading: { ...current.loading, [id]: loaded } })),
      );
      await rebuild([...importedOf(useCatalogStore.getState().catalog), dataset]);
    } catch (error) {
      useCatalogStore.setState({ storageProblem: reasonOf(error) });
      return;
    } finally {
      useCatalogStore.setState((current) => {
        const { [id]: _done, ...loading } = current.loading;
        return { loading };
      });
    }
  }
  change({ datasets: canonicalDatasets([...useAppStore.getState().datasets, id]) }, 'push');
}

export function hideDataset(id: string): void {
  change({ datasets: useAppStore.getState().datasets.filter((shown) => shown !== id) }, 'push');
}

/** Removes a dataset from the page and from the browser's storage. */
export async function removeDataset(id: string): Promise<void> {
  const { catalog, stored } = useCatalogStore.getState();
  const selection = useAppStore.getState().selection;
  const selectedHere = selection !== null && selection.id.startsWith(`${id}:`);
  change(
    {
      datasets: useAppStore.getState().datasets.filter((shown) => shown !== id),
      ...(selectedHere && { selection: null }),
    },
    'replace',
  );
  await rebuild(importedOf(catalog).filter((dataset) => dataset.id !== id));
  useCatalogStore.setState({ stored: stored.filter((kept) => kept.id !== id) });
  try {
    await removeStoredDataset(id);
  } catch (error) {
    useCatalogStore.setState({ storageProblem: reasonOf(error) });
  }
}

export const dismissStorageProblem = () => useCatalogStore.setState({ storageProblem: null });

/** The catalog for components: the same object until a dataset is added or removed. */
export const useLiveCatalog = () => useCatalogStore((state) => state.catalog);
