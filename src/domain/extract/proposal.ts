// What the extractor proposes: an event a person confirms, edits or drops, each part of it
// traceable to the words that gave it. The shape the in-app flow, the command and the score share.
import type { Category, Precision, VagueBound } from '../data/schema';
import type { Day } from '../time/days';
import type { PlaceMention } from './places';
import type { TimeExpression } from './types';

/** Words of the article that gave part of a proposal, with offsets ([start, end)) into it. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** Taken from a neighbouring sentence, because the event's own sentence does not say it. */
  inherited: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface ProposedEvent {
  /** A slug unique within the article ("moskau-2020-03-05"), stable for the same text and date. */
  key: string;
  /**
   * `basis: 'publication'` (the data contract's term): the sentence reports news without a date,
   * so it is dated to the day before publication up to the publication day.
   */
  date: {
    start: Day;
    end: Day;
    precision: Precision;
    vague?: VagueBound;
    basis?: 'publication';
  };
  status: 'occurred' | 'announced';
  category: Category;
  /** Ids of our curated actors (geodata/actors.json) the sentence names. May be empty. */
  actors: string[];
  /** A gazetteer id (curated slug, `gn:…` or `cc:…`). */
  placeId: string;
  /** Every place the place's words may mean, best first: for a person to choose. */
  placeCandidates: string[];
  /** The sentence that reports it, verbatim, and where it stands. */
  quote: string;
  sentence: TextRange;
  /** Null when the date is the publication's (`date.basis` is 'publication'). */
  dateEvidence: Evidence | null;
  placeEvidence: Evidence;
  /** Further sentences reporting the same occurrence (one event per occurrence, not per mention). */
  alsoReportedIn: TextRange[];
}

export interface Extraction {
  sentences: TextRange[];
  /** Every time expression and place found, for highlighting the text. */
  times: TimeExpression[];
  places: PlaceMention[];
  events: ProposedEvent[];
}
