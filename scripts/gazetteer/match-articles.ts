// Runs the place matcher over geodata/articles/*.txt and compares with the places our curated
// events use (run: npx tsx scripts/gazetteer/match-articles.ts). A check on the matcher, not a
// score to tune to: these five texts are not the only ones it will read.
import fs from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../src/domain/extract/gazetteer.ts';
import { hintsFromText } from '../../src/domain/extract/hints.ts';
import { placeIndex } from '../../src/domain/extract/place-index.ts';
import { findPlaces } from '../../src/domain/extract/places.ts';
import { GAZETTEER_PATH } from './inputs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const gazetteer = JSON.parse(fs.readFileSync(GAZETTEER_PATH, 'utf8')) as Gazetteer;
const index = placeIndex(gazetteer.places);
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
const events = JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata/events.json'), 'utf8')) as {
  place: string;
  sources: { article: string }[];
}[];

for (const file of fs.readdirSync(path.join(ROOT, 'geodata/articles')).sort()) {
  const id = file.replace(/\.txt$/, '');
  const text = fs.readFileSync(path.join(ROOT, 'geodata/articles', file), 'utf8');
  const mentions = findPlaces(text, index, hintsFromText(text, index, byId));
  const found = new Set(mentions.map((m) => m.placeId));
  const used = new Set(
    events.filter((e) => e.sources.some((s) => s.article === id)).map((e) => e.place),
  );
  const missed = [...used].filter((p) => !found.has(p));
  const others = mentions.filter((m) => !used.has(m.placeId));
  console.log(`${id}: ${used.size - missed.length}/${used.size} curated places found`);
  if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
  const listed = new Set<string>();
  for (const m of others) {
    const key = `${m.text} → ${m.placeId} (${byId.get(m.placeId)?.de})`;
    if (!listed.has(key)) console.log(`  also: ${key}`);
    listed.add(key);
  }
}
