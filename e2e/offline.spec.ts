import { Deployment } from './deployment';
import { articleText, eventById } from './driver';
import { expect, test } from './fixtures';

// A journalist opens Lagekarte once at the office and again on a train: the service worker
// (off in the other specs) has stored the app, the data, the basemap and the gazetteer.
test.use({ serviceWorkers: 'allow' });

const AIRSTRIKE = '2020-02-27-idlib-airstrike-kills-turkish-soldiers';

test('after one visit the app opens without a network: a link never opened before, its event, the map and the article', async ({
  app,
}) => {
  await app.open();
  await app.offline.waitUntilStored();
  // A manifest with its icons and a service worker: the browser offers to install it.
  expect(await app.offline.installabilityErrors()).toEqual([]);

  await app.offline.goOffline();
  await app.open(`?date=2020-02-28&window=30d&event=${AIRSTRIKE}#map=7/35.95/36.9`);

  await expect(app.details()).toContainText(eventById(AIRSTRIKE).title.de);
  expect(await app.eventIdsShownOnMap()).toContain(AIRSTRIKE);
  // The basemap's tiles are read by byte ranges out of the stored archive, its labels drawn
  // with the stored fonts.
  expect(await app.basemapFeaturesDrawn('land')).toBeGreaterThan(0);
  expect(await app.basemapFeaturesDrawn('borders')).toBeGreaterThan(0);
  await expect.poll(() => app.basemapLabelsShown('city-labels')).not.toEqual([]);

  await app.openArticle();
  const article = eventById(AIRSTRIKE).sources[0]!.article;
  const lastParagraph = articleText(article).trim().split('\n').at(-1)!.trim();
  await expect(app.articleView()).toContainText(lastParagraph.slice(0, 60));

  await app.closeArticle();
  await app.backToList();
  expect(await app.listedCount()).toBeGreaterThan(1);

  // What the add-article view looks places up in is there too.
  expect(await app.offline.fileLoads('gazetteer/gazetteer.json')).toBe(true);
  expect(app.offline.failedRequests()).toEqual([]);
  // The quiet line is said once, on the visit that stored the app.
  await expect(app.offline.storedNotice()).toHaveCount(0);
});

// The site behind a host that can deploy a new version mid-test.
const deployed = test.extend<{ deployment: Deployment }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  deployment: async ({}, use, testInfo) => {
    const deployment = await Deployment.start(testInfo.project.use.baseURL!);
    await use(deployment);
    await deployment.stop();
  },
  baseURL: async ({ deployment }, use) => use(deployment.url),
});

deployed(
  'a new version arrives on the next visit and asks to be loaded; the reader chooses when',
  async ({ app, deployment }) => {
    await app.open();
    await app.offline.waitUntilStored();
    await expect(app.offline.updateNotice()).toHaveCount(0);

    deployment.deployNewVersion();
    await app.reload();
    await expect(app.offline.updateNotice()).toContainText('Eine neue Version ist geladen.');
    // Until the reader says so, the version that opened the page keeps serving it.
    expect(await app.offline.servingVersion()).toBe('first');
    expect(await app.axeViolations()).toEqual([]);

    // Not now: the notice goes, and comes back on the next visit while the new version waits.
    await app.offline.dismissUpdate();
    await expect(app.offline.updateNotice()).toHaveCount(0);
    await app.reload();
    await expect(app.offline.updateNotice()).toBeVisible();
    expect(await app.offline.servingVersion()).toBe('first');

    await app.offline.reloadForNewVersion();
    await app.slider().waitFor();
    expect(await app.offline.servingVersion()).toBe('next');
    await expect(app.offline.updateNotice()).toHaveCount(0);
  },
);
