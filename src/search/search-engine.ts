import type { Catalog } from '../domain/catalog';
import { type CategoryWords, catalogDocs, docCount } from '../domain/search/catalog-docs';
import {
  buildSearchIndex,
  type SearchIndex,
  type SearchResult,
  searchIndex,
} from '../domain/search/search-index';
import type { SearchReply, SearchRequest } from './search-service';

/** One catalog's search: built on first use, answered in order, stopped when the catalog goes. */
export interface SearchEngine {
  search(query: string, hiddenGroups: ReadonlySet<number>, limit: number): Promise<SearchResult>;
  dispose(): void;
}

/** Below this many documents the index takes a few milliseconds: no worker is worth it. */
export const WORKER_THRESHOLD = 5_000;
/** Documents per message: each chunk is a short task to make and to post. */
const CHUNK = 2_000;

/** What the engine needs of a Worker: a real one in the app, a stand-in in tests. */
export interface SearchWorkerPort {
  postMessage(message: SearchRequest): void;
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function createSearchEngine(catalog: Catalog, categoryWords: CategoryWords): SearchEngine {
  if (docCount(catalog) < WORKER_THRESHOLD) return mainThreadEngine(catalog, categoryWords);
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'lagekarte-search',
  });
  return workerEngine(catalog, categoryWords, worker);
}

function mainThreadEngine(catalog: Catalog, categoryWords: CategoryWords): SearchEngine {
  let index: SearchIndex | null = null;
  return {
    search(query, hiddenGroups, limit) {
      index ??= buildSearchIndex(catalogDocs(catalog, categoryWords));
      return Promise.resolve(searchIndex(index, query, { hiddenGroups, limit }));
    },
    dispose() {},
  };
}

/**
 * Waits for a moment the page has nothing else to do (it may still be settling after an
 * import), or at most a little while: the index is not worth delaying a frame for.
 */
const yieldToPage = () =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 100 })
      : setTimeout(resolve, 0),
  );

export function workerEngine(
  catalog: Catalog,
  categoryWords: CategoryWords,
  worker: SearchWorkerPort,
  chunk = CHUNK,
): SearchEngine {
  const post = (request: SearchRequest) => worker.postMessage(request);
  let disposed = false;
  const pending = new Map<number, (result: SearchResult) => void>();
  let nextId = 0;

  worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    pending.get(data.id)?.(data.result);
    pending.delete(data.id);
  };
  // A worker that fails answers nothing: searches then find nothing rather than hang.
  let failed = false;
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
    for (const resolve of pending.values()) resolve({ total: 0, hits: [] });
    pending.clear();
  };

  // The documents are made and posted a chunk at a time, never the whole catalog in one task.
  const posted = (async () => {
    const total = docCount(catalog);
    for (let from = 0; from < total && !disposed; from += chunk) {
      const start = performance.now();
      post({
        type: 'docs',
        docs: [...catalogDocs(catalog, categoryWords, from, Math.min(total, from + chunk))],
      });
      // The bench reads what each chunk cost the page.
      performance.measure('lagekarte:search-chunk', { start });
      await yieldToPage();
    }
    if (!disposed) post({ type: 'end' });
  })();

  return {
    async search(query, hiddenGroups, limit) {
      await posted;
      if (disposed || failed) return { total: 0, hits: [] };
      const id = nextId++;
      return new Promise<SearchResult>((resolve) => {
        pending.set(id, resolve);
        post({ type: 'query', id, query, hiddenGroups: [...hiddenGroups], limit });
      });
    },
    dispose() {
      disposed = true;
      worker.terminate();
      for (const resolve of pending.values()) resolve({ total: 0, hits: [] });
      pending.clear();
    },
  };
}
