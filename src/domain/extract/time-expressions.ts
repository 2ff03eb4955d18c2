import type { Day } from '../time/days';
import type { Rule } from './rule';
import { relationOf } from './rule';
import { CALENDAR_RULES } from './rules-calendar';
import { DAY_RULES } from './rules-days';
import { RELATIVE_RULES } from './rules-relative';
import { tenseAround } from './tense';
import type { TimeExpression } from './types';

/*
 * Own compact rules rather than chrono-node: its German parser reads "früh" as Friday and
 * "Morgen" as tomorrow, ignores tense, and has no "Anfang/Mitte/Ende Oktober", "im Juni",
 * weekday-daytime compounds, nights or relative spans with German number words, so most of
 * what German news needs would be our own parsers and refiners on top of a dependency.
 */
const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...DAY_RULES];

/**
 * The time expressions of a German text, each resolved against the publication day. Where
 * matches overlap the longest wins ("am 7. September 2018" over "2018"), then the earliest.
 */
export function findTimeExpressions(text: string, published: Day): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const { pattern, resolve } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const offset = match.index;
      const endOffset = offset + match[0].length;
      const groups = match.groups ?? {};
      const context = {
        published,
        sentenceTense: tenseAround(text, offset, endOffset),
        after: text.slice(endOffset, endOffset + 40),
      };
      const resolution = resolve(groups, context);
      if (!resolution) continue;
      found.push({
        text: match[0],
        offset,
        endOffset,
        ...resolution,
        relation: relationOf(groups.rel),
      });
    }
  }
  return withoutOverlaps(found);
}

function withoutOverlaps(found: TimeExpression[]): TimeExpression[] {
  const byStrength = [...found].sort(
    (a, b) => b.endOffset - b.offset - (a.endOffset - a.offset) || a.offset - b.offset,
  );
  const kept: TimeExpression[] = [];
  for (const candidate of byStrength) {
    const clashes = kept.some(
      (other) => candidate.offset < other.endOffset && other.offset < candidate.endOffset,
    );
    if (!clashes) kept.push(candidate);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
