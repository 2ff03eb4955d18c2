// Where an article is about, guessed from the text itself: the countries of the places it names
// without ambiguity, most-named first. A second pass of findPlaces with these hints then reads
// "Tripoli" in an article on Lebanon as the Lebanese city.
import type { GazetteerPlace } from './gazetteer.ts';
import type { PlaceIndex } from './place-index.ts';
import { findPlaces, type PlaceHints } from './places.ts';

export function hintsFromText(
  text: string,
  index: PlaceIndex,
  byId: ReadonlyMap<string, GazetteerPlace>,
): PlaceHints {
  const counts = new Map<string, number>();
  for (const m of findPlaces(text, index)) {
    const place = byId.get(m.placeId);
    if (m.candidates.length !== 1 || !place) continue;
    counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  // Countries named at least half as often as the most named one: the article's subject,
  // not the capitals it mentions in passing.
  const countries = [...counts].filter(([, n]) => n * 2 >= top).map(([c]) => c);
  return countries.length ? { countries } : {};
}
