/**
 * `npm run -s extract -- <article.txt> --published YYYY-MM-DD [--id ID]`: the events proposed
 * for a German article, as a GeoJSON FeatureCollection in our event shape on stdout (the app's
 * import reads it as it is). Errors go to stderr with a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { looksGerman, MIN_WORDS, wordCount } from '../src/domain/extract/article-facts';
import { extractEvents } from '../src/domain/extract/extract-events';
import { gazetteerPlaceToEventPlace, proposalToEvent } from '../src/domain/extract/to-map-event';
import { eventsToGeoJson } from '../src/domain/formats/geojson-export';
import { parseExtractArgs, USAGE } from './extract/cli-args';
import { loadGazetteer } from './extract/load-gazetteer';

function fail(message: string, showUsage = false): never {
  process.stderr.write(`extract: ${message}\n${showUsage ? `${USAGE}\n` : ''}`);
  process.exit(showUsage ? 2 : 1);
}

const args = parseExtractArgs(process.argv.slice(2));
if ('error' in args) fail(args.error, true);

let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `${args.file}: no such file`
      : `${args.file}: cannot be read (${(error as Error).message})`,
  );
}
if (text.includes('\uFFFD') || text.includes('\0')) {
  fail(`${args.file}: not UTF-8 text (save the article as UTF-8)`);
}
if (wordCount(text) < MIN_WORDS) {
  fail(
    `${args.file}: ${text.trim() ? 'too short' : 'empty'}; an article of at least ${MIN_WORDS} words is needed`,
  );
}
if (!looksGerman(text))
  fail(`${args.file}: does not read as German; the extractor reads German news`);

const articleId =
  args.id ??
  basename(args.file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^0-9a-z_-]+/g, '-');
const lookup = loadGazetteer();
const extraction = extractEvents(text, args.published, lookup);
const datasetId = `extract-${articleId}`;
const places = new Map<string, ReturnType<typeof gazetteerPlaceToEventPlace>>();
const events = extraction.events.map((proposal) => {
  const place = lookup.byId.get(proposal.placeId)!;
  places.set(place.id, gazetteerPlaceToEventPlace(place));
  return proposalToEvent(proposal, { datasetId, articleId, place, articleText: text });
});
// Our curated actors' names, so the app shows "Russland", not the key "russia".
const actorNames = Object.fromEntries(
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '../geodata/actors.json'), 'utf8')) as {
      id: string;
      name: { de: string; en: string };
    }[]
  ).map((actor) => [actor.id, actor.name]),
);
process.stdout.write(eventsToGeoJson(events, { place: (id) => places.get(id), actorNames }) + '\n');
process.stderr.write(
  `extract: ${events.length} events proposed from ${extraction.sentences.length} sentences (${extraction.times.length} time expressions, ${extraction.places.length} place names)\n`,
);
