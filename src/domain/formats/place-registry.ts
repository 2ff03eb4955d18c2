import type { Localized } from '../data/dataset';
import type { EventPlace, GeoPrecision } from '../events/event';
import { fnv1aString } from './fnv1a';

export interface PlaceInput {
  /** Places with the same key are one place; the first one seen defines it. */
  key: string;
  name: Localized;
  coordinates: [number, number];
  precision: GeoPrecision;
  admin?: string;
  country?: string;
  /** A place id given in the file (GeoJSON): kept, readable, in the new id. */
  givenId?: string;
}

/** CSV rows name a place by its name, where it is and how precisely: nothing else. */
export function locationKey(
  name: string,
  coordinates: [number, number],
  precision: GeoPrecision,
): string {
  return `${name}\u0000${coordinates[0].toFixed(5)}\u0000${coordinates[1].toFixed(5)}\u0000${precision}`;
}

/** The places of one import, shared by the rows at the same location. */
export interface PlaceRegistry {
  /** The id of the place, `<datasetId>:<short key>`, registering it on first sight. */
  idFor(input: PlaceInput): string;
  places(): EventPlace[];
}

export function createPlaceRegistry(datasetId: string): PlaceRegistry {
  const idByKey = new Map<string, string>();
  const usedIds = new Set<string>();
  const places: EventPlace[] = [];

  return {
    idFor(input) {
      const known = idByKey.get(input.key);
      if (known !== undefined) return known;
      // The key hashed to base 36 is short and the same for the same file; a clash between
      // two different places (rare at 32 bits) gets a suffix, in the file's own order.
      const base = `${datasetId}:${input.givenId ?? fnv1aString(input.key).toString(36)}`;
      let id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}~${n}`;
      usedIds.add(id);
      idByKey.set(input.key, id);
      const place: EventPlace = {
        id,
        name: input.name,
        coordinates: input.coordinates,
        precision: input.precision,
      };
      if (input.admin !== undefined) place.admin = input.admin;
      if (input.country !== undefined) place.country = input.country;
      places.push(place);
      return id;
    },
    places: () => places,
  };
}
