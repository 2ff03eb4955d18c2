// Finds the places a German text names, with their offsets, against the gazetteer. Pure: runs in
// the browser and in Node. German inflects names ("Aleppos", "Damaskus'"), derives adjectives
// ("Genfer"), builds compounds ("Ost-Aleppo", "Sotschi-Abkommen") and names provinces after
// their capital ("Provinz Hama"); all of these are handled here, by rule, not by listing forms.
import type { GazetteerPlace } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { isCurated, type PlaceIndex } from './place-index.ts';
import { PLACE_STOP_WORDS } from './stop-words.ts';

export interface PlaceMention {
  /** Offsets into the text (UTF-16, as String.slice takes them) of the words that name it. */
  start: number;
  end: number;
  text: string;
  placeId: string;
  /** 'region' for countries, provinces and "Provinz X"; 'point' for towns and buildings. */
  precision: 'point' | 'region';
  /** Every place of that name, best first (the first is placeId): for a person to choose. */
  candidates: string[];
}

/** What the article is about, to choose between places of the same name. */
export interface PlaceHints {
  /** ISO codes of the countries the article is about. */
  countries?: readonly string[];
  /** [lon, lat] of the article's centre of gravity. */
  near?: readonly [number, number];
}

interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}’'‘ʿ]+(?:[-‐‑][\p{L}\p{M}’'‘ʿ]+)*/gu;
/** Compass and size prefixes of compounds: "Ost-Aleppo", "Nordsyrien" is left to the gazetteer. */
const PREFIXES = new Set([
  'ost',
  'west',
  'nord',
  'sud',
  'nordost',
  'nordwest',
  'sudost',
  'sudwest',
  'zentral',
  'gross',
  'innen',
]);
const PROVINCE_WORDS = new Set(['provinz', 'gouvernement', 'region', 'bezirk', 'distrikt']);
/** Towns take no article in German; "die Duma" is Russia's parliament, not Douma in Syria. */
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);
const takesArticle = (p: GazetteerPlace) => !['city', 'town', 'village'].includes(p.kind);
/** Arabic article in transliterations, the only lower-case start a place name has. */
const ARABIC_ARTICLE = /^(al|el|as|ad|ar|an|at|az|ash|asch)[-\s]/;

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** The keys a surface form may stand for: itself, then its uninflected forms. */
function keysOf(surface: string): { key: string; adjective: boolean }[] {
  const key = nameKey(surface.replace(/[’']$/, ''));
  const out = [{ key, adjective: false }];
  // Genitive: "Aleppos", "Moskaus" (but "Damaskus" keeps its s: tried as it is first).
  if (key.length > 4 && key.endsWith('s')) out.push({ key: key.slice(0, -1), adjective: false });
  // Adjective of a town: "Genfer Gespräche", "Moskauer Führung"; inflected "Berliners" too.
  const adjective = /^(.{3,}?)er(s|n)?$/.exec(key)?.[1];
  if (adjective) out.push({ key: adjective, adjective: true });
  return out;
}

function score(place: GazetteerPlace, hints: PlaceHints, province: boolean): number {
  // Our curated places are what our articles mean, except a building named after its city
  // (the NATO headquarters as "Brüssel"): the city is the likelier reading.
  let s = isCurated(place) && place.kind !== 'building' ? 1000 : 0;
  if (place.kind === 'building') s -= 5;
  if (province && (place.kind === 'region' || place.kind === 'country')) s += 2000;
  if (hints.countries?.includes(place.country)) s += 500;
  if (hints.near) {
    const dx = (place.lon - hints.near[0]) * Math.cos((place.lat * Math.PI) / 180);
    s -= Math.min(400, Math.hypot(dx, place.lat - hints.near[1]) * 111.2 * 0.2);
  }
  return s - place.rank * 10;
}

interface Found {
  places: GazetteerPlace[];
  adjective: boolean;
}

function lookup(index: PlaceIndex, surface: string): Found | null {
  for (const { key, adjective } of keysOf(surface)) {
    if (PLACE_STOP_WORDS.has(key)) return null;
    const places = index.byKey.get(key);
    // An adjective only names a town people speak of by adjective: a city, not a hamlet.
    const fit = places?.filter((p) => !adjective || isCurated(p) || p.rank <= 4);
    if (fit?.length) return { places: fit, adjective };
  }
  return null;
}

const isName = (surface: string) =>
  /^\p{Lu}/u.test(surface) || ARABIC_ARTICLE.test(surface.toLowerCase());

/** Longest name starting at the first of `tokens`: tokens used, places, offsets; or null. */
function matchAt(text: string, tokens: Token[], index: PlaceIndex) {
  const [first] = tokens;
  if (!first) return null;
  for (let n = Math.min(index.maxWords, tokens.length); n >= 1; n--) {
    const words = tokens.slice(0, n);
    const last = words[n - 1] ?? first;
    const gaps = words.slice(1).map((t, k) => text.slice(words[k]?.end ?? t.start, t.start));
    if (gaps.some((g) => !/^\s+$/.test(g))) continue;
    const surface = text.slice(first.start, last.end);
    if (!isName(surface)) continue;
    const found = lookup(index, surface);
    if (found) return { used: n, start: first.start, end: last.end, found };
  }
  return compoundAt(first, index);
}

/** "Ost-Aleppo" names Aleppo (all of it marked); "Sotschi-Abkommen" names Sotschi (only it). */
function compoundAt(token: Token, index: PlaceIndex) {
  const parts = token.text.split(/[-‐‑]/);
  if (parts.length < 2) return null;
  if (PREFIXES.has(nameKey(parts[0] ?? ''))) {
    const found = lookup(index, parts.slice(1).join('-'));
    if (found) return { used: 1, start: token.start, end: token.end, found };
  }
  for (let k = parts.length - 1; k >= 1; k--) {
    const head = parts.slice(0, k).join('-');
    if (!isName(head)) continue;
    const found = lookup(index, head);
    if (found) {
      return { used: 1, start: token.start, end: token.start + head.length, found, head: true };
    }
  }
  return null;
}

export function findPlaces(
  text: string,
  index: PlaceIndex,
  hints: PlaceHints = {},
): PlaceMention[] {
  const tokens = tokenize(text);
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchAt(text, tokens.slice(i, i + index.maxWords), index);
    if (!match) continue;
    const previous = tokens[i - 1];
    // The word before counts only when nothing but a space separates it ("Provinz. Syrien").
    const adjacent = previous && /^\s+$/.test(text.slice(previous.end, match.start));
    const before = adjacent ? previous.text.toLowerCase() : '';
    const province = PROVINCE_WORDS.has(before);
    let places = match.found.places;
    // In "dem Sotschi-Abkommen" and "die Genfer Gespräche" the article belongs to the noun.
    const ownsArticle = !('head' in match) && !match.found.adjective;
    if (ARTICLES.has(before) && ownsArticle) places = places.filter(takesArticle);
    if (!places.length) continue;
    const ranked = [...places].sort(
      (a, b) => score(b, hints, province) - score(a, hints, province),
    );
    const best = ranked[0];
    if (!best) continue;
    const region = province || best.kind === 'region' || best.kind === 'country';
    const start = province ? (tokens[i - 1]?.start ?? match.start) : match.start;
    mentions.push({
      start,
      end: match.end,
      text: text.slice(start, match.end),
      placeId: best.id,
      precision: region ? 'region' : 'point',
      candidates: ranked.map((p) => p.id),
    });
    i += match.used - 1;
  }
  return mentions;
}
