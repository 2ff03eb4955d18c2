import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const states = [
  { name: 'first visit', query: '' },
  {
    name: 'an event selected',
    query: '?date=2020-02-28&window=day&event=2020-02-28-putin-erdogan-phone-call',
  },
  { name: 'a place selected', query: '?date=2016-10-05&window=day&place=aleppo' },
  { name: 'an empty window', query: '?date=2017-06-01&window=day' },
  { name: 'English with a notice', query: '?date=2016-10-05&window=fortnight&lang=en' },
];

for (const state of states) {
  test(`axe finds no violations: ${state.name}`, async ({ app, page }) => {
    await app.open(state.query);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('everything can be reached and used with the keyboard', async ({ app, page }) => {
  await app.open('?date=2016-10-05&window=day');
  // Tab to the first event in the list and open it with Enter.
  const firstEvent = app.eventList().getByRole('button').first();
  for (
    let i = 0;
    i < 40 && !(await firstEvent.evaluate((node) => node === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstEvent).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.details()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.details()).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the legend starts folded, the slider stays usable and axe finds nothing', async ({
    app,
    page,
  }) => {
    await app.open('?date=2016-10-05&window=7d&event=2016-10-05-kerry-lavrov-phone-call');
    await expect(page.locator('details.legend')).not.toHaveAttribute('open');
    await app.pressOnSlider('ArrowRight');
    expect((await app.params()).get('date')).toBe('2016-10-06');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
