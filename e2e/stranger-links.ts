import type { Page } from '@playwright/test';

/** Makes WebGL unavailable in the page from its next load on, as in browsers without it. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/.test(type)) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}

/** What opening links did that it must not: uncaught errors, console errors, dialogs, requests elsewhere. */
export interface LinkProblems {
  errors: string[];
  dialogs: string[];
  external: string[];
}

/**
 * Opening links a stranger sent, and what became of them. Part of the driver. Links are opened
 * in the test's page with its map, or — since the map takes seconds to load under software
 * WebGL — in a second page of the same browser where WebGL is unavailable, which the app
 * handles by showing everything but the map (see without-webgl.spec.ts).
 */
export class StrangerLinks {
  private problems: LinkProblems = { errors: [], dialogs: [], external: [] };
  private readonly watched = new WeakSet<Page>();
  private withoutMap: Page | null = null;

  constructor(private readonly page: Page) {}

  private watch(page: Page): void {
    if (this.watched.has(page)) return;
    this.watched.add(page);
    page.on('pageerror', (error) => this.problems.errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.errors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      this.problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  private async pageWithoutMap(): Promise<Page> {
    if (this.withoutMap) return this.withoutMap;
    const page = await this.page.context().newPage();
    const origin = new URL(this.page.url() === 'about:blank' ? 'http://x' : this.page.url()).origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      const own = url.startsWith('http://127.0.0.1') || url.startsWith(origin);
      if (own || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      this.problems.external.push(url);
      return route.abort();
    });
    await withoutWebGL(page);
    this.withoutMap = page;
    return page;
  }

  /**
   * Opens a link as a reader pasting it would, waits until the page shows the slider and the
   * events and has written its address, then reloads that address. Returns both addresses.
   * With the map, the address includes the view the map writes into the hash once loaded.
   */
  async openAndReload(
    link: string,
    options: { withMap: boolean },
  ): Promise<{ address: string; reloaded: string; injected: string[] }> {
    const page = options.withMap ? this.page : await this.pageWithoutMap();
    this.watch(page);
    await page.goto(link);
    const address = await this.settled(page, options.withMap);
    const injected = await this.injectedElements(page);
    await page.reload();
    return { address, reloaded: await this.settled(page, options.withMap), injected };
  }

  private async settled(page: Page, withMap: boolean): Promise<string> {
    await page.getByRole('slider', { name: /^(Datum|Date)$/ }).waitFor();
    // The events: the list, or in its place the chosen event's details or the open article.
    await page
      .locator('#event-list-heading')
      .or(page.getByRole('region', { name: /^(Details|Artikel: |Article: )/ }))
      .filter({ visible: true })
      .first()
      .waitFor();
    await page.waitForFunction((withMap) => {
      const map = document.querySelector('.map');
      return (
        !document.documentElement.hasAttribute('data-url-pending') &&
        (!withMap ||
          (map?.getAttribute('data-map-loaded') === 'true' &&
            Number(map.getAttribute('data-idle-count')) > 0))
      );
    }, withMap);
    return page.url();
  }

  /** Elements no data or link may ever create in the page. */
  private injectedElements(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll('img[src="x"], svg[onload], math, [onerror], [onload]')].map(
        (el) => el.outerHTML.slice(0, 80),
      ),
    );
  }

  /** What went wrong since the last call, emptied. */
  takeProblems(): LinkProblems {
    const problems = this.problems;
    this.problems = { errors: [], dialogs: [], external: [] };
    return problems;
  }
}
