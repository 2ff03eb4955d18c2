import { expect, test } from './fixtures';

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the interface follows the browser when the link does not say', async ({ app, page }) => {
    await app.open('?date=2016-10-05&window=day');
    expect((await app.params()).get('lang')).toBe('en');
    await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
      'aria-valuetext',
      '5\u00a0October 2016',
    );
  });

  test('a link that says German wins over the browser', async ({ app, page }) => {
    await app.open('?date=2016-10-05&window=day&lang=de');
    await expect(page.getByRole('slider', { name: 'Datum' })).toBeVisible();
  });
});

test('switching the language relabels the interface and the map', async ({ app, page }) => {
  await app.open('?date=2016-10-05&window=day');
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
    'aria-valuetext',
    '5\u00a0October 2016',
  );
  expect((await app.params()).get('lang')).toBe('en');
  await expect
    .poll(() =>
      page.evaluate(() =>
        JSON.stringify(window.lagekarteMap!.getLayoutProperty('place-labels', 'text-field')),
      ),
    )
    .toBe(JSON.stringify(['get', 'name_en']));
});
