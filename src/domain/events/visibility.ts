import type { DayInterval } from '../time/window';
import { lowerBound, upperBound, type EventTable } from './event-table';

/** What the user asked to see: a span of days, and which rows may show at all. */
export interface VisibilityQuery {
  span: DayInterval;
  /** One byte per row, 1 where the row may show (see admittedRows); replaced, never mutated. */
  admitted: Uint8Array;
}

/** The rows whose visibility one update changed, and the places whose visible count did. */
export interface VisibilityChange {
  entered: number[];
  left: number[];
  places: number[];
}

/**
 * Which events are visible, kept up to date by differences: a date step looks only at the rows
 * that cross the window's edges (found by binary search), never at all N. It also answers
 * "the k-th visible event in date order" in O(log N) (a Fenwick tree), so a list can show any
 * slice of 100,000 visible events without building an array of them.
 */
export class EventVisibility {
  readonly visible: Uint8Array;
  readonly placeCounts: Int32Array;
  private visibleCount = 0;
  private readonly tree: Int32Array;
  private readonly placeStamp: Uint32Array;
  private stamp = 0;
  private query: VisibilityQuery | null = null;
  /** While set, apply() leaves the tree alone; update() rebuilds it once at the end. */
  private deferTree = false;

  constructor(readonly table: EventTable) {
    const n = table.events.length;
    this.visible = new Uint8Array(n);
    this.tree = new Int32Array(n + 1);
    this.placeCounts = new Int32Array(table.places.length);
    this.placeStamp = new Uint32Array(table.places.length);
  }

  get count(): number {
    return this.visibleCount;
  }

  get current(): VisibilityQuery | null {
    return this.query;
  }

  isVisible(row: number): boolean {
    return this.visible[row] === 1;
  }

  update(next: VisibilityQuery): VisibilityChange {
    const change: VisibilityChange = { entered: [], left: [], places: [] };
    this.stamp++;
    const previous = this.query;
    this.query = next;
    const visit = (row: number) => this.apply(row, next, change);
    const { table } = this;
    if (previous === null) return this.fill(next, change);
    // Datasets shown or hidden, filters changed: a user's click, not a scrub, so one pass over
    // the two masks is affordable. When many rows change, one linear rebuild of the tree is
    // cheaper than a logarithmic update per row.
    if (previous.admitted !== next.admitted) {
      const before = previous.admitted;
      const after = next.admitted;
      let differing = 0;
      for (let row = 0; row < after.length; row++) if (before[row] !== after[row]) differing++;
      this.deferTree = differing > after.length / 16;
      for (let row = 0; row < after.length; row++) if (before[row] !== after[row]) visit(row);
    }
    // Rows whose start crosses the window's end, and rows whose end crosses its start.
    const lowEnd = Math.min(previous.span.end, next.span.end);
    const highEnd = Math.max(previous.span.end, next.span.end);
    if (lowEnd !== highEnd) {
      const to = upperBound(table.start, highEnd);
      for (let row = upperBound(table.start, lowEnd); row < to; row++) visit(row);
    }
    const lowStart = Math.min(previous.span.start, next.span.start);
    const highStart = Math.max(previous.span.start, next.span.start);
    if (lowStart !== highStart) {
      const to = lowerBound(table.endsSorted, highStart);
      for (let i = lowerBound(table.endsSorted, lowStart); i < to; i++) visit(table.rowsByEnd[i]!);
    }
    if (this.deferTree) {
      this.deferTree = false;
      this.buildTree();
    }
    return change;
  }

  /** A Fenwick tree over the visible flags in linear time: each node passes its sum on. */
  private buildTree(): void {
    const { tree, visible } = this;
    const n = visible.length;
    tree[0] = 0;
    for (let row = 0; row < n; row++) tree[row + 1] = visible[row]!;
    for (let i = 1; i <= n; i++) {
      const parent = i + (i & -i);
      if (parent <= n) tree[parent]! += tree[i]!;
    }
  }

  /** The first answer, for all rows at once: flags and counts in one pass, the tree in another. */
  private fill(query: VisibilityQuery, change: VisibilityChange): VisibilityChange {
    const { table } = this;
    const n = table.events.length;
    for (let row = 0; row < n; row++) {
      const shown =
        table.start[row]! <= query.span.end &&
        table.end[row]! >= query.span.start &&
        query.admitted[row] === 1;
      if (!shown) continue;
      this.visible[row] = 1;
      this.visibleCount++;
      this.placeCounts[table.placeOf[row]!]!++;
      change.entered.push(row);
    }
    this.buildTree();
    for (let place = 0; place < table.places.length; place++)
      if (this.placeCounts[place]! > 0) change.places.push(place);
    return change;
  }

  /** The k-th visible row (0-based) in date order. */
  rowAt(k: number): number {
    if (k < 0 || k >= this.visibleCount) throw new RangeError(`no visible row ${k}`);
    let position = 0;
    let remaining = k + 1;
    for (let step = highestPowerOfTwo(this.tree.length - 1); step > 0; step >>= 1) {
      const next = position + step;
      if (next < this.tree.length && this.tree[next]! < remaining) {
        position = next;
        remaining -= this.tree[next]!;
      }
    }
    return position; // the tree is 1-based: position + 1 is the row's slot, position the row
  }

  /** How many visible rows come before `row` in date order: its place in a list. */
  positionOf(row: number): number {
    let sum = 0;
    for (let i = row; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  private apply(row: number, query: VisibilityQuery, change: VisibilityChange): void {
    const { table } = this;
    const shouldShow =
      table.start[row]! <= query.span.end &&
      table.end[row]! >= query.span.start &&
      query.admitted[row] === 1;
    const isShown = this.visible[row] === 1;
    if (shouldShow === isShown) return;
    const delta = shouldShow ? 1 : -1;
    this.visible[row] = shouldShow ? 1 : 0;
    this.visibleCount += delta;
    if (!this.deferTree)
      for (let i = row + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
    (shouldShow ? change.entered : change.left).push(row);
    const place = table.placeOf[row]!;
    this.placeCounts[place]! += delta;
    if (this.placeStamp[place] !== this.stamp) {
      this.placeStamp[place] = this.stamp;
      change.places.push(place);
    }
  }
}

function highestPowerOfTwo(n: number): number {
  let power = 1;
  while (power * 2 <= n) power *= 2;
  return n === 0 ? 0 : power;
}
