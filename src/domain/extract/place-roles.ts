// Whether a place name says where something happened or only who acted or what it was about.
// "in der Provinz Idlib", "nach Moskau" locate an event; "Die Türkei hatte bestätigt" names a
// country as an actor; "Syrien-Konflikt", "Kreml-Sprecher" and "Sotschi-Abkommen" name a topic.
import type { GazetteerPlace } from './gazetteer';
import type { PlaceMention } from './places';

/** A preposition, an optional article and up to three words ("in der letzten syrischen Hochburg"). */
const before = (prepositions: string) =>
  new RegExp(
    `(?:^|[^\\p{L}])(?:${prepositions})\\s+(?:(?:der|dem|den|die|des|das|einer|einem|eines)\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`,
    'iu',
  );
/** Where something happens or where someone goes. */
const AT = before(
  'in|im|nach|bei|beim|nahe|nördlich|südlich|östlich|westlich|nordwestlich|nordöstlich|südwestlich|südöstlich|um|vor|an|am|auf|über|gegen|zwischen|zur|zum',
);
/** Where someone comes from: a place, but "eine Delegation aus Moskau … in Ankara" met in Ankara. */
const FROM = before('aus|von|vom');

/**
 * How much a mention says about where: 3 after a locative preposition, 2.5 after "aus" or
 * "von", 2 a plain town or province, 1 a town or building in a compound ("Kreml-Sprecher",
 * "NATO-Gipfel": said or held there), 0.5 a country or a capital as an actor ("Ankara
 * schickte Verstärkung"), 0 a country in a compound ("Syrien-Konflikt": a topic).
 */
export function locatingStrength(
  text: string,
  mention: PlaceMention,
  place: GazetteerPlace | undefined,
  sentenceStart: number,
): number {
  const isCountry = place?.kind === 'country';
  const compound =
    /^[-‐‑]\p{L}/u.test(text.slice(mention.end, mention.end + 2)) ||
    /\p{L}[-‐‑]$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start));
  if (compound) return isCountry ? 0 : 1;
  const preceding = text.slice(Math.max(sentenceStart, mention.start - 60), mention.start);
  if (AT.test(preceding)) return 3;
  if (FROM.test(preceding)) return 2.5;
  if (isCountry || (place?.capital && actsAsSubject(text, mention, sentenceStart))) return 0.5;
  return 2;
}

/**
 * A capital that opens its sentence and is followed by a verb or "und" ("Ankara schickte",
 * "Ankara und Moskau einigten sich") stands for its government.
 */
function actsAsSubject(text: string, mention: PlaceMention, sentenceStart: number): boolean {
  if (text.slice(sentenceStart, mention.start).trim() !== '') return false;
  return /^\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 3));
}

/** Strong enough to locate an event by itself. */
export const LOCATES = 2;
/** Better than a place taken from the sentences before. */
export const OWN_BEATS_NEIGHBOURS = 1;

/**
 * Datelines ("Damaskus/Istanbul (dpa) -", "MOSKAU, 5. März (Reuters) –"): where the story was
 * filed, not where anything happened. Ranges into the text.
 */
const DATELINE =
  /(?<=^|\n)[ \t]*[\p{Lu}][\p{L}\p{M} ./,\d-]{1,60}?\s*\((?:dpa|afp|AFP|Reuters|rtr|AP|ap|KNA|epd|dts|APA|sda|SDA|AA|ANSA|Sana|SANA)[^)\n]{0,30}\)\s*[-–—:]/gu;

export function datelines(text: string): { start: number; end: number }[] {
  return [...text.matchAll(DATELINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Named where the story was filed: never the event's place. */
export const IN_DATELINE = 0.25;
