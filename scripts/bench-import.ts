/**
 * `npx tsx scripts/bench-import.ts [rows] [--write file.csv]`: how fast the import pipeline reads an ACLED-shaped
 * CSV (invented rows, 100,000 by default) in Node, step by step as the worker runs it: hash the
 * bytes, decode and parse in 64 KiB pieces, map rows to events. Then the exporters and the
 * GeoJSON round trip on the result. The browser budget is 5 s for 100,000 rows in all.
 * `--write` also saves the generated CSV, to try the import in the browser with.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { MapEvent } from '../src/domain/events/event';
import { eventsToCsv } from '../src/domain/formats/csv-export';
import { startCsvImport } from '../src/domain/formats/csv-import';
import { datasetIdFor } from '../src/domain/formats/dataset-id';
import { detectFormat } from '../src/domain/formats/detect';
import { lookupsFromDatasets } from '../src/domain/formats/export-lookups';
import { createContentHash } from '../src/domain/formats/fnv1a';
import { eventsToGeoJson } from '../src/domain/formats/geojson-export';
import { importGeoJson } from '../src/domain/formats/geojson-import';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const writePath = writeAt === -1 ? undefined : args.splice(writeAt, 2)[1];
const ROWS = Number(args[0] ?? 100_000);
const CHUNK_BYTES = 64 * 1024;

/** A small deterministic generator, so that every run reads the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const TYPES = [
  ['Battles', 'Armed clash'],
  ['Battles', 'Government regains territory'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Violence against civilians', 'Attack'],
  ['Strategic developments', 'Agreement'],
  ['Protests', 'Peaceful protest'],
] as const;
const PLACES = Array.from({ length: 2_000 }, (_, n) => ({
  name: `Place ${n} – Ḥayy ${n % 97}`,
  lat: (32.5 + next() * 4.5).toFixed(4),
  lon: (35.7 + next() * 6.5).toFixed(4),
  admin: [`Governorate ${n % 14}`, `District ${n % 60}`, `Subdistrict ${n % 270}`],
}));
const ACTORS = [
  'Military Forces of Syria (2000-2024)',
  'Opposition Rebels (Syria)',
  'Islamic State (Syria)',
  'Hayat Tahrir al-Sham',
  'Military Forces of Russia (2000-)',
  'SDF: Syrian Democratic Forces',
  'Civilians (Syria)',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,' +
  'actor1,assoc_actor_1,actor2,assoc_actor_2,iso,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp';

function row(n: number): string {
  const [type, sub] = pick(TYPES);
  const place = pick(PLACES);
  const day = 1 + Math.floor(next() * 28);
  const date = `${String(day).padStart(2, '0')} ${pick(MONTHS)} ${2012 + (n % 12)}`;
  const notes =
    `On ${date}, ${pick(ACTORS)} and ${pick(ACTORS)} clashed near ${place.name}, ` +
    `"heavy" fighting was reported; ${Math.floor(next() * 20)} killed, several injured.`;
  return [
    `SYR${n}`,
    date,
    String(2012 + (n % 12)),
    String(1 + Math.floor(next() * 3)),
    'Political violence',
    type,
    sub,
    pick(ACTORS),
    next() < 0.3 ? `${pick(ACTORS)}; ${pick(ACTORS)}` : '',
    pick(ACTORS),
    '',
    '760',
    'Syria',
    ...place.admin,
    place.name,
    place.lat,
    place.lon,
    String(1 + Math.floor(next() * 3)),
    'SOHR; Local Coordination Committees',
    'National',
    `"${notes.replace(/"/g, '""')}"`,
    String(Math.floor(next() * 20)),
    String(1_700_000_000 + n),
  ].join(',');
}

function time<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

const text = `${HEADER}\n${Array.from({ length: ROWS }, (_, n) => row(n)).join('\n')}\n`;
const bytes = new TextEncoder().encode(text);
console.log(`${ROWS} rows, ${(bytes.length / 1e6).toFixed(1)} MB\n`);
if (writePath) writeFileSync(writePath, bytes);

const total = performance.now();
const hashHex = time('hash the bytes (FNV-1a)', () => {
  const hash = createContentHash();
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    hash.update(bytes.subarray(at, at + CHUNK_BYTES));
  }
  return hash.hex();
});
const { events, places } = time('decode, parse and map in 64 KiB pieces', () => {
  const detected = detectFormat(new TextDecoder().decode(bytes.subarray(0, CHUNK_BYTES)));
  if (!('delimiter' in detected)) throw new Error('not detected as CSV');
  const run = startCsvImport(detected, datasetIdFor(detected.format, hashHex));
  const decoder = new TextDecoder();
  const all: MapEvent[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    const pushed = run.push(decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true }));
    if ('error' in pushed) throw new Error(pushed.error.en);
    for (const event of pushed) all.push(event);
  }
  const end = run.finish();
  if ('error' in end) throw new Error(end.error.en);
  for (const event of end.events) all.push(event);
  return { events: all, places: end.places, summary: end.summary };
});
const elapsed = performance.now() - total;
console.log(
  `\nimport: ${events.length} events, ${places.length} places in ${elapsed.toFixed(0)} ms, ` +
    `${Math.round(ROWS / (elapsed / 1000)).toLocaleString('en')} rows/s\n`,
);

const lookups = lookupsFromDatasets([
  { id: 'bench', name: 'bench', kind: 'imported', events, places, actorNames: {} },
]);
time('eventsToCsv', () => eventsToCsv(events, lookups));
const geojson = time('eventsToGeoJson', () => eventsToGeoJson(events, lookups));
const back = time('importGeoJson of that', () => importGeoJson(geojson, 'geojson-bench'));
if ('error' in back || back.events.length !== events.length)
  throw new Error('round trip lost events');
