// Events proposed from a German article: each sentence that reports something (a cue word of a
// category) and says when and where — or takes when and where from the sentences before it —
// proposes an event; proposals of the same place, kind and time are one occurrence told twice
// and become one event with both sentences.
import { fitsPrecision, precisionForLength, PRECISIONS, type Precision } from '../data/schema';
import { formatIsoDay, type Day } from '../time/days';
import { findActors, guessCategory } from './cues';
import type { GazetteerLookup } from './gazetteer-lookup';
import { hintsFromText } from './hints';
import { nameKey } from './normalize';
import {
  datelines,
  IN_DATELINE,
  LOCATES,
  locatingStrength,
  OWN_BEATS_NEIGHBOURS,
} from './place-roles';
import { findPlaces, type PlaceMention } from './places';
import type { Evidence, Extraction, ProposedEvent, TextRange } from './proposal';
import { splitSentences } from './sentences';
import { findTimeExpressions } from './time-expressions';
import { tenseAround } from './tense';
import type { TimeExpression } from './types';

/** Words that make a sentence tell more of the occurrence before it ("Dabei starben neun"). */
const SAME_OCCURRENCE = /(?<![\p{L}])(dabei|hierbei|zugleich|gleichzeitig|ebenfalls)(?![\p{L}])/iu;

/** What stands between a town and the province it is said to lie in ("im Süden der Provinz"). */
const QUALIFIES =
  /^,?\s+(?:(?:im|in)\s+(?:der\s+|dem\s+)?(?:(?:Norden|Süden|Osten|Westen|Nordwesten|Nordosten|Südwesten|Südosten|Zentrum)\s+(?:der|des|von)\s+)?|nahe\s+|bei\s+)(?:[\p{L}-]+\s+){0,2}$/u;

/** Words that tie a sentence to the time of the one before it. */
const CONTINUATION =
  /(?<![\p{L}])(dabei|dort|damals|zuvor|daraufhin|anschließend|danach|dann|zugleich|gleichzeitig|ebenfalls|kurz darauf|am selben tag|am gleichen tag)(?![\p{L}])/iu;

/**
 * How far back (in sentences of its paragraph) a sentence without a place looks for one; across
 * a paragraph break only the sentence just before counts.
 */
const PLACE_REACH = 3;

interface Sentence extends TextRange {
  paragraph: number;
  times: TimeExpression[];
  /** Places that say where, best first. */
  locating: PlaceMention[];
  /** Towns in compounds ("Kreml-Sprecher"): where it was said, unless a sentence says where. */
  named: PlaceMention[];
  /** Countries named as actors and topic compounds: a place only when nothing better is near. */
  weak: PlaceMention[];
}

const precisionRank = (p: Precision) => PRECISIONS.indexOf(p);

const REPORTING =
  /(?<![\p{L}])(mitteilte|mitteilten|teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|bestätigte|bestätigten|verlautete|hieß es)(?![\p{L}])/iu;

/**
 * "Wie die Beobachtungsstelle am Samstag mitteilte, griffen Kampfflugzeuge in der Nacht zum
 * Samstag … an": a time in the clause of a reporting verb dates the report, not the event.
 */
function datesTheReport(text: string, time: TimeExpression): boolean {
  const before = text.slice(0, time.offset);
  const start = Math.max(...[',', ';', ':', '.', '–'].map((c) => before.lastIndexOf(c))) + 1;
  const rest = text.slice(time.endOffset);
  const end = rest.search(/[,;:.–]/);
  return REPORTING.test(text.slice(start, end < 0 ? text.length : time.endOffset + end));
}

/** The event's own time first, then an "at" before a "since"/"until", the most precise, the first. */
function byTimeStrength(
  reportTimes: ReadonlySet<TimeExpression>,
): (a: TimeExpression, b: TimeExpression) => number {
  return (a, b) =>
    Number(reportTimes.has(a)) - Number(reportTimes.has(b)) ||
    Number(a.relation !== 'at') - Number(b.relation !== 'at') ||
    precisionRank(a.precision) - precisionRank(b.precision) ||
    a.offset - b.offset;
}

function analyse(text: string, published: Day, lookup: GazetteerLookup): Sentence[] {
  const times = findTimeExpressions(text, published);
  const places = findPlaces(text, lookup.index, hintsFromText(text, lookup.index, lookup.byId));
  const filed = datelines(text);
  const inDateline = (p: PlaceMention) => filed.some((d) => p.start >= d.start && p.end <= d.end);
  let paragraph = 0;
  let last = 0;
  return splitSentences(text).map((range) => {
    if (/\n\s*\n/.test(text.slice(last, range.start))) paragraph++;
    last = range.end;
    const own = places.filter((p) => p.start >= range.start && p.end <= range.end);
    const strength = new Map(
      own.map((p) => [
        p,
        inDateline(p)
          ? IN_DATELINE
          : locatingStrength(text, p, lookup.byId.get(p.placeId), range.start),
      ]),
    );
    // "Maarat al-Numan im Süden der Provinz Idlib": the province says where the town is, so
    // the town is located as firmly as the province, and is the more precise of the two.
    for (const region of own.filter((p) => p.precision === 'region')) {
      const town = own.find(
        (p) =>
          p.precision === 'point' &&
          p.end <= region.start &&
          QUALIFIES.test(text.slice(p.end, region.start)),
      );
      if (town) strength.set(town, Math.max(strength.get(town)!, strength.get(region)!));
    }
    const byStrength = [...own].sort(
      (a, b) =>
        strength.get(b)! - strength.get(a)! ||
        Number(b.precision === 'point') - Number(a.precision === 'point') ||
        a.start - b.start,
    );
    return {
      ...range,
      paragraph,
      times: times.filter((t) => t.offset >= range.start && t.endOffset <= range.end),
      locating: byStrength.filter((p) => strength.get(p)! >= LOCATES),
      named: byStrength.filter(
        (p) => strength.get(p)! < LOCATES && strength.get(p)! >= OWN_BEATS_NEIGHBOURS,
      ),
      weak: byStrength.filter((p) => strength.get(p)! < OWN_BEATS_NEIGHBOURS),
    };
  });
}

/** The data contract's dating of undated news: the day before publication to the day itself. */
function newsOfTheDay(published: Day): ProposedEvent['date'] {
  return { start: published - 1, end: published, precision: 'days', basis: 'publication' };
}

function eventDate(time: TimeExpression, published: Day): ProposedEvent['date'] {
  const { start, end } = time.interval;
  // "seit 2011": from then up to the news; "bis zum 15. Oktober": from an unsaid start. Beyond
  // what a precision can say (three years), "seit 2011" is dated by when it began.
  if (time.relation === 'since' || time.relation === 'until') {
    const span =
      time.relation === 'since'
        ? { start, end: Math.max(end, published) }
        : { start: Math.min(start, published), end };
    const precision = precisionForLength(span.end - span.start + 1);
    if (precision) {
      return time.relation === 'until'
        ? { ...span, precision, vague: 'start' }
        : { ...span, precision };
    }
  }
  const precision = fitsPrecision(time.precision, end - start + 1)
    ? time.precision
    : (precisionForLength(end - start + 1) ?? 'year');
  return time.vague ? { start, end, precision, vague: time.vague } : { start, end, precision };
}

/** An undated plan ("will … reisen", "soll … beginnen"). */
const isFuture = (sentence: string) => tenseAround(sentence, 0, sentence.length) === 'future';

const timeEvidence = (time: TimeExpression, inherited: boolean): Evidence => ({
  text: time.text,
  start: time.offset,
  end: time.endOffset,
  inherited,
});

const placeEvidence = (place: PlaceMention, inherited: boolean): Evidence => ({
  text: place.text,
  start: place.start,
  end: place.end,
  inherited,
});

/**
 * When and where pairs of one sentence. Usually one: its strongest time and place. A sentence
 * that names several dates, each before its own place ("am Donnerstag nach Moskau und am
 * Freitag nach Washington"), reports one event per pair.
 */
function pairsOf(sentence: Sentence): { time: TimeExpression; place: PlaceMention }[] {
  const dated = sentence.times.filter((t) => t.relation === 'at');
  if (dated.length > 1 && sentence.locating.length > 1) {
    const pairs = dated.flatMap((time) => {
      const place = sentence.locating
        .filter((p) => p.start >= time.endOffset)
        .sort((a, b) => a.start - b.start)[0];
      return place ? [{ time, place }] : [];
    });
    const distinct = new Set(pairs.map((p) => `${p.place.placeId} ${p.time.interval.start}`));
    if (pairs.length > 1 && distinct.size === pairs.length) return pairs;
  }
  return [];
}

export function extractEvents(text: string, published: Day, lookup: GazetteerLookup): Extraction {
  const sentences = analyse(text, published, lookup);
  const proposals: ProposedEvent[] = [];
  let lastTime: { time: TimeExpression; paragraph: number } | null = null;

  sentences.forEach((sentence, i) => {
    const quote = text.slice(sentence.start, sentence.end);
    const reportTimes = new Set(
      sentence.times.length > 1 ? sentence.times.filter((t) => datesTheReport(text, t)) : [],
    );
    const ownTime = [...sentence.times].sort(byTimeStrength(reportTimes))[0];
    const inheritedTime =
      !ownTime && lastTime?.paragraph === sentence.paragraph ? lastTime.time : undefined;
    if (ownTime) lastTime = { time: ownTime, paragraph: sentence.paragraph };
    const category = guessCategory(quote);
    if (!category) return;

    const ownPlace = sentence.locating[0] ?? sentence.named[0];
    const nearPlace = ownPlace
      ? undefined
      : sentences
          .slice(Math.max(0, i - PLACE_REACH), i)
          .findLast(
            (s, k, before) =>
              s.locating.length > 0 &&
              (s.paragraph === sentence.paragraph || k === before.length - 1),
          )?.locating[0];
    const place = ownPlace ?? nearPlace ?? sentence.weak[0];
    // A sentence whose words tie it to the dated sentence just before it ("Dabei", "Dort",
    // "Daraufhin") happened then; any other sentence that places something without dating it
    // reports the news of the day.
    const continues = Boolean(
      inheritedTime && sentences[i - 1]?.times.length && CONTINUATION.test(quote),
    );
    // Without a time or a place of its own (or such a tie), a sentence comments on the one before.
    if (!place || (!ownTime && !ownPlace && !continues)) return;
    const previous = proposals.at(-1);
    if (
      !ownTime &&
      !ownPlace &&
      SAME_OCCURRENCE.test(quote) &&
      previous &&
      previous.sentence.end <= sentence.start &&
      sentences[i - 1]?.start === previous.sentence.start
    ) {
      previous.alsoReportedIn.push({ start: sentence.start, end: sentence.end });
      for (const actor of findActors(quote))
        if (!previous.actors.includes(actor)) previous.actors.push(actor);
      return;
    }
    const time = ownTime ?? (continues ? inheritedTime : undefined);

    const pairs = pairsOf(sentence);
    const chosen: { time: TimeExpression | undefined; place: PlaceMention }[] = pairs.length
      ? pairs
      : [{ time, place }];
    for (const pair of chosen) {
      const date = pair.time ? eventDate(pair.time, published) : newsOfTheDay(published);
      const future = pair.time
        ? pair.time.tense === 'future' || date.start > published
        : isFuture(quote);
      proposals.push({
        key: '',
        date,
        status: future ? 'announced' : 'occurred',
        category,
        actors: findActors(quote),
        placeId: pair.place.placeId,
        placeCandidates: pair.place.candidates,
        quote,
        sentence: { start: sentence.start, end: sentence.end },
        dateEvidence: pair.time ? timeEvidence(pair.time, pair.time !== ownTime) : null,
        placeEvidence: placeEvidence(pair.place, pair.place === nearPlace),
        alsoReportedIn: [],
      });
    }
  });

  const events = mergeOccurrences(proposals);
  assignKeys(events, lookup);
  return {
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    times: sentences.flatMap((s) => s.times),
    places: findPlacesOnce(sentences),
    events,
  };
}

function findPlacesOnce(sentences: Sentence[]): PlaceMention[] {
  return sentences
    .flatMap((s) => [...s.locating, ...s.named, ...s.weak])
    .sort((a, b) => a.start - b.start);
}

function slug(text: string): string {
  return nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function assignKeys(events: ProposedEvent[], lookup: GazetteerLookup): void {
  const keys = new Set<string>();
  for (const event of events) {
    const name = lookup.byId.get(event.placeId)?.de ?? event.placeId;
    const base = slug(`${name}-${formatIsoDay(event.date.start)}`);
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    keys.add(key);
    event.key = key;
  }
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
