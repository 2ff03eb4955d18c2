// The gazetteer indexed by name key, built once per gazetteer and shared by every match.
import type { GazetteerPlace } from './gazetteer.ts';
import { nameKey } from './normalize.ts';

export interface PlaceIndex {
  byKey: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** The most words in any name, so the matcher knows how far to look ahead. */
  maxWords: number;
}

/** Ids of our curated geodata/places.geojson carry no prefix; generated ones have `gn:`/`cc:`. */
export const isCurated = (place: GazetteerPlace): boolean => !place.id.includes(':');

/** Names shorter than this are mostly abbreviations or particles, never worth the risk. */
const MIN_KEY_LENGTH = 3;

export function placeIndex(places: readonly GazetteerPlace[]): PlaceIndex {
  const byKey = new Map<string, GazetteerPlace[]>();
  let maxWords = 1;
  for (const place of places) {
    const keys = new Set([place.de, place.en, ...place.aliases].map(nameKey));
    for (const key of keys) {
      if (key.length < MIN_KEY_LENGTH) continue;
      const list = byKey.get(key) ?? [];
      list.push(place);
      byKey.set(key, list);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { byKey, maxWords };
}
