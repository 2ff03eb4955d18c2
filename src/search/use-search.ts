import { useEffect, useMemo, useRef, useState } from 'react';
import type { Catalog } from '../domain/catalog';
import type { SearchResult } from '../domain/search/search-index';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { useSearchEngine } from './use-search-engine';

/** At most this many results are listed; the count says how many there are in all. */
export const RESULT_LIMIT = 20;
/** Typing pauses this long before a query goes out: enough to skip the letters in between. */
const DEBOUNCE_MS = 60;

export interface SearchState {
  /**
   * The result for the query as typed; while its answer is out, the last one (so that the list
   * does not flicker with each letter); null with no query.
   */
  result: SearchResult | null;
  /** A query is out and its answer not yet in. */
  waiting: boolean;
  /** Starts the index, so that it is ready by the time the first word is typed. */
  prepare(): void;
}

/**
 * Searches the catalog as `query` changes, among the datasets shown. Only the answer to the
 * latest query is kept, and only for the catalog it was asked of.
 */
export function useSearch(query: string): SearchState {
  const catalog = useCatalog();
  const engine = useSearchEngine();
  const shown = useAppStore((state) => state.datasets);
  const hiddenGroups = useMemo(() => hiddenGroupsOf(catalog, shown), [catalog, shown]);
  const [answer, setAnswer] = useState<{
    catalog: Catalog;
    query: string;
    hidden: ReadonlySet<number>;
    result: SearchResult;
  } | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const asked = ++latest.current;
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      void engine()
        .search(query, hiddenGroups, RESULT_LIMIT)
        .then((result) => {
          if (asked === latest.current) setAnswer({ catalog, query, hidden: hiddenGroups, result });
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [engine, catalog, query, hiddenGroups]);

  // Doc numbers mean something only in the catalog they were found in.
  const usable = answer !== null && answer.catalog === catalog && answer.hidden === hiddenGroups;
  const empty = query.trim() === '';
  return {
    result: !empty && usable ? answer.result : null,
    waiting: !empty && !(usable && answer.query === query),
    prepare: () => void engine(),
  };
}

function hiddenGroupsOf(catalog: Catalog, shown: readonly string[]): ReadonlySet<number> {
  const hidden = new Set<number>();
  catalog.table.datasetIds.forEach((id, index) => {
    if (!shown.includes(id)) hidden.add(index);
  });
  return hidden;
}
