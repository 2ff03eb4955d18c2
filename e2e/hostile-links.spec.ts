import { expect, test } from './fixtures';
import { hostileLinks } from './hostile-links';

// 500 links from a fixed seed, in batches so that a failure names a small set and the two
// workers share the work.
const LINKS = hostileLinks(500);
const BATCH = 20;
// A batch opens 40 pages, some with the map, which takes seconds each under software WebGL.
test.describe.configure({ timeout: 300_000 });

for (let from = 0; from < LINKS.length; from += BATCH) {
  const batch = LINKS.slice(from, from + BATCH);
  test(`links from strangers ${from + 1}–${from + batch.length} open, and end on an address the app writes`, async ({
    app,
  }) => {
    for (const [index, link] of batch.entries()) {
      // With the map wherever a link has a hash, and on the first link of every batch.
      const withMap = link.includes('#') || index === 0;
      const { address, reloaded, injected } = await app.links.openAndReload(link, { withMap });
      expect(injected, link).toEqual([]);
      // Reloading the address the app ended on gives the same address: it is the app's own.
      expect(reloaded, link).toBe(address);
      expect(app.links.takeProblems(), link).toEqual({ errors: [], dialogs: [], external: [] });
    }
  });
}
