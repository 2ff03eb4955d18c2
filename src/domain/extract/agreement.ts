// How far proposals agree with events a person curated from the same article: the measure
// behind `npm run extract:score`. A proposal matches a curated event when their date intervals
// overlap and their places are within reach of each other; what "within reach" means grows
// with the coarser of the two places, since "in Idlib" (the province) and Sarakib (a town in
// it) are the same report at different precisions.
import type { Day } from '../time/days';

export type Coarseness = 'point' | 'province' | 'country';

export interface ScoredPlace {
  lon: number;
  lat: number;
  coarseness: Coarseness;
  country: string;
}

export interface ScoredEvent {
  id: string;
  article: string;
  start: Day;
  end: Day;
  place: ScoredPlace;
}

/** Kilometres two places may lie apart and still be the same report's place. */
export const REACH_KM: Record<Exclude<Coarseness, 'country'>, number> = {
  point: 50,
  province: 150,
};

const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function distanceKm(a: ScoredPlace, b: ScoredPlace): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function withinReach(a: ScoredPlace, b: ScoredPlace): boolean {
  // A country holds every place in it (its centroid says nothing about distance).
  if (a.coarseness === 'country' || b.coarseness === 'country') return a.country === b.country;
  const coarse = a.coarseness === 'province' || b.coarseness === 'province' ? 'province' : 'point';
  return distanceKm(a, b) <= REACH_KM[coarse];
}

export function matches(proposal: ScoredEvent, curated: ScoredEvent): boolean {
  return (
    proposal.article === curated.article &&
    proposal.start <= curated.end &&
    curated.start <= proposal.end &&
    withinReach(proposal.place, curated.place)
  );
}

export interface Agreement {
  curated: number;
  /** Curated events some proposal matches. */
  found: string[];
  missed: string[];
  proposals: number;
  /** Proposals that match some curated event. */
  right: number;
  /** Proposals that match none. */
  notCurated: ScoredEvent[];
}

/** `curated` lists an event once per article it is quoted from; it counts once. */
export function agreement(curated: ScoredEvent[], proposals: ScoredEvent[]): Agreement {
  const ids = [...new Set(curated.map((c) => c.id))];
  const found = ids.filter((id) =>
    curated.some((c) => c.id === id && proposals.some((p) => matches(p, c))),
  );
  const notCurated = proposals.filter((p) => !curated.some((c) => matches(p, c)));
  return {
    curated: ids.length,
    found,
    missed: ids.filter((id) => !found.includes(id)),
    proposals: proposals.length,
    right: proposals.length - notCurated.length,
    notCurated,
  };
}
