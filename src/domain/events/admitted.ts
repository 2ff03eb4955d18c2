import type { EventTable } from './event-table';
import { filteredRows } from '../filters/facet-counts';
import { EMPTY_FILTERS, type EventFilters, isEmptyFilters } from '../filters/filters';

/**
 * Which rows may be shown at all, whatever the date: one byte per row, 1 for a row of a shown
 * dataset that passes the filters. Everything that counts or steps through "the shown events"
 * (the visible set, the histogram, the step buttons, playback) reads this one mask, so none of
 * them can disagree.
 */
export function admittedRows(
  table: EventTable,
  datasets: ReadonlySet<number>,
  filters: EventFilters = EMPTY_FILTERS,
): Uint8Array {
  if (!isEmptyFilters(filters)) return filteredRows(table, datasets, filters);
  const admitted = new Uint8Array(table.events.length);
  for (const dataset of datasets) {
    for (const row of table.rowsOfDataset[dataset] ?? []) admitted[row] = 1;
  }
  return admitted;
}
