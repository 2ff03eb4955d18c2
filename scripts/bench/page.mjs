/**
 * Functions the bench runs inside the page (through page.evaluate or addInitScript): each is
 * serialised on its own, so none may use anything from this module's scope.
 */

/**
 * Before any app code: records long tasks, when the slider appears and when the map first
 * goes idle (times are ms since navigation start).
 */
export function initProbe() {
  const load = {};
  window.__bench = { load, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (load.slider === undefined) {
      const slider = document.querySelector('input[type=range]');
      if (slider && !slider.disabled) load.slider = performance.now();
    }
    if (load.idle === undefined) {
      const map = document.querySelector('.map[data-idle-count]');
      if (map && Number(map.dataset.idleCount) > 0) load.idle = performance.now();
    }
    if (load.slider !== undefined && load.idle !== undefined) observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-idle-count', 'disabled'],
  });
}

/**
 * Hooks the live map for step timing. Each keydown (seen first, in the capture phase) opens a
 * step; after the app's handler (seen last, bubbling to window) the step knows whether the app
 * told the map anything (setFeatureState calls). A step that changed the map resolves at the
 * first animation frame after the map's next render, and again at the next idle.
 */
export function installStepProbe() {
  const map = window.lagekarteMap;
  const bench = window.__bench;
  bench.featureStates = 0;
  bench.renders = 0;
  // Main-thread spans of map frames and key handlers, to tell what each long task was.
  bench.spans = [];
  const render = map._render.bind(map);
  map._render = (...args) => {
    const start = performance.now();
    try {
      return render(...args);
    } finally {
      const end = performance.now();
      bench.lastRenderCost = end - start;
      bench.spans.push([start, end, 'frame']);
      const step = bench.step;
      if (step?.render !== undefined && step.renderCost === undefined)
        step.renderCost = end - start;
    }
  };
  const setFeatureState = map.setFeatureState.bind(map);
  map.setFeatureState = (...args) => {
    bench.featureStates++;
    return setFeatureState(...args);
  };
  map.on('render', () => {
    bench.renders++;
    const step = bench.step;
    if (!step || !step.changed || step.render !== undefined) return;
    step.render = performance.now();
    requestAnimationFrame(() => {
      step.painted = performance.now();
      step.maybeDone();
    });
  });
  window.addEventListener(
    'keydown',
    (event) => {
      performance.clearMarks();
      let resolve;
      const step = {
        key: event.key,
        stamp: event.timeStamp,
        start: performance.now(),
        featureStatesBefore: bench.featureStates,
        done: new Promise((settle) => (resolve = settle)),
      };
      step.maybeDone = () => {
        if (step.painted !== undefined && step.idle !== undefined) resolve();
      };
      step.onIdle = () => {
        step.idle = performance.now();
        step.maybeDone();
      };
      map.once('idle', step.onIdle);
      bench.step = step;
    },
    true,
  );
  window.addEventListener('keydown', () => {
    const step = bench.step;
    step.handled = performance.now();
    bench.spans.push([step.start, step.handled, 'key']);
    step.calls = bench.featureStates - step.featureStatesBefore;
    step.changed = step.calls > 0;
    if (!step.changed) {
      map.off('idle', step.onIdle);
      step.idle = step.painted = step.handled;
      step.maybeDone();
    }
  });
}

/** Waits for the step the last key opened; returns its times (ms from the key event). */
export async function stepResult() {
  const step = window.__bench.step;
  await step.done;
  const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime;
  const input = mark('lagekarte:input');
  const visibleSet = mark('lagekarte:visible-set');
  const told = mark('lagekarte:map-told');
  const slider = document.querySelector('input[type=range]');
  return {
    key: step.key,
    date: Number(slider.value),
    atMin: slider.value === slider.min,
    atMax: slider.value === slider.max,
    changed: step.changed,
    calls: step.calls,
    painted: step.painted - step.stamp,
    renderCost: step.renderCost ?? null,
    idle: step.idle - step.stamp,
    handler: step.handled - step.start,
    inputToVisibleSet: input !== undefined && visibleSet >= input ? visibleSet - input : null,
    inputToMapTold: input !== undefined && told >= input ? told - input : null,
  };
}

/** Resolves once the map has rendered nothing for two animation frames in a row. */
export function settle() {
  return new Promise((resolve) => {
    const bench = window.__bench;
    const deadline = performance.now() + 15_000;
    let seen = bench.renders;
    let quiet = 0;
    const frame = () => {
      quiet = bench.renders === seen ? quiet + 1 : 0;
      seen = bench.renders;
      if (quiet >= 2 || performance.now() > deadline) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** The renderer's floor: a repaint with nothing changed, to the frame after it. */
export function repaintFloor() {
  return new Promise((resolve) => {
    const map = window.lagekarteMap;
    const start = performance.now();
    map.once('render', () => {
      const render = performance.now() - start;
      requestAnimationFrame(() =>
        resolve({
          render,
          painted: performance.now() - start,
          renderCost: window.__bench.lastRenderCost,
        }),
      );
    });
    map.triggerRepaint();
  });
}

/**
 * Long tasks seen since `since` (ms since navigation start): [startTime, duration, kind], kind
 * saying what ran in the task: a map render, i.e. the browser's frame update (animation frame
 * callbacks, style, layout, paint, commit) that included MapLibre's _render ('frame'); a key
 * handler with the app's update and React's render ('key'); or neither ('other').
 */
export function longTasksSince(since) {
  const spans = window.__bench.spans ?? [];
  return window.__bench.longTasks
    .filter(([start]) => start >= since)
    .map(([start, duration]) => {
      const end = start + duration;
      const overlap = { frame: 0, key: 0 };
      for (const [from, to, kind] of spans)
        if (from < end && to > start) overlap[kind] += Math.min(to, end) - Math.max(from, start);
      const kind =
        overlap.frame === 0 && overlap.key === 0
          ? 'other'
          : overlap.frame >= overlap.key
            ? 'frame'
            : 'key';
      return [start, duration, kind];
    });
}

/**
 * Steady scrubbing: a keydown on the slider every `every` ms for `ms` ms, dispatched in the
 * page so the rate does not depend on the round trip to the bench (a busy page delays timers
 * as it would delay real key repeats).
 */
export function scrubKeys({ ms, every, cycle }) {
  const slider = document.querySelector('input[type=range]');
  return new Promise((resolve) => {
    let presses = 0;
    const start = performance.now();
    const timer = setInterval(() => {
      if (performance.now() - start >= ms) {
        clearInterval(timer);
        resolve({ presses, seconds: (performance.now() - start) / 1000 });
        return;
      }
      const key = cycle[presses++ % cycle.length];
      slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }, every);
  });
}

export function now() {
  return performance.now();
}

/** The JS heap in bytes, after a full collection when the page may ask for one. */
export async function heapBytes() {
  for (let i = 0; i < 2; i++) {
    if (typeof window.gc === 'function') window.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.memory?.usedJSHeapSize ?? null;
}

/**
 * The simple way, for comparison: the app's own marker layers hidden, one GeoJSON point per
 * event, and each step rebuilds the array of events in the window and hands it to setData.
 * `events` is { lon, lat, start, end } as plain arrays.
 */
export function installSimpleWay(events) {
  const map = window.lagekarteMap;
  for (const layer of map.getStyle().layers)
    if (layer.source === 'sites' || layer.source === 'events')
      map.setLayoutProperty(layer.id, 'visibility', 'none');
  map.addSource('bench-simple', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  map.addLayer({
    id: 'bench-simple',
    type: 'circle',
    source: 'bench-simple',
    paint: {
      'circle-radius': 4,
      'circle-color': '#b03a2e',
      'circle-opacity': 0.7,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 0.5,
    },
  });
  window.__simple = events;
}

/** One step the simple way: filter, setData, to idle and to the frame after it. Returns ms. */
export function simpleStep({ date, window: span }) {
  const map = window.lagekarteMap;
  const { lon, lat, start: starts, end: ends } = window.__simple;
  return new Promise((resolve) => {
    const start = performance.now();
    const from = span === 'all' ? -Infinity : span === '30d' ? date - 29 : date;
    const features = [];
    for (let i = 0; i < lon.length; i++) {
      if (starts[i] <= date && ends[i] >= from)
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [lon[i], lat[i]] },
          properties: {},
        });
    }
    const filtered = performance.now();
    map.getSource('bench-simple').setData({ type: 'FeatureCollection', features });
    const handed = performance.now();
    map.once('idle', () => {
      const idle = performance.now() - start;
      requestAnimationFrame(() =>
        resolve({
          idle,
          painted: performance.now() - start,
          filter: filtered - start,
          setData: handed - filtered,
          shown: features.length,
        }),
      );
    });
  });
}

/**
 * Frame times while playback runs: the gaps between animation frames for `ms` ms (or until
 * playback stops), and how many distinct dates the slider showed meanwhile.
 */
export function recordPlaybackFrames(ms) {
  const slider = document.querySelector('.date-slider');
  return new Promise((resolve) => {
    const intervals = [];
    const dates = new Set();
    let start = null;
    let last = null;
    const frame = (time) => {
      if (start === null) start = time;
      if (last !== null) intervals.push(time - last);
      last = time;
      dates.add(slider.value);
      const playing = document.querySelector('.play-button[aria-pressed="true"]');
      if (time - start < ms && playing) requestAnimationFrame(frame);
      else resolve({ intervals, dates: dates.size, seconds: (time - start) / 1000 });
    };
    requestAnimationFrame(frame);
  });
}
