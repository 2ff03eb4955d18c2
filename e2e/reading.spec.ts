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

test('an article opens in the side pane’s place, its sentence current and in view; Escape returns', async ({
  app,
}) => {
  await app.open(`?date=2016-10-31&window=day&event=${HAAS}`);
  await app.openArticle(0);

  const article = app.articleView();
  await expect(article).toBeVisible();
  await expect(app.details()).toBeHidden();
  await expect(app.articleHeading()).toHaveText(
    'Aleppo ist erobert – nun blickt Baschar al-Assad auf Idlib',
  );
  await expect(app.articleHeading()).toBeFocused();
  await expect(article).toContainText('SPIEGEL ONLINE · veröffentlicht 16.–17. Dezember 2016');
  await expect(app.currentSentences()).toHaveText([eventById(HAAS).sources[0]!.quote]);
  await expect(app.currentSentences()).toBeInViewport({ ratio: 1 });
  // As tall as the map beside it: the text has the whole height to scroll in.
  const box = (await article.boundingBox())!;
  const map = (await app.mapPane().boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(map.height - 1);
  expect(await app.axeViolations()).toEqual([]);

  await app.press('Escape');
  await expect(article).toHaveCount(0);
  // Escape closed only the article; the detail is still there, focus back on its button.
  await expect(app.details()).toBeVisible();
  await expect(
    app.details().getByRole('button', { name: 'Im Artikel lesen' }).first(),
  ).toBeFocused();
});

test('the article closes with its button, in English too', async ({ app }) => {
  await app.open(`?date=2016-10-31&window=day&event=${HAAS}&lang=en`);
  await app.openArticle(0);
  await expect(app.articleView()).toContainText('SPIEGEL ONLINE · published 16–17 December 2016');
  await app.closeArticle();
  await expect(app.articleView()).toHaveCount(0);
  expect((await app.params()).get('event')).toBe(HAAS);
  expect((await app.params()).has('article')).toBe(false);
  await expect(
    app.details().getByRole('button', { name: 'Read in the article' }).first(),
  ).toBeFocused();
});

test('curation notes are for curators: the reader does not see them', async ({ app }) => {
  await app.open(`?date=2016-10-31&window=day&event=${HAAS}`);
  await expect(app.details()).toContainText('Ende Oktober 2016');
  // geodata/events.json: "'Ende Oktober' 2016, kept as the last third of October. Known date: …"
  await expect(app.details()).not.toContainText('Known date');
  await expect(app.details()).not.toContainText('Anmerkung');
});
