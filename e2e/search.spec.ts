import { eventById } from './driver';
import { expect, test } from './fixtures';

const SOCHI = '2018-sochi-idlib-agreement';
const SOCHI_TITLE = eventById(SOCHI).title;

test('a journalist searches "Sotschi" and lands on the Sochi agreement, on the map and in time', async ({
  app,
}) => {
  // October 2016, one week: the agreement (2018) is nowhere in view.
  await app.open('?date=2016-10-05&window=7d&lang=de');
  await app.search('Sotschi');
  await expect(app.searchAnnouncement()).toHaveText('2 Treffer');
  expect(await app.searchResults()).toEqual([
    'Sotschi | Ort · 1 Ereignis',
    `${SOCHI_TITLE.de} | Ereignis · 2018`,
  ]);
  // Axe, with the results open.
  expect(await app.axeViolations()).toEqual([]);

  const idle = await app.idleCount();
  await app.chooseSearchResult(SOCHI_TITLE.de);
  expect(await app.detailTitle()).toBe(SOCHI_TITLE.de);
  await expect(app.searchResultList()).toBeHidden();
  // The date moved to the event, so that it is shown; the map marks it.
  const params = await app.params();
  expect(params.get('event')).toBe(SOCHI);
  expect(params.get('date')).toBe('2018-01-01');
  await app.waitForMapIdle(idle);
  await expect.poll(() => app.eventSelectedOnMap(SOCHI)).toBe(true);

  // The address reopens the same.
  await app.open(`?${params.toString()}`);
  expect(await app.detailTitle()).toBe(SOCHI_TITLE.de);
  await expect.poll(() => app.eventSelectedOnMap(SOCHI)).toBe(true);
});

test('an event the filters hide is still found, and says that the filters hide it', async ({
  app,
}) => {
  await app.open('?date=2018-06-01&window=all&cat=battle&lang=de');
  await app.search('Sotschi');
  expect(await app.searchResults()).toContain(
    `${SOCHI_TITLE.de} | Ereignis · 2018 · von den Filtern ausgeblendet`,
  );
  await app.open('?date=2018-06-01&window=all&cat=diplomacy&lang=de');
  await app.search('Sotschi');
  expect(await app.searchResults()).toContain(`${SOCHI_TITLE.de} | Ereignis · 2018`);
});

test('places are found by any of their names, in either language and inflected', async ({
  app,
}) => {
  await app.open('?lang=en', { waitForMap: false });
  for (const [query, place] of [
    ['Sochi', 'Sochi'],
    ['sotschi', 'Sochi'],
    ['Aleppos', 'Aleppo'],
    ['Moskaus', 'Moscow'],
    ['Turkiye', 'Turkey'],
    ['Dābiq', 'Dabiq'],
  ]) {
    await app.search(query!);
    expect((await app.searchResults())[0], query).toMatch(new RegExp(`^${place} \\| Place · `));
  }
  await app.search('Sochi');
  expect(await app.searchResults()).toContain(`${SOCHI_TITLE.en} | Event · 2018`);

  await app.search('Xylophone');
  await expect(app.searchAnnouncement()).toHaveText('No results');
  expect(await app.searchResults()).toEqual([]);
});

test('search works from the keyboard alone', async ({ app }) => {
  await app.open('?date=2016-10-05&window=all&lang=de');
  // The skip link first, then the search field: the first control of the page.
  await app.press('Tab');
  await app.press('Tab');
  expect(await app.focusedControl()).toBe('combobox: Orte und Ereignisse suchen');
  await app.search('Aleppos', { byKeyboard: true });
  await expect(app.searchAnnouncement()).toHaveText(/^\d+ Treffer$/);

  await app.press('ArrowDown');
  expect(await app.activeSearchResult()).toBe('Aleppo');
  await app.press('ArrowDown');
  const second = await app.activeSearchResult();
  expect(second).not.toBe('Aleppo');
  await app.press('ArrowUp');
  expect(await app.activeSearchResult()).toBe('Aleppo');
  await app.press('Enter');
  expect(await app.detailTitle()).toBe('Aleppo');
  expect((await app.params()).get('place')).toBe('aleppo');
  await expect(app.searchResultList()).toBeHidden();

  // Escape closes one thing at a time: the results, then the query, then the selection.
  await app.press('ArrowDown');
  await expect(app.searchResultList()).toBeVisible();
  await app.press('Escape');
  await expect(app.searchResultList()).toBeHidden();
  expect((await app.params()).get('place')).toBe('aleppo');
  await app.press('Escape');
  await expect(app.searchField()).toHaveValue('');
  expect((await app.params()).get('place')).toBe('aleppo');
  await app.press('Escape');
  expect((await app.params()).has('place')).toBe(false);
});

test('an imported dataset is searched too, and says where its results come from', async ({
  app,
}) => {
  await app.open('?date=2016-10-31&window=30d&lang=de', { waitForMap: false });
  await app.data.open();
  await app.data.importByPicker('acled-aleppo-autumn-2016.csv');
  await app.data.report();
  await app.data.close();

  await app.search('al-Shaar');
  const results = await app.searchResults();
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) expect(result).toContain('acled-aleppo-autumn-2016.csv');
  expect(results).toContain(
    'Luftangriff/Beschuss: Aleppo - al-Shaar | Ereignis · 1. Oktober 2016 · acled-aleppo-autumn-2016.csv',
  );
  // The first of that name: the air strike of 1 October, outside the window (3–31 October).
  await app.chooseSearchResult('Luftangriff/Beschuss: Aleppo - al-Shaar');
  expect(await app.detailTitle()).toBe('Luftangriff/Beschuss: Aleppo - al-Shaar');
  const params = await app.params();
  expect(params.get('event')).toMatch(/:INV2001$/);
  expect(params.get('date')).toBe('2016-10-01');
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the search button opens the field across the header, and a result shows its detail', async ({
    app,
  }) => {
    await app.open('?date=2016-10-05&window=7d&lang=de');
    await expect(app.searchField()).toBeHidden();
    await app.search('Sochi');
    const field = (await app.searchField().boundingBox())!;
    expect(field.x).toBeGreaterThanOrEqual(0);
    expect(field.x + field.width).toBeLessThanOrEqual(app.viewport().width);
    expect(field.width).toBeGreaterThan(app.viewport().width / 2);
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    expect(await app.axeViolations()).toEqual([]);

    await app.chooseSearchResult(SOCHI_TITLE.de);
    await expect(app.searchField()).toBeHidden();
    await expect(app.viewTab('list')).toHaveAttribute('aria-selected', 'true');
    expect(await app.detailTitle()).toBe(SOCHI_TITLE.de);
    expect((await app.params()).get('date')).toBe('2018-01-01');
  });
});
