/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
