import { eventById } from './driver';
import { expect, test } from './fixtures';

const CALL = '2020-02-28-putin-erdogan-phone-call';

test('a permalink reopens the date, the window and the chosen event', async ({ app, page }) => {
  await app.open(`?date=2020-02-28&window=day&event=${CALL}`);

  await expect(app.slider()).toHaveAttribute('aria-valuetext', '28.\u00a0Februar 2020');
  await expect(page.getByLabel('Zeitraum')).toHaveValue('day');
  const details = app.details();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(eventById(CALL).title.de);
  await expect(details.getByText(eventById(CALL).sources[0]!.quote)).toBeVisible();
  expect(await app.eventSelectedOnMap(CALL)).toBe(true);
  // The detail stands in the list's place; closing it leads to the event in the list.
  await expect(app.eventList()).toHaveCount(0);
  await app.backToList();
  await expect(app.listButton(CALL)).toBeFocused();
});

test('on a known date the list shows exactly the events the data reports for it', async ({
  app,
}) => {
  await app.open('?date=2020-02-28&window=day');
  const expected = [
    '2019-12-idlib-government-offensive',
    '2019-12-idlib-mass-displacement',
    '2020-02-lavrov-defends-syrian-offensive',
    '2020-02-russia-says-it-did-not-know-of-turkish-troops',
    '2020-02-turkey-proposes-nato-deployment-in-idlib',
    '2020-02-turkish-retaliatory-strikes',
    '2020-02-28-putin-erdogan-phone-call',
    '2020-02-28-russian-turkish-talks-continue',
  ];
  expect(await app.listedEventIds()).toEqual(expected);
  expect((await app.eventIdsShownOnMap()).sort()).toEqual([...expected].sort());
});

test('an event reported only roughly keeps its vagueness: "Ende Oktober", not a day', async ({
  app,
}) => {
  await app.open('?date=2016-10-31&window=day&event=2016-10-haas-school-attack');
  await expect(app.details()).toContainText('Ende Oktober 2016');
  await expect(app.details()).toContainText('Ende Oktober 2016 (auf einige Tage genau)');
});

test('the source sentence can be read in its article', async ({ app }) => {
  await app.open(`?date=2020-02-28&window=day&event=${CALL}`);
  await app.openArticle(0);
  await expect(app.sentence(eventById(CALL).sources[0]!.quote)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(app.articleView()).toContainText('Lesezeit: 1 min');
});

test('the English interface names the controls in English', async ({ app, page }) => {
  await app.open(`?date=2020-02-28&window=day&event=${CALL}&lang=en`);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
    'aria-valuetext',
    '28\u00a0February 2020',
  );
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    eventById(CALL).title.en,
  );
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the copy-link button puts the current permalink on the clipboard', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open(`?date=2020-02-28&window=7d&event=${CALL}`);
  await page.getByRole('button', { name: 'Link kopieren' }).click();
  await expect(page.getByText('Link kopiert')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain(`event=${CALL}`);
});

test('the map view travels in the hash and is restored', async ({ app, page }) => {
  await app.open('?date=2016-10-05&window=day#map=7.5/36.2/37.1');
  const view = await page.evaluate(() => {
    const map = window.lagekarteMap!;
    return { zoom: map.getZoom(), lat: map.getCenter().lat, lng: map.getCenter().lng };
  });
  expect(view.zoom).toBeCloseTo(7.5, 1);
  expect(view.lat).toBeCloseTo(36.2, 1);
  expect(view.lng).toBeCloseTo(37.1, 1);
  expect(new URL(page.url()).hash).toBe('#map=7.5/36.2/37.1');
});
