import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { AddedArticle } from '../domain/articles/added-article';
import type { Localized } from '../domain/data/dataset';
import type { DatasetKind, EventDataset, EventPlace, MapEvent } from '../domain/events/event';

/**
 * Imported datasets, kept in this browser (IndexedDB) and nowhere else. A dataset is written in
 * one transaction, so after a crash it is there whole or not at all. Its events are stored in
 * chunks: reading one chunk at a time keeps the page responsive while 100,000 events load.
 */
export interface StoredDatasetInfo {
  id: string;
  name: string;
  kind: DatasetKind;
  format?: string;
  colorIndex?: number;
  count: number;
  chunks: number;
  /** When it was imported, ISO 8601. */
  importedAt: string;
}

interface LagekarteDb extends DBSchema {
  datasets: { key: string; value: StoredDatasetInfo };
  chunks: { key: [string, number]; value: { dataset: string; index: number; events: MapEvent[] } };
  places: {
    key: string;
    value: {
      dataset: string;
      places: EventPlace[];
      actorNames: Record<string, Localized>;
      /** An added article's text and facts, kept beside its places (no schema change). */
      article?: AddedArticle;
    };
  };
}

const DB_NAME = 'lagekarte';
const CHUNK_SIZE = 5000;

/** Storage failed: the browser's quota, or storage refused altogether (private windows). */
export class StorageError extends Error {
  constructor(
    readonly reason: 'quota' | 'unavailable' | 'failed',
    cause: unknown,
  ) {
    super(`storage ${reason}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** What a failure from IndexedDB means for the user: full, refused, or something else. */
export function storageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as DOMException)?.name;
  if (name === 'QuotaExceededError') return new StorageError('quota', error);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError('unavailable', error);
  return new StorageError('failed', error);
}

let opened: Promise<IDBPDatabase<LagekarteDb>> | null = null;

function db(): Promise<IDBPDatabase<LagekarteDb>> {
  if (!globalThis.indexedDB) return Promise.reject(new StorageError('unavailable', 'no IndexedDB'));
  opened ??= openDB<LagekarteDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('datasets', { keyPath: 'id' });
      database.createObjectStore('chunks', { keyPath: ['dataset', 'index'] });
      database.createObjectStore('places', { keyPath: 'dataset' });
    },
  }).catch((error: unknown) => {
    opened = null;
    throw storageError(error);
  });
  return opened;
}

/** What this browser keeps; chunks of a dataset whose saving never finished are swept away. */
export async function listStoredDatasets(): Promise<StoredDatasetInfo[]> {
  try {
    const database = await db();
    const all = await database.getAll('datasets');
    const kept = new Set(all.map((info) => info.id));
    const chunkKeys = await database.getAllKeys('chunks');
    const orphans = new Set(chunkKeys.map(([dataset]) => dataset).filter((id) => !kept.has(id)));
    for (const id of orphans) await removeStoredDataset(id);
    return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  } catch (error) {
    throw storageError(error);
  }
}

/** Lets the page paint and respond between pieces of a long job. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Stores a dataset chunk by chunk, each in a transaction of its own so that copying 100,000
 * events never blocks the page for long; its entry in `datasets` is written last. A dataset
 * without that entry does not exist: after a crash mid-way, its chunks are swept away at the
 * next start (listStoredDatasets), and a failure (a full disk) removes them at once.
 */
export async function saveDataset(dataset: EventDataset): Promise<StoredDatasetInfo> {
  const chunks = Math.ceil(dataset.events.length / CHUNK_SIZE);
  const info: StoredDatasetInfo = {
    id: dataset.id,
    name: dataset.name,
    kind: dataset.kind,
    ...(dataset.format && { format: dataset.format }),
    ...(dataset.colorIndex !== undefined && { colorIndex: dataset.colorIndex }),
    count: dataset.events.length,
    chunks,
    importedAt: new Date().toISOString(),
  };
  const database = await db().catch((error: unknown) => {
    throw storageError(error);
  });
  try {
    for (let index = 0; index < chunks; index++) {
      const events = dataset.events.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
      const tx = database.transaction('chunks', 'readwrite');
      await Promise.all([tx.store.put({ dataset: dataset.id, index, events }), tx.done]);
      await yieldToPage();
    }
    const tx = database.transaction(['datasets', 'places'], 'readwrite');
    await Promise.all([
      tx.objectStore('places').put({
        dataset: dataset.id,
        places: dataset.places,
        actorNames: dataset.actorNames,
        ...(dataset.article && { article: dataset.article }),
      }),
      tx.objectStore('datasets').put(info),
      tx.done,
    ]);
    return info;
  } catch (error) {
    await removeStoredDataset(dataset.id).catch(() => undefined);
    throw storageError(error);
  }
}

/** Reads a stored dataset chunk by chunk, letting the page breathe between chunks. */
export async function loadStoredDataset(
  info: StoredDatasetInfo,
  onProgress?: (loaded: number) => void,
): Promise<EventDataset> {
  try {
    const database = await db();
    const stored = await database.get('places', info.id);
    const events: MapEvent[] = [];
    for (let index = 0; index < info.chunks; index++) {
      const chunk = await database.get('chunks', [info.id, index]);
      if (!chunk) throw new StorageError('failed', `chunk ${index} of ${info.id} is missing`);
      for (const event of chunk.events) events.push(event);
      onProgress?.(events.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return {
      id: info.id,
      name: info.name,
      kind: info.kind,
      ...(info.format && { format: info.format }),
      ...(info.colorIndex !== undefined && { colorIndex: info.colorIndex }),
      events,
      places: stored?.places ?? [],
      actorNames: stored?.actorNames ?? {},
      ...(stored?.article && { article: stored.article }),
    };
  } catch (error) {
    throw storageError(error);
  }
}

export async function removeStoredDataset(id: string): Promise<void> {
  try {
    const database = await db();
    const tx = database.transaction(['datasets', 'chunks', 'places'], 'readwrite');
    await Promise.all([
      tx.objectStore('datasets').delete(id),
      tx.objectStore('places').delete(id),
      tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])),
      tx.done,
    ]);
  } catch (error) {
    throw storageError(error);
  }
}
