/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page may load nothing from anywhere but its own origin: the browser enforces what
 * the brief promises. (Not in dev, where Vite injects inline scripts for hot reload.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // React sets style attributes (legend swatches, histogram ticks); MapLibre sets canvas sizes.
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lagekarte-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The basemap archive is read by byte ranges, and its tiles are compressed inside it. vite
 * preview gzips files of unknown type: the service worker's full copy would enter the browser's
 * HTTP cache gzipped, and Chromium cuts later ranges out of that copy, which then fail to
 * decode. (Static servers that compress only text types need nothing of this kind.)
 */
function basemapUncompressed(): Plugin {
  return {
    name: 'lagekarte-basemap-uncompressed',
    configurePreviewServer: (server) => {
      server.middlewares.use((request, _response, next) => {
        if (request.url?.split('?')[0]?.endsWith('.pmtiles')) {
          delete request.headers['accept-encoding'];
        }
        next();
      });
    },
  };
}

/**
 * Offline after the first visit: a service worker (src/offline/sw.ts, Workbox) precaches the
 * app, the data, the basemap and the gazetteer; a web app manifest makes it installable. Built
 * for production only; the dev server runs without a service worker.
 */
function offline() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    registerType: 'prompt',
    // Registered from src/offline/register.ts, loaded after the first view: no inline script.
    injectRegister: false,
    manifest: {
      name: 'Lagekarte',
      short_name: 'Lagekarte',
      description:
        'Orte und Ereignisse aus Nachrichtenartikeln über den Syrienkrieg auf einer Karte, durch die Zeit erkundbar. Places and events from news articles on the Syrian war, on a map in time.',
      lang: 'de',
      // The header's white, with the icon's blue on it.
      theme_color: '#ffffff',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    // The glob below takes them in already.
    includeManifestIcons: false,
    injectManifest: {
      // Everything the page fetches: scripts and workers, styles, fonts, the curated data
      // (hashed under assets/), the basemap archive and its provinces, the gazetteer.
      globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,json,geojson,txt,pmtiles}'],
      // The basemap archive is about 4.6 MB.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), basemapUncompressed(), offline()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    // maplibre-gl alone is ~1 MB; splitting it out keeps the app chunk readable in reports.
    chunkSizeWarningLimit: 1500,
    // The data is fetched as files (connect-src 'self' forbids data: URLs), however small.
    assetsInlineLimit: (file) => (file.includes('/geodata/') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
