import { dayFromParts, daysInMonth, type Day } from '../time/days';
import { monthOf, partOf, resolveYear, yearOf, type Part } from './calendar';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber } from './lexicon';
import { REL, rule, type Rule } from './rule';
import type { Tense } from './types';

const YEAR = '(?<year>(?:19|20)\\d{2})';

function yearFor(month: number, written: string | undefined, published: Day, tense: Tense): number {
  return written ? Number(written) : resolveYear(month, published, tense);
}

/** A deadline ("bis Ende Februar") is ahead unless the verbs say otherwise. */
const deadlineTense = (rel: string | undefined, tense: Tense): Tense =>
  rel?.toLowerCase() === 'bis' && tense === 'unknown' ? 'future' : tense;

/*
 * "am 30. Dezember", "bis zum 15. Oktober", "am Montag, dem 7. September 2018", "vom 5. bis
 * 7. Oktober". Without a year the tense picks it as for a bare month.
 */
const dayMonth: Rule = rule(
  `${REL}(?:(?:am|vom|zum|den|dem)\\s+)?(?:(?:${WEEKDAY_PATTERN}),?\\s+(?:(?:den|dem)\\s+)?)?(?<day>\\d{1,2})\\.\\s*(?:(?:bis|–|-)\\s*(?:(?:zum)\\s+)?(?<last>\\d{1,2})\\.\\s*)?(?<month>${MONTH_PATTERN})(?:\\s+${YEAR})?`,
  (groups, { published, sentenceTense: verbs }) => {
    const sentenceTense = deadlineTense(groups.rel, verbs);
    const month = monthNumber(groups.month ?? '');
    const year = yearFor(month, groups.year, published, sentenceTense);
    const first = Number(groups.day);
    const last = groups.last ? Number(groups.last) : first;
    if (first < 1 || last < first || last > daysInMonth(year, month)) return null;
    const interval = {
      start: dayFromParts(year, month, first),
      end: dayFromParts(year, month, last),
    };
    return { interval, precision: first === last ? 'day' : 'days', tense: sentenceTense };
  },
);

/* "7.10.2016", "07.10.16": only with a year, since "7.10." alone is too often a score or a list. */
const numericDate: Rule = rule(
  `${REL}(?:(?:am|vom|zum|den|dem)\\s+)?(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4}|\\d{2})`,
  (groups, { sentenceTense }) => {
    const [day, month] = [Number(groups.day), Number(groups.month)];
    const short = Number(groups.year);
    const year = (groups.year ?? '').length === 2 ? 2000 + short : short;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const start = dayFromParts(year, month, day);
    return { interval: { start, end: start }, precision: 'day', tense: sentenceTense };
  },
);

/*
 * "im August", "Anfang September", "Ende Oktober 2016", "seit Mitte Oktober". A bare month
 * before a capitalised word is more likely a first name ("August Hanning"), so it is skipped.
 */
const month: Rule = rule(
  `${REL}(?:(?<lead>im|in|vom|zum|Monat)\\s+)?(?:(?<part>Anfang|Mitte|Ende)\\s+(?:des\\s+)?)?(?<month>${MONTH_PATTERN})(?:\\s+${YEAR})?`,
  (groups, { published, sentenceTense: verbs, after }) => {
    const sentenceTense = deadlineTense(groups.rel, verbs);
    const bare = !groups.rel && !groups.lead && !groups.part && !groups.year;
    if (bare && /^\s+\p{Lu}/u.test(after)) return null;
    const number = monthNumber(groups.month ?? '');
    const interval = monthOf(yearFor(number, groups.year, published, sentenceTense), number);
    const part = groups.part?.toLowerCase() as Part | undefined;
    if (!part) return { interval, precision: 'month', tense: sentenceTense };
    return { interval: partOf(interval, 'month', part), precision: 'days', tense: sentenceTense };
  },
);

/* Meteorological seasons; "Frühjahr" must never be read as a Friday. */
const SEASONS: Record<string, number> = {
  frühjahr: 3,
  frühling: 3,
  sommer: 6,
  herbst: 9,
  winter: 12,
};

const season: Rule = rule(
  `${REL}(?:(?:im|in|vom|zum)\\s+)?(?:(?<part>Anfang|Mitte|Ende)\\s+(?:des\\s+)?)?(?<season>Frühjahrs?|Frühlings?|Sommers?|Herbst(?:es|s)?|Winters?)(?:\\s+${YEAR})?`,
  (groups, { published, sentenceTense }) => {
    const key = (groups.season ?? '').toLowerCase().replace(/(es|s)$/, '');
    const first = SEASONS[key] ?? SEASONS[key + 's'];
    if (!first) return null;
    const year = yearFor(first, groups.year, published, sentenceTense);
    // Date.UTC carries month 13 and 14 into the next year, which is winter's end.
    const interval = {
      start: dayFromParts(year, first, 1),
      end: dayFromParts(year, first + 3, 1) - 1,
    };
    return { interval, precision: 'month', tense: sentenceTense };
  },
);

/*
 * "2018", "seit 2011", "im Jahr 2016", "Ende 2019". A bare four-digit number followed by a
 * capitalised word is more likely a count ("2000 Kämpfer"), so it needs a lead-in word then.
 */
const year: Rule = rule(
  `${REL}(?:(?<lead>im\\s+Jahre?|Anfang|Mitte|Ende|von)\\s+)?${YEAR}`,
  (groups, { sentenceTense, after }) => {
    if (!groups.rel && !groups.lead && /^\s+\p{Lu}/u.test(after)) return null;
    const interval = yearOf(Number(groups.year));
    const part = groups.lead?.toLowerCase() as Part | undefined;
    if (part === 'anfang' || part === 'mitte' || part === 'ende')
      return { interval: partOf(interval, 'year', part), precision: 'month', tense: sentenceTense };
    return { interval, precision: 'year', tense: sentenceTense };
  },
);

export const CALENDAR_RULES: Rule[] = [dayMonth, numericDate, month, season, year];
