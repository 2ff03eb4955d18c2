/**
 * `node scripts/bench/profile.mjs [rows]`: where the main thread's time goes, for the bench's
 * findings. Builds the app unminified (so that function names survive) into a temporary
 * folder, imports a synthetic ACLED CSV of `rows` events (100,000 by default) under the V8
 * sampling profiler, loads the permalink that shows it, then profiles key steps on the slider (day steps with the 30-day window,
 * whole-range jumps with the whole window). Prints the functions with the most self time and
 * the app's functions with the most total time in each phase, and the long tasks.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { initProbe, installStepProbe, longTasksSince, now, settle } from './page.mjs';
import { chromiumPath, startPreview } from './preview.mjs';
import { writeAcledCsv } from './synthetic-acled.mjs';

const root = join(import.meta.dirname, '..', '..');
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const ROWS = Number(process.argv[2] ?? 100_000);

/** Self and total time per function (by name and source position), from a V8 CPU profile. */
function summarise(profile, top = 14) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const total = new Map();
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\//, '') : '';
    return `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]);
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id));
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  const list = (map, filter = () => true) =>
    [...map]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  const idle = new Set(['(idle) ', '(program) ', '(garbage collector) ', '(root) ']);
  return [
    'self time:',
    list(self),
    'total time, app functions (not MapLibre, React or the browser):',
    list(
      total,
      (name) =>
        !idle.has(name) && /\.(tsx?|js)/.test(name) && !/maplibre|react-dom|chunk/.test(name),
    ),
  ].join('\n');
}

const scratch = mkdtempSync(join(tmpdir(), 'lagekarte-profile-'));
const dist = join(scratch, 'dist');
execSync(`npx vite build --minify false --sourcemap false --outDir ${dist} --emptyOutDir`, {
  cwd: root,
  stdio: 'ignore',
});
const preview = await startPreview({ root, port: PORT, outDir: dist });
let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
  });
  await context.addInitScript(initProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const csv = join(scratch, `acled-${ROWS}.csv`);
  await writeAcledCsv(csv, ROWS);
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => window.__bench.load.idle !== undefined, null, {
    timeout: 120_000,
  });
  await page.evaluate(installStepProbe); // for settle(), which counts the map's renders
  await page.getByRole('button', { name: 'Daten', exact: true }).click();

  const profiled = async (name, work, on = page, session = cdp) => {
    const since = await on.evaluate(now).catch(() => 0);
    await session.send('Profiler.start');
    await work();
    const { profile } = await session.send('Profiler.stop');
    const tasks = await on.evaluate(longTasksSince, since);
    console.log(`\n=== ${name} ===`);
    console.log(
      `long tasks: ${tasks.map(([, duration, kind]) => `${Math.round(duration)}${kind === 'other' ? '' : ` ${kind}`}`).join(', ') || 'none'}`,
    );
    console.log(summarise(profile));
  };

  await profiled(`import of ${ROWS} rows, to the report and the map's next idle`, async () => {
    const idle = Number(await page.locator('.map').getAttribute('data-idle-count'));
    await page.locator('.data-dialog input[type=file]').setInputFiles(csv);
    await page.locator('.import-report, .import-failed').first().waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      (before) => Number(document.querySelector('.map').dataset.idleCount) > before,
      idle,
    );
    await page.evaluate(settle);
  });
  const datasets = new URL(page.url()).searchParams.get('data');
  const loadPage = await context.newPage();
  const loadCdp = await context.newCDPSession(loadPage);
  await loadCdp.send('Profiler.enable');
  await loadCdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await profiled(
    'load of the permalink with every event shown, to the first idle',
    async () => {
      await loadPage.goto(`${BASE}/?window=all&data=${datasets}`);
      await loadPage.waitForFunction(() => window.__bench.load.idle !== undefined, null, {
        timeout: 120_000,
      });
    },
    loadPage,
    loadCdp,
  );
  await loadPage.close();
  await page.keyboard.press('Escape');
  await page.getByLabel('Zeitraum').selectOption('30d');
  await page.getByRole('slider').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('PageUp');
  await page.evaluate(settle);
  await profiled('30 day steps, window 30d', async () => {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('ArrowRight');
      await page.evaluate(settle);
    }
  });
  await page.getByLabel('Zeitraum').selectOption('all');
  await page.getByRole('slider').focus();
  await page.evaluate(settle);
  await profiled('10 whole-range jumps (Home/End), window all', async () => {
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(i % 2 ? 'Home' : 'End');
      await page.evaluate(settle);
    }
  });
} finally {
  await browser?.close();
  preview.stop();
  rmSync(scratch, { recursive: true, force: true });
}
