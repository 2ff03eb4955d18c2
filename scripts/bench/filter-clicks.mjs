/**
 * `node scripts/bench/filter-clicks.mjs [rows]`: what a click in the filter panel costs with a
 * synthetic ACLED import of `rows` events (100,000 by default). Builds the app, imports the
 * file, opens the filter panel and ticks options, with the 30-day and the whole window. For each
 * click: the time from the click to the next paint (the Event Timing API's duration, what INP
 * measures), the click handler's own time (mask, visible set, store, React's sync render), the
 * long tasks that followed, and the time until the map is idle again.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, startPreview } from './preview.mjs';
import { writeAcledCsv } from './synthetic-acled.mjs';

const root = join(import.meta.dirname, '..', '..');
const PORT = 4181;
const ROWS = Number(process.argv[2] ?? 100_000);

function observeClicks() {
  window.__clicks = { events: [], longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'click' || entry.name === 'keydown')
        window.__clicks.events.push({
          duration: entry.duration,
          handler: entry.processingEnd - entry.processingStart,
        });
  }).observe({ type: 'event', durationThreshold: 16 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__clicks.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

const scratch = mkdtempSync(join(tmpdir(), 'lagekarte-filters-'));
const dist = join(scratch, 'dist');
execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { cwd: root, stdio: 'ignore' });
const preview = await startPreview({ root, port: PORT, outDir: dist });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  const csv = join(scratch, `acled-${ROWS}.csv`);
  await writeAcledCsv(csv, ROWS);
  await page.goto(`${preview.base}/?date=2020-12-31&window=30d&lang=de`);
  await page.waitForSelector('.map[data-idle-count]:not([data-idle-count="0"])', {
    timeout: 120_000,
  });
  await page.getByRole('button', { name: 'Daten', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Importieren' }).click();
  await (await chooser).setFiles(csv);
  await page.locator('.import-report').waitFor({ timeout: 600_000 });
  await page.getByRole('button', { name: 'Daten schließen' }).click();
  await page.waitForTimeout(3000);
  await page.evaluate(observeClicks);

  const opened = Date.now();
  await page.locator('.filter-button').click();
  await page.locator('.filter-panel').waitFor();
  console.log(`filter panel open (index and counts made): ${Date.now() - opened} ms`);

  const idleCount = () =>
    page.evaluate(() => Number(document.querySelector('.map').dataset.idleCount));
  const group = (index) => page.locator('.filter-panel fieldset').nth(index);
  const rows = [];
  const measure = async (label, act) => {
    await page.evaluate(() => ((window.__clicks.events = []), (window.__clicks.longTasks = [])));
    const idle = await idleCount();
    const start = Date.now();
    await act();
    await page
      .waitForFunction((n) => Number(document.querySelector('.map').dataset.idleCount) > n, idle)
      .catch(() => {});
    const toIdle = Date.now() - start;
    await page.waitForTimeout(500);
    const { events, longTasks } = await page.evaluate(() => window.__clicks);
    const first = events[0] ?? { duration: 0, handler: 0 };
    rows.push({
      action: label,
      'to paint ms': Math.round(first.duration) || '<16',
      'handler ms': Math.round(first.handler),
      'long tasks ms': longTasks.map(Math.round).join(' '),
      'to idle ms': toIdle,
    });
  };
  const clear = () =>
    page.locator('.filter-panel').getByRole('button', { name: 'Filter aufheben' }).click();
  for (const window of ['30d', 'all']) {
    await page.getByLabel('Zeitraum').selectOption(window);
    await page.waitForTimeout(3000);
    await measure(`${window}: a category on`, () => group(0).getByRole('checkbox').first().click());
    await measure(`${window}: a status on`, () => group(1).getByRole('checkbox').last().click());
    await measure(`${window}: the status off`, () => group(1).getByRole('checkbox').last().click());
    await measure(`${window}: the category off`, () =>
      group(0).getByRole('checkbox').first().click(),
    );
    await measure(`${window}: the import as source`, () =>
      group(2).getByRole('checkbox').last().click(),
    );
    await measure(`${window}: clear`, clear);
    await measure(`${window}: an actor on`, () => group(3).getByRole('checkbox').first().click());
    await measure(`${window}: a day step, panel open`, async () => {
      await page.getByRole('slider').focus();
      await page.keyboard.press('ArrowLeft');
    });
    await measure(`${window}: clear`, clear);
  }
  console.table(rows);
} finally {
  await browser.close();
  preview.stop();
}
