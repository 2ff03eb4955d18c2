import { expect, test } from './fixtures';

test('Back and Forward walk through deliberate steps', async ({ app, page }) => {
  await app.open('?date=2016-10-05&window=day');
  await app.chooseEvent('2016-10-05-kerry-lavrov-phone-call');
  expect((await app.params()).get('event')).toBe('2016-10-05-kerry-lavrov-phone-call');
  await page.getByRole('button', { name: 'Nächstes Ereignis', exact: true }).click();
  expect((await app.params()).get('date')).toBe('2016-10-06');
  await app.pressOnSlider('ArrowRight');
  expect((await app.params()).get('date')).toBe('2016-10-07');

  await page.goBack();
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '6.\u00a0Oktober 2016');
  await page.goBack();
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '5.\u00a0Oktober 2016');
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    'Lawrow und Kerry telefonieren zwei Tage nach Abbruch der Gespräche',
  );
  await page.goBack();
  await expect(app.details()).toHaveCount(0);
  expect((await app.params()).get('event')).toBeNull();

  await page.goForward();
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    'Lawrow und Kerry telefonieren zwei Tage nach Abbruch der Gespräche',
  );
  await page.goForward();
  await page.goForward();
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '7.\u00a0Oktober 2016');
  expect((await app.params()).get('date')).toBe('2016-10-07');
});

test('dragging the slider adds one history entry, not one per day', async ({ app, page }) => {
  await app.open('?date=2016-10-05&window=day');
  const before = await page.evaluate(() => history.length);
  const box = (await app.slider().boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (const fraction of [0.35, 0.4, 0.45, 0.5])
    await page.mouse.move(box.x + box.width * fraction, y, { steps: 3 });
  await page.mouse.up();
  const draggedTo = (await app.params()).get('date')!;
  expect(draggedTo).not.toBe('2016-10-05');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);

  await page.goBack();
  expect((await app.params()).get('date')).toBe('2016-10-05');
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '5.\u00a0Oktober 2016');
});

test('panning the map replaces the view in the URL without adding history', async ({
  app,
  page,
}) => {
  await app.open('?date=2016-10-05&window=day#map=6/36/37');
  const before = await page.evaluate(() => history.length);
  const idle = await app.idleCount();
  await page.evaluate(() => window.lagekarteMap!.jumpTo({ center: [38, 36.5], zoom: 6 }));
  await app.waitForMapIdle(idle);
  await expect.poll(() => new URL(page.url()).hash).toBe('#map=6/36.5/38');
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect((await app.params()).get('date')).toBe('2016-10-05');
});
