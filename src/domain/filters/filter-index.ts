import { CATEGORIES, STATUSES } from '../data/schema';
import { CURATED_DATASET_ID, type MapEvent } from '../events/event';
import type { EventTable } from '../events/event-table';

/**
 * Keys that a row can have several of (actors, sources), packed: row r's key numbers are
 * `items[start[r]] … items[start[r + 1] - 1]`, each an index into `keys`, no key twice.
 */
export interface KeyLists {
  readonly keys: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly start: Uint32Array;
  readonly items: Uint32Array;
}

/**
 * What filtering needs of a table, as numbers per row: made once per table, on first use, so
 * that a mask or a count is one pass over typed arrays with no string compared per row.
 */
export interface FilterIndex {
  /** Index into CATEGORIES. */
  readonly category: Uint8Array;
  /** Index into STATUSES. */
  readonly status: Uint8Array;
  readonly actors: KeyLists;
  /** Curated events: the articles that report them; imported ones: their dataset. */
  readonly sources: KeyLists;
}

/** The keys an event has as a source: its articles, or for an import its dataset. */
export function sourceKeysOf(event: MapEvent): string[] {
  if (event.dataset !== CURATED_DATASET_ID) return [event.dataset];
  const articles: string[] = [];
  for (const source of event.sources) if (source.article) articles.push(source.article);
  return articles;
}

class KeyListBuilder {
  private readonly keys: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly items: number[] = [];
  private readonly start: Uint32Array;
  private row = 0;

  constructor(rows: number) {
    this.start = new Uint32Array(rows + 1);
  }

  addRow(keys: readonly string[]): void {
    const from = this.items.length;
    for (const key of keys) {
      let index = this.indexOf.get(key);
      if (index === undefined) {
        index = this.keys.length;
        this.keys.push(key);
        this.indexOf.set(key, index);
      }
      // Rows have a handful of keys: a linear check beats a set.
      let seen = false;
      for (let i = from; i < this.items.length; i++) if (this.items[i] === index) seen = true;
      if (!seen) this.items.push(index);
    }
    this.start[++this.row] = this.items.length;
  }

  build(): KeyLists {
    return {
      keys: this.keys,
      indexOf: this.indexOf,
      start: this.start,
      items: Uint32Array.from(this.items),
    };
  }
}

const CATEGORY_CODE = new Map<string, number>(CATEGORIES.map((category, i) => [category, i]));
const STATUS_CODE = new Map<string, number>(STATUSES.map((status, i) => [status, i]));

export function buildFilterIndex(table: EventTable): FilterIndex {
  const n = table.events.length;
  const category = new Uint8Array(n);
  const status = new Uint8Array(n);
  const actors = new KeyListBuilder(n);
  const sources = new KeyListBuilder(n);
  for (let row = 0; row < n; row++) {
    const event = table.events[row]!;
    category[row] = CATEGORY_CODE.get(event.category) ?? 0;
    status[row] = STATUS_CODE.get(event.status) ?? 0;
    actors.addRow(event.actors);
    sources.addRow(sourceKeysOf(event));
  }
  return { category, status, actors: actors.build(), sources: sources.build() };
}

const indices = new WeakMap<EventTable, FilterIndex>();

/** The table's filter index, made on first use and kept as long as the table. */
export function filterIndexOf(table: EventTable): FilterIndex {
  let index = indices.get(table);
  if (!index) {
    index = buildFilterIndex(table);
    indices.set(table, index);
  }
  return index;
}
