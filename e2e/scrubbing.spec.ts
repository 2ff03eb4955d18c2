import { EVENTS } from './driver';
import { expect, test } from './fixtures';

test('scrubbing with the keyboard moves the date, the list, the map and the URL together', async ({
  app,
  page,
}) => {
  await app.open('?date=2016-10-04&window=day');
  expect(await app.listedEventIds()).not.toContain('2016-10-05-kerry-lavrov-phone-call');

  const idle = await app.idleCount();
  await app.pressOnSlider('ArrowRight');
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '5.\u00a0Oktober 2016');
  await expect(page.getByTestId('current-date')).toHaveText('5. Oktober 2016');
  expect((await app.params()).get('date')).toBe('2016-10-05');
  const listed = await app.listedEventIds();
  expect(listed).toContain('2016-10-05-kerry-lavrov-phone-call');
  await app.waitForMapIdle(idle);
  expect((await app.eventIdsShownOnMap()).sort()).toEqual([...listed].sort());

  await app.pressOnSlider('PageUp');
  expect((await app.params()).get('date')).toBe('2016-11-05');
  await app.pressOnSlider('PageDown', 'ArrowLeft');
  expect((await app.params()).get('date')).toBe('2016-10-04');
  await app.pressOnSlider('Home');
  expect((await app.params()).get('date')).toBe('2016-02-01');
  await app.pressOnSlider('End');
  expect((await app.params()).get('date')).toBe('2020-03-05');
});

test('previous and next jump to the nearest day on which an event begins', async ({
  app,
  page,
}) => {
  await app.open('?date=2017-06-01&window=day');
  await expect(app.eventList().getByRole('listitem')).toHaveCount(0);
  await expect(
    page.getByText('Für diesen Zeitraum berichten die Artikel keine Ereignisse.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Nächstes Ereignis', exact: true }).click();
  expect((await app.params()).get('date')).toBe('2018-01-01');
  expect(await app.listedEventIds()).toEqual(['2018-sochi-idlib-agreement']);

  await page.getByRole('button', { name: 'Vorheriges Ereignis', exact: true }).click();
  expect((await app.params()).get('date')).toBe('2017-01-11');
  expect(await app.listedEventIds()).toEqual([
    '2016-12-east-aleppo-attacks-to-resume',
    '2017-01-kerry-leaves-office',
  ]);
});

test('an empty day offers the nearest event', async ({ app, page }) => {
  await app.open('?date=2017-03-01&window=7d');
  await page.getByRole('button', { name: /Zeitlich nächstes Ereignis zeigen/ }).click();
  expect((await app.params()).get('event')).toBe('2017-01-kerry-leaves-office');
  await expect(app.details()).toContainText('Kerry');
  await app.backToList();
  await expect(app.eventList().getByRole('listitem')).not.toHaveCount(0);
});

test('the window chooses which events appear for the date', async ({ app, page }) => {
  await app.open('?date=2020-03-01&window=all');
  await expect
    .poll(() => app.listedCount())
    .toBe(EVENTS.filter((event) => event.date.start <= '2020-03-01').length);
  await page.getByLabel('Zeitraum').selectOption('30d');
  expect((await app.params()).get('window')).toBe('30d');
  const ids = await app.listedEventIds();
  expect(ids).toContain('2020-02-03-turkish-syrian-mutual-shelling');
  expect(ids).not.toContain('2016-10-haas-school-attack');
  await page.getByLabel('Zeitraum').selectOption('day');
  expect(await app.listedEventIds()).toEqual(
    EVENTS.filter((event) => event.date.start <= '2020-03-01' && event.date.end >= '2020-03-01')
      .map((event) => event.id)
      .sort((a, b) => {
        const [x, y] = [EVENTS.find((e) => e.id === a)!, EVENTS.find((e) => e.id === b)!];
        return (
          x.date.start.localeCompare(y.date.start) ||
          x.date.end.localeCompare(y.date.end) ||
          a.localeCompare(b)
        );
      }),
  );
});

test('clicking an event marker on the map opens its detail', async ({ app, page }) => {
  await app.open('?date=2016-10-21&window=day#map=9/35.617/36.595');
  const marker = await page.evaluate(() => {
    const map = window.lagekarteMap!;
    const point = map.project([36.5953, 35.6169]);
    return { x: point.x, y: point.y };
  });
  const box = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(box.x + marker.x, box.y + marker.y);
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    'Angriff auf Schule in Haas tötet 22 Kinder und sechs Lehrer',
  );
  expect((await app.params()).get('event')).toBe('2016-10-haas-school-attack');
});
