import type { z } from 'zod';
import { parseIsoDay } from '../timeline/days';
import { DATA_FILES, type DataProblem, type Dataset, type RawDataset } from './dataset';
import {
  actorSchema,
  articleSchema,
  eventSchema,
  placeFeatureSchema,
  type EventRecord,
  type Place,
  type Precision,
} from './schema';

/** How far from its article's publication an event may lie unless it is flagged as background. */
export const MAX_DAYS_BEFORE_PUBLICATION = 60;
export const MAX_DAYS_AFTER_PUBLICATION = 60;

/** Interval lengths (in days, inclusive) that each precision may describe. */
const PRECISION_SPANS: Record<Precision, [number, number]> = {
  day: [1, 1],
  days: [2, 20],
  week: [5, 14],
  month: [28, 400],
  year: [360, 1100],
};

/**
 * Checks every record of every file on its own and against the others. Good records are kept
 * even when others are bad, so one broken event never takes the whole map down.
 */
export function validateDataset(raw: RawDataset): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const articles = parseRecords(
    raw.articles,
    DATA_FILES.articles,
    articleSchema,
    'article',
    problems,
  );
  const actors = parseRecords(raw.actors, DATA_FILES.actors, actorSchema, 'actor', problems);
  const placeFeatures = parseRecords(
    featuresOf(raw.places, problems),
    DATA_FILES.places,
    placeFeatureSchema,
    'place',
    problems,
    (feature) => idOf((feature as { properties?: unknown })?.properties),
  );
  const parsedEvents = parseRecords(raw.events, DATA_FILES.events, eventSchema, 'event', problems);

  for (const article of articles) {
    if (raw.articleTexts[article.id] === undefined) {
      problems.push({
        file: DATA_FILES.articles,
        record: `article "${article.id}"`,
        field: 'id',
        message: `no text file geodata/articles/${article.id}.txt`,
      });
    }
  }

  const places: Place[] = placeFeatures.map((feature) => ({
    ...feature.properties,
    coordinates: feature.geometry.coordinates,
  }));
  checkPlaces(places, raw.articleTexts, problems);

  const context = {
    articles: new Map(articles.map((article) => [article.id, article])),
    actorIds: new Set(actors.map((actor) => actor.id)),
    placeIds: new Set(places.map((place) => place.id)),
    texts: raw.articleTexts,
  };
  const events = parsedEvents.filter((event) => checkEvent(event, context, problems));

  for (const article of articles) {
    if (!events.some((event) => event.sources.some((source) => source.article === article.id))) {
      problems.push({
        file: DATA_FILES.events,
        message: `article "${article.id}" has no events; every article must report at least one`,
      });
    }
  }

  return {
    dataset: { articles, actors, places, events, articleTexts: raw.articleTexts },
    problems,
  };
}

function featuresOf(value: unknown, problems: DataProblem[]): unknown[] {
  const collection = value as { type?: unknown; features?: unknown } | null;
  if (collection?.type === 'FeatureCollection' && Array.isArray(collection.features)) {
    return collection.features;
  }
  problems.push({ file: DATA_FILES.places, message: 'must be a GeoJSON FeatureCollection' });
  return [];
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function parseRecords<T>(
  value: unknown,
  file: string,
  schema: z.ZodType<T>,
  noun: string,
  problems: DataProblem[],
  recordId: (record: unknown) => string | undefined = idOf,
): T[] {
  if (!Array.isArray(value)) {
    problems.push({ file, message: 'must be an array of records' });
    return [];
  }
  const seen = new Set<string>();
  const good: T[] = [];
  value.forEach((record, index) => {
    const id = recordId(record);
    const label = id ? `${noun} "${id}"` : `${noun} #${index + 1}`;
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        for (const field of unknownKeys.length
          ? unknownKeys.map((key) => [...issue.path, key])
          : [issue.path]) {
          problems.push({
            file,
            record: label,
            field: field.join('.') || undefined,
            message: unknownKeys.length ? 'unknown field' : issue.message,
          });
        }
      }
      return;
    }
    if (id !== undefined && seen.has(id)) {
      problems.push({ file, record: label, field: 'id', message: 'duplicate id' });
      return;
    }
    if (id !== undefined) seen.add(id);
    good.push(result.data);
  });
  return good;
}

function checkPlaces(
  places: Place[],
  texts: Record<string, string>,
  problems: DataProblem[],
): void {
  const corpus = Object.values(texts);
  for (const place of places) {
    const record = `place "${place.id}"`;
    place.aliases.forEach((alias, index) => {
      if (!corpus.some((text) => text.includes(alias))) {
        problems.push({
          file: DATA_FILES.places,
          record,
          field: `aliases.${index}`,
          message: `"${alias}" occurs in no article; move it to extraNames if it is another name`,
        });
      }
    });
    const isArea = place.kind === 'region' || place.kind === 'country';
    if (isArea !== (place.precision === 'region')) {
      problems.push({
        file: DATA_FILES.places,
        record,
        field: 'precision',
        message: `a ${place.kind} must have precision "${isArea ? 'region' : 'point'}"`,
      });
    }
  }
}

interface EventContext {
  articles: Map<string, { published: string }>;
  actorIds: Set<string>;
  placeIds: Set<string>;
  texts: Record<string, string>;
}

/** Reports what is wrong with one event; returns whether the event can still be shown. */
function checkEvent(event: EventRecord, context: EventContext, problems: DataProblem[]): boolean {
  const record = `event "${event.id}"`;
  const report = (field: string, message: string) =>
    problems.push({ file: DATA_FILES.events, record, field, message });
  let usable = true;

  const start = parseIsoDay(event.date.start)!;
  const end = parseIsoDay(event.date.end)!;
  if (start > end) {
    report('date.start', `starts (${event.date.start}) after it ends (${event.date.end})`);
    usable = false;
  } else {
    const [shortest, longest] = PRECISION_SPANS[event.date.precision];
    const length = end - start + 1;
    if (length < shortest || length > longest) {
      report(
        'date.precision',
        `"${event.date.precision}" does not fit an interval of ${length} day(s) (${shortest}–${longest} expected)`,
      );
    }
  }
  if (!context.placeIds.has(event.place)) {
    report('place', `unknown place id "${event.place}"`);
    usable = false;
  }
  event.actors.forEach((actor, index) => {
    if (!context.actorIds.has(actor)) report(`actors.${index}`, `unknown actor id "${actor}"`);
  });

  event.sources.forEach((source, index) => {
    const article = context.articles.get(source.article);
    const text = context.texts[source.article];
    if (!article || text === undefined) {
      report(`sources.${index}.article`, `unknown article id "${source.article}"`);
      return;
    }
    if (!text.includes(source.quote)) {
      report(`sources.${index}.quote`, `not found verbatim in article "${source.article}"`);
    }
    if (event.background || start > end) return;
    const published = parseIsoDay(article.published)!;
    if (
      end < published - MAX_DAYS_BEFORE_PUBLICATION ||
      start > published + MAX_DAYS_AFTER_PUBLICATION
    ) {
      report(
        'date',
        `lies more than ${MAX_DAYS_BEFORE_PUBLICATION} days from the publication of "${source.article}" (${article.published}); mark it "background": true if that is intended`,
      );
    }
  });

  const figures = event.sources.flatMap((source) =>
    source.fatalities === undefined ? [] : [source.fatalities],
  );
  if (figures.length > 0) {
    const min = Math.min(...figures);
    const max = Math.max(...figures);
    if (event.fatalities?.min !== min || event.fatalities?.max !== max) {
      report(
        'fatalities',
        `must be { "min": ${min}, "max": ${max} }, the range of the sources' figures`,
      );
    }
  } else if (event.fatalities && event.fatalities.min > event.fatalities.max) {
    report('fatalities', 'min is larger than max');
  }
  return usable;
}
