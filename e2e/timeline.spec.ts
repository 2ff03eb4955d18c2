import { EVENTS } from './driver';
import { expect, test } from './fixtures';

/** Curated events that begin on a day (ISO), by id. */
const startingOn = (day: string) =>
  EVENTS.filter((event) => event.date.start === day).map((event) => event.id);

test('zoom the timeline into October 2016 and step through its events', async ({ app }) => {
  await app.open('?date=2016-10-01&window=day');
  expect((await app.time.span()).days).toBeGreaterThan(1000);
  expect(await app.time.binUnit()).not.toBe('day');

  // Five presses halve the four years down to about six weeks around the date.
  for (let i = 0; i < 5; i++) await app.time.zoomIn();
  const span = await app.time.span();
  expect(span.days).toBeLessThanOrEqual(50);
  expect(span.from <= '2016-10-01' && span.to >= '2016-10-01').toBe(true);
  expect(await app.time.binUnit()).toBe('day');
  expect((await app.time.axisLabels()).join(' ')).toMatch(/Okt\./);
  expect((await app.params()).get('span')).toBe(`${span.from}..${span.to}`);

  // Step through October's events: each step lands on a day an event begins, in view.
  const days: string[] = [];
  for (;;) {
    await app.timeline().getByRole('button', { name: 'Nächstes Ereignis' }).click();
    const date = await app.time.date();
    if (date >= '2016-11-01') break;
    days.push(date);
    const shown = await app.time.span();
    expect(date >= shown.from && date <= shown.to).toBe(true);
    expect(await app.listedEventIds()).toEqual(expect.arrayContaining(startingOn(date)));
  }
  expect(days).toEqual([
    '2016-10-03',
    '2016-10-04',
    '2016-10-05',
    '2016-10-06',
    '2016-10-07',
    '2016-10-21',
  ]);

  // The permalink brings back the same zoomed view.
  const zoomed = await app.time.span();
  const search = (await app.params()).toString();
  await app.open(`?${search}`);
  expect(await app.time.span()).toEqual(zoomed);
  expect((await app.params()).toString()).toBe(search);
  expect(await app.axeViolations()).toEqual([]);
});

test('a dense period is one choice away, and the whole span one more', async ({ app }) => {
  await app.open();
  const periods = await app.time.periods();
  expect(periods).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Alles \(1\.\sFeb\.\s2016\s–\s5\.\sMärz\s2020\)$/),
      expect.stringMatching(/^Feb\.–März 2020 · \d+ Ereignisse$/),
    ]),
  );
  await app.time.choosePeriod(/^Feb\.–März 2020/);
  expect(await app.time.span()).toMatchObject({ from: '2020-02-01', to: '2020-03-05' });
  expect(await app.histogramBarDays()).not.toContainEqual(expect.stringMatching(/^2016/));
  expect((await app.params()).get('span')).toBe('2020-02-01..2020-03-05');

  await app.time.showWholeSpan();
  expect((await app.time.span()).from).toBe('2016-02-01');
  expect((await app.params()).get('span')).toBeNull();
  // Back returns to the period.
  await app.back();
  await expect.poll(() => app.time.span()).toMatchObject({ from: '2020-02-01' });
});

test('the wheel zooms around the day under the pointer, as one step of history', async ({
  app,
}) => {
  await app.open('?date=2020-03-05');
  const before = await app.historyLength();
  await app.time.wheelOver('2016-10-15', -4);
  const point = await app.time.pointOnHistogram('2016-10-15');
  await expect.poll(async () => (await app.time.span()).days).toBeLessThan(1000);
  // The day stays under the pointer (within a bar's width), though the date moved into view.
  const under = await app.time.dayAt(point.x);
  expect(Math.abs(Date.parse(under) - Date.parse('2016-10-15'))).toBeLessThan(20 * 86_400_000);
  expect((await app.params()).get('span')).not.toBeNull();
  expect(await app.historyLength()).toBe(before + 1);
  await app.back();
  await expect.poll(async () => (await app.time.span()).days).toBeGreaterThan(1000);
});

test('play, pause, and go Back to where playback started', async ({ app }) => {
  await app.open('?date=2016-10-01&window=7d&span=2016-09-01..2016-12-31');
  const before = await app.historyLength();
  await app.time.play();
  expect(await app.time.isPlaying()).toBe(true);
  const seen = await app.time.watchPlaybackPass('2016-10-10');
  await app.time.pause();
  const stoppedAt = await app.time.date();
  expect(stoppedAt > '2016-10-10').toBe(true);
  // The list followed: it shows the week up to where playback stopped.
  expect(await app.listedEventIds()).not.toEqual([]);
  expect(seen.length).toBeGreaterThan(1);
  // One entry for the whole run, written when it stopped.
  expect(await app.historyLength()).toBe(before + 1);
  expect((await app.params()).get('date')).toBe(stoppedAt);
  await app.back();
  await expect.poll(() => app.time.date()).toBe('2016-10-01');

  // Space on the slider plays and pauses too.
  await app.slider().focus();
  await app.press(' ');
  expect(await app.time.isPlaying()).toBe(true);
  await app.press(' ');
  expect(await app.time.isPlaying()).toBe(false);
});

test('playback stops at the end of the span shown', async ({ app }) => {
  await app.open('?date=2020-02-20&window=day&span=2020-02-01..2020-03-05');
  await app.time.chooseSpeed(/Monat|month/);
  await app.time.play();
  await app.time.waitUntilPlaybackStops();
  expect(await app.time.date()).toBe('2020-03-05');
  expect(await app.listedEventIds()).toEqual(startingOn('2020-03-05'));
});

test('with reduced motion, playback moves in whole steps', async ({ app }) => {
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('?date=2016-10-01&window=7d&span=2016-09-01..2016-12-31');
  await app.time.play();
  const seen = await app.time.watchPlaybackPass('2016-10-16');
  await app.time.pause();
  // A week per second, in jumps of a week: no day in between is ever shown.
  const offsets = seen.map((day) => (Date.parse(day) - Date.parse('2016-10-01')) / 86_400_000);
  expect(offsets.every((offset) => offset % 7 === 0)).toBe(true);
  expect(offsets.length).toBeGreaterThan(2);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('pinching the histogram zooms, and every control is big enough for a finger', async ({
    app,
  }) => {
    await app.open('?date=2016-10-20');
    await app.time.pinch(4);
    await expect.poll(async () => (await app.time.span()).days).toBeLessThan(800);
    expect((await app.params()).get('span')).not.toBeNull();
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    await app.time.play();
    await app.time.pause();
    expect(await app.axeViolations()).toEqual([]);
  });
});

test('the README screenshot: autumn 2016 zoomed in, filtered to what happened', async ({ app }) => {
  await app.open(
    '?date=2016-10-07&window=7d&span=2016-09-15..2016-11-15' +
      '&cat=battle,remote-violence,territorial-change,diplomacy&status=occurred#map=7.4/36.1/37',
  );
  expect(await app.time.binUnit()).toBe('day');
  // Written only with LAGEKARTE_SCREENSHOTS=1, so `npm test` leaves the checkout clean.
  await app.screenshotForReadme('docs/screenshot-timeline.png');
});
