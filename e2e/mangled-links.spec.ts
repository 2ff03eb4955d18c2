import { expect, test } from './fixtures';

const cases = [
  {
    query: '?date=banana',
    notice: '„banana“ für „date“',
    params: { date: '2020-03-05', window: 'all' },
  },
  {
    query: '?date=2020-02-30&window=7d',
    notice: '„2020-02-30“ für „date“',
    params: { date: '2020-03-05', window: '7d' },
  },
  {
    query: '?date=1999-12-31',
    notice:
      '„1999-12-31“ liegt außerhalb des Zeitraums der Artikel; angezeigt wird der 1. Februar 2016',
    params: { date: '2016-02-01' },
  },
  {
    query: '?date=2031-01-01&window=day',
    notice: 'angezeigt wird der 5. März 2020',
    params: { date: '2020-03-05', window: 'day' },
  },
  {
    query: '?date=2020-02-28&window=fortnight',
    notice: '„fortnight“ für „window“',
    params: { date: '2020-02-28', window: 'all' },
  },
  {
    query: '?date=2020-02-28&event=no-such-event',
    notice: 'Den Wert „no-such-event“ für „event“ gibt es nicht; er wurde ignoriert.',
    params: { date: '2020-02-28', event: null },
  },
  {
    query: '?lang=klingon&date=2020-02-28',
    notice: '„klingon“ für „lang“',
    params: { lang: 'de' },
  },
  {
    query: '?date=2016-10-05#map=not/a/view',
    notice: '„map=not/a/view“ für „map“',
    params: { date: '2016-10-05' },
  },
];

for (const { query, notice, params } of cases) {
  test(`a mangled link (${query}) still opens, says what it ignored and keeps the rest`, async ({
    app,
    page,
  }) => {
    await app.open(query);
    await expect(page.getByRole('region', { name: 'Hinweise' })).toContainText(notice);
    for (const [key, value] of Object.entries(params))
      expect((await app.params()).get(key)).toBe(value);
    await expect(app.eventList()).toBeVisible();
  });
}

test('a link to an event that was merged into another opens that one, and says so', async ({
  app,
  page,
}) => {
  // The curation review merged Turkey's warning into the Ankara talks it was said at.
  await app.open('?date=2020-02-08&event=2020-02-08-turkey-warns-of-retaliation');
  await expect(page.getByRole('region', { name: 'Hinweise' })).toContainText(
    '„2020-02-08-turkey-warns-of-retaliation“ ist in einem anderen aufgegangen; angezeigt wird „Russisch-türkische Gespräche über Idlib in Ankara',
  );
  expect((await app.params()).get('event')).toBe('2020-02-08-ankara-russian-turkish-talks');
  await expect(app.details().getByRole('heading', { level: 2 })).toContainText(
    'Russisch-türkische Gespräche über Idlib in Ankara',
  );
});

test('text from a link is shown as text, never run as HTML', async ({ app, page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await app.open(`?event=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('region', { name: 'Hinweise' })).toContainText(
    '<img src=x onerror=alert(1)>',
  );
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a notice can be dismissed', async ({ app, page }) => {
  await app.open('?window=fortnight');
  await page.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(page.getByRole('region', { name: 'Hinweise' })).toHaveCount(0);
});
