import type { Locator } from '@playwright/test';
import { type Box, eventById, type Lagekarte } from './driver';
import { expect, test } from './fixtures';

function intersect(a: Box, b: Box): boolean {
  // Touching edges (a shared border line) is not an overlap; half a pixel of rounding is allowed.
  const slack = 0.5;
  return (
    a.x + slack < b.x + b.width &&
    b.x + slack < a.x + a.width &&
    a.y + slack < b.y + b.height &&
    b.y + slack < a.y + a.height
  );
}

/** The pairs of named boxes that overlap, and any box that leaves the viewport. */
async function layoutProblems(
  parts: Record<string, Locator>,
  viewport: { width: number; height: number },
): Promise<string[]> {
  const boxes = Object.entries(parts);
  const measured: [string, Box][] = [];
  for (const [name, locator] of boxes) measured.push([name, (await locator.boundingBox())!]);
  const problems: string[] = [];
  for (const [index, [name, box]] of measured.entries()) {
    if (box.x < -0.5 || box.y < -0.5) problems.push(`${name} starts off screen`);
    if (box.x + box.width > viewport.width + 0.5 || box.y + box.height > viewport.height + 0.5)
      problems.push(`${name} ends off screen`);
    for (const [other, otherBox] of measured.slice(index + 1))
      if (intersect(box, otherBox)) problems.push(`${name} overlaps ${other}`);
  }
  return problems;
}

/** Axis labels: none may overlap another or be cut off at the ends of their strip. */
async function axisLabelProblems(app: Lagekarte): Promise<string[]> {
  const { strip, labels } = await app.axisLabelBoxes();
  const problems: string[] = [];
  if (labels.length < 2) problems.push(`only ${labels.length} axis labels`);
  for (const [index, label] of labels.entries()) {
    if (label.x < strip.x - 0.5 || label.x + label.width > strip.x + strip.width + 0.5)
      problems.push(`label ${index} runs past the strip's ends`);
    for (const other of labels.slice(index + 1))
      if (intersect(label, other)) problems.push(`labels overlap at x=${Math.round(label.x)}`);
  }
  return problems;
}

const HAAS = '2016-10-haas-school-attack';

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['de', 'en'] as const) {
    test(`the date slider spans the screen and the axis labels stand apart (${lang})`, async ({
      app,
    }) => {
      await app.open(`?date=2020-02-28&window=30d&lang=${lang}`);
      const slider = (await app.slider().boundingBox())!;
      expect(slider.width).toBeGreaterThanOrEqual(300);
      expect(await axisLabelProblems(app)).toEqual([]);
    });
  }

  test('the map keeps over half the screen; the list and the detail are a tab away', async ({
    app,
  }) => {
    await app.open('?date=2016-10-05&window=7d');
    const screen = app.viewport();
    await expect(app.viewTab('map')).toHaveAttribute('aria-selected', 'true');
    expect((await app.mapPane().boundingBox())!.height).toBeGreaterThanOrEqual(screen.height / 2);
    await expect(app.eventList()).toHaveCount(0);

    await app.showView('list');
    await expect(app.viewTab('list')).toHaveAttribute('aria-selected', 'true');
    // Room for a real list, not a single line: half the screen, three events in full view
    // (the timeline's zoom, playback and filter rows take the room a fourth had).
    const list = (await app.listRegion().boundingBox())!;
    expect(list.height).toBeGreaterThanOrEqual(screen.height / 2);
    const third = (await app.eventList().getByRole('listitem').nth(2).boundingBox())!;
    expect(third.y + third.height).toBeLessThanOrEqual(list.y + list.height);
    expect(await app.axeViolations()).toEqual([]);

    await app.chooseEvent('2016-10-05-kerry-lavrov-phone-call');
    await expect(app.details().getByRole('heading', { level: 2 })).toBeFocused();
    expect(await app.axeViolations()).toEqual([]);

    // The map shows the selection; the detail waits on the other tab.
    await app.showView('map');
    expect((await app.mapPane().boundingBox())!.height).toBeGreaterThanOrEqual(screen.height / 2);
    expect(await app.eventSelectedOnMap('2016-10-05-kerry-lavrov-phone-call')).toBe(true);
    // Tapping the chosen marker again brings its detail back.
    await app.waitForMapToSettle();
    await app.tapMarker('2016-10-05-kerry-lavrov-phone-call');
    await expect(app.viewTab('list')).toHaveAttribute('aria-selected', 'true');
    await expect(app.details().getByRole('heading', { level: 2 })).toBeVisible();
    await app.showView('list');
    await app.backToList();
    await expect(app.listButton('2016-10-05-kerry-lavrov-phone-call')).toBeFocused();
  });

  test('the README phone picture: the map over the timeline, a month of events', async ({
    app,
  }) => {
    await app.open('?date=2020-02-28&window=30d#map=7/35.95/36.75');
    await expect(app.viewTab('map')).toHaveAttribute('aria-selected', 'true');
    // Written only with LAGEKARTE_SCREENSHOTS=1, so `npm test` leaves the checkout clean.
    await app.screenshotForReadme('docs/screenshot-phone.png');
  });

  test('tapping a marker on the map opens its detail', async ({ app }) => {
    await app.open('?date=2016-10-21&window=day#map=9/35.617/36.595');
    await app.clickOnMap(36.5953, 35.6169);
    await expect(app.viewTab('list')).toHaveAttribute('aria-selected', 'true');
    await expect(app.details().getByRole('heading', { level: 2 })).toHaveText(
      eventById(HAAS).title.de,
    );
  });

  test('every control is at least 44 px for a finger', async ({ app }) => {
    await app.open(`?date=2016-10-31&window=day`);
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    expect((await app.slider().boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await app.showView('list');
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    await app.chooseEvent(HAAS);
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
    await app.openArticle(0);
    expect(await app.touchTargetsSmallerThan(44)).toEqual([]);
  });

  test('an article takes the list’s turn across the screen, its sentence in view', async ({
    app,
  }) => {
    await app.open(`?date=2016-10-31&window=day&event=${HAAS}`);
    await app.showView('list');
    await app.openArticle(0);
    const view = (await app.articleView().boundingBox())!;
    expect(view.x).toBeLessThanOrEqual(0);
    expect(view.width).toBeGreaterThanOrEqual(app.viewport().width - 1);
    expect(view.y + view.height).toBeLessThanOrEqual(app.viewport().height);
    await expect(app.currentSentences().first()).toBeInViewport({ ratio: 1 });
    expect(await app.axeViolations()).toEqual([]);
  });

  test('a notice floats over the map instead of pushing it away', async ({ app }) => {
    await app.open('?date=2020-02-28&window=day');
    const mapBefore = (await app.mapPane().boundingBox())!;
    await app.open('?date=banana&window=fortnight&event=nope&lang=klingon#map=x/y/z');
    const map = (await app.mapPane().boundingBox())!;
    const notice = (await app.notices().boundingBox())!;
    expect(map).toEqual(mapBefore);
    expect(intersect(notice, map)).toBe(true);
    expect(notice.y).toBeGreaterThanOrEqual(map.y);
    expect(await app.axeViolations()).toEqual([]);
  });
});

test.describe('on a phone held sideways (844×390)', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });

  test('the map and the list still take turns, and the legend stays on the map', async ({
    app,
  }) => {
    await app.open('?date=2020-02-28&window=30d');
    await expect(app.viewTab('map')).toHaveAttribute('aria-selected', 'true');
    const viewport = app.viewport();
    const parts = { header: app.header(), map: app.mapPane(), timeline: app.timeline() };
    expect(await layoutProblems(parts, viewport)).toEqual([]);
    const map = (await app.mapPane().boundingBox())!;
    const legend = (await app.legend().boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(map.y);
    expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
    expect((await app.slider().boundingBox())!.width).toBeGreaterThanOrEqual(300);
  });
});

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the header, map, list or detail and timeline each have their own space', async ({
      app,
    }) => {
      await app.open('?date=2020-02-28&window=30d');
      const parts = {
        header: app.header(),
        map: app.mapPane(),
        list: app.listRegion(),
        timeline: app.timeline(),
      };
      expect(await layoutProblems(parts, viewport)).toEqual([]);
      expect((await app.slider().boundingBox())!.width).toBeGreaterThanOrEqual(300);
      expect(await axisLabelProblems(app)).toEqual([]);

      await app.chooseEvent('2020-02-27-idlib-airstrike-kills-turkish-soldiers');
      expect(await layoutProblems({ ...parts, list: app.details() }, viewport)).toEqual([]);
      expect(await app.axeViolations()).toEqual([]);
    });
  });
}
