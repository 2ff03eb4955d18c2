import type { Article } from '../data/schema';
import { parseIsoDay } from '../time/days';
import { describeReportedDate, type Lang } from '../time/describe-date';
import type { MapEvent } from './event';

/**
 * The date of an event in words, at the precision it was reported with. Where the text leaves a
 * bound open („bald“, „seit Tagen“), the data says the date in the text's own words, and those
 * are what the reader gets: the interval's bounds are only the curator's envelope.
 */
export function describeEventDate(event: Pick<MapEvent, 'date'>, lang: Lang): string {
  const { date } = event;
  if (date.vague && date.words) return date.words[lang];
  return describeReportedDate(date, lang);
}

/** When an article appeared, as precisely as that is known: „11.–12. Februar 2020“. */
export function describePublication(article: Article, lang: Lang): string {
  const start = parseIsoDay(article.published);
  const end = parseIsoDay(article.publishedEnd ?? article.published);
  if (start === null || end === null) return article.published;
  return describeReportedDate({ start, end, precision: article.publishedPrecision }, lang);
}
