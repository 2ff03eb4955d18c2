import { resolveWeekday } from './calendar';
import { WEEKDAY_PATTERN, weekdayIndex } from './lexicon';
import { CUE, REL, cueStep, cueTense, rule, type Rule } from './rule';

const PART_OF_DAY = 'morgen|früh|vormittag|mittag|nachmittag|abend|nacht';

/*
 * "morgen" is tomorrow only in lower case: the capitalised noun is the morning ("am frühen
 * Morgen", "heute Morgen"), so this rule alone matches case-sensitively. A sentence opening
 * with "Morgen" (tomorrow) is missed on purpose; misreading mornings is worse.
 */
const relativeDays: Rule = rule(
  `${REL}(?<word>vorgestern|gestern|heute|morgen|übermorgen|Vorgestern|Gestern|Heute|Übermorgen)(?:\\s+(?:[Mm]orgen|[Ff]rüh|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht))?`,
  (groups, { published }) => {
    const word = (groups.word ?? '').toLowerCase();
    const shift = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[word] ?? 0;
    const day = published + shift;
    const tense = shift < 0 ? 'past' : shift > 0 ? 'future' : 'unknown';
    return { interval: { start: day, end: day }, precision: 'day', tense };
  },
  'gu',
);

/* "am Donnerstag", "Donnerstagabend", "am vergangenen Freitag", "Montag früh"; not "montags". */
const weekday: Rule = rule(
  `${REL}(?:(?:am|vom|zum|den)\\s+)?(?:${CUE}\\s+)?(?<weekday>${WEEKDAY_PATTERN})(?:${PART_OF_DAY})?(?:\\s+(?:${PART_OF_DAY}))?`,
  (groups, { published, sentenceTense }) => {
    const index = weekdayIndex(groups.weekday ?? '');
    const step = cueStep(groups.cue);
    const tense = cueTense(groups.cue, sentenceTense);
    let day = resolveWeekday(index, published, tense);
    // "am vergangenen Montag" on a Monday is a week back, not today.
    if (step === -1 && day === published) day -= 7;
    return { interval: { start: day, end: day }, precision: 'day', tense };
  },
);

/* The night belongs to two days, so it spans both: "in der Nacht zum Sonntag" is Sat–Sun. */
const night: Rule = rule(
  `in\\s+der\\s+Nacht\\s+(?:zum|zu|auf\\s+den)\\s+(?:${CUE}\\s+)?(?<weekday>${WEEKDAY_PATTERN}|heute|gestern|morgen)`,
  (groups, { published, sentenceTense }) => {
    const word = (groups.weekday ?? '').toLowerCase();
    const tense = cueTense(groups.cue, sentenceTense);
    const fixed = { gestern: -1, heute: 0, morgen: 1 }[word];
    const day =
      fixed !== undefined
        ? published + fixed
        : resolveWeekday(weekdayIndex(word), published, tense);
    return { interval: { start: day - 1, end: day }, precision: 'days', tense };
  },
);

/* "am Wochenende": the weekend just past (or under way), or the next one when future. */
const weekend: Rule = rule(
  `${REL}(?:am|übers|über\\s+das|an\\s+diesem|dieses)\\s+(?:${CUE}\\s+)?Wochenende`,
  (groups, { published, sentenceTense }) => {
    const tense = cueTense(groups.cue, sentenceTense);
    // The latest Saturday up to the publication day also covers a text written on Sunday.
    const start = resolveWeekday(5, published, tense);
    return { interval: { start, end: start + 1 }, precision: 'days', tense };
  },
);

export const DAY_RULES: Rule[] = [relativeDays, night, weekend, weekday];
