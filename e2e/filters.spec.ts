import { EVENTS } from './driver';
import { expect, test } from './fixtures';

const ARTICLE_003 = '003_4ab2cf715c479de3';
/** 16 December 2016, the day article 003 appeared: everything up to then is in the window. */
const DEC_16 = '2016-12-16';

const idsOf = (events: typeof EVENTS) => events.map((event) => event.id).sort();
const upTo = (day: string) => EVENTS.filter((event) => event.date.start <= day);
const day = (iso: string, offset: number) =>
  new Date(Date.parse(iso) + offset * 86_400_000).toISOString().slice(0, 10);

test('a reader keeps only what article 003 reports: on the map, in the list and in the histogram', async ({
  app,
}) => {
  await app.open(`?date=${DEC_16}&window=all&lang=de`);
  const before = await app.listedCount();
  expect(await app.histogramBarDays()).toContainEqual(expect.stringMatching(/^2020-/));

  await app.openFilters();
  // The option says beforehand how many events it will keep.
  const promised = await app.filterCount('Quelle', 'Artikel 003');
  await app.setFilter('Quelle', 'Artikel 003');

  const reported = upTo(DEC_16).filter((event) =>
    event.sources.some((source) => source.article === ARTICLE_003),
  );
  expect(reported.length).toBe(promised);
  await expect.poll(() => app.listedCount()).toBe(promised);
  expect((await app.listedEventIds()).sort()).toEqual(idsOf(reported));
  expect((await app.eventIdsShownOnMap()).sort()).toEqual(idsOf(reported));

  // The histogram draws only the article's events: nothing in 2020, nothing outside its dates.
  const everything = EVENTS.filter((event) =>
    event.sources.some((source) => source.article === ARTICLE_003),
  );
  const first = everything.map((event) => event.date.start).sort()[0]!;
  const last = everything
    .map((event) => event.date.end)
    .sort()
    .at(-1)!;
  const bars = await app.histogramBarDays();
  expect(bars.length).toBeGreaterThan(0);
  for (const bar of bars) {
    expect(bar >= day(first, -7), `bar at ${bar}`).toBe(true);
    expect(bar <= last, `bar at ${bar}`).toBe(true);
  }

  expect(await app.filterSummary()).toBe(`${promised} von ${before} Ereignissen: Artikel 003`);
  expect((await app.params()).get('source')).toBe(ARTICLE_003);
  expect(await app.axeViolations()).toEqual([]);

  // The export takes what is shown, and says the filters apply.
  await app.data.open();
  await expect(app.data.dialog()).toContainText('Die Filter gelten auch hier (Artikel 003).');
  const exported = JSON.parse((await app.data.export('geojson')).text) as {
    features: { properties: { id: string } }[];
  };
  const exportedIds = exported.features.map((feature) => feature.properties.id);
  expect(exportedIds.sort()).toEqual(idsOf(reported).map((id) => `articles:${id}`));
});

test('category and status combine, the counts follow, and one action clears them', async ({
  app,
}) => {
  await app.open(`?date=${DEC_16}&window=all&lang=de`);
  const inWindow = upTo(DEC_16);
  const before = await app.listedCount();
  expect(before).toBe(inWindow.length);

  await app.openFilters();
  const diplomacy = inWindow.filter((event) => event.category === 'diplomacy');
  expect(await app.filterCount('Kategorie', 'Diplomatie')).toBe(diplomacy.length);
  await app.setFilter('Kategorie', 'Diplomatie');
  await expect.poll(() => app.listedCount()).toBe(diplomacy.length);

  // Within the diplomacy, how many were announced and how many happened.
  const announced = diplomacy.filter((event) => event.status === 'announced');
  await expect.poll(() => app.filterCount('Status', 'angekündigt')).toBe(announced.length);
  expect(await app.filterCount('Status', 'stattgefunden')).toBe(
    diplomacy.length - announced.length,
  );
  // The category counts ignore the category choice: what choosing another would keep.
  expect(await app.filterCount('Kategorie', 'Gefecht')).toBe(
    inWindow.filter((event) => event.category === 'battle').length,
  );

  await app.setFilter('Status', 'angekündigt');
  await expect.poll(() => app.listedCount()).toBe(announced.length);
  expect((await app.listedEventIds()).sort()).toEqual(idsOf(announced));
  expect((await app.eventIdsShownOnMap()).sort()).toEqual(idsOf(announced));
  // Now the categories count announced events only.
  expect(await app.filterCount('Kategorie', 'Diplomatie')).toBe(announced.length);
  expect(await app.filterSummary()).toBe(
    `${announced.length} von ${before} Ereignissen: Diplomatie, angekündigt`,
  );
  const params = await app.params();
  expect([params.get('cat'), params.get('status')]).toEqual(['diplomacy', 'announced']);

  // A narrower window: the counts are the window's (the 30 days up to 16 December).
  await app.chooseWindow('30d');
  const lastMonth = diplomacy.filter((event) => event.date.end >= '2016-11-17');
  await expect
    .poll(() => app.filterCount('Status', 'angekündigt'))
    .toBe(lastMonth.filter((event) => event.status === 'announced').length);
  expect(await app.filterCount('Status', 'stattgefunden')).toBe(
    lastMonth.filter((event) => event.status === 'occurred').length,
  );
  await app.chooseWindow('all');

  await app.closeFilters();
  await app.clearFiltersFromSummary();
  await expect.poll(() => app.filterSummary()).toBeNull();
  await expect.poll(() => app.listedCount()).toBe(before);
  const cleared = await app.params();
  expect([cleared.get('cat'), cleared.get('status')]).toEqual([null, null]);
});

test('filters come back from the permalink, and Back undoes them one by one', async ({
  app,
  page,
}) => {
  await app.open(`?date=${DEC_16}&window=all&lang=en`);
  await app.openFilters();
  await app.setFilter('Category', 'Diplomacy');
  await expect.poll(async () => (await app.params()).get('cat')).toBe('diplomacy');
  await app.setFilter('Actors', 'Turkey');
  await expect.poll(async () => (await app.params()).get('actor')).toBe('turkey');
  const listed = (await app.listedEventIds()).sort();
  const expected = upTo(DEC_16).filter(
    (event) => event.category === 'diplomacy' && event.actors.includes('turkey'),
  );
  expect(listed).toEqual(idsOf(expected));
  const summary = await app.filterSummary();
  expect(summary).toMatch(/: Diplomacy, Turkey$/);

  await page.reload();
  await app.slider().waitFor();
  expect(await app.filterSummary()).toBe(summary);
  expect((await app.listedEventIds()).sort()).toEqual(listed);
  await app.openFilters();
  expect(await app.filterIsSet('Category', 'Diplomacy')).toBe(true);
  expect(await app.filterIsSet('Actors', 'Turkey')).toBe(true);

  // Escape closes the panel and gives focus back to its button.
  await app.press('Escape');
  await expect(app.filterPanel()).toHaveCount(0);
  await expect(app.filterButton()).toBeFocused();

  await app.back();
  await expect.poll(() => app.filterSummary()).toMatch(/: Diplomacy$/);
  await app.back();
  await expect.poll(() => app.filterSummary()).toBeNull();
  expect(await app.listedCount()).toBe(upTo(DEC_16).length);
});

test('a link with filters nobody knows says so and shows the rest', async ({ app }) => {
  await app.open(`?date=${DEC_16}&cat=diplomacy,weather&actor=Atlantis&lang=en`);
  await expect(app.notices()).toContainText('“weather” for “cat”');
  await expect(app.notices()).toContainText('“Atlantis” for “actor”');
  expect(await app.filterSummary()).toMatch(/: Diplomacy$/);
  const params = await app.params();
  expect([params.get('cat'), params.get('actor')]).toEqual(['diplomacy', null]);
});

for (const lang of ['de', 'en'] as const) {
  test(`the open filter panel is accessible (${lang})`, async ({ app }) => {
    await app.open(`?date=${DEC_16}&window=30d&lang=${lang}`);
    await app.openFilters();
    await app.setFilter(
      lang === 'de' ? 'Status' : 'Status',
      lang === 'de' ? 'stattgefunden' : 'occurred',
    );
    await expect.poll(() => app.filterSummary()).not.toBeNull();
    expect(await app.axeViolations()).toEqual([]);
  });
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the filters open as a sheet across the screen, every target a finger’s size', async ({
    app,
  }) => {
    await app.open(`?date=${DEC_16}&window=all&lang=de`);
    await app.openFilters();
    const sheet = await app.filterPanelBox();
    expect(sheet.x).toBeLessThanOrEqual(0.5);
    expect(sheet.width).toBeGreaterThanOrEqual(app.viewport().width - 1);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(app.viewport().height + 0.5);
    expect(await app.filterTargetsSmallerThan(44)).toEqual([]);

    await app.setFilter('Quelle', 'Artikel 004');
    await app.closeFilters();
    await expect.poll(() => app.filterSummary()).toMatch(/: Artikel 004$/);
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    await app.showView('list');
    const reported = upTo(DEC_16).filter((event) =>
      event.sources.some((source) => source.article === '004_e32797831d74bb49'),
    );
    await expect.poll(() => app.listedCount()).toBe(reported.length);
  });
});

test('an imported dataset is a source, and its actors are actors', async ({ app, page }) => {
  await app.open('?date=2016-11-30&window=all&lang=de');
  await app.data.open();
  await app.data.importByPicker('acled-aleppo-autumn-2016.csv');
  expect(await app.data.report()).toContain('60 Ereignisse übernommen');
  await app.data.close();

  await app.openFilters();
  await app.setFilter('Quelle', 'acled-aleppo-autumn-2016.csv');
  await expect.poll(() => app.listedCount()).toBe(60);
  expect(await app.eventIdsShownOnMap()).toEqual([]);
  expect((await app.sitesShownOnMap()).length).toBeGreaterThan(0);
  for (const bar of await app.histogramBarDays())
    expect(bar >= '2016-08-25' && bar <= '2016-11-30', `bar at ${bar}`).toBe(true);
  await app.setFilter('Quelle', 'acled-aleppo-autumn-2016.csv', false);

  // Of the file's four actors, the unidentified group is named in twelve rows.
  await app.searchActors('unidentified');
  expect(await app.filterCount('Beteiligte', 'Unidentified Armed Group (Syria)')).toBe(12);
  await app.setFilter('Beteiligte', 'Unidentified Armed Group (Syria)');
  await expect.poll(() => app.listedCount()).toBe(12);
  expect((await app.listedEventIds()).every((id) => id.startsWith('acled-'))).toBe(true);
  expect((await app.params()).getAll('actor')).toEqual(['Unidentified Armed Group (Syria)']);
  // In the search field, Escape first empties it, and only then closes the panel.
  await app.searchActors('military');
  await expect(app.filterPanel().getByText('Civilians (Syria)')).toHaveCount(0);
  await app.press('Escape');
  await expect(app.filterPanel().getByText('Civilians (Syria)')).toHaveCount(1);
  await app.press('Escape');
  await expect(app.filterPanel()).toHaveCount(0);

  // The import is kept in the browser: the link opens the same filtered view.
  await page.reload();
  await app.slider().waitFor();
  await expect.poll(() => app.listedCount()).toBe(12);
  expect(await app.filterSummary()).toMatch(
    /^12 von \d+ Ereignissen: Unidentified Armed Group \(Syria\)$/,
  );
});
