import { CATEGORIES, STATUSES } from '../data/schema';
import { upperBound, type EventTable } from '../events/event-table';
import type { DayInterval } from '../time/window';
import { filterIndexOf, type FilterIndex, type KeyLists } from './filter-index';
import type { EventFilters } from './filters';

/**
 * A choice of filters as flags over the index's key numbers; null where the facet is empty and
 * so restricts nothing. A chosen key no loaded event has simply matches nothing.
 */
export interface CompiledFilters {
  categories: Uint8Array | null;
  statuses: Uint8Array | null;
  actors: Uint8Array | null;
  sources: Uint8Array | null;
}

function flags(chosen: readonly string[], size: number, indexOf: (key: string) => number) {
  if (chosen.length === 0) return null;
  const set = new Uint8Array(size);
  for (const key of chosen) {
    const index = indexOf(key);
    if (index >= 0) set[index] = 1;
  }
  return set;
}

export function compileFilters(index: FilterIndex, filters: EventFilters): CompiledFilters {
  const keyed = (lists: KeyLists) => (key: string) => lists.indexOf.get(key) ?? -1;
  return {
    categories: flags(filters.categories, CATEGORIES.length, (key) =>
      (CATEGORIES as readonly string[]).indexOf(key),
    ),
    statuses: flags(filters.statuses, STATUSES.length, (key) =>
      (STATUSES as readonly string[]).indexOf(key),
    ),
    actors: flags(filters.actors, index.actors.keys.length, keyed(index.actors)),
    sources: flags(filters.sources, index.sources.keys.length, keyed(index.sources)),
  };
}

/** Whether any of the row's keys is chosen (true when the facet is empty). */
function anyChosen(lists: KeyLists, chosen: Uint8Array | null, row: number): boolean {
  if (chosen === null) return true;
  const end = lists.start[row + 1]!;
  for (let i = lists.start[row]!; i < end; i++) if (chosen[lists.items[i]!] === 1) return true;
  return false;
}

/** Adds one to each of the row's keys. */
function countKeys(lists: KeyLists, counts: Uint32Array, row: number): void {
  const end = lists.start[row + 1]!;
  for (let i = lists.start[row]!; i < end; i++) counts[lists.items[i]!]!++;
}

/** Flags over the table's dataset indices, for a per-row check without a Set lookup. */
export function datasetFlags(table: EventTable, datasets: ReadonlySet<number>): Uint8Array {
  const shown = new Uint8Array(table.datasetIds.length);
  for (const dataset of datasets) if (dataset < shown.length) shown[dataset] = 1;
  return shown;
}

/** Rows of shown datasets that pass every facet: the admitted mask with filters on. */
export function filteredRows(
  table: EventTable,
  datasets: ReadonlySet<number>,
  filters: EventFilters,
): Uint8Array {
  const index = filterIndexOf(table);
  const chosen = compileFilters(index, filters);
  const shown = datasetFlags(table, datasets);
  const admitted = new Uint8Array(table.events.length);
  for (let row = 0; row < admitted.length; row++) {
    if (
      shown[table.datasetOf[row]!] === 1 &&
      (chosen.categories === null || chosen.categories[index.category[row]!] === 1) &&
      (chosen.statuses === null || chosen.statuses[index.status[row]!] === 1) &&
      anyChosen(index.sources, chosen.sources, row) &&
      anyChosen(index.actors, chosen.actors, row)
    )
      admitted[row] = 1;
  }
  return admitted;
}

/**
 * For each option of each facet, how many events in the window it keeps: the events of shown
 * datasets that pass the other facets' filters and have that option (so an option's count is
 * what the list would hold with it chosen, if it were the facet's only choice). Also `shown`,
 * the events passing every filter, and `total`, the window's events with no filter at all.
 */
export interface FacetCounts {
  categories: Uint32Array;
  statuses: Uint32Array;
  actors: Uint32Array;
  sources: Uint32Array;
  shown: number;
  total: number;
}

/** One pass over the rows that start by the window's end; nothing allocated per row. */
export function facetCounts(
  table: EventTable,
  span: DayInterval,
  datasets: ReadonlySet<number>,
  filters: EventFilters,
): FacetCounts {
  const index = filterIndexOf(table);
  const chosen = compileFilters(index, filters);
  const shownDataset = datasetFlags(table, datasets);
  const counts: FacetCounts = {
    categories: new Uint32Array(CATEGORIES.length),
    statuses: new Uint32Array(STATUSES.length),
    actors: new Uint32Array(index.actors.keys.length),
    sources: new Uint32Array(index.sources.keys.length),
    shown: 0,
    total: 0,
  };
  const last = upperBound(table.start, span.end);
  for (let row = 0; row < last; row++) {
    if (table.end[row]! < span.start || shownDataset[table.datasetOf[row]!] !== 1) continue;
    counts.total++;
    const category = index.category[row]!;
    const status = index.status[row]!;
    const categoryOk = chosen.categories === null || chosen.categories[category] === 1;
    const statusOk = chosen.statuses === null || chosen.statuses[status] === 1;
    const sourceOk = anyChosen(index.sources, chosen.sources, row);
    const actorOk = anyChosen(index.actors, chosen.actors, row);
    const failed = +!categoryOk + +!statusOk + +!sourceOk + +!actorOk;
    if (failed > 1) continue;
    if (failed === 0) counts.shown++;
    // A row failing one facet counts only for that facet's options: choosing one of its
    // options there would bring it in.
    if (!categoryOk || failed === 0) counts.categories[category]!++;
    if (!statusOk || failed === 0) counts.statuses[status]!++;
    if (!sourceOk || failed === 0) countKeys(index.sources, counts.sources, row);
    if (!actorOk || failed === 0) countKeys(index.actors, counts.actors, row);
  }
  return counts;
}

/** The window's events of shown datasets, filters aside: the "of M" in the summary line. */
export function eventsInWindow(
  table: EventTable,
  span: DayInterval,
  datasets: ReadonlySet<number>,
): number {
  const shownDataset = datasetFlags(table, datasets);
  const last = upperBound(table.start, span.end);
  let total = 0;
  for (let row = 0; row < last; row++)
    if (table.end[row]! >= span.start && shownDataset[table.datasetOf[row]!] === 1) total++;
  return total;
}
