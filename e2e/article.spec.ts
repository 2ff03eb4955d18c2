import { articleText, EVENTS, eventById } from './driver';
import { expect, test } from './fixtures';

const ARTICLE = '003_4ab2cf715c479de3';
const EVACUATION = '2016-12-east-aleppo-evacuation';
const HAAS = '2016-10-haas-school-attack';
const DE_MISTURA = '2016-12-14-de-mistura-warns-idlib-next-aleppo';
// Its sentence sits far from the top of the article: the view has to scroll to it.
const KERRY = '2017-01-kerry-leaves-office';
// One sentence of the article is the source of both.
const FALL_OF_ALEPPO = '2016-12-fall-of-east-aleppo';
const ASTANA_PROPOSAL = '2016-12-putin-proposes-astana-talks';
// Reported by another article.
const KERRY_CALL = '2016-10-05-kerry-lavrov-phone-call';
const SHARED = 'Dieses Hickhack gibt einen Ausblick auf die neuen Syriengespräche';

/** geodata/events.json's quotes from the article, each sentence once, in the text's order. */
function quotedSentences(articleId: string, eventId?: string): string[] {
  const text = articleText(articleId);
  const quotes = EVENTS.filter((event) => eventId === undefined || event.id === eventId)
    .flatMap((event) => event.sources)
    .filter((source) => source.article === articleId)
    .map((source) => source.quote);
  return [...new Set(quotes)].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

/** The article's events as geodata/events.json has them, in the app's date order. */
function eventsOf(articleId: string): string[] {
  return EVENTS.filter((event) => event.sources.some((source) => source.article === articleId))
    .sort(
      (a, b) =>
        a.date.start.localeCompare(b.date.start) ||
        a.date.end.localeCompare(b.date.end) ||
        a.id.localeCompare(b.id),
    )
    .map((event) => event.title.de);
}

const sharedSentence = () => quotedSentences(ARTICLE).find((quote) => quote.startsWith(SHARED))!;

test('from an event’s detail, its article opens with every quoted sentence marked', async ({
  app,
}) => {
  await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}`);
  await app.openArticle(0);

  await expect(app.articleHeading()).toHaveText(
    'Aleppo ist erobert – nun blickt Baschar al-Assad auf Idlib',
  );
  await expect(app.articleView()).toContainText(
    'SPIEGEL ONLINE · veröffentlicht 16.–17. Dezember 2016',
  );
  const marked = quotedSentences(ARTICLE);
  expect(marked.length).toBeGreaterThan(20);
  await expect(app.markedSentences()).toHaveText(marked);
  await expect(app.currentSentences()).toHaveText(quotedSentences(ARTICLE, EVACUATION));
  await expect(app.currentSentences().first()).toBeInViewport();
  await expect(app.articleEvents()).toContainText(eventsOf(ARTICLE));
  await expect(app.articleEvents()).toHaveCount(eventsOf(ARTICLE).length);
  await expect(app.articleEvent(EVACUATION)).toHaveAttribute('aria-current', 'true');

  const params = await app.params();
  expect(params.get('article')).toBe(ARTICLE);
  expect(params.get('event')).toBe(EVACUATION);
  // The map stays in view beside the article, the event selected on it.
  await expect(app.mapPane()).toBeInViewport({ ratio: 0.9 });
  expect(await app.eventSelectedOnMap(EVACUATION)).toBe(true);
});

test('a sentence selects its event on the map and in the link, moving the date to it', async ({
  app,
}) => {
  await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}&article=${ARTICLE}`);
  const [haasQuote] = quotedSentences(ARTICLE, HAAS);
  await app.chooseWindow('7d');
  // The sentence is a link to what choosing it shows, to open elsewhere or share.
  const link = await app.sentenceLink(haasQuote!);
  expect(link.get('window')).toBe('7d');
  expect(link.get('event')).toBe(HAAS);
  expect(link.get('article')).toBe(ARTICLE);
  expect(link.get('date')).toBe(eventById(HAAS).date.start);
  await app.chooseSentence(haasQuote!);

  await expect(app.currentSentences()).toHaveText([haasQuote!]);
  await expect(app.articleEvent(HAAS)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => app.eventSelectedOnMap(HAAS)).toBe(true);
  expect(await app.eventSelectedOnMap(EVACUATION)).toBe(false);
  // Late October: the date moved so the map shows the attack.
  expect(await app.eventIdsShownOnMap()).toContain(HAAS);
  const params = await app.params();
  expect(params.get('event')).toBe(HAAS);
  expect(params.get('article')).toBe(ARTICLE);
  expect(params.get('date')).toBe(eventById(HAAS).date.start);
});

test('a sentence two events quote selects one, then the other', async ({ app }) => {
  await app.open(`?date=2016-12-17&window=30d&article=${ARTICLE}`);
  // With nothing selected, the page is named by the article.
  expect(await app.title()).toBe(
    'Aleppo ist erobert – nun blickt Baschar al-Assad auf Idlib · 17.\u00a0Dezember 2016 · Lagekarte',
  );
  await app.chooseSentence(sharedSentence());
  await expect(app.articleEvent(FALL_OF_ALEPPO)).toHaveAttribute('aria-current', 'true');
  expect((await app.params()).get('event')).toBe(FALL_OF_ALEPPO);

  // From the keyboard too.
  await app.chooseSentenceByKeyboard(sharedSentence());
  await expect(app.articleEvent(ASTANA_PROPOSAL)).toHaveAttribute('aria-current', 'true');
  await expect(app.articleEvent(FALL_OF_ALEPPO)).not.toHaveAttribute('aria-current', 'true');
  expect((await app.params()).get('event')).toBe(ASTANA_PROPOSAL);
});

test('an event chosen from the article’s list brings its sentence into view, and a reload keeps it', async ({
  app,
}) => {
  await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}&article=${ARTICLE}`);
  await app.chooseArticleEvent(KERRY);

  const kerry = quotedSentences(ARTICLE, KERRY);
  await expect(app.currentSentences()).toHaveText(kerry);
  await expect(app.currentSentences()).toBeInViewport({ ratio: 1 });
  await expect.poll(() => app.eventSelectedOnMap(KERRY)).toBe(true);
  expect((await app.params()).get('event')).toBe(KERRY);

  await app.reload();
  await expect(app.articleHeading()).toHaveText(
    'Aleppo ist erobert – nun blickt Baschar al-Assad auf Idlib',
  );
  await expect(app.currentSentences()).toHaveText(kerry);
  await expect(app.currentSentences()).toBeInViewport({ ratio: 1 });
  await expect(app.articleEvent(KERRY)).toHaveAttribute('aria-current', 'true');
  expect(await app.eventSelectedOnMap(KERRY)).toBe(true);
  await expect(app.details()).toBeHidden();
});

test('an event chosen on the map becomes the current sentence', async ({ app }) => {
  await app.open(
    `?date=2016-12-16&window=30d&event=${EVACUATION}&article=${ARTICLE}#map=7/35.9/36.9`,
  );
  await app.clickMarker(DE_MISTURA);

  await expect(app.currentSentences()).toHaveText(quotedSentences(ARTICLE, DE_MISTURA));
  await expect(app.currentSentences().first()).toBeInViewport();
  await expect(app.articleEvent(DE_MISTURA)).toHaveAttribute('aria-current', 'true');
  expect((await app.params()).get('article')).toBe(ARTICLE);
});

test('an event the article does not report leads from the article to its detail', async ({
  app,
}) => {
  await app.open(`?date=2016-10-05&window=day&event=${KERRY_CALL}&article=${ARTICLE}`);
  await expect(app.currentSentences()).toHaveCount(0);
  await expect(app.articleView()).toContainText(
    `„${eventById(KERRY_CALL).title.de}“ kommt in diesem Artikel nicht vor.`,
  );
  await app.showDetailsFromArticle();
  await expect(app.articleView()).toHaveCount(0);
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    eventById(KERRY_CALL).title.de,
  );
  await expect(app.details().getByRole('heading', { level: 2 })).toBeFocused();
  expect((await app.params()).has('article')).toBe(false);
});

test('Back walks through the article’s choices and then closes it', async ({ app }) => {
  await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}`);
  await app.openArticle(0);
  await app.chooseSentence(quotedSentences(ARTICLE, HAAS)[0]!);
  await expect(app.articleEvent(HAAS)).toHaveAttribute('aria-current', 'true');

  await app.back();
  await expect(app.articleEvent(EVACUATION)).toHaveAttribute('aria-current', 'true');
  await expect(app.currentSentences()).toHaveText(quotedSentences(ARTICLE, EVACUATION));

  await app.back();
  await expect(app.articleView()).toHaveCount(0);
  await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
    eventById(EVACUATION).title.de,
  );
  expect((await app.params()).has('article')).toBe(false);
});

test('a link to an article that does not exist says so and shows the rest', async ({ app }) => {
  await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}&article=003`);
  await expect(app.notices()).toContainText('„003“');
  await expect(app.articleView()).toHaveCount(0);
  await expect(app.details()).toBeVisible();
});

test('the article view passes axe in German and in English', async ({ app }) => {
  await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}&article=${ARTICLE}`);
  await expect(app.currentSentences().first()).toBeVisible();
  expect(await app.axeViolations()).toEqual([]);

  await app.chooseLanguage('en');
  await expect(app.articleView()).toContainText('published 16–17 December 2016');
  expect((await app.sentenceLink(quotedSentences(ARTICLE, KERRY)[0]!)).get('lang')).toBe('en');
  await expect(app.articleEvent(EVACUATION, 'en')).toHaveAttribute('aria-current', 'true');
  expect(await app.axeViolations()).toEqual([]);
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the article fits the screen, its events below the text, and leads to the map', async ({
    app,
  }) => {
    await app.open(`?date=2016-12-16&window=day&event=${EVACUATION}`);
    await app.showView('list');
    await app.openArticle(0);

    const view = (await app.articleView().boundingBox())!;
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.x + view.width).toBeLessThanOrEqual(app.viewport().width);
    expect(view.y + view.height).toBeLessThanOrEqual(app.viewport().height);
    const lastSentence = (await app.markedSentences().last().boundingBox())!;
    const firstEvent = (await app.articleEvents().first().boundingBox())!;
    expect(firstEvent.y).toBeGreaterThan(lastSentence.y + lastSentence.height);
    await expect(app.currentSentences().first()).toBeInViewport();
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    expect(await app.axeViolations()).toEqual([]);

    await app.articleEvent(DE_MISTURA).scrollIntoViewIfNeeded();
    await app.chooseArticleEvent(DE_MISTURA);
    await expect(app.currentSentences().first()).toBeInViewport();
    await expect(app.currentSentences()).toHaveText(quotedSentences(ARTICLE, DE_MISTURA));
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);

    await app.showSelectedOnMap();
    await expect(app.viewTab('map')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => app.eventSelectedOnMap(DE_MISTURA)).toBe(true);
    // The list's tab still holds the article.
    await app.showView('list');
    await expect(app.articleEvent(DE_MISTURA)).toHaveAttribute('aria-current', 'true');
  });
});
