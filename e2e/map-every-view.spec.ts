import { eventById } from './driver';
import { expect, test } from './fixtures';

const MOSCOW_AND_KREMLIN = [
  '2016-10-05-kerry-lavrov-phone-call',
  '2016-10-06-ayrault-visits-moscow',
  '2016-10-putin-erdogan-phone-call',
  '2020-02-28-putin-erdogan-phone-call',
  '2020-03-02-kremlin-stresses-cooperation-with-turkey',
];

test('"Show all" brings every shown event into view, and the map says how many are out of it', async ({
  app,
}) => {
  await app.open('?date=2020-03-05');
  // The first view is north-west Syria; Munich, Geneva, Moscow, Washington … are elsewhere.
  const outside = await app.shownEventsOutOfView();
  expect(outside.length).toBeGreaterThan(5);
  const hints = app.offscreenHints();
  await expect(hints.first()).toBeVisible();
  const hinted = (await hints.allTextContents())
    .map((text) => Number(text.replace(/\D/g, '')))
    .reduce((sum, count) => sum + count, 0);
  expect(hinted).toBe(outside.length);
  expect(await app.axeViolations()).toEqual([]);

  await app.showAll();
  expect(await app.shownEventsOutOfView()).toEqual([]);
  await expect(hints).toHaveCount(0);
});

test('"Show all" fits the events of the chosen window, not all of them', async ({ app }) => {
  await app.open('?date=2016-10-05&window=day#map=2/20/0');
  await app.showAll();
  expect(await app.shownEventsOutOfView()).toEqual([]);
  // Only Moscow (the Kerry–Lavrov call), Aleppo and Dabik report that day: a close view.
  expect(await app.mapZoom()).toBeGreaterThan(3);
});

for (const zoom of [6, 12]) {
  test(`the markers of Moscow and of the Kremlin are each clickable at zoom ${zoom}`, async ({
    app,
  }) => {
    await app.open(`?date=2020-03-05#map=${zoom}/55.7516/37.6177`);
    const positions = await Promise.all(MOSCOW_AND_KREMLIN.map((id) => app.markerPosition(id)));
    // None of them hides another.
    for (let a = 0; a < positions.length; a++)
      for (let b = a + 1; b < positions.length; b++)
        expect(
          Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y),
        ).toBeGreaterThan(14);
    for (const id of MOSCOW_AND_KREMLIN) {
      await app.clickMarker(id);
      await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
        eventById(id).title.de,
      );
      expect((await app.params()).get('event')).toBe(id);
    }
  });
}

test('at low zoom nearby places gather into a cluster that opens on click', async ({ app }) => {
  await app.open('?date=2020-03-05#map=3/36/37');
  const clusters = await app.clustersOnScreen();
  expect(clusters.length).toBeGreaterThan(0);
  const syria = clusters.reduce((a, b) => (a.count > b.count ? a : b));
  // The Idlib, Aleppo and Haas events stand inside it; their own markers are not drawn.
  expect(syria.count).toBeGreaterThanOrEqual(26);
  expect(await app.markerPosition('2016-10-haas-school-attack')).toBeNull();
  expect(await app.axeViolations()).toEqual([]);

  await app.clickCluster(syria);
  expect(await app.mapZoom()).toBeGreaterThan(3);
  const after = await app.clustersOnScreen();
  expect(after.every((cluster) => cluster.count < syria.count)).toBe(true);
});

test('a cluster can be opened from the keyboard', async ({ app }) => {
  await app.open('?date=2020-03-05#map=3/36/37');
  await app.openClusterByKeyboard(/Provinz Idlib/);
  expect(await app.mapZoom()).toBeGreaterThan(3);
});

test('labels give way instead of printing over markers or each other, and come back closer in', async ({
  app,
}) => {
  // From afar, the Syrian places crowd one spot: only some of their names fit …
  await app.open('?date=2020-03-05#map=3/36/37');
  const far = await app.placeLabelsRendered();
  expect(far).not.toContain('haas');
  // … and closer in, every one of them is named.
  await app.jumpMapTo([36.7, 35.95], 8);
  expect(await app.placeLabelsRendered()).toEqual(
    expect.arrayContaining(['idlib-city', 'haas', 'aleppo']),
  );
});

test('choosing an event whose place is in a cluster zooms in until its marker stands on its own', async ({
  app,
}) => {
  await app.open('?date=2020-03-05#map=3/36/37');
  await app.chooseEvent('2016-10-haas-school-attack');
  await app.waitForMapToSettle();
  expect(await app.markerPosition('2016-10-haas-school-attack')).not.toBeNull();
});

test('a permalink with a map view keeps that view, even with an event chosen', async ({ app }) => {
  await app.open('?date=2020-03-05&event=2016-10-haas-school-attack#map=3/36/37');
  await app.waitForMapToSettle();
  expect(app.mapHash()).toBe('#map=3/36/37');
});

test('a marker says what it is on hover, and a near miss still hits it', async ({ app }) => {
  await app.open('?date=2016-10-21&window=day#map=9/35.617/36.595');
  const id = '2016-10-haas-school-attack';
  await app.hoverMarker(id);
  await expect(app.mapTooltip()).toContainText(eventById(id).title.de);
  await expect(app.mapTooltip()).toContainText('Ende Oktober 2016');
  expect(await app.axeViolations()).toEqual([]);
  expect(await app.canvasCursor()).toBe('pointer');

  // A 24 px target: 10 px beside the disc's centre is still the marker.
  await app.clickMarker(id, { dx: 10, dy: 0 });
  expect((await app.params()).get('event')).toBe(id);
});

test('focusing an event in the list names its marker on the map', async ({ app }) => {
  await app.open('?date=2016-10-21&window=day#map=9/35.617/36.595');
  const id = '2016-10-haas-school-attack';
  await app.listButton(id).focus();
  await expect(app.mapTooltip()).toContainText(eventById(id).title.de);
  const marker = (await app.markerPosition(id))!;
  const tip = (await app.mapTooltip().boundingBox())!;
  // The tooltip stands right above the marker.
  expect(Math.abs(tip.x + tip.width / 2 - marker.x)).toBeLessThan(2);
  expect(tip.y + tip.height).toBeLessThan(marker.y);
});

test('ten quick key steps on the slider are one history entry; Back returns to the start', async ({
  app,
  page,
}) => {
  await app.controlTime();
  await app.open('?date=2016-10-15&window=day', { waitForMap: false });
  await app.stopTime();
  const before = await app.historyLength();
  await app.pressOnSlider(...Array.from({ length: 10 }, () => 'ArrowLeft'));
  expect((await app.params()).get('date')).toBe('2016-10-05');
  expect(await app.historyLength()).toBe(before + 1);

  // After a pause, the next step starts a new burst.
  await app.letTimePass(1500);
  await app.pressOnSlider('ArrowLeft', 'ArrowLeft');
  expect((await app.params()).get('date')).toBe('2016-10-03');
  expect(await app.historyLength()).toBe(before + 2);

  await page.goBack();
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '5.\u00a0Oktober 2016');
  await page.goBack();
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '15.\u00a0Oktober 2016');
  expect((await app.params()).get('date')).toBe('2016-10-15');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a marker is hit by a tap up to 20 px off its centre', async ({ app }) => {
    await app.open('?date=2016-10-21&window=day#map=9/35.617/36.595');
    const id = '2016-10-haas-school-attack';
    await app.tapMarker(id, { dx: 0, dy: 20 });
    expect((await app.params()).get('event')).toBe(id);
  });
});
