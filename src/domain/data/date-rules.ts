import type { Article, EventRecord } from './schema';
import type { Localized } from './dataset';
import { type Day, dayToDate, formatIsoDay, parseIsoDay } from '../time/days';

/**
 * The date rules of the data contract: a date is only as precise as its text. A day needs a
 * quote that names it, undated news is dated to its publication, open bounds are said in the
 * text's words, and titles carry no relative weekday.
 */

/** The days an article may have appeared on: from `published` to `publishedEnd` (if given). */
export function publicationDays(article: Pick<Article, 'published' | 'publishedEnd'>): {
  first: Day;
  last: Day;
} {
  const first = parseIsoDay(article.published)!;
  const last = article.publishedEnd === undefined ? first : parseIsoDay(article.publishedEnd)!;
  return { first, last };
}

export type Report = (field: string, message: Localized) => void;

/** Letters on either side end a word; `\b` does not know ä, ö, ü or ß. */
const NOT_LETTER_BEFORE = '(?<!\\p{L})';
const NOT_LETTER_AFTER = '(?!\\p{L})';
const NUMBER_WORD =
  '(?:\\d+|einem|einen|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|one|two|three|four|five|six|seven|eight|nine|ten)';
const MONTH_NAME =
  '(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)';

/** Weekday names (German and English) → JavaScript's day of the week (0 = Sunday). */
const WEEKDAYS: Record<string, number> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** A weekday, also as the start of a compound ("Donnerstagabend"). */
const WEEKDAY_PATTERN = `${NOT_LETTER_BEFORE}(${Object.keys(WEEKDAYS).join('|')})`;

/**
 * Expressions that name one day: a weekday, a calendar date, or a day counted from the article
 * or from another dated event ("heute", "gestern", "vor zwei Tagen", "zwei Tage nach …").
 */
const DAY_EXPRESSIONS: RegExp[] = [
  new RegExp(WEEKDAY_PATTERN, 'iu'),
  new RegExp(
    `${NOT_LETTER_BEFORE}(?:heute|gestern|vorgestern|morgen|übermorgen|vortag|folgetag|today|yesterday|tomorrow)`,
    'iu',
  ),
  new RegExp(
    `${NOT_LETTER_BEFORE}(?:tag (?:zuvor|danach|darauf|später)|(?:am )?(?:selben|gleichen) tag|the (?:same|next|previous) day|the day (?:before|after))${NOT_LETTER_AFTER}`,
    'iu',
  ),
  new RegExp(
    `${NOT_LETTER_BEFORE}(?:vor ${NUMBER_WORD} tag(?:en)?|in ${NUMBER_WORD} tag(?:en)?|${NUMBER_WORD} tage? (?:nach|vor|später|zuvor|danach|darauf)|${NUMBER_WORD} days? (?:ago|after|before|later))${NOT_LETTER_AFTER}`,
    'iu',
  ),
  new RegExp(`(?<![\\p{L}\\d.])\\d{1,2}\\.\\s?(?:${MONTH_NAME}|\\d{1,2}\\.)`, 'u'),
  new RegExp(
    `${NOT_LETTER_BEFORE}(?:\\d{1,2} ${MONTH_NAME}|${MONTH_NAME} \\d{1,2})${NOT_LETTER_AFTER}`,
    'u',
  ),
];

/** Whether a sentence names one particular day. */
export function namesADay(text: string): boolean {
  return DAY_EXPRESSIONS.some((pattern) => pattern.test(text));
}

function weekdaysNamed(text: string): string[] {
  return [...text.matchAll(new RegExp(WEEKDAY_PATTERN, 'giu'))].map((match) =>
    match[1]!.toLowerCase(),
  );
}

const WEEKDAY_NAMES = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
};

/**
 * A one-day date must come from the text: some quote names the day. If the quotes name
 * weekdays, the day is one of them.
 */
export function checkDayInText(event: EventRecord, start: Day, end: Day, report: Report): void {
  if (event.date.precision !== 'day') return;
  if (!event.sources.some((source) => namesADay(source.quote))) {
    report('date.precision', {
      en: '"day" needs a quote that names the day (a weekday, a date, "heute", "gestern", "vor zwei Tagen" …); quote the sentence that gives the day, or date it as the text does (undated news: basis "publication")',
      de: '„day“ braucht ein Zitat, das den Tag nennt (einen Wochentag, ein Datum, „heute“, „gestern“, „vor zwei Tagen“ …); den Satz zitieren, der den Tag nennt, oder so datieren, wie der Text es tut (undatierte Meldung: basis "publication")',
    });
    return;
  }
  if (start !== end) return;
  const named = [...new Set(event.sources.flatMap((source) => weekdaysNamed(source.quote)))];
  const weekday = dayToDate(start).getUTCDay();
  if (named.length > 0 && !named.some((name) => WEEKDAYS[name] === weekday)) {
    report('date.start', {
      en: `${event.date.start} is a ${WEEKDAY_NAMES.en[weekday]}, but the quotes name ${named.map((name) => `"${name}"`).join(', ')}`,
      de: `${event.date.start} ist ein ${WEEKDAY_NAMES.de[weekday]}, aber die Zitate nennen ${named.map((name) => `„${name}“`).join(', ')}`,
    });
  }
}

/**
 * Undated news ("basis": "publication") runs from the day before publication to the last
 * possible publication day of one of the event's articles.
 */
export function checkPublicationBasis(
  event: EventRecord,
  start: Day,
  end: Day,
  articles: ReadonlyMap<string, Article>,
  report: Report,
): void {
  if (event.date.basis !== 'publication') return;
  const windows = event.sources.flatMap((source) => {
    const article = articles.get(source.article);
    if (!article) return [];
    const { first, last } = publicationDays(article);
    return [{ article: article.id, start: first - 1, end: last }];
  });
  if (windows.length === 0 || windows.some((w) => w.start === start && w.end === end)) return;
  const expected = windows[0]!;
  report('date', {
    en: `basis "publication" means the day before publication up to the last possible publication day: ${formatIsoDay(expected.start)} to ${formatIsoDay(expected.end)} for "${expected.article}"`,
    de: `basis "publication" heißt: vom Tag vor dem Erscheinen bis zum letzten möglichen Erscheinungstag, also ${formatIsoDay(expected.start)} bis ${formatIsoDay(expected.end)} für „${expected.article}“`,
  });
}

/** `explanation` goes with outside knowledge, `words` with a vague bound, and each needs the other. */
export function checkDateFields(event: EventRecord, report: Report): void {
  const { basis, explanation, vague, words, precision } = event.date;
  if (basis === 'outside-knowledge' && !explanation) {
    report('date.explanation', {
      en: 'is required with basis "outside-knowledge": say in German and English where the date comes from',
      de: 'ist bei basis "outside-knowledge" nötig: auf Deutsch und Englisch sagen, woher das Datum stammt',
    });
  } else if (explanation && basis !== 'outside-knowledge') {
    report('date.explanation', {
      en: 'only goes with basis "outside-knowledge"',
      de: 'gehört nur zu basis "outside-knowledge"',
    });
  }
  if (vague && !words) {
    report('date.words', {
      en: 'is required with "vague": say the date as the text gives it, in German and English',
      de: 'ist bei "vague" nötig: das Datum so, wie der Text es nennt, auf Deutsch und Englisch',
    });
  } else if (words && !vague) {
    report('date.words', {
      en: 'only goes with "vague"; a date with firm bounds is put into words by the app',
      de: 'gehört nur zu "vague"; ein Datum mit festen Grenzen formuliert die App selbst',
    });
  }
  if (vague && precision === 'day') {
    report('date.vague', {
      en: 'a one-day date has no open bound; widen the interval or drop "vague"',
      de: 'ein eintägiges Datum hat keine offene Grenze; den Zeitraum erweitern oder "vague" weglassen',
    });
  }
}

/** Titles are read apart from the article: a weekday ("am Donnerstag") would be relative to it. */
export function checkTitle(event: EventRecord, report: Report): void {
  for (const lang of ['de', 'en'] as const) {
    const named = weekdaysNamed(event.title[lang]);
    if (named.length > 0) {
      report(`title.${lang}`, {
        en: `names a weekday ("${named[0]}"), which only makes sense from the article's publication date; the date is shown beside the title`,
        de: `nennt einen Wochentag („${named[0]}“), der nur vom Erscheinungsdatum des Artikels aus Sinn ergibt; das Datum steht neben dem Titel`,
      });
    }
  }
}
