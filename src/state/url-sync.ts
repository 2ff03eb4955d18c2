import {
  canonicalDatasets,
  canonicalMapHash,
  serializeUrlState,
  type UrlState,
} from '../domain/url/codec';
import { type HistoryMode, replaceHash, writeSearch } from '../url/history';
import { type AppState, selectedEventIdOf, selectedPlaceIdOf, useAppStore } from './store';

/**
 * The one place that writes the address bar: a store subscription, throttled, that pushes a
 * history entry when the change was a deliberate step and replaces the current one otherwise.
 * Deliberate steps are never merged into one entry; continuous changes are.
 */
const THROTTLE_MS = 120;

/** The permalink's state for the store's state: the one mapping from store to URL. */
export function urlStateOf(state: AppState): UrlState {
  return {
    date: state.date,
    window: state.window,
    span: state.span,
    event: selectedEventIdOf(state),
    place: selectedPlaceIdOf(state),
    article: state.article,
    datasets: canonicalDatasets(state.datasets),
    ...state.filters,
    lang: state.lang,
  };
}

export function currentSearch(): string {
  return serializeUrlState(urlStateOf(useAppStore.getState()));
}

let intent: HistoryMode | null = null;
let pending: HistoryMode | null = null;
let lastWriteAt = Number.NEGATIVE_INFINITY;
let timer: ReturnType<typeof setTimeout> | null = null;
let applyingUrl = false;
let historyMoves = 0;
/** While playback runs: the address the held changes started from. */
let heldFrom: string | null = null;

/** Says how the next store change should reach history; actions call it just before they set. */
export function intendHistory(mode: HistoryMode): void {
  intent = mode;
}

/**
 * Playback changes the date many times a second: none of it reaches the address bar until
 * `releaseHistory`, which writes one entry for all of it.
 */
export function holdHistory(): void {
  if (heldFrom !== null) return;
  if (pending !== null) flush();
  heldFrom = currentSearch();
}

/** Ends a hold: one new entry if the view moved meanwhile, or none when `write` is false. */
export function releaseHistory(write: boolean): void {
  const from = heldFrom;
  heldFrom = null;
  if (from === null || !write) return;
  const search = currentSearch();
  if (search === from) return;
  writeSearch(search, 'push');
  lastWriteAt = performance.now();
}

/** How often Back or Forward has been used: a burst of key steps ends there. */
export function historyMoveCount(): number {
  return historyMoves;
}

/** State read from the address bar (Back, Forward): shown, never written back. */
export function applyUrlState(partial: Partial<AppState>): void {
  historyMoves++;
  pending = null;
  if (timer) clearTimeout(timer);
  timer = null;
  markPending(false);
  applyingUrl = true;
  try {
    useAppStore.setState(partial);
  } finally {
    applyingUrl = false;
  }
}

/** While a write waits, the page says so: end-to-end tests read the address only after it. */
function markPending(waiting: boolean): void {
  document.documentElement.toggleAttribute('data-url-pending', waiting);
}

/** Writes what waits: the current state, or the one a newer step has just replaced. */
function flush(search: string = currentSearch()): void {
  if (timer) clearTimeout(timer);
  timer = null;
  markPending(false);
  if (pending === null) return;
  writeSearch(search, pending);
  pending = null;
  lastWriteAt = performance.now();
}

/** Writes the normalised address at once, then follows the store. Returns the way to stop. */
export function connectUrl(): () => void {
  pending = null;
  intent = null;
  lastWriteAt = Number.NEGATIVE_INFINITY;
  writeSearch(currentSearch(), 'replace');
  // Before the map reads the hash: it would keep whatever else a link carried there.
  replaceHash(canonicalMapHash(window.location.hash));
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const mode = intent ?? 'replace';
    intent = null;
    if (applyingUrl || heldFrom !== null) return;
    const before = serializeUrlState(urlStateOf(previous));
    if (serializeUrlState(urlStateOf(state)) === before) return;
    // A second deliberate step while the first is still waiting: the first gets its own entry.
    if (mode === 'push' && pending === 'push') flush(before);
    pending = pending === 'push' ? 'push' : mode;
    const wait = lastWriteAt + THROTTLE_MS - performance.now();
    if (wait <= 0) flush();
    else {
      markPending(true);
      timer ??= setTimeout(() => flush(), wait);
    }
  });
  return () => {
    unsubscribe();
    heldFrom = null;
    flush();
  };
}
