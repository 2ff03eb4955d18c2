/**
 * Writes the permalink to the address bar. Deliberate steps push an entry so Back and
 * Forward walk through them; continuous changes (dragging) replace the current one. The hash
 * belongs to MapLibre's map view and is carried along untouched.
 */
export type HistoryMode = 'push' | 'replace';

export function writeSearch(search: string, mode: HistoryMode): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

/** Replaces the hash (the map's view) without a history entry; the query is untouched. */
export function replaceHash(hash: string): void {
  if (hash === window.location.hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(window.history.state, '', url);
}
