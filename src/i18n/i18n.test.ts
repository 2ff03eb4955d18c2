import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { browserLang } from './i18n';
import { resources } from './messages';

describe('browserLang', () => {
  it('takes the first German or English preference', () => {
    expect(browserLang(['de-AT', 'en'])).toBe('de');
    expect(browserLang(['fr-FR', 'en-GB', 'de'])).toBe('en');
    expect(browserLang(['EN-us'])).toBe('en');
  });

  it('falls back to English when neither is wanted', () => {
    expect(browserLang(['tr', 'ar'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});

describe('numbers', () => {
  it('are written as each language writes them', async () => {
    const say = async (lng: 'de' | 'en') => {
      const instance = i18next.createInstance();
      await instance.init({ resources, lng, interpolation: { escapeValue: false } });
      return instance.t('eventCount', { count: 12345 });
    };
    expect(await say('de')).toBe('12.345 Ereignisse');
    expect(await say('en')).toBe('12,345 events');
  });
});
