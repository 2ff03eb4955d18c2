import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../domain/time/days';
import { pageTitle } from './page-title';

const march5 = parseIsoDay('2020-03-05')!;

describe('pageTitle', () => {
  it('names the date in words and the app', () => {
    expect(pageTitle({ appName: 'Lagekarte', date: march5, lang: 'de', selection: null })).toBe(
      '5.\u00a0März 2020 · Lagekarte',
    );
    expect(pageTitle({ appName: 'Lagekarte', date: march5, lang: 'en', selection: null })).toBe(
      '5\u00a0March 2020 · Lagekarte',
    );
  });

  it('leads with the selected event or place', () => {
    expect(
      pageTitle({
        appName: 'Lagekarte',
        date: march5,
        lang: 'de',
        selection: 'Erdoğan und Putin treffen sich in Moskau',
      }),
    ).toBe('Erdoğan und Putin treffen sich in Moskau · 5.\u00a0März 2020 · Lagekarte');
    expect(pageTitle({ appName: 'Lagekarte', date: march5, lang: 'en', selection: 'Aleppo' })).toBe(
      'Aleppo · 5\u00a0March 2020 · Lagekarte',
    );
  });
});
