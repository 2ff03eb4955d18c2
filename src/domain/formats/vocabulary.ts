import type { Category, DateBasis, Precision, VagueBound } from '../data/schema';
import type { MapEvent } from '../events/event';

/**
 * The data contract's value lists, as the keys of exhaustive records: the compiler checks them
 * against the contract's types (a value added there is an error here until added here too),
 * and importing them does not pull the contract's zod schemas (about 100 KB) into the import
 * worker, as importing the lists from schema.ts would.
 */

function keys<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const CATEGORY_VALUES = keys<Category>({
  battle: true,
  'remote-violence': true,
  'violence-against-civilians': true,
  'territorial-change': true,
  diplomacy: true,
  displacement: true,
  'strategic-development': true,
  protest: true,
});

export const PRECISION_VALUES = keys<Precision>({
  day: true,
  days: true,
  week: true,
  month: true,
  year: true,
});

export const STATUS_VALUES = keys<MapEvent['status']>({ occurred: true, announced: true });

export const VAGUE_BOUND_VALUES = keys<VagueBound>({ start: true, end: true, both: true });

export const DATE_BASIS_VALUES = keys<DateBasis>({
  text: true,
  publication: true,
  'outside-knowledge': true,
});
