import type { Day } from '../time/days';
import type { EventDataset, EventPlace, MapEvent } from './event';

/**
 * Every loaded event, from every dataset, in one date order, with what scrubbing needs held in
 * typed arrays: a row is a position in that order. Built once when the set of loaded datasets
 * changes; a date step then touches only the rows whose visibility changes.
 */
export interface EventTable {
  /** In date order: start day, then end day, then id. */
  readonly events: readonly MapEvent[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Rows ordered by end day, and those end days: where the events leaving a window are. */
  readonly rowsByEnd: Uint32Array;
  readonly endsSorted: Int32Array;
  /** Index into `datasetIds`. */
  readonly datasetOf: Uint16Array;
  readonly datasetIds: readonly string[];
  /** Each dataset's rows, ascending, for showing or hiding a whole dataset. */
  readonly rowsOfDataset: readonly Uint32Array[];
  /** Index into `places`. */
  readonly placeOf: Uint32Array;
  readonly places: readonly EventPlace[];
  readonly placeIndexById: ReadonlyMap<string, number>;
  /** Made on first use: a hundred thousand ids cost a noticeable moment to index. */
  readonly rowById: ReadonlyMap<string, number>;
}

/** The date order of events everywhere in the app: start, then end, then id. */
export function compareEvents(a: MapEvent, b: MapEvent): number {
  return (
    a.date.start - b.date.start ||
    a.date.end - b.date.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Sorts a dataset's events once, where it is made; tables merge sorted datasets in linear time. */
export function sortEvents(events: MapEvent[]): MapEvent[] {
  return events.sort(compareEvents);
}

function isSorted(events: readonly MapEvent[]): boolean {
  for (let i = 1; i < events.length; i++)
    if (compareEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

function merge(a: readonly MapEvent[], b: readonly MapEvent[]): MapEvent[] {
  const out: MapEvent[] = new Array<MapEvent>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = compareEvents(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export function buildEventTable(datasets: readonly EventDataset[]): EventTable {
  const datasetIds = datasets.map((dataset) => dataset.id);
  const datasetIndex = new Map(datasetIds.map((id, index) => [id, index]));
  const places: EventPlace[] = [];
  const placeIndexById = new Map<string, number>();
  for (const dataset of datasets) {
    for (const place of dataset.places) {
      if (placeIndexById.has(place.id)) continue;
      placeIndexById.set(place.id, places.length);
      places.push(place);
    }
  }

  let events: MapEvent[] = [];
  for (const dataset of datasets) {
    // Datasets arrive sorted; one that does not is sorted here rather than trusted.
    const own = isSorted(dataset.events) ? dataset.events : [...dataset.events].sort(compareEvents);
    events = events.length === 0 ? [...own] : merge(events, own);
  }

  const n = events.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const datasetOf = new Uint16Array(n);
  const placeOf = new Uint32Array(n);
  const datasetSizes = new Array<number>(datasets.length).fill(0);
  // Neighbouring rows mostly share dataset and often place: remember the last lookups.
  let lastDataset = '';
  let datasetAt = 0;
  let lastPlace = '';
  let placeAt = 0;
  for (let row = 0; row < n; row++) {
    const event = events[row]!;
    start[row] = event.date.start;
    end[row] = event.date.end;
    if (event.dataset !== lastDataset) {
      lastDataset = event.dataset;
      datasetAt = datasetIndex.get(event.dataset) ?? 0;
    }
    datasetOf[row] = datasetAt;
    datasetSizes[datasetAt]!++;
    if (event.place !== lastPlace) {
      lastPlace = event.place;
      placeAt = placeIndexById.get(event.place) ?? 0;
    }
    placeOf[row] = placeAt;
  }

  const rowsOfDataset = datasetSizes.map((size) => new Uint32Array(size));
  const filled = new Array<number>(datasets.length).fill(0);
  for (let row = 0; row < n; row++) {
    const dataset = datasetOf[row]!;
    rowsOfDataset[dataset]![filled[dataset]!++] = row;
  }

  // Sorting plain numbers is native and fast: the end day and the row packed into one key.
  const minEnd = n === 0 ? 0 : minOf(end);
  const ROW_SPACE = 2 ** 24;
  const keys = new Float64Array(n);
  for (let row = 0; row < n; row++) keys[row] = (end[row]! - minEnd) * ROW_SPACE + row;
  keys.sort();
  const rowsByEnd = new Uint32Array(n);
  const endsSorted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = keys[i]! % ROW_SPACE;
    rowsByEnd[i] = row;
    endsSorted[i] = end[row]!;
  }

  let rowById: Map<string, number> | undefined;
  return {
    events,
    start,
    end,
    rowsByEnd,
    endsSorted,
    datasetOf,
    datasetIds,
    rowsOfDataset,
    placeOf,
    places,
    placeIndexById,
    get rowById() {
      rowById ??= new Map(events.map((event, row) => [event.id, row]));
      return rowById;
    },
  };
}

/** `Math.min(...array)` overflows the stack on large arrays. */
function minOf(values: Int32Array): number {
  let min = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < min) min = value;
  return min;
}

/** The first index whose value is greater than `value` in an ascending array. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose value is at least `value` in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The span of days with events in the given datasets, or null when they have none. */
export function tableRange(
  table: EventTable,
  shownDatasets: ReadonlySet<number>,
): { min: Day; max: Day } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const dataset of shownDatasets) {
    for (const row of table.rowsOfDataset[dataset] ?? []) {
      if (table.start[row]! < min) min = table.start[row]!;
      if (table.end[row]! > max) max = table.end[row]!;
    }
  }
  return min === Number.POSITIVE_INFINITY ? null : { min, max };
}
