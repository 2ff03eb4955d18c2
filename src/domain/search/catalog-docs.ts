import type { Catalog } from '../catalog';
import type { Category } from '../data/schema';
import type { EventPlace, MapEvent } from '../events/event';
import type { SearchDoc } from './search-index';

/**
 * What search reads of a catalog. Document numbers: the table's places first (place index p is
 * document p), then its events (row r is document places + r), so a hit leads straight back.
 */

/** Words an event is also known by that are not in its data: its category in each language. */
export type CategoryWords = Partial<Record<Category, readonly string[]>>;

export type DocTarget = { kind: 'place'; index: number } | { kind: 'event'; row: number };

export function targetOfDoc(catalog: Catalog, doc: number): DocTarget {
  const places = catalog.table.places.length;
  return doc < places ? { kind: 'place', index: doc } : { kind: 'event', row: doc - places };
}

export const docCount = (catalog: Catalog) =>
  catalog.table.places.length + catalog.table.events.length;

/** The dataset a place belongs to: imported places are `dataset:key`, curated ones plain. */
function placeGroup(place: EventPlace, groupOf: ReadonlyMap<string, number>): number {
  const colon = place.id.indexOf(':');
  return (colon > 0 ? groupOf.get(place.id.slice(0, colon)) : undefined) ?? 0;
}

export function placeDoc(catalog: Catalog, index: number, groupOf: Map<string, number>): SearchDoc {
  const place = catalog.table.places[index]!;
  const curated = catalog.curatedPlacesById.get(place.id);
  return {
    kind: 'place',
    group: placeGroup(place, groupOf),
    names: [
      place.name.de,
      place.name.en,
      ...(curated ? [...curated.aliases, ...(curated.extraNames ?? [])] : []),
    ],
    places: [],
    texts: [],
    // The gazetteer's names, not its aliases: those are the articles' word forms ("Genfer").
    ...(curated && { synonyms: [place.name.de, place.name.en, ...(curated.extraNames ?? [])] }),
  };
}

export function eventDoc(catalog: Catalog, row: number, categoryWords: CategoryWords): SearchDoc {
  const event: MapEvent = catalog.table.events[row]!;
  const place = catalog.table.places[catalog.table.placeOf[row]!];
  const texts: string[] = [];
  for (const source of event.sources) {
    if (source.quote) texts.push(source.quote);
    if (source.headline) texts.push(source.headline);
  }
  if (event.notes) texts.push(event.notes);
  if (event.sourceType) texts.push(event.sourceType);
  return {
    kind: 'event',
    group: catalog.table.datasetOf[row]!,
    // Imported rows have no title: the UI names them by category and place, so those words are
    // their title's.
    names: event.title ? [event.title.de, event.title.en] : (categoryWords[event.category] ?? []),
    places: place ? [place.name.de, place.name.en] : [],
    texts,
  };
}

/** The documents from `from` (inclusive) to `to` (exclusive), in document order. */
export function* catalogDocs(
  catalog: Catalog,
  categoryWords: CategoryWords,
  from = 0,
  to = docCount(catalog),
): Generator<SearchDoc> {
  const groupOf = new Map(catalog.table.datasetIds.map((id, index) => [id, index]));
  const places = catalog.table.places.length;
  for (let doc = from; doc < to; doc++)
    yield doc < places
      ? placeDoc(catalog, doc, groupOf)
      : eventDoc(catalog, doc - places, categoryWords);
}
