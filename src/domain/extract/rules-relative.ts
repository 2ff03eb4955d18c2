import type { Precision } from '../data/schema';
import { dayToParts, type Day } from '../time/days';
import {
  monthAround,
  partOf,
  shiftMonths,
  weekOf,
  yearOf,
  type Interval,
  type Part,
} from './calendar';
import { NUMBER_PATTERN, numberValue } from './lexicon';
import { CUE, REL, cueStep, cueTense, rule, type Rule } from './rule';
import type { Tense } from './types';

type Unit = 'day' | 'week' | 'month' | 'year';

const UNIT = '(?<unit>Tagen|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|Jahre|Jahr)';

function unitOf(word: string | undefined): Unit {
  const lower = (word ?? '').toLowerCase();
  if (lower.startsWith('tag')) return 'day';
  if (lower.startsWith('woche')) return 'week';
  return lower.startsWith('monat') ? 'month' : 'year';
}

/** The calendar unit (day, week, month, year) `count` units away from the publication day. */
function unitAway(
  published: Day,
  unit: Unit,
  count: number,
): { interval: Interval; precision: Precision } {
  if (unit === 'day')
    return { interval: { start: published + count, end: published + count }, precision: 'day' };
  if (unit === 'week') return { interval: weekOf(published + 7 * count), precision: 'week' };
  if (unit === 'month')
    return { interval: monthAround(shiftMonths(published, count)), precision: 'month' };
  return { interval: yearOf(dayToParts(published).year + count), precision: 'year' };
}

/* "vor zwei Tagen", "vor einer Woche", "vor zwei Jahren": the unit that far back. */
const ago: Rule = rule(
  `${REL}vor\\s+(?<count>${NUMBER_PATTERN})\\s+${UNIT}`,
  (groups, { published }) => {
    const count = numberValue(groups.count ?? '');
    if (count <= 0) return null;
    return { ...unitAway(published, unitOf(groups.unit), -count), tense: 'past' };
  },
);

/*
 * "in einem Monat", "in zwei Wochen": the unit that far ahead. A count is required, so "in
 * der Woche" stays unread.
 */
const ahead: Rule = rule(
  `in\\s+(?<count>${NUMBER_PATTERN})\\s+${UNIT}`,
  (groups, { published }) => {
    const count = numberValue(groups.count ?? '');
    if (count <= 0) return null;
    return { ...unitAway(published, unitOf(groups.unit), count), tense: 'future' };
  },
);

/* "in den kommenden Tagen", "in den vergangenen zwei Wochen": from or up to the publication day. */
const stretch: Rule = rule(
  `${REL}(?:in|während|binnen)\\s+(?:den|der)\\s+${CUE}\\s+(?:(?<count>${NUMBER_PATTERN})\\s+)?${UNIT}`,
  (groups, { published }) => {
    const step = cueStep(groups.cue);
    const unit = unitOf(groups.unit);
    // Only plurals: "in der vergangenen Woche" is the calendar week, read by `namedUnit`.
    if (!step || !/^(tagen|wochen|monaten|monate|jahren|jahre)$/i.test(groups.unit ?? ''))
      return null;
    // Without a count, "die kommenden Tage" is taken as about a week, the usual horizon.
    const count = groups.count ? numberValue(groups.count) : unit === 'day' ? 7 : 2;
    const perUnit = { day: 1, week: 7, month: 30, year: 365 }[unit];
    const length = count * perUnit;
    const interval =
      step > 0
        ? { start: published + 1, end: published + length }
        : { start: published - length + 1, end: published };
    const precision: Precision = length <= 31 ? 'days' : length <= 92 ? 'month' : 'year';
    const tense: Tense = step > 0 ? 'future' : 'past';
    return { interval, precision, tense };
  },
);

const PART = '(?:(?<part>Anfang|Mitte|Ende)\\s+)?';

/*
 * A unit named with a cue: "in der vergangenen Woche", "kommende Woche", "im letzten Jahr",
 * "diesen Monat", "Anfang dieser Woche". The cue decides the direction, not the verbs.
 */
const namedUnit: Rule = rule(
  `${REL}${PART}(?:(?:in|im|am|während|zu)\\s+)?(?:(?:der|dem|des|die|das|den)\\s+)?${CUE}\\s+(?<unit>Wochen?|Monats?|Jahres|Jahrs?)`,
  (groups, { published, sentenceTense }) => {
    const step = cueStep(groups.cue) ?? 0;
    const unit = unitOf(groups.unit);
    if (unit === 'day' || (groups.unit ?? '').toLowerCase() === 'wochen') return null;
    const { interval, precision } = unitAway(published, unit, step);
    const tense = cueTense(groups.cue, sentenceTense);
    const part = groups.part?.toLowerCase() as Part | undefined;
    if (!part) return { interval, precision, tense };
    return {
      interval: partOf(interval, unit, part),
      precision: unit === 'year' ? 'month' : 'days',
      tense,
    };
  },
);

/* "Ende der Woche", "Anfang des Jahres", "Mitte des Monats": a part of the current unit. */
const partOfCurrent: Rule = rule(
  `${REL}(?<part>Anfang|Mitte|Ende)\\s+(?:der|des)\\s+(?<unit>Woche|Monats|Jahres|Jahrs)`,
  (groups, { published, sentenceTense }) => {
    const unit = unitOf(groups.unit);
    if (unit === 'day') return null;
    const { interval } = unitAway(published, unit, 0);
    const part = (groups.part ?? '').toLowerCase() as Part;
    const precision: Precision = unit === 'year' ? 'month' : 'days';
    return { interval: partOf(interval, unit, part), precision, tense: sentenceTense };
  },
);

/** How far back an open "seit …" reaches, by the data contract (geodata/README.md, rule 3). */
const OPEN_SINCE_DAYS: Record<Unit, number> = { day: 14, week: 42, month: 91, year: 3 * 365 };

/*
 * "seit Tagen", "seit einigen Wochen", "seit Monaten", "seit Jahren": something going on up to
 * publication since a time the text leaves open. The start is a convention, marked vague.
 */
const openSince: Rule = rule(
  `seit\\s+(?:(?:einigen|wenigen|vielen|mehreren)\\s+)?(?<unit>Tagen|Wochen|Monaten|Jahren)`,
  (groups, { published }) => {
    const unit = unitOf(groups.unit);
    const start = published - OPEN_SINCE_DAYS[unit] + 1;
    const precision: Precision = unit === 'day' ? 'days' : unit === 'year' ? 'year' : 'month';
    return { interval: { start, end: published }, precision, tense: 'past', vague: 'start' };
  },
);

export const RELATIVE_RULES: Rule[] = [stretch, namedUnit, partOfCurrent, ago, ahead, openSince];
