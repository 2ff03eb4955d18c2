import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/domain/extract/gazetteer';
import { gazetteerLookup, type GazetteerLookup } from '../../src/domain/extract/gazetteer-lookup';

export const GAZETTEER_FILE = join(import.meta.dirname, '../../public/gazetteer/gazetteer.json');

export function loadGazetteer(): GazetteerLookup {
  return gazetteerLookup(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer);
}
