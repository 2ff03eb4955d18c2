import type { Locator, Page } from '@playwright/test';

/** Going without a network, and new versions arriving: what the service worker does. Part of the driver. */
export class Offline {
  private failed: string[] = [];

  constructor(private readonly page: Page) {
    page.on('requestfailed', (request) => this.failed.push(request.url()));
  }

  /** The quiet line that says the app is stored for use without a network. */
  storedNotice(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /^(Offline verfügbar|Available offline)$/ });
  }

  /** The notice that a new version has arrived, with its button. */
  updateNotice(): Locator {
    return this.page.locator('[data-offline="update"]');
  }

  /**
   * Waits until the app says it is stored and the service worker serves this page: from then
   * on it opens without a network.
   */
  async waitUntilStored(): Promise<void> {
    await this.storedNotice().waitFor();
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  /** What Chromium says stands in the way of installing the page as an app (none: installable). */
  async installabilityErrors(): Promise<string[]> {
    const session = await this.page.context().newCDPSession(this.page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    await session.detach();
    // Playwright's contexts are incognito, where Chromium installs nothing: that is the test
    // browser's state, not the app's.
    return installabilityErrors
      .map((error) => error.errorId)
      .filter((error) => error !== 'in-incognito');
  }

  async goOffline(): Promise<void> {
    this.failed = [];
    await this.page.context().setOffline(true);
  }

  async goOnline(): Promise<void> {
    await this.page.context().setOffline(false);
  }

  /** Requests that found neither the network nor the cache since going offline. */
  failedRequests(): string[] {
    return [...this.failed];
  }

  /** Fetches a file of the app's own origin as the page would, and says whether it came. */
  async fileLoads(path: string): Promise<boolean> {
    return this.page.evaluate(async (url) => {
      try {
        return (await fetch(url)).ok;
      } catch {
        return false;
      }
    }, path);
  }

  /** Which version serves the page: "next" once a new deployment's service worker does. */
  async servingVersion(): Promise<string> {
    return this.page.evaluate(async () => {
      const response = await fetch('/__version');
      return response.headers.get('content-type')?.includes('html') ? 'first' : response.text();
    });
  }

  /** Closes the notice of a new version without loading it. */
  async dismissUpdate(): Promise<void> {
    await this.updateNotice()
      .getByRole('button', { name: /^(Hinweis schließen|Dismiss notice)$/ })
      .click();
  }

  /** Chooses "Neu laden" in the notice, by keyboard, and waits for the page to load again. */
  async reloadForNewVersion(): Promise<void> {
    const button = this.updateNotice().getByRole('button', { name: /^(Neu laden|Reload)$/ });
    await button.focus();
    await Promise.all([this.page.waitForEvent('load'), this.page.keyboard.press('Enter')]);
  }
}
