// Commits an article bundle downloaded from the app ("Artikel hinzufügen" → "Als Paket
// herunterladen") into geodata/: the text as articles/<id>.txt, and the article, its events and
// its new places appended to articles.json, events.json and places.geojson. Nothing is written
// unless the whole bundle fits the data contract and no id is taken.
// Run: npm run add-article -- <bundle.json> [--root <checkout>]; then `npm run validate`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_FILES } from '../src/domain/data/dataset';
import { articleSchema, eventSchema, placeFeatureSchema } from '../src/domain/data/schema';

const bundleSchema = z.strictObject({
  format: z.literal('lagekarte-article-bundle'),
  version: z.literal(1),
  article: articleSchema,
  text: z.string().min(1),
  events: z.array(eventSchema).min(1),
  places: z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(placeFeatureSchema),
  }),
});

function fail(message: string): never {
  process.stderr.write(`add-article: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? args[rootAt + 1]! : join(import.meta.dirname, '..');
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--root');
if (!file) fail('usage: npm run add-article -- <bundle.json> [--root <checkout>]');

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const parsed = bundleSchema.safeParse(raw);
if (!parsed.success)
  fail(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
const bundle = parsed.data;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const articles = readJson<{ id: string }[]>(DATA_FILES.articles);
const events = readJson<{ id: string }[]>(DATA_FILES.events);
const places = readJson<{ features: { properties: { id: string } }[] }>(DATA_FILES.places);

const textPath = join(root, 'geodata/articles', `${bundle.article.id}.txt`);
if (articles.some((a) => a.id === bundle.article.id) || existsSync(textPath))
  fail(`article ${bundle.article.id} is in geodata/ already`);
const taken = (ids: string[], have: { id: string }[]) =>
  ids.filter((id) => have.some((other) => other.id === id));
const takenEvents = taken(
  bundle.events.map((e) => e.id),
  events,
);
if (takenEvents.length) fail(`event ids taken: ${takenEvents.join(', ')}`);
const takenPlaces = taken(
  bundle.places.features.map((f) => f.properties.id),
  places.features.map((f) => f.properties),
);
if (takenPlaces.length) fail(`place ids taken: ${takenPlaces.join(', ')}`);

const write = (path: string, data: unknown) =>
  writeFileSync(join(root, path), `${JSON.stringify(data, null, 2)}\n`);
writeFileSync(textPath, bundle.text);
write(DATA_FILES.articles, [...articles, bundle.article]);
write(DATA_FILES.events, [...events, ...bundle.events]);
write(DATA_FILES.places, { ...places, features: [...places.features, ...bundle.places.features] });
process.stdout.write(
  `added ${bundle.article.id}: ${bundle.events.length} events, ${bundle.places.features.length} new places. Now run: npm run validate\n`,
);
