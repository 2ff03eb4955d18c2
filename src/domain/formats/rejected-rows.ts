import type { Localized } from '../data/dataset';
import { truncateValue } from './reasons';

/**
 * A row (CSV) or feature (GeoJSON) that was not imported, and why. CSV rows are numbered as a
 * spreadsheet shows them: the header is row 1, the first record row 2, and a record whose
 * quoted field spans several lines is still one row. GeoJSON features are numbered from 1.
 */
export interface RejectedRow {
  row: number;
  /** The column (CSV) or property path (GeoJSON, "date.start") at fault, where there is one. */
  column?: string;
  /** The offending value as written, cut to 80 characters. */
  value?: string;
  reason: Localized;
}

export function rejectRow(
  row: number,
  reason: Localized,
  column?: string,
  value?: string,
): RejectedRow {
  const rejected: RejectedRow = { row, reason };
  if (column !== undefined) rejected.column = column;
  if (value !== undefined) rejected.value = truncateValue(value);
  return rejected;
}

/** Tells a rejection from an event (events have no `reason`). */
export function isRejected<T extends object>(result: T | RejectedRow): result is RejectedRow {
  return 'reason' in result;
}

/**
 * Keeps the first `limit` rejections and counts the rest, so that a million-row file of garbage
 * costs a counter, not a million report lines.
 */
export interface RejectedRows {
  add(rejected: RejectedRow): void;
  readonly list: readonly RejectedRow[];
  /** All rejections, listed or not. */
  readonly count: number;
}

export const REJECTED_LIST_LIMIT = 10_000;

export function createRejectedRows(limit = REJECTED_LIST_LIMIT): RejectedRows {
  const list: RejectedRow[] = [];
  let count = 0;
  return {
    add(rejected) {
      count++;
      if (list.length < limit) list.push(rejected);
    },
    list,
    get count() {
      return count;
    },
  };
}
