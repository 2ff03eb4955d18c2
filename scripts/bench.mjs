/**
 * `npm run bench`: measures what users feel, in a real (headless) Chromium against the
 * production build. Prints a table and writes bench-results/bench.json. Not part of `npm test`:
 * speed is measured here, never asserted in tests.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const LOAD_RUNS = 5;
const STEPS = 30;

function executable() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    n: sorted.length,
    median: Math.round(at(0.5)),
    p90: Math.round(at(0.9)),
    max: Math.round(sorted.at(-1)),
  };
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('preview server did not start');
}

execSync('npx vite build', { cwd: root, stdio: 'ignore' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  },
);

const results = {};
let browser;
try {
  await waitForServer();
  browser = await chromium.launch({
    executablePath: executable(),
    args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
  });

  const interactive = [];
  const firstIdle = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    const start = Date.now();
    await page.goto(`${BASE}/`);
    await page.getByRole('slider').waitFor();
    interactive.push(Date.now() - start);
    await page.waitForFunction(
      () => Number(document.querySelector('.map')?.getAttribute('data-idle-count')) > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    firstIdle.push(Date.now() - start);
    await page.close();
  }
  results['load: slider usable (ms)'] = stats(interactive);
  results['load: map drawn, first idle (ms)'] = stats(firstIdle);

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  // Day steps walk through the dense days around the battle for Aleppo; month steps the whole range.
  for (const [label, key, query] of [
    ['scrub: one day (ArrowRight) to map idle (ms)', 'ArrowRight', '?date=2016-09-20&window=day'],
    ['scrub: one month (PageUp) to map idle (ms)', 'PageUp', '?date=2016-02-01&window=30d'],
  ]) {
    await page.goto(`${BASE}/${query}`);
    await page.waitForFunction(
      () => Number(document.querySelector('.map')?.getAttribute('data-idle-count')) > 0,
    );
    await page.evaluate(() => {
      const map = window.lagekarteMap;
      map.on('render', () => {
        if (window.__bench) window.__bench.rendered = true;
      });
      map.on('idle', () => {
        if (window.__bench?.rendered && window.__bench.idle === null)
          window.__bench.idle = performance.now();
      });
    });
    const slider = page.getByRole('slider');
    await slider.focus();
    const times = [];
    for (let step = 0; step < STEPS; step++) {
      await page.evaluate(() => {
        window.__bench = { start: performance.now(), rendered: false, idle: null };
      });
      await slider.press(key);
      // A step that changes no marker triggers no frame; it costs nothing to wait for.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      if (await page.evaluate(() => window.__bench.rendered)) {
        await page.waitForFunction(() => window.__bench.idle !== null, null, { timeout: 30_000 });
        times.push(await page.evaluate(() => window.__bench.idle - window.__bench.start));
      }
    }
    results[label] = stats(times);
  }
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
}

console.table(
  Object.fromEntries(Object.entries(results).filter(([, value]) => typeof value === 'object')),
);
mkdirSync(join(root, 'bench-results'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  results,
};
writeFileSync(join(root, 'bench-results', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('Wrote bench-results/bench.json');
