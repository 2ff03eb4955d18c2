import { describe, expect, it } from 'vitest';
import { browserLang } from './i18n';

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
