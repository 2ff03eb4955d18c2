import { CATEGORIES, type Category, STATUSES } from '../data/schema';

export type Status = (typeof STATUSES)[number];

/**
 * What the user narrowed the events to. Within a facet the options are alternatives (any of
 * them keeps an event); across facets all must hold; an empty facet restricts nothing.
 */
export interface EventFilters {
  categories: Category[];
  actors: string[];
  /** Curated articles by id, imported datasets by id. */
  sources: string[];
  statuses: Status[];
}

export type Facet = keyof EventFilters;

/** The facets in the order the panel shows them and the summary names them. */
export const FACETS: readonly Facet[] = ['categories', 'statuses', 'sources', 'actors'];

export const EMPTY_FILTERS: EventFilters = Object.freeze({
  categories: [],
  actors: [],
  sources: [],
  statuses: [],
}) as EventFilters;

export function isEmptyFilters(filters: EventFilters): boolean {
  return FACETS.every((facet) => filters[facet].length === 0);
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

function inOrder<T extends string>(order: readonly T[], values: Iterable<T>): T[] {
  const chosen = new Set(values);
  return order.filter((value) => chosen.has(value));
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One order for the same choice, so the same view always has the same address. */
export function canonicalFilters(filters: EventFilters): EventFilters {
  return {
    categories: inOrder(CATEGORIES, filters.categories),
    actors: sorted(filters.actors),
    sources: sorted(filters.sources),
    statuses: inOrder(STATUSES, filters.statuses),
  };
}

/** The choice with one option of one facet switched on or off. */
export function toggleFilter(filters: EventFilters, facet: Facet, key: string): EventFilters {
  const current = filters[facet] as string[];
  const next = current.includes(key) ? current.filter((value) => value !== key) : [...current, key];
  return canonicalFilters({ ...filters, [facet]: next });
}

export function sameFilters(a: EventFilters, b: EventFilters): boolean {
  return FACETS.every(
    (facet) => a[facet].length === b[facet].length && a[facet].every((v, i) => b[facet][i] === v),
  );
}

/** Every chosen option, facet by facet in the panel's order: what the summary line names. */
export function activeFilters(filters: EventFilters): { facet: Facet; key: string }[] {
  return FACETS.flatMap((facet) => filters[facet].map((key: string) => ({ facet, key })));
}
