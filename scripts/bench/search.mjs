/**
 * `node scripts/bench/search.mjs [rows]`: what search costs at `rows` imported events (100,000
 * by default). Builds the app, imports a synthetic ACLED CSV through the data panel, waits for
 * the page to settle, then focuses the search field, which starts the index: prints what each
 * chunk of documents posted to the search worker cost the main thread (the app's
 * `lagekarte:search-chunk` measures), the long tasks meanwhile, how long until the first
 * answer, and then the time from typing a query to its answer (60 ms of that is the debounce).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, startPreview } from './preview.mjs';
import { writeAcledCsv } from './synthetic-acled.mjs';

const root = join(import.meta.dirname, '..', '..');
const ROWS = Number(process.argv[2] ?? 100_000);
const PORT = 4181;
const QUERIES = ['Mos', 'Moskaus', 'Sotschi', 'Aleppos', 'a', 'place 12 battle'];

const scratch = mkdtempSync(join(tmpdir(), 'lagekarte-search-bench-'));
const csv = join(scratch, `acled-${ROWS}.csv`);
await writeAcledCsv(csv, ROWS);
execSync('npx vite build', { cwd: root, stdio: 'ignore' });
const { base, stop } = await startPreview({ root, port: PORT });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`  console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
  await page.goto(`${base}/?lang=de`);
  await page.waitForSelector('.map[data-idle-count]:not([data-idle-count="0"])', {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Daten', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importieren' }).click();
  await (await chooser).setFiles(csv);
  await page.locator('.import-report').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Daten schließen' }).click();
  // The page settles after an import (catalog, list, map): search starts when a person would.
  await page.waitForTimeout(10_000);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    performance.clearMeasures('lagekarte:search-chunk');
  });
  const field = page.getByRole('combobox', { name: 'Orte und Ereignisse suchen' });
  const started = await page.evaluate(() => performance.now());
  await field.fill('Moskau');
  await page.waitForSelector('.search[data-searching="false"]', { timeout: 300_000 });
  const ready = await page.evaluate(() => performance.now());
  const chunks = await page.evaluate(() =>
    performance.getEntriesByName('lagekarte:search-chunk').map((entry) => entry.duration),
  );
  const sorted = [...chunks].sort((a, b) => a - b);
  console.log(`${ROWS} imported events, ${chunks.length} chunks posted to the search worker`);
  console.log(
    `  main thread: ${Math.round(chunks.reduce((a, b) => a + b, 0))} ms in all, ` +
      `median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms per chunk`,
  );
  console.log(
    `  long tasks meanwhile: ${JSON.stringify(await page.evaluate(() => window.__longTasks))}`,
  );
  console.log(`  first answer ${Math.round(ready - started)} ms after the first keystroke`);
  for (const query of QUERIES) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      // Another query in between: the page keeps the last answer and would reuse it.
      await field.fill(`zz${i}`);
      await page.waitForSelector('.search[data-searching="false"]');
      const from = await page.evaluate(() => performance.now());
      await field.fill(query);
      await page.waitForSelector('.search[data-searching="false"]');
      times.push(Math.round((await page.evaluate(() => performance.now())) - from));
    }
    times.sort((a, b) => a - b);
    const status = await page.locator('.search-status').textContent();
    console.log(`  "${query}": ${status}; typed → answer median ${times[2]} ms (max ${times[4]})`);
  }
} finally {
  await browser.close();
  stop();
  rmSync(scratch, { recursive: true, force: true });
}
