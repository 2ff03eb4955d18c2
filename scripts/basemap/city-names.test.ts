import { describe, expect, it } from 'vitest';
import { CITY_NAMES, cityNames, cityRank, latinName } from './city-names';

describe('cityNames', () => {
  it('uses German and English exonyms where they differ from GeoNames', () => {
    expect(cityNames('RU', 'Moscow')).toEqual({ name_de: 'Moskau', name_en: 'Moscow' });
    expect(cityNames('CH', 'Genève')).toEqual({ name_de: 'Genf', name_en: 'Geneva' });
    expect(cityNames('DE', 'Munich')).toEqual({ name_de: 'München', name_en: 'Munich' });
    expect(cityNames('DE', 'Köln')).toEqual({ name_de: 'Köln', name_en: 'Cologne' });
    expect(cityNames('US', 'Washington, D.C.')).toEqual({
      name_de: 'Washington',
      name_en: 'Washington',
    });
  });

  it('drops the soft sign GeoNames writes in Russian and Ukrainian names', () => {
    expect(cityNames('RU', 'Ryazan’')).toEqual({ name_de: 'Rjasan', name_en: 'Ryazan' });
    expect(cityNames('RU', 'Kaluga')).toEqual({ name_de: 'Kaluga', name_en: 'Kaluga' });
  });

  it('keeps the GeoNames name where nobody says otherwise', () => {
    expect(cityNames('TR', 'Gaziantep')).toEqual({ name_de: 'Gaziantep', name_en: 'Gaziantep' });
  });

  it('drops combining marks our fonts lack, and places without a Latin name', () => {
    expect(latinName('Sīlat az̧ Z̧ahr')).toBe('Sīlat az Zahr');
    expect(latinName('Şanlıurfa')).toBe('Şanlıurfa');
    expect(latinName('Saint John’s')).toBe('Saint John’s');
    expect(latinName('Cần Thơ')).toBe('Can Thơ'); // ầ (U+1EA7) is not in the fonts, ơ is
    expect(latinName('Ḩamāh')).toBe('Ḩamāh');
    expect(cityNames('MK', 'Сопиште')).toBeNull();
    expect(cityNames('SY', 'حلب')).toBeNull();
  });

  it('has table entries that are themselves Latin script', () => {
    for (const [key, names] of Object.entries(CITY_NAMES)) {
      expect(key).toMatch(/^[A-Z]{2}:/);
      for (const name of Object.values(names)) expect(latinName(name), key).toBe(name);
    }
  });
});

describe('cityRank', () => {
  it('ranks by population, capitals two ranks higher', () => {
    expect(cityRank(10_381_222, true)).toBe(1); // Moscow
    expect(cityRank(3_426_354, true)).toBe(1); // Berlin
    expect(cityRank(1_260_391, false)).toBe(3); // Munich
    expect(cityRank(183_981, false)).toBe(6); // Geneva
    expect(cityRank(121_631, true)).toBe(4); // Bern
    expect(cityRank(40_000, false)).toBe(7);
    expect(cityRank(40_000, true)).toBe(5);
  });
});
