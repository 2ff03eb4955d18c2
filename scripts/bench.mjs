/**
 * `npm run bench`: measures the app at scale, in a real (headless) Chromium against the
 * production build, with the 48 curated events alone and with synthetic ACLED imports of
 * 1,000, 10,000 and 100,000 events. Prints a table and writes bench-results/bench.json. Not
 * part of `npm test`: speed is measured here, never asserted.
 *
 * Per dataset size, one browser context (IndexedDB is per context): the CSV is imported once
 * through the data panel (timed, with its long tasks), then five loads of the permalink that
 * names it, then one page for the steps: day and month steps and whole-range jumps by key on
 * the slider, each timed to the painted frame (and to idle) and against the app's own marks,
 * with a no-change repaint after each step as the renderer's floor; then, in the same page,
 * the same dates the plain way (one GeoJSON point per event, filtered and setData per step).
 * Then playback from the start of the data at a week and a month per second, with the time
 * between animation frames. With the largest size, three minutes of steady scrubbing and the
 * JS heap before and after.
 *
 * Environment: BENCH_SIZES=0,1000 (0 = curated only), BENCH_STEPS=30, BENCH_SCRUB_S=180,
 * CHROMIUM_PATH.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bundleSizes } from './bench/bundle.mjs';
import { chromiumPath, startPreview } from './bench/preview.mjs';
import {
  heapBytes,
  initProbe,
  installSimpleWay,
  installStepProbe,
  longTasksSince,
  now,
  recordPlaybackFrames,
  repaintFloor,
  scrubKeys,
  settle,
  simpleStep,
  stepResult,
} from './bench/page.mjs';
import { medP90, plain, ratio, stats, textTable } from './bench/stats.mjs';
import { writeAcledCsv } from './bench/synthetic-acled.mjs';

const root = join(import.meta.dirname, '..');
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = (process.env.BENCH_SIZES ?? '0,1000,10000,100000').split(',').map(Number);
const LOAD_RUNS = 5;
const STEPS = Number(process.env.BENCH_STEPS ?? 30);
const SCRUB_MS = Number(process.env.BENCH_SCRUB_S ?? 180) * 1000;
const SCRUB_KEY_EVERY_MS = 100;
const VIEWPORT = { width: 1280, height: 800 };
const DAY_MS = 86_400_000;
const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The step series, in the order they run in one page. */
const SERIES = [
  { id: 'day', label: 'one day (←/→), 30d', window: '30d', keys: ['ArrowRight', 'ArrowLeft'] },
  { id: 'month', label: 'one month (PgUp/PgDn), 30d', window: '30d', keys: ['PageUp', 'PageDown'] },
  { id: 'jump30d', label: 'whole range (Home/End), 30d', window: '30d', jump: true },
  { id: 'jumpAll', label: 'whole range (Home/End), all', window: 'all', jump: true },
];

const log = (...args) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

/** The curated events as the plain-way comparison draws them: place coordinates and days. */
function curatedEvents() {
  const events = JSON.parse(readFileSync(join(root, 'geodata', 'events.json'), 'utf8'));
  const places = JSON.parse(readFileSync(join(root, 'geodata', 'places.geojson'), 'utf8'));
  const at = new Map(places.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  const columns = { lon: [], lat: [], start: [], end: [] };
  for (const event of events) {
    const coordinates = at.get(event.place);
    if (!coordinates) continue;
    columns.lon.push(coordinates[0]);
    columns.lat.push(coordinates[1]);
    columns.start.push(day(event.date.start));
    columns.end.push(day(event.date.end ?? event.date.start));
  }
  return columns;
}

function summariseLongTasks(tasks) {
  const summary = (list) => ({
    count: list.length,
    over100: list.filter(([, duration]) => duration > 100).length,
    longest: list.length ? Math.round(Math.max(...list.map(([, duration]) => duration))) : 0,
  });
  const kinds = [...new Set(tasks.map(([, , kind]) => kind).filter(Boolean))];
  return {
    ...summary(tasks),
    ...(kinds.length
      ? {
          byKind: Object.fromEntries(
            kinds.map((kind) => [kind, summary(tasks.filter((task) => task[2] === kind))]),
          ),
        }
      : {}),
  };
}

const waitForLoad = (page) =>
  page.waitForFunction(() => window.__bench?.load.idle !== undefined, null, { timeout: 180_000 });

/** Imports a CSV through the data panel; returns the dataset id and the timings. */
async function importDataset(context, csvPath) {
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await waitForLoad(page);
  await page.getByRole('button', { name: 'Daten', exact: true }).click();
  await page.evaluate(() => {
    const mark = (window.__bench.importTimes = {});
    document.addEventListener('change', () => (mark.change ??= performance.now()), true);
    const observer = new MutationObserver(() => {
      if (document.querySelector('.import-report, .import-failed')) {
        mark.report = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  const since = await page.evaluate(now);
  const idleBefore = Number(await page.locator('.map').getAttribute('data-idle-count'));
  const wallStart = Date.now();
  await page.locator('.data-dialog input[type=file]').setInputFiles(csvPath);
  await page.waitForFunction(() => window.__bench.importTimes.report !== undefined, null, {
    timeout: 300_000,
  });
  const wall = Date.now() - wallStart;
  if ((await page.locator('.import-failed').count()) > 0)
    throw new Error(`import failed: ${await page.locator('.import-failed').textContent()}`);
  const reportText = (await page.locator('.import-report p').first().textContent()).trim();
  await page.waitForURL(/[?&]data=/, { timeout: 30_000 });
  const datasets = new URL(page.url()).searchParams.get('data');
  // The new sites reach the map after the report; wait for the map to draw them.
  await page.waitForFunction(
    (before) => Number(document.querySelector('.map').dataset.idleCount) > before,
    idleBefore,
    { timeout: 120_000 },
  );
  const times = await page.evaluate(() => window.__bench.importTimes);
  const mapIdle = await page.evaluate(now);
  const tasks = await page.evaluate(longTasksSince, since);
  await page.close();
  const during = tasks.filter(([start]) => start <= times.report);
  const after = tasks.filter(([start]) => start > times.report);
  return {
    datasets,
    report: reportText,
    msToReport: Math.round(times.report - times.change),
    msWallFromSetInputFiles: wall,
    msReportToMapIdle: Math.round(mapIdle - times.report),
    longTasksDuringImport: summariseLongTasks(during),
    longTasksReportToMapIdle: summariseLongTasks(after),
  };
}

/** Five loads of the permalink with every event shown (window=all). */
async function measureLoads(context, datasets) {
  const query = new URLSearchParams({ window: 'all' });
  if (datasets) query.set('data', datasets);
  const slider = [];
  const idle = [];
  const longest = [];
  let heap = null;
  for (let run = 0; run < LOAD_RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${BASE}/?${query.toString().replace(/%2C/g, ',')}`);
    await waitForLoad(page);
    const load = await page.evaluate(() => window.__bench.load);
    slider.push(load.slider);
    idle.push(load.idle);
    longest.push(summariseLongTasks(await page.evaluate(longTasksSince, 0)).longest);
    if (run === LOAD_RUNS - 1) heap = await page.evaluate(heapBytes);
    await page.close();
  }
  return {
    sliderUsable: stats(slider),
    firstIdle: stats(idle),
    longestTaskDuringLoad: stats(longest),
    heapAfterLoadBytes: heap,
  };
}

async function chooseWindow(page, window) {
  await page.getByLabel('Zeitraum').selectOption(window);
  await page.evaluate(settle);
  await page.getByRole('slider').focus();
}

/** Presses keys until STEPS of them changed the map (or four times as many were pressed). */
async function runSeries(page, series) {
  await chooseWindow(page, series.window);
  const startDate = Number(await page.getByRole('slider').inputValue());
  const since = await page.evaluate(now);
  const steps = [];
  const floors = [];
  const dates = [];
  let direction = 0;
  let presses = 0;
  while (steps.length < STEPS && presses < STEPS * 4) {
    const key = series.jump ? ['End', 'Home'][presses % 2] : series.keys[direction];
    await page.keyboard.press(key);
    const step = await page.evaluate(stepResult);
    presses++;
    dates.push({ date: step.date, measure: step.changed });
    if (!series.jump && (step.atMax || step.atMin)) direction = step.atMax ? 1 : 0;
    if (!step.changed) continue;
    steps.push(step);
    await page.evaluate(settle);
    floors.push(await page.evaluate(repaintFloor));
    await page.evaluate(settle);
  }
  const tasks = await page.evaluate(longTasksSince, since);
  return { startDate, presses, steps, floors, dates, longTasks: tasks };
}

function summariseSeries(run) {
  const floor = stats(run.floors.map((f) => f.painted));
  const painted = stats(run.steps.map((s) => s.painted));
  return {
    presses: run.presses,
    unchangedSteps: run.presses - run.steps.length,
    painted,
    toIdle: stats(run.steps.map((s) => s.idle)),
    inputToMapTold: stats(run.steps.map((s) => s.inputToMapTold)),
    inputToVisibleSet: stats(run.steps.map((s) => s.inputToVisibleSet)),
    keyHandlerWithReact: stats(run.steps.map((s) => s.handler)),
    frameCost: stats(run.steps.map((s) => s.renderCost)),
    floorFrameCost: stats(run.floors.map((f) => f.renderCost)),
    featureStateCalls: stats(run.steps.map((s) => s.calls)),
    floorPainted: floor,
    floorRender: stats(run.floors.map((f) => f.render)),
    paintedOverFloor: ratio(painted.median, floor.median),
    paintedOverFloorP90: ratio(painted.p90, floor.p90),
    longTasks: summariseLongTasks(run.longTasks),
  };
}

/** Steady scrubbing for SCRUB_MS: a key every SCRUB_KEY_EVERY_MS, up and down and back. */
async function scrub(page) {
  await chooseWindow(page, '30d');
  const cycle = ['PageUp', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'PageDown'];
  cycle.push('ArrowLeft', 'ArrowLeft', 'ArrowLeft');
  const since = await page.evaluate(now);
  const done = await page.evaluate(scrubKeys, { ms: SCRUB_MS, every: SCRUB_KEY_EVERY_MS, cycle });
  await page.evaluate(settle);
  return {
    seconds: Math.round(done.seconds),
    presses: done.presses,
    keyEveryMs: SCRUB_KEY_EVERY_MS,
    longTasks: summariseLongTasks(await page.evaluate(longTasksSince, since)),
  };
}

const PLAYBACK_MS = 8000;
const PLAYBACK_SPEEDS = [
  { id: 'week', label: 'playback 1 week/s, 30d', option: '1 Woche/s' },
  { id: 'month', label: 'playback 1 month/s, 30d', option: '1 Monat/s' },
];

/** Playback from the start of the data: frame times for PLAYBACK_MS at each speed. */
async function playback(page) {
  await chooseWindow(page, '30d');
  const results = {};
  for (const speed of PLAYBACK_SPEEDS) {
    await page.getByRole('slider').focus();
    await page.keyboard.press('Home');
    await page.getByLabel('Tempo').selectOption({ label: speed.option });
    await page.evaluate(settle);
    const since = await page.evaluate(now);
    await page.getByRole('button', { name: 'Abspielen' }).click();
    const run = await page.evaluate(recordPlaybackFrames, PLAYBACK_MS);
    if (
      (await page.getByRole('button', { name: 'Abspielen' }).getAttribute('aria-pressed')) ===
      'true'
    )
      await page.getByRole('button', { name: 'Abspielen' }).click();
    await page.evaluate(settle);
    results[speed.id] = {
      seconds: run.seconds,
      datesShown: run.dates,
      frameInterval: stats(run.intervals),
      framesOver50ms: run.intervals.filter((interval) => interval > 50).length,
      longestFrameMs: Math.round(Math.max(0, ...run.intervals)),
      longTasks: summariseLongTasks(await page.evaluate(longTasksSince, since)),
    };
  }
  return results;
}

/** The same dates the plain way: one point per event, filtered and setData per step. */
async function simpleWay(page, events, runs) {
  await page.evaluate(installSimpleWay, {
    lon: Array.from(events.lon),
    lat: Array.from(events.lat),
    start: Array.from(events.start),
    end: Array.from(events.end),
  });
  const results = {};
  for (const series of SERIES) {
    const run = runs[series.id];
    // The state before the series, then its steps; only those that changed the app's map timed.
    await page.evaluate(simpleStep, { date: run.startDate, window: series.window });
    const since = await page.evaluate(now);
    const timed = [];
    for (const { date, measure } of run.dates) {
      const result = await page.evaluate(simpleStep, { date, window: series.window });
      if (measure) timed.push(result);
    }
    results[series.id] = {
      toIdle: stats(timed.map((r) => r.idle)),
      painted: stats(timed.map((r) => r.painted)),
      filter: stats(timed.map((r) => r.filter)),
      setDataCall: stats(timed.map((r) => r.setData)),
      shown: stats(timed.map((r) => r.shown)),
      longTasks: summariseLongTasks(await page.evaluate(longTasksSince, since)),
    };
  }
  return results;
}

async function measureSteps(context, datasets, events, withScrub) {
  const page = await context.newPage();
  const query = new URLSearchParams({ date: '2016-09-01', window: '30d' });
  if (datasets) query.set('data', datasets);
  await page.goto(`${BASE}/?${query.toString().replace(/%2C/g, ',')}`);
  await waitForLoad(page);
  await page.evaluate(installStepProbe);
  await page.evaluate(settle);
  const heapAfterLoadBytes = await page.evaluate(heapBytes);
  await page.getByRole('slider').focus();
  const runs = {};
  const series = {};
  for (const item of SERIES) {
    const started = Date.now();
    runs[item.id] = await runSeries(page, item);
    series[item.id] = { ...summariseSeries(runs[item.id]), seconds: (Date.now() - started) / 1e3 };
    log(`  ${item.id}: ${medP90(series[item.id].painted)} painted`);
  }
  const playing = await playback(page);
  log(`  playback: ${medP90(playing.month.frameInterval)} ms between frames at a month/s`);
  const allFloors = Object.values(runs).flatMap((run) => run.floors);
  const allTasks = Object.values(runs).flatMap((run) => run.longTasks);
  let scrubbing = null;
  if (withScrub) {
    log(`  scrubbing for ${SCRUB_MS / 1000} s`);
    scrubbing = await scrub(page);
    scrubbing.heapAfterBytes = await page.evaluate(heapBytes);
    scrubbing.heapBeforeBytes = heapAfterLoadBytes;
  }
  const started = Date.now();
  const simple = await simpleWay(page, events, runs);
  await page.close();
  for (const item of SERIES) {
    const app = series[item.id];
    const plainWay = simple[item.id];
    if (plainWay) {
      plainWay.overAppToIdle = ratio(plainWay.toIdle.median, app.toIdle.median);
      plainWay.overAppPainted = ratio(plainWay.painted.median, app.painted.median);
    }
  }
  return {
    heapAfterLoadBytes,
    series,
    floor: {
      painted: stats(allFloors.map((f) => f.painted)),
      render: stats(allFloors.map((f) => f.render)),
      frameCost: stats(allFloors.map((f) => f.renderCost)),
    },
    longTasksWhileStepping: summariseLongTasks(allTasks),
    scrubbing,
    playback: playing,
    simpleWay: simple,
    simpleWaySeconds: (Date.now() - started) / 1e3,
  };
}

// ---------------------------------------------------------------------------------------------

const timings = {};
const timed = async (name, work) => {
  const started = Date.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round((Date.now() - started) / 1000);
  }
};

await timed('build', () => execSync('npx vite build --manifest', { cwd: root, stdio: 'ignore' }));
const bundle = bundleSizes(join(root, 'dist'));
const preview = await startPreview({ root, port: PORT });
const scratch = mkdtempSync(join(tmpdir(), 'lagekarte-bench-'));
const results = {};
let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--disable-quic',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  const largest = Math.max(...SIZES);
  for (const size of SIZES) {
    const result = (results[size] = { events: size });
    log(`${size ? `${size} synthetic events` : 'curated events only'}`);
    let events = curatedEvents();
    let datasets = null;
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'de-DE' });
    await context.addInitScript(initProbe);
    if (size > 0) {
      const csv = join(scratch, `acled-${size}.csv`);
      const synthetic = await timed(`${size}: generate`, () => writeAcledCsv(csv, size));
      const curated = events;
      events = Object.fromEntries(
        Object.keys(curated).map((key) => [key, [...curated[key], ...synthetic[key]]]),
      );
      result.import = await timed(`${size}: import`, () => importDataset(context, csv));
      datasets = result.import.datasets;
      log(`  import: ${result.import.msToReport} ms, ${result.import.report}`);
    }
    result.load = await timed(`${size}: loads`, () => measureLoads(context, datasets));
    log(`  load: first idle ${medP90(result.load.firstIdle)}`);
    result.steps = await timed(`${size}: steps`, () =>
      measureSteps(context, datasets, events, size === largest && size > 0),
    );
    await context.close();
  }
} finally {
  await browser?.close();
  preview.stop();
  rmSync(scratch, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

mkdirSync(join(root, 'bench-results'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  settings: {
    viewport: VIEWPORT,
    loadRuns: LOAD_RUNS,
    stepsPerSeries: STEPS,
    scrubSeconds: SCRUB_MS / 1000,
    scrubKeyEveryMs: SCRUB_KEY_EVERY_MS,
    series: SERIES,
  },
  bundle,
  timingsSeconds: timings,
  results,
};
writeFileSync(join(root, 'bench-results', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

const sizes = Object.keys(results).map(Number);
const column = (size) => (size === 0 ? 'curated 48' : `+${size.toLocaleString('en')}`);
const row = (label, cell) => [label, ...sizes.map((size) => cell(results[size]))];
const mb = (bytes) => (bytes ? `${(bytes / 2 ** 20).toFixed(1)} MB` : '–');
const curatedIdle = results[0]?.load.firstIdle.median ?? null;
const rows = [
  row('load: slider usable, ms', (r) => medP90(r.load.sliderUsable)),
  row('load: first idle, ms', (r) => medP90(r.load.firstIdle)),
  row('load: first idle / curated only', (r) => plain(ratio(r.load.firstIdle.median, curatedIdle))),
  row('load: longest task, ms (median)', (r) => plain(r.load.longestTaskDuringLoad.median)),
  row('JS heap after load (gc)', (r) => mb(r.steps.heapAfterLoadBytes)),
  null,
  row('floor: no-change repaint → frame, ms', (r) => medP90(r.steps.floor.painted)),
];
for (const item of SERIES) {
  const s = (r) => r.steps.series[item.id];
  const p = (r) => r.steps.simpleWay[item.id];
  rows.push(
    null,
    row(`${item.label}: painted, ms`, (r) => medP90(s(r).painted)),
    row('  painted / floor (median; p90)', (r) =>
      s(r).painted.n ? `${plain(s(r).paintedOverFloor)}; ${plain(s(r).paintedOverFloorP90)}` : '–',
    ),
    row('  to idle, ms', (r) => medP90(s(r).toIdle)),
    row('  app: input → map-told, ms', (r) => medP90(s(r).inputToMapTold)),
    row('  app: input → visible-set, ms', (r) => medP90(s(r).inputToVisibleSet)),
    row('  app: whole keydown incl. React, ms', (r) => medP90(s(r).keyHandlerWithReact)),
    row('  map frame main thread (floor), ms', (r) =>
      s(r).frameCost.n
        ? `${plain(s(r).frameCost.median)} (${plain(s(r).floorFrameCost.median)})`
        : '–',
    ),
    row('  setFeatureState calls per step', (r) => medP90(s(r).featureStateCalls)),
    row('  steps changing nothing (skipped)', (r) => `${s(r).unchangedSteps} of ${s(r).presses}`),
    row('  plain setData way: to idle, ms', (r) => medP90(p(r)?.toIdle)),
    row('  plain setData way: painted, ms', (r) => medP90(p(r)?.painted)),
    row('  plain / app (to idle; painted)', (r) =>
      p(r) ? `${plain(p(r).overAppToIdle)}; ${plain(p(r).overAppPainted)}` : '–',
    ),
  );
}
const tasks = (t) => {
  if (!t) return '–';
  const kinds = Object.entries(t.byKind ?? {})
    .filter(([, k]) => k.over100)
    .map(([kind, k]) => `${kind} ${k.over100}`);
  return `${t.over100} >100 ms, max ${t.longest}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
};
for (const speed of PLAYBACK_SPEEDS) {
  const p = (r) => r.steps.playback[speed.id];
  rows.push(
    null,
    row(`${speed.label}: frame interval, ms`, (r) => medP90(p(r).frameInterval)),
    row('  frames > 50 ms; longest, ms', (r) => `${p(r).framesOver50ms}; ${p(r).longestFrameMs}`),
    row('  dates shown / s', (r) => plain(Math.round(p(r).datesShown / p(r).seconds))),
    row('  long tasks', (r) => tasks(p(r).longTasks)),
  );
}
rows.push(
  null,
  row('long tasks while stepping (app)', (r) => tasks(r.steps.longTasksWhileStepping)),
  row('import: change → report, ms', (r) => plain(r.import?.msToReport)),
  row('import: long tasks', (r) => tasks(r.import?.longTasksDuringImport)),
  row('import: report → map idle, ms', (r) => plain(r.import?.msReportToMapIdle)),
  row('  long tasks then', (r) => tasks(r.import?.longTasksReportToMapIdle)),
  row('scrub: keys / s', (r) =>
    r.steps.scrubbing ? `${r.steps.scrubbing.presses} in ${r.steps.scrubbing.seconds}` : '–',
  ),
  row('scrub: long tasks', (r) => tasks(r.steps.scrubbing?.longTasks)),
  row('scrub: JS heap after (gc)', (r) => mb(r.steps.scrubbing?.heapAfterBytes)),
);
console.log(`\n${textTable(['measure (median / p90 (n))', ...sizes.map(column)], rows)}\n`);
const kb = (entry) => `${(entry.gzipBytes / 1024).toFixed(1)} KB gzip (${entry.files.join(', ')})`;
console.log(`Initial JS (entry + static imports): ${kb(bundle.initialJs)}`);
console.log(`Lazy map chunks (MapView + MapLibre): ${kb(bundle.lazyJs)}`);
console.log(`  of which MapLibre: ${kb(bundle.maplibreChunk)}`);
console.log(`Import worker: ${kb(bundle.importWorker)}`);
console.log(`MapLibre worker: ${kb(bundle.maplibreWorker)}`);
console.log(
  `Time per part (s): ${Object.entries(timings)
    .map(([name, seconds]) => `${name} ${seconds}`)
    .join(', ')}`,
);
console.log('Wrote bench-results/bench.json');
