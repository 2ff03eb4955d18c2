import { useMemo, useSyncExternalStore } from 'react';
import type { Catalog } from '../domain/catalog';
import type { EventTable } from '../domain/events/event-table';
import { EventVisibility, type VisibilityChange } from '../domain/events/visibility';
import { windowInterval } from '../domain/time/window';
import { useCatalog } from './catalog-context';
import { type AppState, useAppStore } from './store';

/**
 * The one live answer to "which events are visible": kept by differences as the date, the
 * window or the shown datasets change, and shared by the list, the counts and the map. React
 * reads it through a version number; the map listens to the changes themselves.
 */
let visibility: EventVisibility | null = null;
let version = 0;
const versionListeners = new Set<() => void>();
const changeListeners = new Set<(change: VisibilityChange, reset: boolean) => void>();

export function datasetIndices(table: EventTable, ids: readonly string[]): Set<number> {
  const indices = new Set<number>();
  for (const id of ids) {
    const index = table.datasetIds.indexOf(id);
    if (index >= 0) indices.add(index);
  }
  return indices;
}

function queryOf(table: EventTable, state: Pick<AppState, 'date' | 'window' | 'datasets'>) {
  return {
    span: windowInterval(state.date, state.window),
    datasets: datasetIndices(table, state.datasets),
  };
}

function publish(change: VisibilityChange, reset: boolean): void {
  performance.mark('lagekarte:visible-set');
  for (const listener of changeListeners) listener(change, reset);
  version++;
  for (const listener of versionListeners) listener();
}

/**
 * Starts answering for a catalog (at start and whenever datasets are added or removed), and
 * follows the store from then on. Returns the way to stop.
 */
export function connectVisibility(catalog: Catalog): () => void {
  const live = new EventVisibility(catalog.table);
  visibility = live;
  publish(live.update(queryOf(catalog.table, useAppStore.getState())), true);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.date === previous.date &&
      state.window === previous.window &&
      state.datasets === previous.datasets
    )
      return;
    publish(live.update(queryOf(catalog.table, state)), false);
  });
  return () => {
    unsubscribe();
    if (visibility === live) visibility = null;
  };
}

/** For the map: every change of the visible set, as it happens. */
export function onVisibilityChange(
  listener: (change: VisibilityChange, reset: boolean) => void,
): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function currentVisibility(): EventVisibility {
  if (!visibility) throw new Error('connectVisibility has not run');
  return visibility;
}

function subscribeVersion(listener: () => void): () => void {
  versionListeners.add(listener);
  return () => versionListeners.delete(listener);
}

/** Re-renders the caller whenever the visible set changes; the number itself means nothing. */
export function useVisibilityVersion(): number {
  return useSyncExternalStore(subscribeVersion, () => version);
}

export function useVisibleCount(): number {
  return useSyncExternalStore(subscribeVersion, () => visibility?.count ?? 0);
}

/** The shown datasets as table indices; the same Set while the choice stays the same. */
export function useShownDatasets(): ReadonlySet<number> {
  const { table } = useCatalog();
  const ids = useAppStore((state) => state.datasets);
  return useMemo(() => datasetIndices(table, ids), [table, ids]);
}
