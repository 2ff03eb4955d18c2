import {
  type SearchDoc,
  type SearchIndex,
  SearchIndexBuilder,
  type SearchResult,
  searchIndex,
} from '../domain/search/search-index';

/**
 * What the search worker does, apart from being a worker: documents arrive in chunks and are
 * indexed as they come; queries are answered once the last has arrived (messages arrive in
 * order, so a query posted after the last chunk waits for the index by itself).
 */

export type SearchRequest =
  | { type: 'docs'; docs: SearchDoc[] }
  | { type: 'end' }
  | { type: 'query'; id: number; query: string; hiddenGroups: number[]; limit: number };

export type SearchReply = { type: 'result'; id: number; result: SearchResult };

export function createSearchService(reply: (message: SearchReply) => void) {
  let builder: SearchIndexBuilder | null = new SearchIndexBuilder();
  let index: SearchIndex | null = null;
  return (request: SearchRequest): void => {
    switch (request.type) {
      case 'docs':
        for (const doc of request.docs) builder?.add(doc);
        break;
      case 'end':
        index = builder?.build() ?? index;
        builder = null;
        break;
      case 'query': {
        const { id, query, hiddenGroups, limit } = request;
        const result = index
          ? searchIndex(index, query, { limit, hiddenGroups: new Set(hiddenGroups) })
          : { total: 0, hits: [] };
        reply({ type: 'result', id, result });
        break;
      }
    }
  };
}
