// Permalinks a stranger may send, generated from a fixed seed: random and boundary values for
// every parameter the app reads, repeated keys, very long values, broken percent-encoding,
// Unicode, markup and script fragments, out-of-range numbers. Pure: no page, no browser.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUERY_PARAMS } from '../src/domain/url/codec';

const geodata = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'geodata', file), 'utf8'));
const EVENT_IDS: string[] = geodata('events.json').map((e: { id: string }) => e.id);
const PLACE_IDS: string[] = geodata('places.geojson').features.map(
  (f: { properties: { id: string } }) => f.properties.id,
);
const ARTICLE_IDS: string[] = geodata('articles.json').map((a: { id: string }) => a.id);
const ACTOR_IDS: string[] = geodata('actors.json').map((a: { id: string }) => a.id);

const PARAMS = QUERY_PARAMS;

/** Written into the URL raw, not encoded: broken escapes and markup as a stranger types them. */
const RAW_PAYLOADS = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  'javascript:alert(1)',
  '&&&',
  '==',
  '#',
];

const GOOD = {
  date: ['2016-10-05', '2020-02-28', '2016-02-01', '2020-03-05'],
  window: ['day', '7d', '30d', 'all'],
  span: ['2016-10-01..2016-12-31', '2020-02-01..2020-03-05', '2016-02-01..2016-02-14'],
  event: EVENT_IDS,
  place: PLACE_IDS,
  article: ARTICLE_IDS,
  data: ['articles', 'articles,acled-00000000'],
  cat: ['battle', 'diplomacy,remote-violence'],
  status: ['occurred', 'announced'],
  source: ARTICLE_IDS,
  actor: ACTOR_IDS,
  lang: ['de', 'en'],
} as const;

const BOUNDARY = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '0000-00-00',
  '1970-01-01',
  '2016-01-31',
  '2020-03-06',
  '2020-02-30',
  '9999-12-31',
  '+002016-10-05',
  '2016-10-05..2016-10-01',
  '2016-10-05..',
  '..',
  '2016-10-01..2016-10-02..2016-10-03',
  ',,,',
  'articles:',
  ':',
  'articles:2016-02-munich-issg-ceasefire-agreement',
  'ALL',
  'DE',
  'x'.repeat(3000),
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const value = (param: keyof typeof GOOD) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...GOOD[param]) },
    { weight: 2, arbitrary: fc.constantFrom(...BOUNDARY) },
    { weight: 2, arbitrary: text },
  );

const encoded = (key: string, raw: string) =>
  `${encodeURIComponent(key)}=${encodeURIComponent(raw)}`;

const pair: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...PARAMS)
      .chain((p) => value(p as keyof typeof GOOD).map((v) => encoded(p, v))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PARAMS), fc.constantFrom(...RAW_PAYLOADS))
      .map(([p, v]) => `${p}=${v}`),
  },
  { weight: 1, arbitrary: fc.tuple(text, text).map(([k, v]) => encoded(k, v)) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_PAYLOADS) },
);

const MAP_HASHES = [
  'map=5/35.5/37',
  'map=0/0/0',
  'map=22/85.05/180',
  'map=23/0/0',
  'map=5/91/37',
  'map=5/35/-181',
  'map=NaN/NaN/NaN',
  'map=5/35.5/37/45/60',
  'map=',
  'map=<script>',
  'map=%',
  'other',
];

// One link in eight has a map view in its hash: each of them waits seconds for the map.
const hash = fc.oneof(
  { weight: 28, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(...MAP_HASHES) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({ noNaN: false }), fc.double(), fc.double())
      .map(([z, lat, lng]) => `map=${z}/${lat}/${lng}`),
  },
  { weight: 1, arbitrary: text.map((t) => encodeURIComponent(t)) },
);

/** `count` different links, the same ones on every run: `/?…#…`. */
export function hostileLinks(count: number, seed = 20261125): string[] {
  const link = fc
    .tuple(fc.array(pair, { maxLength: 14 }), hash)
    .map(([pairs, h]) => `/?${pairs.join('&')}${h ? `#${h}` : ''}`);
  // Servers refuse request lines beyond about 8 KB (431) before the app is ever reached.
  const fits = (link: string) => link.length <= 8000;
  const links = [...new Set(fc.sample(link.filter(fits), { numRuns: count * 2, seed }))].slice(
    0,
    count,
  );
  if (links.length < count) throw new Error(`only ${links.length} different links`);
  return links;
}
