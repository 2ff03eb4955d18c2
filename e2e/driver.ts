import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

interface EventRow {
  id: string;
  place: string;
  title: { de: string; en: string };
  date: { start: string; end: string; precision: string };
  sources: { article: string; quote: string }[];
}

/** The curated events, read straight from the repository: what the app is meant to show. */
export const EVENTS: EventRow[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'geodata', 'events.json'), 'utf8'),
);

export function eventById(id: string): EventRow {
  const event = EVENTS.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event "${id}" in geodata/events.json`);
  return event;
}

/** A thin driver: what a person does and sees, in their words, so specs read as stories. */
export class Lagekarte {
  constructor(readonly page: Page) {}

  async open(query = '', options: { waitForMap?: boolean } = {}): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.slider().waitFor();
    if (options.waitForMap ?? true) await this.waitForMapIdle(0);
  }

  slider(): Locator {
    return this.page.getByRole('slider', { name: /^(Datum|Date)$/ });
  }

  eventList(): Locator {
    return this.page.getByRole('list', { name: /^(Ereignisse|Events)$/ });
  }

  details(): Locator {
    return this.page.getByRole('region', { name: 'Details' });
  }

  async listedTitles(): Promise<string[]> {
    return this.eventList().locator('.event-item-title').allTextContents();
  }

  async listedEventIds(lang: 'de' | 'en' = 'de'): Promise<string[]> {
    const titles = await this.listedTitles();
    return titles.map((title) => {
      const match = EVENTS.filter((event) => event.title[lang] === title);
      if (match.length !== 1) throw new Error(`title "${title}" matches ${match.length} events`);
      return match[0]!.id;
    });
  }

  async chooseEvent(id: string, lang: 'de' | 'en' = 'de'): Promise<void> {
    await this.eventList()
      .getByRole('button', { name: eventById(id).title[lang] })
      .click();
  }

  async pressOnSlider(...keys: string[]): Promise<void> {
    await this.slider().focus();
    for (const key of keys) await this.slider().press(key);
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async idleCount(): Promise<number> {
    return Number(await this.page.locator('.map').getAttribute('data-idle-count'));
  }

  /** Waits until the map has settled at least once more than `after` times. */
  async waitForMapIdle(after: number): Promise<void> {
    await this.page.waitForFunction(
      (count) => {
        const map = document.querySelector('.map');
        return (
          map?.getAttribute('data-map-loaded') === 'true' &&
          Number(map.getAttribute('data-idle-count')) > count
        );
      },
      after,
      { timeout: 30_000 },
    );
  }

  /** Event ids the map currently draws, read from the map's own feature-state. */
  async eventIdsShownOnMap(): Promise<string[]> {
    const flags = await this.page.evaluate((count) => {
      const map = window.lagekarteMap!;
      return Array.from({ length: count }, (_, id) =>
        Boolean(map.getFeatureState({ source: 'events', id }).visible),
      );
    }, EVENTS.length);
    return EVENTS.filter((_, index) => flags[index]).map((event) => event.id);
  }

  async eventSelectedOnMap(id: string): Promise<boolean> {
    const index = EVENTS.findIndex((event) => event.id === id);
    return this.page.evaluate(
      (featureId) =>
        Boolean(window.lagekarteMap!.getFeatureState({ source: 'events', id: featureId }).selected),
      index,
    );
  }

  /** Place ids whose labels the map has rendered in the current view. */
  async placeLabelsRendered(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .lagekarteMap!.queryRenderedFeatures({ layers: ['place-labels'] })
        .map((feature) => String(feature.properties.id)),
    );
  }

  async placeIdsOnMap(): Promise<string[]> {
    return this.page.evaluate(() => {
      const source = window.lagekarteMap!.getStyle().sources.places as {
        data: { features: { properties: { id: string } }[] };
      };
      return source.data.features.map((feature) => feature.properties.id);
    });
  }

  // --- Layout, reading view, notices, keyboard path, page title (branch layout) ---

  /** "Karte" / "Liste": the tabs that share the screen on a phone. */
  viewTab(view: 'map' | 'list'): Locator {
    return this.page.getByRole('tab', {
      name: view === 'map' ? /^(Karte|Map)$/ : /^(Liste|List)$/,
    });
  }

  async showView(view: 'map' | 'list'): Promise<void> {
    await this.viewTab(view).click();
  }

  /** The map's pane (the canvas, the legend, the loading or no-WebGL message). */
  mapPane(): Locator {
    return this.page.locator('.map-pane');
  }

  timeline(): Locator {
    return this.page.getByRole('region', { name: /^(Zeitleiste|Timeline)$/ });
  }

  header(): Locator {
    return this.page.getByRole('banner');
  }

  /** The list's region (its scrolling box, unlike eventList(), which is the whole list). */
  listRegion(): Locator {
    return this.page.getByRole('region', { name: /^(Ereignisse|Events) \(\d+\)$/ });
  }

  /** Clicks (or taps) the map where a point at this longitude and latitude is drawn. */
  async clickOnMap(longitude: number, latitude: number): Promise<void> {
    const point = await this.page.evaluate(
      ([lng, lat]) => window.lagekarteMap!.project([lng!, lat!]),
      [longitude, latitude],
    );
    const box = (await this.page.locator('.map canvas').boundingBox())!;
    await this.page.mouse.click(box.x + point.x, box.y + point.y);
  }

  async backToList(): Promise<void> {
    await this.details()
      .getByRole('button', { name: /^(Zurück zur Liste|Back to the list)$/ })
      .click();
  }

  listButton(id: string, lang: 'de' | 'en' = 'de'): Locator {
    return this.eventList().getByRole('button', { name: eventById(id).title[lang] });
  }

  async openArticle(index = 0): Promise<void> {
    await this.details()
      .getByRole('button', { name: /^(Im Artikel lesen|Read in the article)$/ })
      .nth(index)
      .click();
  }

  readingView(): Locator {
    return this.page.getByRole('dialog');
  }

  notices(): Locator {
    return this.page.getByRole('region', { name: /^(Hinweise|Notices)$/ });
  }

  mainContent(): Locator {
    return this.page.getByRole('main');
  }

  skipLink(): Locator {
    return this.page.getByRole('link', {
      name: /^(Zur Zeitleiste springen|Skip to the timeline)$/,
    });
  }

  legend(): Locator {
    return this.page.locator('details.legend');
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async title(): Promise<string> {
    return this.page.title();
  }

  async back(): Promise<void> {
    await this.page.goBack();
  }

  viewport(): { width: number; height: number } {
    return this.page.viewportSize()!;
  }

  /**
   * Boxes of the year labels the histogram prints (those without room are invisible) and of
   * the strip they are printed in, which clips whatever runs past its ends.
   */
  async yearLabels(): Promise<{ strip: Box; labels: Box[] }> {
    return this.page.locator('.histogram-years').evaluate((strip) => ({
      strip: strip.getBoundingClientRect().toJSON(),
      labels: Array.from(strip.children)
        .filter((label) => getComputedStyle(label).visibility === 'visible')
        .map((label) => label.getBoundingClientRect().toJSON()),
    }));
  }

  /**
   * Visible controls a finger can aim at that are smaller than `min` px either way. MapLibre's
   * own controls are left out: they belong to the map library, not to this page's layout.
   */
  async touchTargetsSmallerThan(min: number): Promise<string[]> {
    return this.page
      .locator('button, select, input, summary, a[href], [role="tab"]')
      .evaluateAll((elements, size) => {
        return elements
          .filter((element) => !element.closest('.maplibregl-map'))
          .filter((element) => element.checkVisibility({ visibilityProperty: true }))
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < size || box.height < size)
          .map(
            ({ element, box }) =>
              `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }, min);
  }

  /** axe's findings for the page as it is now, as "rule: targets" lines. */
  async axeViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`,
    );
  }

  /** The README's pictures, written only when asked for (LAGEKARTE_SCREENSHOTS=1). */
  async screenshotForReadme(path: string): Promise<void> {
    if (process.env.LAGEKARTE_SCREENSHOTS === '1') await this.page.screenshot({ path });
  }

  // --- end of branch layout ---
}

/** A box on the screen, in CSS pixels (branch layout). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

declare global {
  interface Window {
    lagekarteMap?: import('maplibre-gl').Map;
  }
}
