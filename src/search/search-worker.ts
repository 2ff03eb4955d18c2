import {
  type SearchDoc,
  type SearchIndex,
  SearchIndexBuilder,
  type SearchResult,
  searchIndex,
} from '../domain/search/search-index';

/**
 * Search for large catalogs, off the main thread: the page posts the documents in chunks, the
 * worker indexes them as they come, and answers queries once the last has arrived (messages
 * arrive in order, so a query posted after the last chunk waits for the index by itself).
 */

export type SearchRequest =
  | { type: 'docs'; docs: SearchDoc[] }
  | { type: 'end' }
  | { type: 'query'; id: number; query: string; hiddenGroups: number[]; limit: number };

export type SearchReply = { type: 'result'; id: number; result: SearchResult };

let builder: SearchIndexBuilder | null = new SearchIndexBuilder();
let index: SearchIndex | null = null;

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
  switch (data.type) {
    case 'docs':
      for (const doc of data.docs) builder?.add(doc);
      break;
    case 'end':
      index = builder?.build() ?? index;
      builder = null;
      break;
    case 'query': {
      const result = index
        ? searchIndex(index, data.query, {
            limit: data.limit,
            hiddenGroups: new Set(data.hiddenGroups),
          })
        : { total: 0, hits: [] };
      self.postMessage({ type: 'result', id: data.id, result } satisfies SearchReply);
      break;
    }
  }
};
