import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/domain/extract/gazetteer.ts';
import { placeIndex } from '../../src/domain/extract/place-index.ts';
import { findPlaces } from '../../src/domain/extract/places.ts';
import { buildGazetteer, unusedAliasKeys } from './build.ts';
import { GAZETTEER_PATH, readGazetteerInputs, serializeGazetteer } from './inputs.ts';

const inputs = readGazetteerInputs(createRequire(import.meta.url));
const committed = fs.readFileSync(GAZETTEER_PATH, 'utf8');
const gazetteer = JSON.parse(committed) as Gazetteer;
const index = placeIndex(gazetteer.places);
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));

/** The place a name alone stands for, with its coordinates. */
function named(name: string) {
  const [mention] = findPlaces(name, index);
  expect(mention?.text, name).toBe(name);
  return byId.get(mention?.placeId ?? '');
}

describe('the gazetteer', () => {
  it('is what npm run gazetteer makes of its inputs', () => {
    const built = serializeGazetteer(
      buildGazetteer(inputs.curated, inputs.cities, inputs.countries, inputs.provinces),
    );
    expect(built === committed).toBe(true);
  });

  it('has a GeoNames town for every hand-kept spelling', () => {
    expect(unusedAliasKeys(inputs.cities)).toEqual([]);
  });

  it('keeps the ids of our curated places', () => {
    for (const { properties } of inputs.curated) expect(byId.has(properties.id)).toBe(true);
  });

  it('credits GeoNames', () => {
    expect(gazetteer.attribution).toMatch(/GeoNames.*CC BY 4\.0/);
  });

  // [name, country, lon, lat]: coordinates to a tenth of a degree or so.
  const KEY: [string, string, number, number][] = [
    ['Moskau', 'RU', 37.6, 55.75],
    ['Teheran', 'IR', 51.4, 35.7],
    ['Genf', 'CH', 6.15, 46.2],
    ['Damaskus', 'SY', 36.3, 33.5],
    ['Sotschi', 'RU', 39.7, 43.6],
    ['Astana', 'KZ', 71.4, 51.2],
    ['Kasachstan', 'KZ', 67, 48], // curated: a point inside the country
    ['Sarakib', 'SY', 36.8, 35.86],
    ['Saraqib', 'SY', 36.8, 35.86],
    ['Maarat al-Numan', 'SY', 36.68, 35.65],
    ['Maaret al-Nuuman', 'SY', 36.68, 35.65],
    ['Dabik', 'SY', 37.27, 36.54],
    ['Dabiq', 'SY', 37.27, 36.54],
    ['Al-Bab', 'SY', 37.52, 36.37],
    ['Chan Scheichun', 'SY', 36.65, 35.44],
    ['Khan Shaykhun', 'SY', 36.65, 35.44],
    ['Mossul', 'IQ', 43.1, 36.3],
    ['Gaziantep', 'TR', 37.4, 37.1],
    ['Beirut', 'LB', 35.5, 33.9],
  ];
  it.each(KEY)('knows %s', (name, country, lon, lat) => {
    const place = named(name);
    expect(place?.country).toBe(country);
    expect(Math.abs((place?.lon ?? 0) - lon)).toBeLessThan(0.15);
    expect(Math.abs((place?.lat ?? 0) - lat)).toBeLessThan(0.15);
  });

  it("has Syria's governorates, which a bare town name does not mean", () => {
    expect(named('Provinz Hama')).toMatchObject({ id: 'adm:SY-HM', kind: 'region' });
    expect(named('Hama')).toMatchObject({ kind: 'city', country: 'SY' });
    expect(named('Daraa')?.kind).toBe('town'); // under 100,000 people
    expect(named('Provinz Idlib')?.id).toBe('idlib'); // curated, same ISO code
    expect(gazetteer.places.filter((p) => p.id.startsWith('adm:SY-'))).toHaveLength(13);
  });

  it('has the city where a curated building carries its name', () => {
    expect(named('Brüssel')).toMatchObject({ kind: 'city', country: 'BE' });
  });

  it('names countries by their German short names', () => {
    expect(named('Syrien')?.kind).toBe('country');
    expect(named('Iran')?.id).toBe('cc:IR');
    expect(named('Russland')?.id).toBe('russia');
    const countries = gazetteer.places.filter((p) => p.kind === 'country');
    expect(countries.length).toBeGreaterThan(150);
    // The ISO lists' official forms ("Syrien, Arabische Republik") are aliases, not names.
    expect(countries.filter((p) => /,|Föderation/.test(p.de))).toEqual([]);
  });
});
