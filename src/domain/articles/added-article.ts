// An article a person added in the app: its text and what they said about it, kept with the
// events they accepted from it, so that each event's sentence can be read in context.
import { fnv1aString } from '../formats/fnv1a';

export interface AddedArticle {
  /** In the curated articles' style (`005_1a2b3c4d5e6f7a8b`): the id it would have in geodata/. */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  published: string;
  /** Whether the date was suggested by the text and kept, or given by the person. */
  publishedFrom: 'text' | 'person';
  text: string;
  /** When it was added, ISO 8601. */
  addedAt: string;
}

/** The format an added article's dataset is labelled with (translated where it is shown). */
export const ARTICLE_FORMAT = 'article';

const SECOND_SEED = 0x01234567;

/** Sixteen hex digits of the text: the same text gets the same id in every browser. */
export function textHash(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1aString(text)) + hex(fnv1aString(text, SECOND_SEED));
}

/** The dataset the article's events form: `article-` and the start of the text's hash. */
export function articleDatasetId(text: string): string {
  return `article-${textHash(text).slice(0, 8)}`;
}

/**
 * The article's id as geodata/ numbers its files: the next number after the curated articles
 * (`000_…` to `004_…` make this `005_…`), then the text's hash.
 */
export function addedArticleId(text: string, curatedIds: readonly string[]): string {
  const numbers = curatedIds.map((id) => Number(/^(\d+)_/.exec(id)?.[1] ?? -1));
  const next = Math.max(-1, ...numbers) + 1;
  return `${String(next).padStart(3, '0')}_${textHash(text)}`;
}

/** A first guess at the title: the text's first line, if it is short enough to be a headline. */
export function suggestTitle(text: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  if (first.length === 0 || first.length > 160) return '';
  return first.replace(/[.:]$/, '');
}
