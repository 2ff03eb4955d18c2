import { expect, test } from './fixtures';

test('without WebGL the timeline, the list and the details still work', async ({ app, page }) => {
  await app.withoutWebGL();
  await app.open('?date=2016-10-04&window=day', { waitForMap: false });
  await expect(page.getByRole('alert')).toContainText(
    'Die Karte kann in diesem Browser nicht angezeigt werden',
  );

  await app.pressOnSlider('ArrowRight');
  expect((await app.params()).get('date')).toBe('2016-10-05');
  await app.chooseEvent('2016-10-05-kerry-lavrov-phone-call');
  await expect(app.details()).toContainText('Lawrow und Kerry');
});
