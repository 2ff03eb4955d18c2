import { describe, expect, it } from 'vitest';
import { foldText, queryForms, spellingVariant, tokenize } from './normalize';

describe('search normalisation', () => {
  it('lowercases, folds diacritics and writes ß as ss', () => {
    expect(foldText('Türkei')).toBe('turkei');
    expect(foldText('Dābiq')).toBe('dabiq');
    expect(foldText('Ḥāss')).toBe('hass');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Genève')).toBe('geneve');
  });

  it('splits into words of letters and digits in any script', () => {
    expect(tokenize('Sotschi-Abkommen (2018)')).toEqual(['sotschi', 'abkommen', '2018']);
    expect(tokenize('حلب, Москва')).toEqual(['حلب', 'москва']);
    expect(tokenize('  „…“ ')).toEqual([]);
  });

  it('gives "tsch" the English spelling too', () => {
    expect(spellingVariant('sotschi')).toBe('sochi');
    expect(spellingVariant('tschetschenien')).toBe('chechenien');
    expect(spellingVariant('aleppo')).toBeNull();
  });

  it('strips German inflection endings from query words', () => {
    expect(queryForms('aleppos')).toContain('aleppo');
    expect(queryForms('moskaus')).toContain('moskau');
    expect(queryForms('kurden')).toContain('kurd');
    expect(queryForms('russlands')).toContain('russland');
    expect(queryForms('tuerkei')).toContain('turkei');
  });

  it('leaves short words whole', () => {
    expect(queryForms('iran')).toEqual(['iran']);
    expect(queryForms('usa')).toEqual(['usa']);
  });
});
