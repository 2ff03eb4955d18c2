import { useMemo, useSyncExternalStore } from 'react';
import type { Catalog } from '../domain/catalog';
import type { EventTable } from '../domain/events/event-table';
import { admittedRows } from '../domain/events/admitted';
import { EventVisibility, type VisibilityChange } from '../domain/events/visibility';
import { windowInterval } from '../domain/time/window';
import { useCatalog } from './catalog-context';
import { type AppState, useAppStore } from './store';

/**
 * The live answer to "which events are visible", one per catalog: kept by differences as the
 * date, the window, the shown datasets or the filters change, and shared by the list, the counts
 * and the map. While React moves to a new catalog (in a transition), the old one's answer stays
 * alive, so whatever still renders the old catalog reads a visible set that matches its table.
 * React reads it through a version number; the map listens to the changes themselves.
 */
const live = new Map<EventTable, EventVisibility>();
let version = 0;
const versionListeners = new Set<() => void>();
const changeListeners = new Set<
  (change: VisibilityChange, reset: boolean, table: EventTable) => void
>();

export function datasetIndices(table: EventTable, ids: readonly string[]): Set<number> {
  const indices = new Set<number>();
  for (const id of ids) {
    const index = table.datasetIds.indexOf(id);
    if (index >= 0) indices.add(index);
  }
  return indices;
}

type AdmittingState = Pick<AppState, 'datasets' | 'filters'>;

/** The last mask made for each table, and what it was made from: one mask per choice. */
const admittedCache = new WeakMap<EventTable, AdmittingState & { mask: Uint8Array }>();

/**
 * The rows that may show at all for the store's choice of datasets and filters; the same array
 * while that choice stays the same, so the visible set and the views can tell by identity that
 * it did.
 */
export function admittedOf(table: EventTable, state: AdmittingState): Uint8Array {
  const cached = admittedCache.get(table);
  if (cached && cached.datasets === state.datasets && cached.filters === state.filters)
    return cached.mask;
  const mask = admittedRows(table, datasetIndices(table, state.datasets), state.filters);
  admittedCache.set(table, { datasets: state.datasets, filters: state.filters, mask });
  return mask;
}

function queryOf(table: EventTable, state: Pick<AppState, 'date' | 'window'> & AdmittingState) {
  return { span: windowInterval(state.date, state.window), admitted: admittedOf(table, state) };
}

function publish(change: VisibilityChange, reset: boolean, table: EventTable): void {
  performance.mark('lagekarte:visible-set');
  for (const listener of changeListeners) listener(change, reset, table);
  version++;
  for (const listener of versionListeners) listener();
}

/**
 * Starts answering for a catalog (at start and whenever datasets are added or removed), and
 * follows the store from then on. Returns the way to stop, once nothing shows that catalog.
 */
export function connectVisibility(catalog: Catalog): () => void {
  const visibility = new EventVisibility(catalog.table);
  live.set(catalog.table, visibility);
  publish(visibility.update(queryOf(catalog.table, useAppStore.getState())), true, catalog.table);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.date === previous.date &&
      state.window === previous.window &&
      state.datasets === previous.datasets &&
      state.filters === previous.filters
    )
      return;
    publish(visibility.update(queryOf(catalog.table, state)), false, catalog.table);
  });
  return () => {
    unsubscribe();
    if (live.get(catalog.table) === visibility) live.delete(catalog.table);
  };
}

/** For the map: every change of a visible set, as it happens, with the table it is about. */
export function onVisibilityChange(
  listener: (change: VisibilityChange, reset: boolean, table: EventTable) => void,
): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** The visible set of a catalog's table. */
export function visibilityOf(table: EventTable): EventVisibility {
  const visibility = live.get(table);
  if (!visibility) throw new Error('no visible set for this catalog: connectVisibility first');
  return visibility;
}

/** The visible set of the catalog this component shows. */
export function useVisibility(): EventVisibility {
  return visibilityOf(useCatalog().table);
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
  const { table } = useCatalog();
  return useSyncExternalStore(subscribeVersion, () => live.get(table)?.count ?? 0);
}

/**
 * The rows that may show at all (shown datasets, filters); the same array while the choice
 * stays.
 */
export function useAdmittedRows(): Uint8Array {
  const { table } = useCatalog();
  const datasets = useAppStore((state) => state.datasets);
  const filters = useAppStore((state) => state.filters);
  return useMemo(() => admittedOf(table, { datasets, filters }), [table, datasets, filters]);
}
