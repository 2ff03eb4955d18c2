/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa from this file into sw.js; production builds
// only). Workbox does the caching: everything the first view needs is precached on the first
// visit, so the next one opens without a network.
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

/**
 * The basemap is one archive read by byte ranges (pmtiles); the precache holds the whole file
 * and this cuts each asked-for range out of it (Workbox's range-requests module). Requests
 * without a range pass unchanged.
 */
const servesRanges: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    if (!cachedResponse || !request.headers.has('range')) return cachedResponse;
    // The cache holds the body decoded. A slice still claiming the server's Content-Encoding
    // (vite preview gzips everything) would be decoded again by the browser, and fail.
    const headers = new Headers(cachedResponse.headers);
    headers.delete('content-encoding');
    const whole = new Response(cachedResponse.body, { status: cachedResponse.status, headers });
    return createPartialResponse(request, whole);
  },
};
addPlugins([servesRanges]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A permalink is the one page with a query string: every navigation to it gets the precached
// page. Other addresses (a README, the manifest opened in a tab) are left to the network.
const page = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    allowlist: [new RegExp(`^${page}(index\\.html)?(\\?.*)?$`)],
  }),
);

// A new version waits until the reader chooses to reload (the notice in OfflineStatus), so a
// page never runs on a mix of old and new files.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes the open page over at once, so it works offline without a reload.
clientsClaim();
