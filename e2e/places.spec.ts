import { expect, test } from './fixtures';

test('clicking a place lists every event reported there, and leads on to each', async ({
  app,
  page,
}) => {
  await app.open('?date=2016-10-05&window=day#map=8/36.2/37.16');
  const point = await page.evaluate(() => {
    const { x, y } = window.lagekarteMap!.project([37.1612, 36.2012]);
    return { x, y };
  });
  const box = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);

  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText('Aleppo');
  expect((await app.params()).get('place')).toBe('aleppo');
  const atPlace = app.details().getByRole('listitem');
  await expect(atPlace.first()).toContainText('Großoffensive in Aleppo');
  // Events outside the window are listed too, and say so.
  await expect(app.details()).toContainText('nicht im gewählten Zeitraum');

  await app
    .details()
    .getByRole('button', { name: /Evakuierung Ost-Aleppos/ })
    .click();
  expect((await app.params()).get('event')).toBe('2016-12-east-aleppo-evacuation');
  await expect(app.details()).toContainText(
    'Dieses Ereignis liegt außerhalb des gewählten Zeitraums.',
  );
  await app.details().getByRole('button', { name: 'Zum Datum des Ereignisses springen' }).click();
  expect((await app.params()).get('date')).toBe('2016-12-15');
  await expect(app.details()).not.toContainText('außerhalb des gewählten Zeitraums');
});

test('a region is shown as an area, and its detail says the marker stands for the whole region', async ({
  app,
  page,
}) => {
  await app.open('?date=2020-02-11&window=day&place=idlib');
  await expect(app.details()).toContainText('die Markierung steht für das ganze Gebiet');
  const provinceSelected = await page.evaluate(
    () => window.lagekarteMap!.getFeatureState({ source: 'provinces', id: 'SY-ID' }).selected,
  );
  expect(provinceSelected).toBe(true);
});

test('the pointer cursor appears over shown markers and places, not over hidden markers', async ({
  app,
  page,
}) => {
  // On 21 Oct 2016 (one-day window) none of Aleppo's events is shown; their spots stay empty.
  await app.open('?date=2016-10-21&window=day#map=9/36.2012/37.1612');
  const hidden = (await app.markerPosition(
    '2016-10-05-syrian-army-scales-back-east-aleppo-attacks',
  ))!;

  await app.movePointerTo(hidden);
  await expect.poll(() => app.canvasCursor()).toBe('grab');
  await expect(app.mapTooltip()).toHaveCount(0);

  await page.getByLabel('Zeitraum').selectOption('all');
  await app.movePointerTo({ x: hidden.x + 1, y: hidden.y });
  await expect.poll(() => app.canvasCursor()).toBe('pointer');
  await expect(app.mapTooltip()).toContainText('Syrische Armee kündigt an');
});
