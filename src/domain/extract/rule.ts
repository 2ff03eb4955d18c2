import type { Day } from '../time/days';
import type { Precision, VagueBound } from '../data/schema';
import type { Interval } from './calendar';
import type { Relation, Tense } from './types';

export interface RuleContext {
  published: Day;
  /** The tense the verbs of the sentence suggest; a rule's own cue word overrides it. */
  sentenceTense: Tense;
  /** The text after the match, for rules that look one word ahead. */
  after: string;
}

export interface Resolution {
  interval: Interval;
  precision: Precision;
  tense: Tense;
  /** A bound the words leave open ("seit Tagen"): the interval there is a convention. */
  vague?: VagueBound;
}

export interface Rule {
  /** Global and unicode; named groups feed `resolve`, `rel` gives the relation. */
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, context: RuleContext): Resolution | null;
}

/* JS's \b knows no umlauts, so edges are spelled out: no letter or digit either side. */
export const START = '(?<![\\p{L}\\d])';
export const END = '(?![\\p{L}\\d])';
export const REL = '(?:(?<rel>seit|bis|ab)\\s+(?:(?:zum|zur|dem|der|den)\\s+)?)?';

export function rule(source: string, resolve: Rule['resolve'], flags = 'giu'): Rule {
  return { pattern: new RegExp(START + source + END, flags), resolve };
}

export function relationOf(word: string | undefined): Relation {
  const lower = word?.toLowerCase();
  return lower === 'seit' || lower === 'ab' ? 'since' : lower === 'bis' ? 'until' : 'at';
}

/** Cue words that fix the direction themselves: "vergangenen Freitag", "kommende Woche". */
export const CUE =
  '(?<cue>vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|kommende[nmrs]?|nächste[nmrs]?|diese[nmrs]?|laufende[nmrs]?)';

export function cueTense(cue: string | undefined, fallback: Tense): Tense {
  const lower = cue?.toLowerCase() ?? '';
  if (/^(vergangen|letzt|vorig)/.test(lower)) return 'past';
  if (/^(kommend|nächst)/.test(lower)) return 'future';
  return fallback;
}

/** -1 for "vergangene", +1 for "kommende", 0 for "diese"/"laufende", null without a cue. */
export function cueStep(cue: string | undefined): number | null {
  if (!cue) return null;
  const tense = cueTense(cue, 'unknown');
  return tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
}
