// Whether a place name says where something happened or only who acted or what it was about.
// "in der Provinz Idlib", "nach Moskau" locate an event; "Die Türkei hatte bestätigt" names a
// country as an actor; "Syrien-Konflikt", "Kreml-Sprecher" and "Sotschi-Abkommen" name a topic.
import type { PlaceMention } from './places';

/** A locative preposition, an optional article and up to three words ("in der letzten syrischen Hochburg"). */
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:in|im|nach|aus|bei|beim|nahe|nördlich|südlich|östlich|westlich|um|vor|an|am|auf|über|gegen|zwischen|von|vom|nordwestlich|nordöstlich|südwestlich|südöstlich)\s+(?:(?:der|dem|den|die|des|das|einer|einem|eines)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * How much a mention says about where: 3 after a locative preposition, 2 a plain town or
 * province, 1 a town or building in a compound ("Kreml-Sprecher", "NATO-Gipfel": said or held
 * there), 0.5 a country as an actor, 0 a country in a compound ("Syrien-Konflikt": a topic).
 */
export function locatingStrength(
  text: string,
  mention: PlaceMention,
  isCountry: boolean,
  sentenceStart: number,
): number {
  const compound =
    /^[-‐‑]\p{L}/u.test(text.slice(mention.end, mention.end + 2)) ||
    /\p{L}[-‐‑]$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start));
  if (compound) return isCountry ? 0 : 1;
  const before = text.slice(Math.max(sentenceStart, mention.start - 60), mention.start);
  if (LOCATIVE_BEFORE.test(before)) return 3;
  return isCountry ? 0.5 : 2;
}

/** Strong enough to locate an event by itself. */
export const LOCATES = 2;
/** Better than a place taken from the sentences before. */
export const OWN_BEATS_NEIGHBOURS = 1;
