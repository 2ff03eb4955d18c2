import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  canonicalFilters,
  EMPTY_FILTERS,
  isEmptyFilters,
  sameFilters,
  toggleFilter,
} from './filters';

describe('the filter choice', () => {
  it('is empty until something is chosen', () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
    expect(isEmptyFilters(toggleFilter(EMPTY_FILTERS, 'actors', 'russia'))).toBe(false);
  });

  it('has one order for the same choice', () => {
    const a = canonicalFilters({
      categories: ['protest', 'battle', 'battle'],
      actors: ['turkey', 'Rebels, Syria', 'russia'],
      sources: ['acled-1', '003'],
      statuses: ['announced', 'occurred'],
    });
    expect(a).toEqual({
      categories: ['battle', 'protest'],
      actors: ['Rebels, Syria', 'russia', 'turkey'],
      sources: ['003', 'acled-1'],
      statuses: ['occurred', 'announced'],
    });
    expect(sameFilters(a, canonicalFilters(a))).toBe(true);
  });

  it('toggles one option on and off again', () => {
    const on = toggleFilter(EMPTY_FILTERS, 'categories', 'diplomacy');
    expect(on.categories).toEqual(['diplomacy']);
    expect(sameFilters(toggleFilter(on, 'categories', 'diplomacy'), EMPTY_FILTERS)).toBe(true);
  });

  it('names the active options facet by facet', () => {
    const chosen = canonicalFilters({
      categories: ['diplomacy'],
      actors: ['russia'],
      sources: ['003'],
      statuses: ['occurred'],
    });
    expect(activeFilters(chosen)).toEqual([
      { facet: 'categories', key: 'diplomacy' },
      { facet: 'statuses', key: 'occurred' },
      { facet: 'sources', key: '003' },
      { facet: 'actors', key: 'russia' },
    ]);
  });
});
