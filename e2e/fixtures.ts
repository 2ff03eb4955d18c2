import { test as base, expect } from '@playwright/test';
import { Lagekarte } from './driver';

/**
 * Every test gets a fresh driver and, for free, two guarantees checked after it: no request
 * left the page's origin and nothing was logged as an error.
 */
export const test = base.extend<{ app: Lagekarte }>({
  app: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const external: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      external.push(url);
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

    await use(new Lagekarte(page));

    expect(external, 'requests that left the origin').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
