// An added article and the events a person accepted from it, in the shape of geodata/ (the data
// contract in ../data/schema.ts): one file to download and commit, record by record, into
// articles.json, articles/<id>.txt, events.json and places.geojson.
import type { Article, EventRecord, PlaceFeature } from '../data/schema';
import type { MapEvent } from '../events/event';
import type { GazetteerPlace } from '../extract/gazetteer';
import { nameKey } from '../extract/normalize';
import { formatIsoDay } from '../time/days';
import type { AddedArticle } from './added-article';

export interface ArticleBundle {
  format: 'lagekarte-article-bundle';
  version: 1;
  article: Article;
  /** The article verbatim: geodata/articles/<article.id>.txt. */
  text: string;
  events: EventRecord[];
  /** Places the events use that geodata/places.geojson does not have yet. */
  places: { type: 'FeatureCollection'; features: PlaceFeature[] };
}

/** What must still be done by hand before the bundle passes `npm run validate`. */
export type BundleProblem =
  { kind: 'no-actors'; event: string } | { kind: 'place-not-in-text'; place: string };

export interface BundleInput {
  article: AddedArticle;
  /** The accepted events, as the app shows them (places are gazetteer ids). */
  events: readonly MapEvent[];
  /** The gazetteer's entries for the places the events use. */
  places: ReadonlyMap<string, GazetteerPlace>;
  curatedPlaceIds: ReadonlySet<string>;
}

export function slugOf(text: string): string {
  return nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function unique(base: string, taken: Set<string>): string {
  let id = base || 'x';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The place's names that the text spells: the validator wants every alias to occur in an article. */
function namesInText(place: GazetteerPlace, text: string): { aliases: string[]; extra: string[] } {
  const names = [...new Set([place.de, place.en, ...place.aliases])];
  const aliases = names.filter((name) => text.includes(name));
  return { aliases, extra: names.filter((name) => !aliases.includes(name)) };
}

function placeFeature(
  id: string,
  place: GazetteerPlace,
  text: string,
  addedOn: string,
): PlaceFeature {
  const { aliases, extra } = namesInText(place, text);
  const region = place.kind === 'region' || place.kind === 'country';
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      id,
      name: { de: place.de, en: place.en },
      aliases: aliases.length ? aliases : [place.de],
      ...(extra.length && { extraNames: extra }),
      kind: place.kind,
      country: place.country,
      precision: region ? 'region' : 'point',
      note: `From Lagekarte's gazetteer (${place.id}), added with an article on ${addedOn}.`,
    },
  };
}

/**
 * The bundle as geodata/ wants it. What a person must still fix by hand (an event without
 * actors, say) is for `checkBundle` (./bundle-check.ts) to say, as the validator would.
 */
export function buildArticleBundle(input: BundleInput): ArticleBundle {
  const { article, events, places, curatedPlaceIds } = input;
  const addedOn = article.addedAt.slice(0, 10);

  // Curated places keep their ids; the others get a slug of their English name.
  const placeSlugs = new Map<string, string>();
  const takenPlaces = new Set(curatedPlaceIds);
  const features: PlaceFeature[] = [];
  for (const event of events) {
    if (placeSlugs.has(event.place)) continue;
    if (curatedPlaceIds.has(event.place)) {
      placeSlugs.set(event.place, event.place);
      continue;
    }
    const place = places.get(event.place);
    if (!place) throw new Error(`no gazetteer entry for place ${event.place}`);
    const id = unique(slugOf(place.en), takenPlaces);
    placeSlugs.set(event.place, id);
    features.push(placeFeature(id, place, article.text, addedOn));
  }

  const takenEvents = new Set<string>();
  const records = [...events]
    .sort((a, b) => a.date.start - b.date.start)
    .map((event): EventRecord => {
      const place = placeSlugs.get(event.place)!;
      const start = formatIsoDay(event.date.start);
      const id = unique(`${start}-${place}-${event.category}`, takenEvents);
      const { vague, words, basis } = event.date;
      return {
        id,
        date: {
          start,
          end: formatIsoDay(event.date.end),
          precision: event.date.precision,
          ...(basis === 'publication' && { basis }),
          ...(vague && words && { vague, words }),
        },
        status: event.status,
        place,
        category: event.category,
        actors: [...event.actors],
        title: event.title ?? { de: event.localId, en: event.localId },
        note: `Proposed by Lagekarte's extractor and accepted by a person on ${addedOn}.`,
        sources: event.sources.map((source) => ({
          article: article.id,
          quote: source.quote ?? '',
        })),
      };
    });

  return {
    format: 'lagekarte-article-bundle',
    version: 1,
    article: {
      id: article.id,
      title: article.title,
      published: article.published,
      publishedPrecision: 'day',
      language: 'de',
      note:
        article.publishedFrom === 'text'
          ? `Added in Lagekarte on ${addedOn}; the publication date was suggested by a date in the text and confirmed by the person who added it.`
          : `Added in Lagekarte on ${addedOn}; the publication date was given by the person who added it.`,
    },
    text: article.text,
    events: records,
    places: { type: 'FeatureCollection', features },
  };
}

export const bundleFileName = (bundle: ArticleBundle) => `${bundle.article.id}.lagekarte.json`;
