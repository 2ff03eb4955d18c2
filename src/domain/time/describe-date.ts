import type { Precision } from '../data/schema';
import { type Day, dayToDate, dayToParts, daysInMonth } from './days';

export type Lang = 'de' | 'en';

export interface ReportedDate {
  start: Day;
  end: Day;
  precision: Precision;
}

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

const PART_OF_MONTH: Record<Lang, { early: string; mid: string; late: string }> = {
  de: { early: 'Anfang', mid: 'Mitte', late: 'Ende' },
  en: { early: 'early', mid: 'mid-', late: 'late' },
};

/** Making a formatter costs far more than using one: each is made once per language and form. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
    formatters.set(key, made);
  }
  return made;
}

const LONG_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

const NBSP = '\u00a0';

/**
 * Typography the formatters leave out: a day and its month never break apart („5. März“), and
 * an English range of numbers takes no spaces around its dash ("3–5 October").
 */
function typeset(text: string, lang: Lang): string {
  const dayBeforeMonth = lang === 'de' ? /(\d{1,2}\.) (?=\p{Lu})/gu : /(\d{1,2}) (?=\p{Lu})/gu;
  return text
    .replace(/(\d)\s+–\s+(\d)/g, '$1–$2')
    .replace(/\u2009/g, ' ')
    .replace(dayBeforeMonth, `$1${NBSP}`);
}

/** A day in a form of one's own (a timeline tick: "3. Okt."), with the cached formatters. */
export function formatDay(day: Day, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  return typeset(formatter(lang, options).format(dayToDate(day)), lang);
}

/** "5. Oktober 2016" / "5 October 2016". */
export function describeDay(day: Day, lang: Lang): string {
  return typeset(formatter(lang, LONG_DAY).format(dayToDate(day)), lang);
}

/**
 * Says a reported date in words, as precisely as it was reported and no more:
 * a late-October interval reads "Ende Oktober 2016", never "31. Oktober 2016".
 */
export function describeReportedDate(date: ReportedDate, lang: Lang): string {
  return typeset(reportedDateInWords(date, lang), lang);
}

function reportedDateInWords(date: ReportedDate, lang: Lang): string {
  const start = dayToDate(date.start);
  const end = dayToDate(date.end);
  switch (date.precision) {
    case 'day':
      if (date.start === date.end) return describeDay(date.start, lang);
      return formatter(lang, LONG_DAY).formatRange(start, end);
    case 'year': {
      const startYear = dayToParts(date.start).year;
      const endYear = dayToParts(date.end).year;
      return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
    }
    case 'month':
      return isWholeMonth(date)
        ? formatter(lang, MONTH_YEAR).format(start)
        : formatter(lang, MONTH_YEAR).formatRange(start, end);
    case 'week':
      return lang === 'de'
        ? `Woche vom ${germanRangeWithBis(date)}`
        : `week of ${formatter(lang, LONG_DAY).formatRange(start, end)}`;
    case 'days':
      return partOfMonth(date, lang) ?? formatter(lang, LONG_DAY).formatRange(start, end);
  }
}

/** „3. bis 9. Februar 2020“, „28. Februar bis 5. März 2020“: a range said in words. */
function germanRangeWithBis(date: ReportedDate): string {
  const start = dayToParts(date.start);
  const end = dayToParts(date.end);
  const startDate = dayToDate(date.start);
  const head =
    start.year !== end.year
      ? formatter('de', LONG_DAY).format(startDate)
      : start.month !== end.month
        ? formatter('de', { day: 'numeric', month: 'long' }).format(startDate)
        : `${start.day}.`;
  return `${head} bis ${formatter('de', LONG_DAY).format(dayToDate(date.end))}`;
}

function isWholeMonth(date: ReportedDate): boolean {
  const start = dayToParts(date.start);
  const end = dayToParts(date.end);
  return (
    start.day === 1 &&
    start.year === end.year &&
    start.month === end.month &&
    end.day === daysInMonth(end.year, end.month)
  );
}

/** "Anfang/Mitte/Ende Oktober 2016" when the interval is exactly such a third of one month. */
function partOfMonth(date: ReportedDate, lang: Lang): string | null {
  const start = dayToParts(date.start);
  const end = dayToParts(date.end);
  if (start.year !== end.year || start.month !== end.month) return null;
  const last = daysInMonth(end.year, end.month);
  const words = PART_OF_MONTH[lang];
  let part: string | null = null;
  if (start.day === 1 && end.day <= 10) part = words.early;
  else if (start.day >= 10 && start.day <= 11 && end.day >= 19 && end.day <= 20) part = words.mid;
  else if (start.day >= 20 && start.day <= 21 && end.day === last) part = words.late;
  if (part === null) return null;
  const month = formatter(lang, MONTH_YEAR).format(dayToDate(date.start));
  return lang === 'en' && part.endsWith('-') ? `${part}${month}` : `${part} ${month}`;
}
