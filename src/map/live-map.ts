import type { Map as MaplibreMap } from 'maplibre-gl';
import { useSyncExternalStore } from 'react';

/** The map the page shows, for the few things outside it that need it (the PNG export). */
let live: MaplibreMap | null = null;
const listeners = new Set<() => void>();

export function setLiveMap(map: MaplibreMap | null): void {
  live = map;
  for (const listener of listeners) listener();
}

export function useLiveMap(): MaplibreMap | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => live,
  );
}
