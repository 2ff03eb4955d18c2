/**
 * `npm run extract:score`: the extractor run over the five curated articles (with the
 * publication dates of geodata/articles.json) and compared with geodata/events.json. A
 * proposal matches a curated event of the same article when their date intervals overlap and
 * their places are within reach (src/domain/extract/agreement.ts). Prints the figures and
 * writes them to bench-results/extract-score.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCuratedFiles } from '../src/domain/data/read-curated';
import { agreement, type Coarseness, type ScoredEvent } from '../src/domain/extract/agreement';
import { extractEvents } from '../src/domain/extract/extract-events';
import type { GazetteerPlace } from '../src/domain/extract/gazetteer';
import { formatIsoDay, parseIsoDay } from '../src/domain/time/days';
import { readGeodataFiles } from './geodata-files';
import { loadGazetteer } from './extract/load-gazetteer';

const curated = readCuratedFiles(readGeodataFiles());
if (curated.problems.length) {
  console.error('extract:score: the curated data has problems; run npm run validate');
  process.exit(1);
}
const { articles, events, places, articleTexts } = curated.dataset;
const lookup = loadGazetteer();
const placesById = new Map(places.map((p) => [p.id, p]));

const coarsenessOfKind = (kind: GazetteerPlace['kind']): Coarseness =>
  kind === 'country' ? 'country' : kind === 'region' ? 'province' : 'point';

const categoryOf = new Map<string, string>();
const curatedScored: ScoredEvent[] = events.flatMap((event) => {
  categoryOf.set(event.id, event.category);
  const place = placesById.get(event.place)!;
  return event.sources.map((source) => ({
    id: event.id,
    article: source.article,
    start: parseIsoDay(event.date.start)!,
    end: parseIsoDay(event.date.end)!,
    place: {
      lon: place.coordinates[0],
      lat: place.coordinates[1],
      coarseness: coarsenessOfKind(place.kind),
      country: place.country,
    },
  }));
});

const quotes = new Map<string, string>();
const proposals: ScoredEvent[] = articles.flatMap((article) => {
  const text = articleTexts[article.id]!;
  return extractEvents(text, parseIsoDay(article.published)!, lookup).events.map((proposal) => {
    const place = lookup.byId.get(proposal.placeId)!;
    const id = `${article.id}/${proposal.key}`;
    quotes.set(id, proposal.quote);
    categoryOf.set(id, proposal.category);
    return {
      id,
      article: article.id,
      start: proposal.date.start,
      end: proposal.date.end,
      place: {
        lon: place.lon,
        lat: place.lat,
        coarseness: coarsenessOfKind(place.kind),
        country: place.country,
      },
    };
  });
});

const result = agreement(curatedScored, proposals);
// The same comparison, the category required to agree too: a stricter figure, for honesty.
const withCategory = (e: ScoredEvent) => ({
  ...e,
  article: `${e.article} ${categoryOf.get(e.id)}`,
});
const strict = agreement(curatedScored.map(withCategory), proposals.map(withCategory));
const percent = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');
const rows: [string, string][] = [
  ['curated events', String(result.curated)],
  [
    'found (date overlaps, place within reach)',
    `${result.found.length} (${percent(result.found.length, result.curated)})`,
  ],
  ['missed', String(result.missed.length)],
  ['proposals', String(result.proposals)],
  ['proposals right', `${result.right} (${percent(result.right, result.proposals)})`],
  ['proposals not curated', String(result.notCurated.length)],
  [
    'with the category agreeing too: found',
    `${strict.found.length} (${percent(strict.found.length, strict.curated)})`,
  ],
  [
    'with the category agreeing too: right',
    `${strict.right} (${percent(strict.right, strict.proposals)})`,
  ],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
console.log('\nby article (curated found / curated, right / proposals):');
for (const article of articles) {
  const own = (e: ScoredEvent) => e.article === article.id;
  const part = agreement(curatedScored.filter(own), proposals.filter(own));
  console.log(
    `  ${article.id}  ${part.found.length}/${part.curated}  ${part.right}/${part.proposals}`,
  );
}
console.log('\nmissed:');
for (const id of result.missed) console.log(`  ${id}`);
console.log('\nnot curated:');
for (const p of result.notCurated) {
  console.log(
    `  ${p.id} ${formatIsoDay(p.start)}..${formatIsoDay(p.end)}: ${quotes.get(p.id)?.slice(0, 100)}`,
  );
}

const out = join(import.meta.dirname, '../bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'extract-score.json'),
  JSON.stringify(
    {
      curated: result.curated,
      found: result.found.length,
      missed: result.missed,
      proposals: result.proposals,
      right: result.right,
      notCurated: result.notCurated.map((p) => p.id),
      foundSameCategory: strict.found.length,
      rightSameCategory: strict.right,
    },
    null,
    2,
  ) + '\n',
);
