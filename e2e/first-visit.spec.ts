import { EVENTS } from './driver';
import { expect, test } from './fixtures';

test('a first visit shows the places of the articles and every reported event', async ({
  app,
  page,
}) => {
  await app.open();

  // Without a date, the app stands at the last reported day and shows everything up to it.
  expect((await app.params()).get('date')).toBe('2020-03-05');
  expect((await app.params()).get('window')).toBe('all');
  expect((await app.params()).get('lang')).toBe('de');
  await expect(app.slider()).toHaveAttribute('aria-valuetext', '5.\u00a0März 2020');
  await expect(page.getByTestId('current-date')).toHaveText('5. März 2020');

  await expect.poll(() => app.listedCount()).toBe(EVENTS.length);
  expect((await app.eventIdsShownOnMap()).sort()).toEqual(EVENTS.map((event) => event.id).sort());

  expect(await app.placeIdsOnMap()).toEqual(
    expect.arrayContaining(['idlib', 'aleppo', 'astana', 'sochi', 'dabiq']),
  );
  // Idlib city's label yields to the province's markers here; it shows one zoom further in.
  expect(await app.placeLabelsRendered()).toEqual(
    expect.arrayContaining(['idlib', 'aleppo', 'dabiq', 'haas']),
  );
});

test('the README screenshot: an event, its source sentence and the month around it', async ({
  app,
}) => {
  await app.open(
    '?date=2020-02-28&window=30d&event=2020-02-27-idlib-airstrike-kills-turkish-soldiers#map=7/35.95/36.9',
  );
  await expect(app.details()).toContainText('33–34');
  // Written only with LAGEKARTE_SCREENSHOTS=1, so `npm test` leaves the checkout clean.
  await app.screenshotForReadme('docs/screenshot.png');
});

test('places far from Syria are labelled too, even when none of their events is shown', async ({
  app,
}) => {
  await app.open('?date=2016-02-15&window=day#map=2.6/47/45');
  expect(await app.eventIdsShownOnMap()).toEqual(['2016-02-munich-issg-ceasefire-agreement']);
  expect(await app.placeLabelsRendered()).toEqual(
    expect.arrayContaining(['astana', 'sochi', 'moscow', 'ankara', 'munich', 'geneva']),
  );
});

test('the page tells the browser to load nothing from other origins', async ({ app, page }) => {
  await app.open('', { waitForMap: false });
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'.*connect-src 'self'/,
  );
});

test('map labels are drawn with the bundled font, served from our own origin', async ({
  app,
  page,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname);
  });
  await app.open();
  // Labels such as "TÜRKEI" need the latin file; the fixture fails the test if any font (or
  // anything else) was asked for from another origin.
  await expect
    .poll(() => fonts.some((path) => /^\/assets\/noto-sans-latin-\d00/.test(path)))
    .toBe(true);
});
