import { eventById } from './driver';
import { expect, test } from './fixtures';

const MEETING = '2020-03-05-putin-erdogan-meeting';

test('the first Tab offers a skip link that jumps past the list to the date slider', async ({
  app,
}) => {
  await app.open('?date=2016-10-05&window=all');
  await app.press('Tab');
  await expect(app.skipLink()).toBeFocused();
  await expect(app.skipLink()).toBeInViewport({ ratio: 1 });
  await app.press('Enter');
  await expect(app.slider()).toBeFocused();
  await app.press('ArrowRight');
  expect((await app.params()).get('date')).toBe('2016-10-06');
});

test('the page title names the date and the selected event, and follows Back', async ({ app }) => {
  await app.open('?date=2020-03-05&window=all');
  await expect.poll(() => app.title()).toBe('5.\u00a0März 2020 · Lagekarte');
  await app.chooseEvent(MEETING);
  await expect
    .poll(() => app.title())
    .toBe(`${eventById(MEETING).title.de} · 5.\u00a0März 2020 · Lagekarte`);
  await app.back();
  await expect.poll(() => app.title()).toBe('5.\u00a0März 2020 · Lagekarte');
});

test('the page title speaks the interface language and names a selected place', async ({ app }) => {
  await app.open('?date=2016-10-05&window=day&place=aleppo&lang=en');
  await expect.poll(() => app.title()).toBe('Aleppo · 5\u00a0October 2016 · Lagekarte');
});

test('a mangled link gives one notice with a list, closed with one button', async ({ app }) => {
  await app.open('?date=banana&window=fortnight&event=nope&lang=klingon#map=x/y/z');
  const notices = app.notices();
  await expect(notices).toContainText(
    'Der Link enthielt Werte, die nicht angezeigt werden können:',
  );
  await expect(notices.getByRole('listitem')).toHaveCount(5);
  await expect(notices.getByRole('listitem').nth(2)).toHaveText(
    'Den Wert „nope“ für „event“ gibt es nicht; er wurde ignoriert.',
  );
  await expect(notices.getByRole('button')).toHaveCount(1);
  expect(await app.axeViolations()).toEqual([]);

  await notices.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(notices).toHaveCount(0);
});

test('closing the notice by keyboard leaves focus where the notice was', async ({ app }) => {
  await app.open('?window=fortnight');
  await app.notices().getByRole('button', { name: 'Hinweis schließen' }).focus();
  await app.press('Enter');
  await expect(app.notices()).toHaveCount(0);
  await expect(app.mainContent()).toBeFocused();
});
