import type { AddedArticle } from './articles/added-article';
import type { DataProblem, Dataset } from './data/dataset';
import type { Article, Place } from './data/schema';
import { curatedDataset } from './events/curated';
import {
  CURATED_DATASET_ID,
  type EventDataset,
  type EventPlace,
  type MapEvent,
} from './events/event';
import { buildEventTable, type EventTable } from './events/event-table';
import { type Day, dayFromParts } from './time/days';
import type { Lang } from './time/describe-date';

/**
 * Everything loaded: the curated corpus and each import, merged into one event table, with the
 * curated corpus's extras (articles and their texts, the gazetteer) beside it.
 */
export interface Catalog {
  datasets: readonly EventDataset[];
  datasetsById: ReadonlyMap<string, EventDataset>;
  table: EventTable;
  /** The curated corpus as validated: articles, gazetteer, actors, redirects. */
  curated: Dataset;
  curatedPlacesById: ReadonlyMap<string, Place>;
  /** The curated articles, and the articles added in this browser whose datasets are loaded. */
  articlesById: ReadonlyMap<string, Article>;
  /** Article id → full text, for both kinds. */
  articleTexts: Readonly<Record<string, string>>;
  problems: DataProblem[];
  /** The slider's span: every loaded event's days. */
  range: { min: Day; max: Day };
  /**
   * Rows per place, in date order, packed: place i's rows are
   * `placeRows.subarray(placeRowStart[i], placeRowStart[i + 1])` (see rowsAtPlace).
   */
  placeRows: Uint32Array;
  placeRowStart: Uint32Array;
}

export function buildCatalog(
  curated: Dataset,
  problems: DataProblem[],
  imported: readonly EventDataset[] = [],
): Catalog {
  const datasets = [curatedDataset(curated), ...imported];
  return catalogFromTable(curated, problems, datasets, buildEventTable(datasets));
}

/** The catalog around a table already built (the page builds the two in separate turns). */
export function catalogFromTable(
  curated: Dataset,
  problems: DataProblem[],
  datasets: readonly EventDataset[],
  table: EventTable,
): Catalog {
  const n = table.events.length;
  // A counting sort by place: typed arrays instead of a hundred thousand pushes.
  const placeRowStart = new Uint32Array(table.places.length + 1);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < n; row++) {
    placeRowStart[table.placeOf[row]! + 1]!++;
    if (table.start[row]! < min) min = table.start[row]!;
    if (table.end[row]! > max) max = table.end[row]!;
  }
  for (let place = 0; place < table.places.length; place++)
    placeRowStart[place + 1]! += placeRowStart[place]!;
  const placeRows = new Uint32Array(n);
  const filled = placeRowStart.slice(0, table.places.length);
  for (let row = 0; row < n; row++) placeRows[filled[table.placeOf[row]!]!++] = row;
  return {
    datasets,
    datasetsById: new Map(datasets.map((dataset) => [dataset.id, dataset])),
    table,
    curated,
    curatedPlacesById: new Map(curated.places.map((place) => [place.id, place])),
    articlesById: new Map([
      ...curated.articles.map((article) => [article.id, article] as const),
      ...datasets.flatMap((dataset) =>
        dataset.article ? [[dataset.article.id, articleRecord(dataset.article)] as const] : [],
      ),
    ]),
    articleTexts: {
      ...curated.articleTexts,
      ...Object.fromEntries(
        datasets.flatMap((dataset) =>
          dataset.article ? [[dataset.article.id, dataset.article.text]] : [],
        ),
      ),
    },
    problems,
    // With no usable events the slider still needs a span; the articles' years are a fair one.
    range:
      min === Number.POSITIVE_INFINITY
        ? { min: dayFromParts(2016, 1, 1), max: dayFromParts(2020, 12, 31) }
        : { min, max },
    placeRows,
    placeRowStart,
  };
}

/** An added article as the article view reads articles. */
function articleRecord(added: AddedArticle): Article {
  return {
    id: added.id,
    title: added.title,
    published: added.published,
    publishedPrecision: 'day',
    language: 'de',
    note: 'Added in this browser.',
  };
}

/** The dataset whose events come from an article: the curated corpus, or an added article's. */
export function datasetOfArticle(catalog: Catalog, articleId: string): EventDataset | undefined {
  return (
    catalog.datasets.find((dataset) => dataset.article?.id === articleId) ??
    catalog.datasetsById.get(CURATED_DATASET_ID)
  );
}

export const isCurated = (datasetId: string) => datasetId === CURATED_DATASET_ID;

export function eventById(catalog: Catalog, id: string): MapEvent | undefined {
  const row = catalog.table.rowById.get(id);
  return row === undefined ? undefined : catalog.table.events[row];
}

export function placeById(catalog: Catalog, id: string): EventPlace | undefined {
  const index = catalog.table.placeIndexById.get(id);
  return index === undefined ? undefined : catalog.table.places[index];
}

/** An actor's name as its dataset gives it; imported actors are named by their key. */
export function actorName(catalog: Catalog, event: MapEvent, key: string, lang: Lang): string {
  return catalog.datasetsById.get(event.dataset)?.actorNames[key]?.[lang] ?? key;
}

/** Every event at a place, in date order. */
export function eventsAtPlace(catalog: Catalog, placeId: string): MapEvent[] {
  const index = catalog.table.placeIndexById.get(placeId);
  if (index === undefined) return [];
  return Array.from(rowsAtPlace(catalog, index), (row) => catalog.table.events[row]!);
}

/** The rows of the events at a place (by index), in date order. */
export function rowsAtPlace(catalog: Catalog, placeIndex: number): Uint32Array {
  if (placeIndex < 0 || placeIndex >= catalog.table.places.length) return new Uint32Array(0);
  return catalog.placeRows.subarray(
    catalog.placeRowStart[placeIndex],
    catalog.placeRowStart[placeIndex + 1],
  );
}
