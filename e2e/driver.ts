import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { AddArticleFlow } from './add-article-driver';
import { DataPanel } from './data-panel';
import { Offline } from './offline-driver';
import { StrangerLinks, withoutWebGL } from './stranger-links';
import { TimeControls } from './time-controls';

interface EventRow {
  id: string;
  place: string;
  title: { de: string; en: string };
  date: { start: string; end: string; precision: string };
  sources: { article: string; quote: string }[];
  category: string;
  status: 'occurred' | 'announced';
  actors: string[];
}

/** An article's full text, read straight from the repository. */
export function articleText(id: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'geodata', 'articles', `${id}.txt`), 'utf8');
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

/** The app writes the address bar at most this often (src/state/url-sync.ts). */
const URL_THROTTLE_MS = 150;

/** The map knows events by qualified ids: curated ones belong to the dataset "articles". */
const mapFeatureId = (eventId: string) => `articles:${eventId}`;

/** A thin driver: what a person does and sees, in their words, so specs read as stories. */
export class Lagekarte {
  private clockStopped = false;
  readonly data: DataPanel;
  readonly time: TimeControls;
  readonly addArticle: AddArticleFlow;
  readonly offline: Offline;
  readonly links: StrangerLinks;

  constructor(readonly page: Page) {
    this.data = new DataPanel(page);
    this.time = new TimeControls(page);
    this.addArticle = new AddArticleFlow(page);
    this.offline = new Offline(page);
    this.links = new StrangerLinks(page);
  }

  /** From the next page load on, the browser offers no WebGL (old or locked-down machines). */
  async withoutWebGL(): Promise<void> {
    await withoutWebGL(this.page);
  }

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

  /**
   * Every line of the list, in order, as a reader scrolling through it meets them: the list
   * only has the lines on screen in the page.
   */
  private async scrollThroughList(stopAt?: {
    eventId?: string;
    title?: string;
  }): Promise<{ id: string; title: string }[]> {
    await this.eventList().waitFor({ state: 'attached' });
    return this.page.evaluate(async (stopAt) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      const scroller = document.querySelector<HTMLElement>('.event-list-scroll')!;
      const seen = new Map<number, { id: string; title: string }>();
      scroller.scrollTop = 0;
      await frame();
      await frame();
      for (;;) {
        for (const line of scroller.querySelectorAll<HTMLElement>('li[data-index]')) {
          const button = line.querySelector<HTMLElement>('[data-event-id]')!;
          seen.set(Number(line.dataset.index), {
            id: button.dataset.eventId!.replace(/^articles:/, ''),
            title: line.querySelector('.event-item-title')!.textContent!,
          });
          const title = line.querySelector('.event-item-title')!.textContent;
          if (stopAt && (button.dataset.eventId === stopAt.eventId || title === stopAt.title)) {
            button.scrollIntoView({ block: 'center' });
            await frame();
            return [];
          }
        }
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        if (atEnd) break;
        scroller.scrollTop += Math.max(40, scroller.clientHeight * 0.8);
        await frame();
        await frame();
      }
      return [...seen].sort(([a], [b]) => a - b).map(([, line]) => line);
    }, stopAt);
  }

  async listedTitles(): Promise<string[]> {
    return (await this.scrollThroughList()).map((line) => line.title);
  }

  async listedEventIds(): Promise<string[]> {
    return (await this.scrollThroughList()).map((line) => line.id);
  }

  /** How many events the list holds, as it tells screen readers (not how many are drawn). */
  async listedCount(): Promise<number> {
    const first = this.eventList().getByRole('listitem').first();
    if ((await first.count()) === 0) return 0;
    return Number(await first.getAttribute('aria-setsize'));
  }

  /** Scrolls the list until the event's line is on screen. */
  async revealInList(id: string): Promise<void> {
    await this.scrollThroughList({ eventId: mapFeatureId(id) });
  }

  async chooseEvent(id: string, lang: 'de' | 'en' = 'de'): Promise<void> {
    await this.revealInList(id);
    await this.listButton(id, lang).click();
  }

  /** Chooses an event by the title the list shows (imported events have no curated id). */
  async chooseEventTitled(title: string): Promise<void> {
    await this.scrollThroughList({ title });
    await this.eventList().getByRole('button', { name: title }).click();
  }

  async pressOnSlider(...keys: string[]): Promise<void> {
    await this.slider().focus();
    for (const key of keys) await this.slider().press(key);
  }

  /** The permalink's parameters, once the app has written what it shows. */
  async params(): Promise<URLSearchParams> {
    // With the clock stopped, the app's throttled write waits for time the test lets pass.
    const pending = await this.page.evaluate(() =>
      document.documentElement.hasAttribute('data-url-pending'),
    );
    if (pending && this.clockStopped) await this.page.clock.runFor(URL_THROTTLE_MS);
    await this.page.waitForFunction(
      () => !document.documentElement.hasAttribute('data-url-pending'),
    );
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
    const flags = await this.page.evaluate(
      (ids) => {
        const map = window.lagekarteMap!;
        return ids.map((id) => Boolean(map.getFeatureState({ source: 'events', id }).visible));
      },
      EVENTS.map((event) => mapFeatureId(event.id)),
    );
    return EVENTS.filter((_, index) => flags[index]).map((event) => event.id);
  }

  /** Sites of imported datasets the map draws now, with how many shown events each stands for. */
  async sitesShownOnMap(): Promise<{ id: string; count: number }[]> {
    return this.page.evaluate(() => {
      const map = window.lagekarteMap!;
      const source = map.getStyle().sources.sites as {
        data: { features: { properties: { id: string } }[] };
      };
      return source.data.features
        .map((feature) => ({
          id: feature.properties.id,
          count: Number(
            map.getFeatureState({ source: 'sites', id: feature.properties.id }).count ?? 0,
          ),
        }))
        .filter((site) => site.count > 0);
    });
  }

  /** The days (ISO) on which the histogram's bars begin: where reported events are dense. */
  async histogramBarDays(): Promise<string[]> {
    const min = Number(await this.slider().getAttribute('min'));
    const offsets = await this.page
      .locator('.histogram-bar')
      .evaluateAll((bars) =>
        bars
          .filter((bar) => Number(bar.getAttribute('height')) > 0)
          .map((bar) => Number(bar.getAttribute('x'))),
      );
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    return [...new Set(offsets)].map((offset) => iso(min + offset)).sort();
  }

  async eventSelectedOnMap(id: string): Promise<boolean> {
    return this.page.evaluate(
      (featureId) =>
        Boolean(window.lagekarteMap!.getFeatureState({ source: 'events', id: featureId }).selected),
      mapFeatureId(id),
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

  // --- The map away from its first view: markers, clusters, overview (map owner's block) ---

  /** The map's drawing surface on the page. */
  private async canvasBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    return (await this.page.locator('.map canvas').boundingBox())!;
  }

  /** The map view the address bar holds. */
  mapHash(): string {
    return new URL(this.page.url()).hash;
  }

  async mapZoom(): Promise<number> {
    return this.page.evaluate(() => window.lagekarteMap!.getZoom());
  }

  /** Moves the map and waits until it has drawn the new view. */
  async jumpMapTo(center: [number, number], zoom: number): Promise<void> {
    const idle = await this.idleCount();
    await this.page.evaluate(
      ([lng, lat, z]) => window.lagekarteMap!.jumpTo({ center: [lng!, lat!], zoom: z! }),
      [...center, zoom],
    );
    await this.waitForMapIdle(idle);
  }

  /**
   * Where an event's marker is drawn, in page coordinates, worked out from what the map was
   * given (its place and its offset at this zoom); null while its place is in a cluster.
   */
  async markerPosition(id: string): Promise<{ x: number; y: number } | null> {
    const at = await this.page.evaluate((eventId) => {
      const map = window.lagekarteMap!;
      const source = map.getStyle().sources.events as {
        data: {
          features: {
            geometry: { coordinates: [number, number] };
            properties: Record<string, unknown>;
          }[];
        };
      };
      const feature = source.data.features.find((f) => f.properties.id === eventId)!;
      const zoom = Math.min(12, Math.max(1, Math.floor(map.getZoom())));
      if ((feature.properties.ownFrom as number) > zoom) return null;
      const [dx, dy] = feature.properties[`o${zoom}`] as [number, number];
      const { x, y } = map.project(feature.geometry.coordinates);
      return { x: x + dx, y: y + dy };
    }, mapFeatureId(id));
    if (!at) return null;
    const box = await this.canvasBox();
    return { x: box.x + at.x, y: box.y + at.y };
  }

  /** Where a marker stands alone on the map, or an error if it is in a cluster. */
  private async standingMarker(id: string, miss = { dx: 0, dy: 0 }) {
    const at = await this.markerPosition(id);
    if (!at) throw new Error(`the marker of ${id} is in a cluster at this zoom`);
    return { x: at.x + miss.dx, y: at.y + miss.dy };
  }

  async clickMarker(id: string, miss?: { dx: number; dy: number }): Promise<void> {
    const { x, y } = await this.standingMarker(id, miss);
    await this.page.mouse.click(x, y);
  }

  async tapMarker(id: string, miss?: { dx: number; dy: number }): Promise<void> {
    const { x, y } = await this.standingMarker(id, miss);
    await this.page.touchscreen.tap(x, y);
  }

  async hoverMarker(id: string): Promise<void> {
    const { x, y } = await this.standingMarker(id);
    await this.page.mouse.move(x, y);
  }

  mapTooltip(): Locator {
    return this.page.getByTestId('map-tooltip');
  }

  /** Cluster buttons on the map now: their count and where they are on the page. */
  async clustersOnScreen(): Promise<{ count: number; x: number; y: number }[]> {
    const bubbles = this.page.locator('.map').getByRole('button', { name: /Ereignis|event/ });
    const found: { count: number; x: number; y: number }[] = [];
    for (const bubble of await bubbles.all()) {
      const box = await bubble.boundingBox();
      if (!box) continue;
      found.push({
        count: Number(await bubble.textContent()),
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      });
    }
    return found.filter((cluster) => Number.isFinite(cluster.count));
  }

  async clickCluster(cluster: { x: number; y: number }): Promise<void> {
    const idle = await this.idleCount();
    await this.page.mouse.click(cluster.x, cluster.y);
    await this.page.waitForFunction(() => !window.lagekarteMap!.isMoving());
    await this.waitForMapIdle(idle);
  }

  /** Opens a cluster from the keyboard, by the places it names. */
  async openClusterByKeyboard(names: RegExp): Promise<void> {
    const idle = await this.idleCount();
    await this.page.locator('.map').getByRole('button', { name: names }).focus();
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(() => !window.lagekarteMap!.isMoving());
    await this.waitForMapIdle(idle);
  }

  /** Waits until the map has stopped moving and has drawn where it stopped. */
  async waitForMapToSettle(): Promise<void> {
    await this.page.waitForFunction(() => !window.lagekarteMap!.isMoving());
    const idle = await this.idleCount();
    await this.page.evaluate(() => window.lagekarteMap!.triggerRepaint());
    await this.waitForMapIdle(idle);
  }

  /** Events the date and window show whose place lies outside the map's view. */
  async shownEventsOutOfView(): Promise<string[]> {
    const shown = await this.eventIdsShownOnMap();
    const outside = await this.page.evaluate((ids) => {
      const map = window.lagekarteMap!;
      const canvas = map.getCanvas();
      const source = map.getStyle().sources.events as {
        data: {
          features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[];
        };
      };
      return source.data.features
        .filter((feature) => ids.includes(feature.properties.id))
        .filter((feature) => {
          const { x, y } = map.project(feature.geometry.coordinates);
          return x < 0 || y < 0 || x > canvas.clientWidth || y > canvas.clientHeight;
        })
        .map((feature) => feature.properties.id.replace(/^articles:/, ''));
    }, shown.map(mapFeatureId));
    return outside.sort();
  }

  offscreenHints(): Locator {
    return this.page.getByRole('button', { name: /außerhalb|Kartenausschnitts|of the map view/ });
  }

  async showAll(): Promise<void> {
    const idle = await this.idleCount();
    await this.page.getByRole('button', { name: /^(⤢ )?(Alle zeigen|Show all)$/ }).click();
    await this.page.waitForFunction(() => !window.lagekarteMap!.isMoving());
    await this.waitForMapIdle(idle);
  }

  /**
   * Puts the page on a clock the test controls (call before `open`), so "quick succession"
   * and "a pause" mean the same on a loaded machine as on a fast one.
   */
  async controlTime(): Promise<void> {
    await this.page.clock.install({ time: new Date('2026-01-01T09:00:00Z') });
  }

  /** Stops the page's clock: whatever the user does next happens at one instant. */
  async stopTime(): Promise<void> {
    await this.page.clock.pauseAt(new Date('2026-01-01T10:00:00Z'));
    this.clockStopped = true;
  }

  async letTimePass(ms: number): Promise<void> {
    await this.page.clock.runFor(ms);
  }

  async historyLength(): Promise<number> {
    return this.page.evaluate(() => history.length);
  }

  async canvasCursor(): Promise<string> {
    return this.page.locator('.map canvas').evaluate((node) => (node as HTMLElement).style.cursor);
  }

  async movePointerTo(at: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(at.x, at.y);
  }

  // --- end of the map owner's block ---

  // --- Basemap (e2e/basemap.spec.ts) -------------------------------------------------------

  async chooseLanguage(lang: 'de' | 'en'): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Sprache|Language)$/ }).selectOption(lang);
  }

  /** How many features of a basemap layer the map has drawn in the current view. */
  async basemapFeaturesDrawn(layer: 'land' | 'borders' | 'lakes' | 'rivers'): Promise<number> {
    return this.page.evaluate(
      (id) => window.lagekarteMap!.queryRenderedFeatures({ layers: [id] }).length,
      layer,
    );
  }

  /** The names a basemap label layer shows in the current view, in the language it draws. */
  async basemapLabelsShown(
    layer: 'city-labels' | 'country-labels' | 'water-labels',
  ): Promise<string[]> {
    return this.page.evaluate((id) => {
      const map = window.lagekarteMap!;
      const [, field] = map.getLayoutProperty(id, 'text-field') as [string, string];
      return map
        .queryRenderedFeatures({ layers: [id] })
        .map((feature) => String(feature.properties[field]));
    }, layer);
  }

  async countrySelectedOnMap(iso: string): Promise<boolean> {
    return this.page.evaluate(
      (id) =>
        Boolean(
          window.lagekarteMap!.getFeatureState({ source: 'basemap', sourceLayer: 'countries', id })
            .selected,
        ),
      iso,
    );
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

  /** "Im Artikel lesen" under one of the selected event's sources. */
  async openArticle(index = 0): Promise<void> {
    await this.details()
      .getByRole('button', { name: /^(Im Artikel lesen|Read in the article)$/ })
      .nth(index)
      .click();
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
   * Boxes of the axis labels the histogram prints (those without room are invisible) and of
   * the strip they are printed in, which clips whatever runs past its ends.
   */
  async axisLabelBoxes(): Promise<{ strip: Box; labels: Box[] }> {
    return this.page.locator('.histogram-axis').evaluate((strip) => ({
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
        return (
          elements
            .filter((element) => !element.closest('.maplibregl-map'))
            // A link inside running text is as tall as its line (WCAG 2.5.8's inline exception).
            .filter(
              (element) =>
                !(
                  element.tagName === 'A' &&
                  getComputedStyle(element).display === 'inline' &&
                  element.closest('p')
                ),
            )
            .filter((element) => element.checkVisibility({ visibilityProperty: true }))
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width < size || box.height < size)
            .map(
              ({ element, box }) =>
                `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
            )
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
    if (process.env.LAGEKARTE_SCREENSHOTS !== '1') return;
    // A pointer left over a list line would put its tooltip into the picture.
    await this.page.mouse.move(1, 1);
    await this.page.screenshot({ path });
  }

  // --- end of branch layout ---

  // --- Search (branch search) ---

  /** The search field; on a phone it shows once the search button has opened it. */
  searchField(): Locator {
    return this.page.getByRole('combobox', {
      name: /^(Orte und Ereignisse suchen|Search places and events)$/,
    });
  }

  /** The phone's search button, which opens the field across the header. */
  searchButton(): Locator {
    return this.page.getByRole('button', {
      name: /^(Orte und Ereignisse suchen|Search places and events)$/,
    });
  }

  searchResultList(): Locator {
    return this.page.getByRole('listbox', { name: /^(Suchergebnisse|Search results)$/ });
  }

  /** What the page tells screen readers about the results ("5 Treffer"). */
  searchAnnouncement(): Locator {
    return this.page.locator('.search').getByRole('status');
  }

  /** Types a query (opening the field first on a phone) and waits for its answer. */
  async search(query: string, options: { byKeyboard?: boolean } = {}): Promise<void> {
    if (!(await this.searchField().isVisible())) await this.searchButton().click();
    if (options.byKeyboard) {
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.type(query);
    } else {
      await this.searchField().fill(query);
    }
    await this.page.locator('.search[data-searching="false"]').waitFor();
  }

  /** The results listed, each as "name | details" (details: what it is, date, dataset). */
  async searchResults(): Promise<string[]> {
    if (await this.searchResultList().isHidden()) return [];
    return this.searchResultList()
      .getByRole('option')
      .evaluateAll((options) =>
        options.map((option) =>
          // Dates keep their parts together with no-break spaces; a reader sees spaces.
          `${option.querySelector('.search-option-name')!.textContent} | ${option.querySelector('.search-option-details')!.textContent}`.replace(
            /\u00a0/g,
            ' ',
          ),
        ),
      );
  }

  async chooseSearchResult(name: string): Promise<void> {
    await this.searchResultList()
      .getByRole('option')
      .filter({ has: this.page.locator('.search-option-name', { hasText: name }) })
      .first()
      .click();
  }

  /** The name of the result the arrow keys are on, as the field tells assistive technology. */
  async activeSearchResult(): Promise<string | null> {
    const id = await this.searchField().getAttribute('aria-activedescendant');
    if (!id) return null;
    return this.page.locator(`[id="${id}"] .search-option-name`).textContent();
  }

  /** The heading of the detail shown (an event's title or a place's name). */
  async detailTitle(): Promise<string> {
    return (await this.page.locator('#detail-title').textContent())!.trim();
  }

  /** Where the keyboard is: the focused element's role and name, roughly as a reader hears it. */
  async focusedControl(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
      return `${role}: ${element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''}`;
    });
  }

  // --- end of search ---
  // --- The article view (e2e/article.spec.ts) ---

  /** The open article, in the side pane's place. */
  articleView(): Locator {
    return this.page.getByRole('region', { name: /^(Artikel|Article): / });
  }

  /** The sentences of the article's text that are marked as quoted by events, in text order. */
  markedSentences(): Locator {
    return this.articleView().locator('.article-text').getByRole('link');
  }

  /** The marked sentences of the selected event. */
  currentSentences(): Locator {
    return this.markedSentences().and(this.page.locator('[aria-current="true"]'));
  }

  sentence(quote: string): Locator {
    return this.markedSentences().getByText(quote, { exact: true });
  }

  async chooseSentence(quote: string): Promise<void> {
    await this.sentence(quote).click();
  }

  /** Where a marked sentence links to: the permalink of choosing it, as its parameters. */
  async sentenceLink(quote: string): Promise<URLSearchParams> {
    const href = await this.sentence(quote).getAttribute('href');
    return new URL(href!, this.page.url()).searchParams;
  }

  // --- Filters (branch filters) ---

  filterButton(): Locator {
    return this.page.getByRole('button', { name: /^Filter( \(\d+\))?$/ });
  }

  filterPanel(): Locator {
    return this.page.getByRole('dialog', { name: /^(Ereignisse filtern|Filter the events)$/ });
  }

  async openFilters(): Promise<void> {
    if (await this.filterPanel().isVisible()) return;
    await this.filterButton().click();
    await this.filterPanel().waitFor();
  }

  async closeFilters(): Promise<void> {
    await this.filterPanel()
      .getByRole('button', { name: /^(Filter schließen|Close the filters)$/ })
      .click();
    await this.filterPanel().waitFor({ state: 'detached' });
  }

  /** One option of a group ("Kategorie", "Quelle" …), found by the name it shows. */
  private filterOption(group: string, name: string): Locator {
    return this.filterPanel()
      .getByRole('group', { name: group, exact: true })
      .locator('label')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Ticks or unticks an option in the open filter panel. */
  async setFilter(group: string, name: string, on = true): Promise<void> {
    await this.filterOption(group, name).getByRole('checkbox').setChecked(on);
  }

  async filterIsSet(group: string, name: string): Promise<boolean> {
    return this.filterOption(group, name).getByRole('checkbox').isChecked();
  }

  /** The number an option shows: how many events it keeps at this date and window. */
  async filterCount(group: string, name: string): Promise<number> {
    const text = await this.filterOption(group, name).locator('.filter-option-count').innerText();
    return Number(text.replace(/\D/g, ''));
  }

  /** Types into the actors' search field. */
  async searchActors(text: string): Promise<void> {
    await this.filterPanel()
      .getByRole('searchbox', { name: /^(Beteiligte suchen|Search actors)$/ })
      .fill(text);
  }

  /** The line that says what is filtered, or null when nothing is. */
  async filterSummary(): Promise<string | null> {
    const text = this.page.getByTestId('filter-summary').locator('span');
    if ((await text.count()) === 0) return null;
    return text.innerText();
  }

  /** "Filter aufheben" on the summary line. */
  async clearFiltersFromSummary(): Promise<void> {
    await this.page
      .getByTestId('filter-summary')
      .getByRole('button', { name: /^(Filter aufheben|Clear filters)$/ })
      .click();
  }

  /** The filter panel's targets a finger aims at (its rows and buttons) under `min` px. */
  async filterTargetsSmallerThan(min: number): Promise<string[]> {
    return this.filterPanel()
      .locator('.filter-option, button, input[type="search"]')
      .evaluateAll(
        (elements, size) =>
          elements
            .filter((element) => element.checkVisibility())
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width < size || box.height < size)
            .map(
              ({ element, box }) =>
                `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
            ),
        min,
      );
  }

  /** Whether the filter panel fits the screen's width. */
  async filterPanelBox(): Promise<Box> {
    return (await this.filterPanel().boundingBox())!;
  }

  /** Chooses the window ("day", "7d", "30d", "all") in the timeline. */
  async chooseWindow(window: 'day' | '7d' | '30d' | 'all'): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Zeitraum|Window)$/ }).selectOption(window);
  }

  async chooseSentenceByKeyboard(quote: string): Promise<void> {
    await this.sentence(quote).focus();
    await this.page.keyboard.press('Enter');
  }

  /** The events the article reports, as their buttons in its list. */
  articleEvents(): Locator {
    return this.articleView()
      .getByRole('region', { name: /^(Ereignisse aus diesem Artikel|Events from this article)/ })
      .getByRole('button');
  }

  articleEvent(id: string, lang: 'de' | 'en' = 'de'): Locator {
    return this.articleEvents().filter({ hasText: eventById(id).title[lang] });
  }

  async chooseArticleEvent(id: string, lang: 'de' | 'en' = 'de'): Promise<void> {
    await this.articleEvent(id, lang).click();
  }

  async closeArticle(): Promise<void> {
    await this.articleView()
      .getByRole('button', { name: /^(Artikel schließen|Close the article)$/ })
      .click();
  }

  /** On a phone: from the article to the map, where the selected event is. */
  async showSelectedOnMap(): Promise<void> {
    await this.articleView()
      .getByRole('button', { name: /^(Auf der Karte zeigen|Show on the map)$/ })
      .click();
  }

  /** From the article to the detail of what is selected, when the article does not report it. */
  async showDetailsFromArticle(): Promise<void> {
    await this.articleView()
      .getByRole('button', { name: /^(Details zeigen|Show the details)$/ })
      .click();
  }

  /** Loads the page again from its address, as a reader returning to a link would. */
  async reload(): Promise<void> {
    await this.params();
    await this.page.reload();
    await this.slider().waitFor();
    await this.waitForMapIdle(0);
  }

  /** The article's headline, as the view shows it. */
  articleHeading(): Locator {
    return this.articleView().getByRole('heading', { level: 2 });
  }

  // --- end of the article view ---
  // --- end of filters ---
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
