import type { EventTable } from './event-table';

/**
 * Which rows may be shown at all, whatever the date: one byte per row, 1 for a row of a shown
 * dataset. Everything that counts or steps through "the shown events" (the visible set, the
 * histogram, the step buttons, playback) reads this one mask, so none of them can disagree.
 */
export function admittedRows(table: EventTable, datasets: ReadonlySet<number>): Uint8Array {
  const admitted = new Uint8Array(table.events.length);
  for (const dataset of datasets) {
    for (const row of table.rowsOfDataset[dataset] ?? []) admitted[row] = 1;
  }
  return admitted;
}
