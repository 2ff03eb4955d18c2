import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The browser: $CHROMIUM_PATH if set, else the system Chromium (Debian's package), else the
 * one `npx playwright install chromium` downloads.
 */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

// Not 4173, so a running `npm start` never stands in for the build under test. E2E_PORT lets
// two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    // The built app installs a service worker, and requests it answers pass by page.route:
    // specs that mock or count requests see the network as before. e2e/offline.spec.ts
    // allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
    },
  },
  webServer: {
    // The production build, as users get it, built fresh so tests never run a stale one.
    command: `npx vite build --outDir dist && npx vite preview --outDir dist --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
