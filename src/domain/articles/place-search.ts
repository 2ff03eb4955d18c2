// Finding a gazetteer place by name, for a person correcting a proposal's place: every word
// typed must start one of the place's names' words, accents and case aside ("sara" → Saraqib).
import type { GazetteerPlace } from '../extract/gazetteer';
import { nameKey } from '../extract/normalize';

export function searchPlaces(
  places: Iterable<GazetteerPlace>,
  query: string,
  limit = 8,
): GazetteerPlace[] {
  const words = nameKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const found: { place: GazetteerPlace; exact: boolean }[] = [];
  for (const place of places) {
    const names = [place.de, place.en, ...place.aliases].map(nameKey);
    const match = names.find((name) => {
      const nameWords = name.split(' ');
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    });
    if (match !== undefined) found.push({ place, exact: names.includes(words.join(' ')) });
  }
  return found
    .sort((a, b) => Number(b.exact) - Number(a.exact) || a.place.rank - b.place.rank)
    .slice(0, limit)
    .map(({ place }) => place);
}
