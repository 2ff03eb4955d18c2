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

/** Text in both interface languages: a German reader never meets English, nor the reverse. */
export interface Localized {
  de: string;
  en: string;
}

/** One thing wrong with the data, said so that a person can find and fix it. */
export interface DataProblem {
  file: string;
  record?: Localized;
  field?: string;
  message: Localized;
}

export type RecordNoun = 'article' | 'actor' | 'place' | 'event' | 'redirect';

const RECORD_NOUNS: Record<RecordNoun, Localized> = {
  article: { en: 'article', de: 'Artikel' },
  actor: { en: 'actor', de: 'Akteur' },
  place: { en: 'place', de: 'Ort' },
  event: { en: 'event', de: 'Ereignis' },
  redirect: { en: 'redirect', de: 'Weiterleitung' },
};

/** `event "x"` / `Ereignis „x“`, or by position where the record has no usable id. */
export function recordLabel(noun: RecordNoun, id?: string, index = 0): Localized {
  const name = RECORD_NOUNS[noun];
  return id === undefined
    ? { en: `${name.en} #${index + 1}`, de: `${name.de} Nr. ${index + 1}` }
    : { en: `${name.en} "${id}"`, de: `${name.de} „${id}“` };
}

/** Where the problem is and what it is, in one language: file › record › field: message. */
export function describeProblem(problem: DataProblem, lang: 'de' | 'en' = 'en'): string {
  const where = [problem.file, problem.record?.[lang], problem.field].filter(Boolean).join(' › ');
  return `${where}: ${problem.message[lang]}`;
}
