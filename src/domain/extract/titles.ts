// A proposed event's title, until a person writes a better one: what happened, and where.
import type { Localized } from '../data/dataset';
import type { Category } from '../data/schema';

const WHAT: Record<Category, Localized> = {
  battle: { de: 'Kämpfe', en: 'Fighting' },
  'remote-violence': { de: 'Angriffe aus der Ferne', en: 'Remote violence' },
  'violence-against-civilians': { de: 'Gewalt gegen Zivilisten', en: 'Violence against civilians' },
  'territorial-change': { de: 'Gebietswechsel', en: 'Territorial change' },
  diplomacy: { de: 'Diplomatie', en: 'Diplomacy' },
  displacement: { de: 'Flucht und Vertreibung', en: 'Displacement' },
  'strategic-development': { de: 'Strategische Entwicklung', en: 'Strategic development' },
  protest: { de: 'Protest', en: 'Protest' },
};

export function proposedTitle(category: Category, place: Localized, announced: boolean): Localized {
  const what = WHAT[category];
  return {
    de: `${what.de}${announced ? ' (angekündigt)' : ''}: ${place.de}`,
    en: `${what.en}${announced ? ' (announced)' : ''}: ${place.en}`,
  };
}
