import { create } from 'zustand';

export interface OfflineState {
  /** The service worker has cached the app: it opens without a network from now on. */
  ready: boolean;
  /** Set when a new version has arrived and waits: switches to it (the page reloads). */
  applyUpdate: (() => void) | null;
}

export const useOfflineStore = create<OfflineState>(() => ({ ready: false, applyUpdate: null }));
