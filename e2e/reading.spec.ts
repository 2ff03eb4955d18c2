import { eventById } from './driver';
import { expect, test } from './fixtures';

const KERRY_CALL = '2016-10-05-kerry-lavrov-phone-call';
// Its sentence sits near the end of a long article: the reading view has to scroll to it.
const HAAS = '2016-10-haas-school-attack';

test('the detail takes the list’s place, and focus goes into it and back to the event', async ({
  app,
}) => {
  await app.open('?date=2016-10-05&window=day');
  await app.chooseEvent(KERRY_CALL);

  await expect(app.eventList()).toHaveCount(0);
  const heading = app.details().getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(eventById(KERRY_CALL).title.de);
  await expect(heading).toBeFocused();

  await app.backToList();
  await expect(app.details()).toHaveCount(0);
  await expect(app.listButton(KERRY_CALL)).toBeFocused();

  // The keyboard way: Enter opens, Escape closes, focus comes back to the same line.
  await app.press('Enter');
  await expect(heading).toBeFocused();
  await app.press('Escape');
  await expect(app.listButton(KERRY_CALL)).toBeFocused();
});

test('an article opens at full height, its sentence marked and in view; Escape returns', async ({
  app,
}) => {
  await app.open(`?date=2016-10-31&window=day&event=${HAAS}`);
  await app.openArticle(0);

  const reader = app.readingView();
  await expect(reader).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(
    'Aleppo ist erobert – nun blickt Baschar al-Assad auf Idlib',
  );
  await expect(reader).toContainText('SPIEGEL ONLINE · veröffentlicht 16.–17. Dezember 2016');
  const mark = reader.locator('mark');
  await expect(mark).toHaveText(eventById(HAAS).sources[0]!.quote);
  await expect(mark).toBeInViewport({ ratio: 1 });
  expect(await app.axeViolations()).toEqual([]);
  const box = (await reader.boundingBox())!;
  expect(box.height).toBeGreaterThan(app.viewport().height * 0.9);
  expect(await app.axeViolations()).toEqual([]);

  await app.press('Escape');
  await expect(reader).toHaveCount(0);
  // Escape closed only the reading view; the detail is still there, focus back on its button.
  await expect(app.details()).toBeVisible();
  await expect(
    app.details().getByRole('button', { name: 'Im Artikel lesen' }).first(),
  ).toBeFocused();
});

test('the reading view closes with its button, in English too', async ({ app }) => {
  await app.open(`?date=2016-10-31&window=day&event=${HAAS}&lang=en`);
  await app.openArticle(0);
  await expect(app.readingView()).toContainText('SPIEGEL ONLINE · published 16–17 December 2016');
  await app.readingView().getByRole('button', { name: 'Close the article' }).click();
  await expect(app.readingView()).toHaveCount(0);
  expect((await app.params()).get('event')).toBe(HAAS);
});

test('curation notes are for curators: the reader does not see them', async ({ app }) => {
  await app.open(`?date=2016-10-31&window=day&event=${HAAS}`);
  await expect(app.details()).toContainText('Ende Oktober 2016');
  // geodata/events.json: "'Ende Oktober' 2016, kept as the last third of October. Known date: …"
  await expect(app.details()).not.toContainText('Known date');
  await expect(app.details()).not.toContainText('Anmerkung');
});
