import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from './gazetteer.ts';
import { hintsFromText } from './hints.ts';
import { placeIndex } from './place-index.ts';
import { findPlaces, type PlaceHints } from './places.ts';

function place(
  id: string,
  de: string,
  at: [number, number],
  more: Partial<GazetteerPlace> = {},
): GazetteerPlace {
  return {
    id,
    de,
    en: de,
    aliases: [],
    lon: at[0],
    lat: at[1],
    kind: 'town',
    country: 'SY',
    rank: 5,
    ...more,
  };
}

// A small gazetteer of the cases that matter, so that each test says what it relies on.
const PLACES: GazetteerPlace[] = [
  place('aleppo', 'Aleppo', [37.16, 36.2], { kind: 'city', rank: 1 }),
  place('damascus', 'Damaskus', [36.29, 33.51], { en: 'Damascus', kind: 'city', rank: 1 }),
  place('idlib', 'Provinz Idlib', [36.42, 35.8], { aliases: ['Idlib'], kind: 'region' }),
  place('syria', 'Syrien', [38.5, 35], { en: 'Syria', kind: 'country', rank: 0 }),
  place('moscow', 'Moskau', [37.62, 55.75], { en: 'Moscow', kind: 'city', country: 'RU', rank: 1 }),
  place('kremlin', 'Kreml', [37.62, 55.75], { kind: 'building', country: 'RU', rank: 1 }),
  place('sochi', 'Sotschi', [39.72, 43.6], { en: 'Sochi', kind: 'city', country: 'RU', rank: 1 }),
  place('geneva', 'Genf', [6.15, 46.2], { en: 'Geneva', kind: 'city', country: 'CH', rank: 1 }),
  place('gn:1', 'Hama', [36.75, 35.13], { kind: 'city', rank: 3 }),
  place('gn:2', 'Chan Scheichun', [36.65, 35.44], { en: 'Khan Shaykhun' }),
  place('gn:3', 'al-Bab', [37.52, 36.37], { aliases: ['Al Bāb'], kind: 'city' }),
  place('gn:4', 'Tripoli', [35.84, 34.43], { country: 'LB', kind: 'city', rank: 4 }),
  place('gn:5', 'Tripolis', [13.19, 32.89], {
    en: 'Tripoli',
    country: 'LY',
    kind: 'city',
    rank: 1,
  }),
  place('gn:6', 'Douma', [36.4, 33.57], { aliases: ['Duma'] }),
  place('gn:7', 'Mut', [33.43, 36.64], { country: 'TR' }),
  place('gn:8', 'Essen', [7.01, 51.46], { country: 'DE', kind: 'city', rank: 3 }),
  place('gn:9', 'Beirut', [35.5, 33.89], { country: 'LB', kind: 'city', rank: 2 }),
  place('gn:10', 'Bau', [10, 50], { country: 'DE', rank: 7 }),
  place('nato-hq', 'NATO-Hauptquartier', [4.42, 50.88], {
    aliases: ['Brüssel'],
    kind: 'building',
    country: 'BE',
    rank: 1,
  }),
  place('gn:11', 'Brüssel', [4.35, 50.85], { kind: 'city', country: 'BE', rank: 1 }),
];
const INDEX = placeIndex(PLACES);

const find = (text: string, hints?: PlaceHints) =>
  findPlaces(text, INDEX, hints).map((m) => [m.text, m.placeId]);

describe('findPlaces', () => {
  it('gives offsets that cut the mention out of the text', () => {
    const text = 'Gefechte in Aleppo und bei Chan Scheichun.';
    for (const m of findPlaces(text, INDEX)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(find(text)).toEqual([
      ['Aleppo', 'aleppo'],
      ['Chan Scheichun', 'gn:2'],
    ]);
  });

  it('reads names in the genitive and after a preposition', () => {
    expect(find('Die Bewohner Aleppos und Moskaus Rolle')).toEqual([
      ['Aleppos', 'aleppo'],
      ['Moskaus', 'moscow'],
    ]);
    expect(find('Gespräche im Kreml, Chan Scheichuns Umland')).toEqual([
      ['Kreml', 'kremlin'],
      ['Chan Scheichuns', 'gn:2'],
    ]);
    expect(find("Damaskus' Truppen")).toEqual([["Damaskus'", 'damascus']]);
  });

  it('reads the adjective of a city but not of a village', () => {
    expect(find('die Genfer Gespräche')).toEqual([['Genfer', 'geneva']]);
    expect(find('der Moskauer Führung')).toEqual([['Moskauer', 'moscow']]);
    // A farmer, not someone from the hamlet of Bau: only cities have adjectives people use.
    expect(find('Ein Bauer sagte')).toEqual([]);
  });

  it('finds the place in compounds', () => {
    expect(find('Kämpfe in Ost-Aleppo')).toEqual([['Ost-Aleppo', 'aleppo']]);
    const [sochi] = findPlaces('laut dem Sotschi-Abkommen', INDEX);
    expect(sochi).toMatchObject({ text: 'Sotschi', placeId: 'sochi', start: 9, end: 16 });
    expect(find('Die Aleppo-Offensive')).toEqual([['Aleppo', 'aleppo']]);
  });

  it('keeps hyphenated and lower-case Arabic names whole', () => {
    expect(find('Truppen nahmen al-Bab ein, dann Al-Bab')).toEqual([
      ['al-Bab', 'gn:3'],
      ['Al-Bab', 'gn:3'],
    ]);
  });

  it('reads "Provinz X" as the province, at the precision of a region', () => {
    const [hama] = findPlaces('Angriffe in der Provinz Hama', INDEX);
    expect(hama).toMatchObject({ text: 'Provinz Hama', placeId: 'gn:1', precision: 'region' });
    const [idlib] = findPlaces('in der Provinz Idlib', INDEX);
    expect(idlib).toMatchObject({ placeId: 'idlib', precision: 'region' });
    const [town] = findPlaces('in Hama', INDEX);
    expect(town).toMatchObject({ precision: 'point' });
    // Only the word right before counts, not one across a full stop.
    const [syria] = findPlaces('die Provinz. Syrien', INDEX);
    expect(syria).toMatchObject({ text: 'Syrien', precision: 'region' });
  });

  it('prefers the namesake in the countries or near the place the article is about', () => {
    expect(find('Tripoli')).toEqual([['Tripoli', 'gn:5']]); // the capital, by rank
    expect(find('Tripoli', { countries: ['LB'] })).toEqual([['Tripoli', 'gn:4']]);
    expect(find('Tripoli', { near: [35.5, 33.9] })).toEqual([['Tripoli', 'gn:4']]);
    expect(findPlaces('Tripoli', INDEX)[0]?.candidates).toEqual(['gn:5', 'gn:4']);
  });

  it('reads a city name as the city, not as a building named after it', () => {
    expect(findPlaces('Treffen in Brüssel', INDEX)[0]?.candidates).toEqual(['gn:11', 'nato-hq']);
  });

  it('guesses the country an article is about from its unambiguous places', () => {
    // Moskau, named once in passing, is not what the article is about.
    const text =
      'In Beirut und Tripoli demonstrierten Tausende. Beirut meldete Verletzte, Beirut rief Moskau an.';
    const byId = new Map(PLACES.map((p) => [p.id, p]));
    const hints = hintsFromText(text, INDEX, byId);
    expect(hints).toEqual({ countries: ['LB'] });
    expect(find(text, hints)).toContainEqual(['Tripoli', 'gn:4']);
  });

  it('does not read common German words as towns', () => {
    expect(find('Mut gehört dazu. Essen gab es nicht, sagte er beim Essen.')).toEqual([]);
    expect(find('Sie haben den Mut verloren')).toEqual([]);
  });

  it('does not read a town where a German article shows a noun', () => {
    expect(find('Die Duma stimmte zu')).toEqual([]);
    expect(find('Angriffe auf Duma')).toEqual([['Duma', 'gn:6']]);
    // Countries and regions do take an article.
    expect(find('in der Provinz Idlib und in die Türkei')).toEqual([['Provinz Idlib', 'idlib']]);
  });

  it('matches only capitalised names', () => {
    expect(find('hama aleppo')).toEqual([]);
  });
});
