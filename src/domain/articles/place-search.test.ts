import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../extract/gazetteer';
import { searchPlaces } from './place-search';

const place = (id: string, de: string, aliases: string[], rank: number): GazetteerPlace => ({
  id,
  de,
  en: de,
  aliases,
  lon: 0,
  lat: 0,
  kind: 'town',
  country: 'SY',
  rank,
});

const PLACES = [
  place('gn:1', 'Sarāqib', ['Sarakib', 'Saraqib'], 5),
  place('gn:2', 'Maarat al-Numan', ['Maarrat an-Numan'], 5),
  place('damascus', 'Damaskus', ['Damascus'], 1),
  place('gn:3', 'Dara', ['Daraa'], 3),
  place('gn:4', 'Darayya', ['Daraya'], 2),
];

describe('searchPlaces', () => {
  it('finds a place by the start of any of its names, accents and case aside', () => {
    expect(searchPlaces(PLACES, 'sara').map((p) => p.id)).toEqual(['gn:1']);
    expect(searchPlaces(PLACES, 'SARAQIB').map((p) => p.id)).toEqual(['gn:1']);
    expect(searchPlaces(PLACES, 'al num').map((p) => p.id)).toEqual(['gn:2']);
  });

  it('puts an exact name first, then the larger place', () => {
    expect(searchPlaces(PLACES, 'dara').map((p) => p.id)).toEqual(['gn:3', 'gn:4']);
    expect(searchPlaces(PLACES, 'da').map((p) => p.id)).toEqual(['damascus', 'gn:4', 'gn:3']);
  });

  it('finds nothing for nothing typed', () => {
    expect(searchPlaces(PLACES, '  ')).toEqual([]);
  });
});
