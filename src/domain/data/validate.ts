import type { z } from 'zod';
import { parseIsoDay } from '../time/days';
import { de as germanZodLocale } from 'zod/v4/locales';
import {
  checkDateFields,
  checkDayInText,
  checkPublicationBasis,
  checkTitle,
  publicationDays,
  type Report,
} from './date-rules';
import {
  DATA_FILES,
  type DataProblem,
  type Dataset,
  type Localized,
  type RawDataset,
  recordLabel,
  type RecordNoun,
} from './dataset';

/** zod's own German messages for shape problems; ours are written in both languages. */
const GERMAN_ISSUES = germanZodLocale();

function germanMessage(issue: z.core.$ZodIssue): string {
  // The locale reads the same fields as the issue carries; its type wants the raw form.
  const result = GERMAN_ISSUES.localeError(issue as never);
  return typeof result === 'string' ? result : (result?.message ?? issue.message);
}
import {
  actorSchema,
  articleSchema,
  eventRedirectSchema,
  eventSchema,
  fitsPrecision,
  placeFeatureSchema,
  PRECISION_SPANS,
  type Article,
  type EventRecord,
  type EventRedirect,
  type Place,
} from './schema';

/** How far from its article's publication an event may lie unless it is flagged as background. */
export const MAX_DAYS_BEFORE_PUBLICATION = 60;
export const MAX_DAYS_AFTER_PUBLICATION = 60;

/** Interval lengths (in days, inclusive) that each precision may describe. */
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
  const parsedRedirects = parseRecords(
    raw.redirects ?? [],
    DATA_FILES.redirects,
    eventRedirectSchema,
    'redirect',
    problems,
    (record) => {
      const from = (record as { from?: unknown } | null)?.from;
      return typeof from === 'string' ? from : undefined;
    },
  );

  for (const article of articles) {
    checkPublication(article, problems);
    if (raw.articleTexts[article.id] === undefined) {
      problems.push({
        file: DATA_FILES.articles,
        record: recordLabel('article', article.id),
        field: 'id',
        message: {
          en: `no text file geodata/articles/${article.id}.txt`,
          de: `keine Textdatei geodata/articles/${article.id}.txt`,
        },
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
        message: {
          en: `article "${article.id}" has no events; every article must report at least one`,
          de: `Artikel „${article.id}“ hat keine Ereignisse; jeder Artikel muss mindestens eines berichten`,
        },
      });
    }
  }

  const redirects = parsedRedirects.filter((redirect) => checkRedirect(redirect, events, problems));

  return {
    dataset: { articles, actors, places, events, redirects, articleTexts: raw.articleTexts },
    problems,
  };
}

function featuresOf(value: unknown, problems: DataProblem[]): unknown[] {
  const collection = value as { type?: unknown; features?: unknown } | null;
  if (collection?.type === 'FeatureCollection' && Array.isArray(collection.features)) {
    return collection.features;
  }
  problems.push({
    file: DATA_FILES.places,
    message: {
      en: 'must be a GeoJSON FeatureCollection',
      de: 'muss eine GeoJSON-FeatureCollection sein',
    },
  });
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
  noun: RecordNoun,
  problems: DataProblem[],
  recordId: (record: unknown) => string | undefined = idOf,
): T[] {
  if (!Array.isArray(value)) {
    problems.push({
      file,
      message: { en: 'must be an array of records', de: 'muss eine Liste von Datensätzen sein' },
    });
    return [];
  }
  const seen = new Set<string>();
  const good: T[] = [];
  value.forEach((record, index) => {
    const id = recordId(record);
    const label = recordLabel(noun, id, index);
    // The input goes into the issues so that the German messages can say what was found.
    const result = schema.safeParse(record, { reportInput: true });
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
            message: unknownKeys.length
              ? { en: 'unknown field', de: 'unbekanntes Feld' }
              : { en: issue.message, de: germanMessage(issue) },
          });
        }
      }
      return;
    }
    if (id !== undefined && seen.has(id)) {
      problems.push({
        file,
        record: label,
        field: 'id',
        message: { en: 'duplicate id', de: 'doppelte ID' },
      });
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
    const record = recordLabel('place', place.id);
    place.aliases.forEach((alias, index) => {
      if (!corpus.some((text) => text.includes(alias))) {
        problems.push({
          file: DATA_FILES.places,
          record,
          field: `aliases.${index}`,
          message: {
            en: `"${alias}" occurs in no article; move it to extraNames if it is another name`,
            de: `„${alias}“ kommt in keinem Artikel vor; ein weiterer Name gehört nach extraNames`,
          },
        });
      }
    });
    const isArea = place.kind === 'region' || place.kind === 'country';
    if (isArea !== (place.precision === 'region')) {
      problems.push({
        file: DATA_FILES.places,
        record,
        field: 'precision',
        message: {
          en: `a ${place.kind} must have precision "${isArea ? 'region' : 'point'}"`,
          de: `ein Ort der Art „${place.kind}“ braucht die Genauigkeit „${isArea ? 'region' : 'point'}“`,
        },
      });
    }
  }
}

/** A publication known only to a few days says so with `publishedEnd`, and its precision fits. */
function checkPublication(article: Article, problems: DataProblem[]): void {
  const record = recordLabel('article', article.id);
  const { first, last } = publicationDays(article);
  if (last < first) {
    problems.push({
      file: DATA_FILES.articles,
      record,
      field: 'publishedEnd',
      message: {
        en: `(${article.publishedEnd}) is before published (${article.published})`,
        de: `(${article.publishedEnd}) liegt vor published (${article.published})`,
      },
    });
    return;
  }
  const length = last - first + 1;
  if (!fitsPrecision(article.publishedPrecision, length)) {
    const [shortest, longest] = PRECISION_SPANS[article.publishedPrecision];
    problems.push({
      file: DATA_FILES.articles,
      record,
      field: 'publishedPrecision',
      message: {
        en:
          `"${article.publishedPrecision}" does not fit a publication known to ${length} day(s) (${shortest}–${longest} expected)` +
          (length === 1 ? '; give the last possible day as publishedEnd' : ''),
        de:
          `„${article.publishedPrecision}“ passt nicht zu einer Veröffentlichung, die auf ${length} Tag(e) bekannt ist (erwartet: ${shortest}–${longest})` +
          (length === 1 ? '; den letzten möglichen Tag als publishedEnd angeben' : ''),
      },
    });
  }
}

interface EventContext {
  articles: Map<string, Article>;
  actorIds: Set<string>;
  placeIds: Set<string>;
  texts: Record<string, string>;
}

/** Reports what is wrong with one event; returns whether the event can still be shown. */
function checkEvent(event: EventRecord, context: EventContext, problems: DataProblem[]): boolean {
  const record = recordLabel('event', event.id);
  const report: Report = (field, message) =>
    problems.push({ file: DATA_FILES.events, record, field, message });
  let usable = true;

  const start = parseIsoDay(event.date.start)!;
  const end = parseIsoDay(event.date.end)!;
  if (start > end) {
    report('date.start', {
      en: `starts (${event.date.start}) after it ends (${event.date.end})`,
      de: `beginnt (${event.date.start}) nach seinem Ende (${event.date.end})`,
    });
    usable = false;
  } else {
    const [shortest, longest] = PRECISION_SPANS[event.date.precision];
    const length = end - start + 1;
    if (!fitsPrecision(event.date.precision, length)) {
      report('date.precision', {
        en: `"${event.date.precision}" does not fit an interval of ${length} day(s) (${shortest}–${longest} expected)`,
        de: `„${event.date.precision}“ passt nicht zu einem Zeitraum von ${length} Tag(en) (erwartet: ${shortest}–${longest})`,
      });
    }
    checkDayInText(event, start, end, report);
    checkPublicationBasis(event, start, end, context.articles, report);
  }
  checkDateFields(event, report);
  checkTitle(event, report);
  if (!context.placeIds.has(event.place)) {
    report('place', {
      en: `unknown place id "${event.place}"`,
      de: `unbekannte Orts-ID „${event.place}“`,
    });
    usable = false;
  }
  event.actors.forEach((actor, index) => {
    if (!context.actorIds.has(actor))
      report(`actors.${index}`, {
        en: `unknown actor id "${actor}"`,
        de: `unbekannte Akteurs-ID „${actor}“`,
      });
  });

  event.sources.forEach((source, index) => {
    const article = context.articles.get(source.article);
    const text = context.texts[source.article];
    if (!article || text === undefined) {
      report(`sources.${index}.article`, {
        en: `unknown article id "${source.article}"`,
        de: `unbekannte Artikel-ID „${source.article}“`,
      });
      return;
    }
    if (!text.includes(source.quote)) {
      report(`sources.${index}.quote`, {
        en: `not found verbatim in article "${source.article}"`,
        de: `nicht wörtlich in Artikel „${source.article}“ gefunden`,
      });
    }
    if (event.background || start > end) return;
    const published = parseIsoDay(article.published)!;
    if (
      end < published - MAX_DAYS_BEFORE_PUBLICATION ||
      start > published + MAX_DAYS_AFTER_PUBLICATION
    ) {
      report('date', {
        en: `lies more than ${MAX_DAYS_BEFORE_PUBLICATION} days from the publication of "${source.article}" (${article.published}); mark it "background": true if that is intended`,
        de: `liegt mehr als ${MAX_DAYS_BEFORE_PUBLICATION} Tage von der Veröffentlichung von „${source.article}“ (${article.published}) entfernt; falls gewollt, "background": true setzen`,
      });
    }
  });

  const figures = event.sources.flatMap((source) =>
    source.fatalities === undefined ? [] : [source.fatalities],
  );
  if (figures.length > 0) {
    const min = Math.min(...figures);
    const max = Math.max(...figures);
    if (event.fatalities?.min !== min || event.fatalities?.max !== max) {
      report('fatalities', {
        en: `must be { "min": ${min}, "max": ${max} }, the range of the sources' figures`,
        de: `muss { "min": ${min}, "max": ${max} } sein, die Spanne der Zahlen in den Quellen`,
      });
    }
  } else if (event.fatalities && event.fatalities.min > event.fatalities.max) {
    report('fatalities', { en: 'min is larger than max', de: 'min ist größer als max' });
  }
  return usable;
}

/** A redirect leads from an id no event has any more to one that exists. */
function checkRedirect(
  redirect: EventRedirect,
  events: readonly EventRecord[],
  problems: DataProblem[],
): boolean {
  const problem = (field: string, message: Localized) => {
    problems.push({
      file: DATA_FILES.redirects,
      record: recordLabel('redirect', redirect.from),
      field,
      message,
    });
    return false;
  };
  if (events.some((event) => event.id === redirect.from))
    return problem('from', {
      en: `event "${redirect.from}" still exists; a redirect is for ids that went`,
      de: `Ereignis „${redirect.from}“ gibt es noch; eine Weiterleitung gilt nur für entfallene IDs`,
    });
  if (!events.some((event) => event.id === redirect.to))
    return problem('to', {
      en: `no event "${redirect.to}" to lead to`,
      de: `kein Ereignis „${redirect.to}“, zu dem sie führen könnte`,
    });
  return true;
}
