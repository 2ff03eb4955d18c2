import { useMemo } from 'react';
import { facetCounts, eventsInWindow } from '../domain/filters/facet-counts';
import { windowInterval } from '../domain/time/window';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { datasetIndices } from '../state/visibility';

/** Each option's count at the current date and window; only the open panel asks for these. */
export function useFacetCounts() {
  const { table } = useCatalog();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const datasets = useAppStore((state) => state.datasets);
  const filters = useAppStore((state) => state.filters);
  return useMemo(
    () =>
      facetCounts(table, windowInterval(date, window), datasetIndices(table, datasets), filters),
    [table, date, window, datasets, filters],
  );
}

/** The events the date and window show with no filters: the "of M" in the summary. */
export function useUnfilteredCount(enabled: boolean): number {
  const { table } = useCatalog();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const datasets = useAppStore((state) => state.datasets);
  return useMemo(
    () =>
      enabled
        ? eventsInWindow(table, windowInterval(date, window), datasetIndices(table, datasets))
        : 0,
    [enabled, table, date, window, datasets],
  );
}
