import type { AddedArticle } from '../articles/added-article';
import type { Localized } from '../data/dataset';
import type { Category, DateBasis, Precision, VagueBound } from '../data/schema';
import type { Day } from '../time/days';

/**
 * One event model for every dataset: the curated articles and each import become these, and
 * every view (map, list, histogram, detail, export) reads only these.
 */

/** How precisely the source locates an event, from a point to a whole country. */
export const GEO_PRECISIONS = [
  'point',
  'near',
  'district',
  'province',
  'region',
  'country',
  'water',
] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

export const DATASET_KINDS = ['curated', 'imported'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** The id of the curated corpus: its events' ids need no prefix in a permalink. */
export const CURATED_DATASET_ID = 'articles';

/** `dataset:local`, unique across everything loaded and stable across reloads. */
export function qualifiedEventId(dataset: string, localId: string): string {
  return `${dataset}:${localId}`;
}

export function splitEventId(id: string): { dataset: string; localId: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return null;
  return { dataset: id.slice(0, colon), localId: id.slice(colon + 1) };
}

/** Where an event happened, as precisely as the source says. */
export interface EventPlace {
  /** Unique within everything loaded: curated gazetteer ids, `dataset:key` for imports. */
  id: string;
  name: Localized;
  coordinates: [longitude: number, latitude: number];
  precision: GeoPrecision;
  /** The administrative areas around it as the source names them ("Aleppo › Jebel Saman"). */
  admin?: string;
  /** ISO 3166-1 alpha-2 where known. */
  country?: string;
}

/** Where an event is reported: a curated article quote, or what an imported row cites. */
export interface EventSource {
  /** A curated article's id: its full text can be read in the app. */
  article?: string;
  /** The sentence that reports the event, verbatim. */
  quote?: string;
  /** Who reported it, as the source names them ("SOHR; Reuters"). */
  publisher?: string;
  headline?: string;
  fatalities?: number;
}

export interface EventDate {
  start: Day;
  end: Day;
  precision: Precision;
  vague?: VagueBound;
  /** The date in the text's own words, where a bound is open. */
  words?: Localized;
  basis?: DateBasis;
  explanation?: Localized;
}

export interface MapEvent {
  /** Qualified: `dataset:local`. */
  id: string;
  dataset: string;
  /** The id within its dataset (the curated slug, ACLED's event_id_cnty, UCDP's id). */
  localId: string;
  date: EventDate;
  status: 'occurred' | 'announced';
  category: Category;
  /** The source's own classification, kept and shown as written ("Battles › Armed clash"). */
  sourceType?: string;
  /** Curated events have a title; imported ones are named by their type and place. */
  title?: Localized;
  /** Key into the dataset's places. */
  place: string;
  /** Keys into the dataset's actor names (curated ids, or imported names as written). */
  actors: string[];
  fatalities?: { min: number; max: number; best?: number };
  /** Free text from the source (ACLED notes, a curator's note is not shown). */
  notes?: string;
  sources: EventSource[];
  /** Reported as background to the article's news, not as its news. */
  background?: boolean;
}

/** A set of events loaded together, shown or hidden together. */
export interface EventDataset {
  id: string;
  name: string;
  kind: DatasetKind;
  /** What the import detected ("ACLED CSV"), for the report and the legend. */
  format?: string;
  /** Which of the imports' colours it is drawn in; kept with it, so it never changes. */
  colorIndex?: number;
  events: MapEvent[];
  places: EventPlace[];
  /** Actor key → name; keys without an entry are shown as written. */
  actorNames: Record<string, Localized>;
  /** The article a person added its events from ("Artikel hinzufügen"), with its text. */
  article?: AddedArticle;
}
