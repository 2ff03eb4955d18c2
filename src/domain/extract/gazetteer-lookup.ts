// A gazetteer ready for matching: its index by name and its places by id, built once.
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { placeIndex, type PlaceIndex } from './place-index';

export interface GazetteerLookup {
  index: PlaceIndex;
  byId: ReadonlyMap<string, GazetteerPlace>;
}

export function gazetteerLookup(gazetteer: Gazetteer): GazetteerLookup {
  return {
    index: placeIndex(gazetteer.places),
    byId: new Map(gazetteer.places.map((place) => [place.id, place])),
  };
}
