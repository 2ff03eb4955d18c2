import { eventById } from './driver';
import { expect, test } from './fixtures';

// Events far from Syria open on a map of their own region: coasts, borders, rivers and towns,
// named in the interface language. Labels are read from what the map has drawn in the view.
const KREMLIN_CALL = '2020-02-28-putin-erdogan-phone-call';
const GENEVA_TALKS = '2016-spring-geneva-talks-collapse';

test('an event at the Kremlin opens on a map of Moscow’s region, its towns named in German', async ({
  app,
}) => {
  expect(eventById(KREMLIN_CALL).place).toBe('kremlin');
  await app.open(`?date=2020-03-05&event=${KREMLIN_CALL}`);

  await expect
    .poll(() => app.basemapLabelsShown('city-labels'))
    .toEqual(expect.arrayContaining(['Sergijew Possad']));
  // No border lies within the view around Moscow; land and rivers do.
  expect(await app.basemapFeaturesDrawn('land')).toBeGreaterThan(0);
  expect(await app.basemapFeaturesDrawn('rivers')).toBeGreaterThan(0);
  // Moscow is named once, by the app's own label, not again by the basemap.
  expect(await app.placeLabelsRendered()).toContain('moscow');
  expect(await app.basemapLabelsShown('city-labels')).not.toContain('Moskau');

  await app.chooseLanguage('en');
  await expect
    .poll(() => app.basemapLabelsShown('city-labels'))
    .toEqual(expect.arrayContaining(['Sergiyev Posad']));
});

test('the Geneva talks open on a map with borders, the lake and the region’s cities', async ({
  app,
}) => {
  expect(eventById(GENEVA_TALKS).place).toBe('geneva');
  await app.open(`?date=2016-03-01&event=${GENEVA_TALKS}`);

  await expect
    .poll(() => app.basemapLabelsShown('city-labels'))
    .toEqual(expect.arrayContaining(['Bern', 'Lyon', 'Neuenburg', 'Freiburg']));
  expect(await app.basemapFeaturesDrawn('borders')).toBeGreaterThan(0);
  expect(await app.basemapFeaturesDrawn('lakes')).toBeGreaterThan(0); // Lake Geneva

  await app.chooseLanguage('en');
  await expect
    .poll(() => app.basemapLabelsShown('city-labels'))
    .toEqual(expect.arrayContaining(['Neuchâtel', 'Fribourg']));
});

test('zoomed in past the tiles’ own detail, the map still has coasts, borders and towns', async ({
  app,
}) => {
  // Zoom 10 on the Lake Geneva shore: tiles stop at zoom 7 and are drawn larger from there.
  await app.open('?date=2016-03-01#map=10/46.3/6.4');
  expect(await app.basemapFeaturesDrawn('land')).toBeGreaterThan(0);
  expect(await app.basemapFeaturesDrawn('lakes')).toBeGreaterThan(0);
  expect(await app.basemapFeaturesDrawn('borders')).toBeGreaterThan(0);
  await expect.poll(() => app.basemapLabelsShown('city-labels')).toContain('Thonon-les-Bains');
});

test('a country chosen as a place is highlighted on the basemap', async ({ app }) => {
  await app.open('?date=2016-03-01&place=switzerland');
  await expect.poll(() => app.countrySelectedOnMap('CH')).toBe(true);
  expect(await app.countrySelectedOnMap('FR')).toBe(false);
});
