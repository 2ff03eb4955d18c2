// Events proposed from a German article: each sentence that reports something (a cue word of a
// category) and says when and where — or takes when and where from the sentences before it in
// its paragraph — proposes one event; proposals of the same place, kind and time are one
// occurrence told twice and become one event with both sentences.
import { PRECISIONS, type Precision } from '../data/schema';
import { formatIsoDay, type Day } from '../time/days';
import { findActors, guessCategory } from './cues';
import type { GazetteerLookup } from './gazetteer-lookup';
import { hintsFromText } from './hints';
import { nameKey } from './normalize';
import { findPlaces, type PlaceMention } from './places';
import type { Evidence, Extraction, ProposedEvent, TextRange } from './proposal';
import { splitSentences } from './sentences';
import { findTimeExpressions } from './time-expressions';
import type { TimeExpression } from './types';

/** How far back (in sentences) a sentence without a place looks for one. */
const PLACE_REACH = 3;

interface Paragraphed extends TextRange {
  paragraph: number;
}

function paragraphsOf(text: string, sentences: TextRange[]): Paragraphed[] {
  let paragraph = 0;
  let last = 0;
  return sentences.map((s) => {
    if (/\n\s*\n/.test(text.slice(last, s.start))) paragraph++;
    last = s.end;
    return { ...s, paragraph };
  });
}

const within = (range: TextRange) => (x: { start: number; end: number }) =>
  x.start >= range.start && x.end <= range.end;

const precisionRank = (p: Precision) => PRECISIONS.indexOf(p);

/** The expression that dates the sentence's event: an "at" before a "since"/"until", then the most precise. */
function mainTime(times: TimeExpression[]): TimeExpression | undefined {
  return [...times].sort(
    (a, b) =>
      Number(a.relation !== 'at') - Number(b.relation !== 'at') ||
      precisionRank(a.precision) - precisionRank(b.precision) ||
      a.offset - b.offset,
  )[0];
}

/** A town before a region: the more precise place is where it happened. */
function mainPlace(places: PlaceMention[]): PlaceMention | undefined {
  return places.find((p) => p.precision === 'point') ?? places[0];
}

function eventDate(time: TimeExpression, published: Day): ProposedEvent['date'] {
  const { start, end } = time.interval;
  if (time.relation === 'since') {
    return { start, end: Math.max(end, published), precision: time.precision, vague: 'end' };
  }
  if (time.relation === 'until') {
    return { start: Math.min(start, published), end, precision: time.precision, vague: 'start' };
  }
  return { start, end, precision: time.precision };
}

const evidence = (
  x: { text: string; start: number; end: number },
  inherited: boolean,
): Evidence => ({
  text: x.text,
  start: x.start,
  end: x.end,
  inherited,
});

function slug(text: string): string {
  return nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function extractEvents(text: string, published: Day, lookup: GazetteerLookup): Extraction {
  const sentences = paragraphsOf(text, splitSentences(text));
  const times = findTimeExpressions(text, published);
  const places = findPlaces(text, lookup.index, hintsFromText(text, lookup.index, lookup.byId));
  const timeRanges = times.map((t) => ({ ...t, start: t.offset, end: t.endOffset }));

  const proposals: ProposedEvent[] = [];
  let lastTime: { time: TimeExpression; paragraph: number } | null = null;
  const placeBySentence: (PlaceMention | undefined)[] = [];

  sentences.forEach((sentence, i) => {
    const ownTime = mainTime(timeRanges.filter(within(sentence)));
    const ownPlace = mainPlace(places.filter(within(sentence)));
    placeBySentence.push(ownPlace);
    const quote = text.slice(sentence.start, sentence.end);
    const category = guessCategory(quote);
    const inheritedTime =
      !ownTime && lastTime && lastTime.paragraph === sentence.paragraph ? lastTime.time : undefined;
    if (ownTime) lastTime = { time: ownTime, paragraph: sentence.paragraph };
    if (!category || (!ownTime && !ownPlace)) return;
    const time = ownTime ?? inheritedTime;
    const place =
      ownPlace ??
      placeBySentence.slice(Math.max(0, i - PLACE_REACH), i).findLast((p) => p !== undefined);
    if (!time || !place) return;

    const date = eventDate(time, published);
    const future = time.tense === 'future' || date.start > published;
    proposals.push({
      key: '',
      date,
      status: future ? 'announced' : 'occurred',
      category,
      actors: findActors(quote),
      placeId: place.placeId,
      placeCandidates: place.candidates,
      quote,
      sentence: { start: sentence.start, end: sentence.end },
      dateEvidence: evidence(
        { text: time.text, start: time.offset, end: time.endOffset },
        !ownTime,
      ),
      placeEvidence: evidence(place, !ownPlace),
      alsoReportedIn: [],
    });
  });

  const events = mergeOccurrences(proposals);
  const keys = new Set<string>();
  for (const event of events) {
    const base = slug(
      `${lookup.byId.get(event.placeId)?.de ?? event.placeId}-${formatIsoDay(event.date.start)}`,
    );
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    keys.add(key);
    event.key = key;
  }
  return { sentences: sentences.map(({ start, end }) => ({ start, end })), times, places, events };
}

const overlaps = (a: ProposedEvent['date'], b: ProposedEvent['date']) =>
  a.start <= b.end && b.start <= a.end;

/**
 * One event per occurrence: a later sentence that proposes the same kind of event at the same
 * place in an overlapping interval retells an earlier one. The more precise date is kept.
 */
function mergeOccurrences(proposals: ProposedEvent[]): ProposedEvent[] {
  const kept: ProposedEvent[] = [];
  for (const proposal of proposals) {
    const same = kept.find(
      (k) =>
        k.placeId === proposal.placeId &&
        k.category === proposal.category &&
        k.status === proposal.status &&
        overlaps(k.date, proposal.date),
    );
    if (!same) {
      kept.push(proposal);
      continue;
    }
    same.alsoReportedIn.push(proposal.sentence);
    if (precisionRank(proposal.date.precision) < precisionRank(same.date.precision)) {
      same.date = proposal.date;
      same.dateEvidence = proposal.dateEvidence;
    }
    for (const actor of proposal.actors) if (!same.actors.includes(actor)) same.actors.push(actor);
  }
  return kept;
}
