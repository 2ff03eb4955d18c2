import type { Actor, Article, EventRecord, EventRedirect, Place } from './schema';

/** The curated data as the app uses it, after validation. */
export interface Dataset {
  articles: Article[];
  actors: Actor[];
  places: Place[];
  events: EventRecord[];
  /** Ids of events that were merged or dropped, and where their permalinks lead now. */
  redirects: EventRedirect[];
  /** Article id → full text, for checking and showing quotes in context. */
  articleTexts: Record<string, string>;
}

/** The files as read from geodata/, before anything is known about them. */
export interface RawDataset {
  articles: unknown;
  actors: unknown;
  places: unknown;
  events: unknown;
  /** Optional: a dataset without history has no redirects. */
  redirects?: unknown;
  articleTexts: Record<string, string>;
}

export const DATA_FILES = {
  articles: 'geodata/articles.json',
  actors: 'geodata/actors.json',
  places: 'geodata/places.geojson',
  events: 'geodata/events.json',
  redirects: 'geodata/event-redirects.json',
} as const;

/** One thing wrong with the data, said so that a person can find and fix it. */
export interface DataProblem {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

export function describeProblem(problem: DataProblem): string {
  const where = [problem.file, problem.record, problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}`;
}
