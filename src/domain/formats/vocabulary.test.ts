import { describe, expect, it } from 'vitest';
import { CATEGORIES, DATE_BASES, PRECISIONS, STATUSES, VAGUE_BOUNDS } from '../data/schema';
import {
  CATEGORY_VALUES,
  DATE_BASIS_VALUES,
  PRECISION_VALUES,
  STATUS_VALUES,
  VAGUE_BOUND_VALUES,
} from './vocabulary';

describe('vocabulary', () => {
  it("lists the data contract's values in the contract's order", () => {
    expect(CATEGORY_VALUES).toEqual(CATEGORIES);
    expect(PRECISION_VALUES).toEqual(PRECISIONS);
    expect(STATUS_VALUES).toEqual(STATUSES);
    expect(VAGUE_BOUND_VALUES).toEqual(VAGUE_BOUNDS);
    expect(DATE_BASIS_VALUES).toEqual(DATE_BASES);
  });
});
