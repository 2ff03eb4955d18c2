import type { Day } from '../time/days';
import type { Precision, VagueBound } from '../data/schema';

/** What the wording says about when: a future reading makes the event 'announced'. */
export type Tense = 'past' | 'future' | 'unknown';

/**
 * How the event relates to the interval: "seit 2011" starts in it, "bis zum 15. Oktober" ends
 * in it. The interval stays the one the words name, so the event builder decides the span.
 */
export type Relation = 'at' | 'since' | 'until';

export interface TimeExpression {
  /** The matched words as they stand in the text, with their offsets ([start, end)). */
  text: string;
  offset: number;
  endOffset: number;
  interval: { start: Day; end: Day };
  precision: Precision;
  /** A bound the words leave open ("seit Tagen", "seit Monaten"). */
  vague?: VagueBound;
  tense: Tense;
  relation: Relation;
}
