// What the text says about itself: whether it is German at all, and when it was written.
import { parseIsoDay, type Day } from '../time/days';
import { findTimeExpressions } from './time-expressions';

/** Words nearly every German paragraph has and other languages rarely spell the same. */
const GERMAN_WORDS = new Set(
  'der die das und ist nicht mit von den zu im auf für sich des dem ein eine einen wurde wurden hat haben sei nach auch bei aus dass über wie noch am zum zur werden sind'.split(
    ' ',
  ),
);

/** At least this share of the words must be common German words. */
const GERMAN_SHARE = 0.12;
/** Below this many words a text is too short to propose events from. */
export const MIN_WORDS = 8;

export function wordCount(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}

export function looksGerman(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  const german = words.filter((w) => GERMAN_WORDS.has(w)).length;
  return german / words.length >= GERMAN_SHARE;
}

/** Dates with a year resolve without a publication date; any day will do as the reference. */
const ANY_REFERENCE = parseIsoDay('2000-01-01')!;
/** A dateline stands at the top: a full date there is the publication date. */
const DATELINE_CHARS = 300;

/**
 * The publication date a text suggests: a full date ("20.12.2016", "7. September 2018") in
 * its first lines, else the latest full date it names; null when it names none.
 */
export function suggestPublished(text: string): Day | null {
  const full = findTimeExpressions(text, ANY_REFERENCE).filter(
    (t) => t.precision === 'day' && /\d{4}/.test(t.text) && t.interval.start === t.interval.end,
  );
  const iso = [...text.matchAll(/(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g)]
    .map((m) => ({ offset: m.index, day: parseIsoDay(m[1]!) }))
    .filter((x): x is { offset: number; day: Day } => x.day !== null);
  const dates = [...full.map((t) => ({ offset: t.offset, day: t.interval.start })), ...iso];
  if (!dates.length) return null;
  const top = dates.filter((d) => d.offset < DATELINE_CHARS).sort((a, b) => a.offset - b.offset);
  if (top.length) return top[0]!.day;
  return Math.max(...dates.map((d) => d.day));
}
