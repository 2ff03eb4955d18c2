import { registerSW } from 'virtual:pwa-register';
import type { OfflineState } from './offline-store';

/**
 * Registers the service worker (after the page's `load`, so the first view's files come
 * first) and reports what it does. The store is handed in rather than imported, so that this
 * module, loaded later, shares no chunk with the first view's script.
 */
export function registerServiceWorker(report: (change: Partial<OfflineState>) => void): void {
  const update = registerSW({
    onOfflineReady: () => report({ ready: true }),
    onNeedRefresh: () => report({ applyUpdate: () => void update() }),
    onRegisteredSW: (_url, registration) => {
      // Ask for a new version on every visit, not only when the browser gets round to it; a
      // visit without a network simply keeps the version it has.
      if (registration?.active && navigator.onLine) registration.update().catch(() => {});
    },
    onRegisterError: (error: unknown) => console.warn('Service worker:', error),
  });
}
