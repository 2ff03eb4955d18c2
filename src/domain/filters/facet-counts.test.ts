import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, STATUSES } from '../data/schema';
import type { MapEvent } from '../events/event';
import { buildEventTable } from '../events/event-table';
import { testDataset, testMapEvent } from '../events/test-map-event';
import { admittedRows } from '../events/admitted';
import { filterIndexOf } from './filter-index';
import { eventsInWindow, facetCounts } from './facet-counts';
import { EMPTY_FILTERS, type EventFilters } from './filters';

const article = (id: string) => ({ article: id, quote: 'q' });

/** The articles (two reports), and an import with actors as written. */
function sample() {
  const curated = testDataset('articles', [
    testMapEvent('articles', 'talks', 10, 10, {
      category: 'diplomacy',
      actors: ['russia', 'turkey'],
      sources: [article('003'), article('004'), article('003')],
    }),
    testMapEvent('articles', 'strike', 12, 12, {
      category: 'remote-violence',
      actors: ['russia'],
      sources: [article('004')],
    }),
    testMapEvent('articles', 'summit', 20, 20, {
      category: 'diplomacy',
      status: 'announced',
      actors: ['turkey'],
      sources: [article('003')],
    }),
  ]);
  const imported = testDataset('acled-1', [
    testMapEvent('acled-1', 'a', 11, 11, { actors: ['Rebels, Syria', 'russia'] }),
    testMapEvent('acled-1', 'b', 30, 30, { category: 'diplomacy', actors: ['Rebels, Syria'] }),
  ]);
  return buildEventTable([curated, imported]);
}

const both = new Set([0, 1]);
const all = { start: Number.NEGATIVE_INFINITY, end: 100 };
const filters = (partial: Partial<EventFilters>): EventFilters => ({
  ...EMPTY_FILTERS,
  ...partial,
});
const ids = (table: ReturnType<typeof sample>, mask: Uint8Array) =>
  table.events.filter((_, row) => mask[row] === 1).map((event) => event.localId);

describe('filtering', () => {
  const table = sample();

  it('keeps any option within a facet and requires every facet', () => {
    expect(ids(table, admittedRows(table, both, filters({ categories: ['diplomacy'] })))).toEqual([
      'talks',
      'summit',
      'b',
    ]);
    expect(
      ids(
        table,
        admittedRows(table, both, filters({ categories: ['diplomacy'], statuses: ['occurred'] })),
      ),
    ).toEqual(['talks', 'b']);
    expect(ids(table, admittedRows(table, both, filters({ sources: ['004', 'acled-1'] })))).toEqual(
      ['talks', 'a', 'strike', 'b'],
    );
    expect(
      ids(table, admittedRows(table, both, filters({ actors: ['Rebels, Syria', 'turkey'] }))),
    ).toEqual(['talks', 'a', 'summit', 'b']);
    // A hidden dataset stays hidden whatever the filters say.
    expect(
      ids(table, admittedRows(table, new Set([0]), filters({ sources: ['acled-1'] }))),
    ).toEqual([]);
  });

  it('sources curated events by their articles, once each, and imported ones by dataset', () => {
    const index = filterIndexOf(table);
    expect([...index.sources.keys].sort()).toEqual(['003', '004', 'acled-1']);
    const talks = table.rowById.get('articles:talks')!;
    expect(index.sources.start[talks + 1]! - index.sources.start[talks]!).toBe(2);
  });

  it('counts, for each option, the events it keeps given the other facets', () => {
    const index = filterIndexOf(table);
    const counts = facetCounts(table, all, both, filters({ categories: ['diplomacy'] }));
    expect(counts.shown).toBe(3);
    expect(counts.total).toBe(5);
    // The category facet ignores its own choice: what choosing "battle" alone would keep.
    expect(counts.categories[CATEGORIES.indexOf('battle')]).toBe(1);
    expect(counts.categories[CATEGORIES.indexOf('diplomacy')]).toBe(3);
    // The others count within the diplomacy events.
    expect(counts.statuses[STATUSES.indexOf('announced')]).toBe(1);
    expect(counts.actors[index.actors.indexOf.get('russia')!]).toBe(1);
    expect(counts.sources[index.sources.indexOf.get('003')!]).toBe(2);
  });

  it('counts only the window', () => {
    const counts = facetCounts(table, { start: 11, end: 12 }, both, EMPTY_FILTERS);
    expect([counts.shown, counts.total]).toEqual([2, 2]);
    expect(eventsInWindow(table, { start: 11, end: 12 }, both)).toBe(2);
    expect(eventsInWindow(table, { start: 11, end: 12 }, new Set([0]))).toBe(1);
  });
});

const KEYS = ['a', 'b', 'c'];
const generatedEvent = fc.record({
  start: fc.integer({ min: 0, max: 30 }),
  length: fc.integer({ min: 0, max: 5 }),
  category: fc.constantFrom(...CATEGORIES.slice(0, 3)),
  status: fc.constantFrom(...STATUSES),
  actors: fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }),
  articles: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
});
const generatedFilters = fc.record({
  categories: fc.subarray([...CATEGORIES.slice(0, 3), 'protest' as const]),
  statuses: fc.subarray([...STATUSES]),
  actors: fc.subarray([...KEYS, 'nobody']),
  sources: fc.subarray(['x', 'y', 'imp']),
});

describe('facet counts, against a plain filter', () => {
  it('agree for any events, window and filters', () => {
    fc.assert(
      fc.property(
        fc.array(generatedEvent, { maxLength: 25 }),
        fc.array(generatedEvent, { maxLength: 10 }),
        generatedFilters,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.subarray([0, 1]),
        (curatedRows, importedRows, chosen, end, width, shownDatasets) => {
          const make = (dataset: string) => (row: (typeof curatedRows)[number], i: number) =>
            testMapEvent(dataset, `e${i}`, row.start, row.start + row.length, {
              category: row.category,
              status: row.status,
              actors: row.actors,
              sources: row.articles.map(article),
            });
          const table = buildEventTable([
            testDataset('articles', curatedRows.map(make('articles'))),
            testDataset('imp', importedRows.map(make('imp'))),
          ]);
          const span = { start: end - width, end };
          const datasets = new Set(shownDatasets);
          const counts = facetCounts(table, span, datasets, chosen);
          const mask = admittedRows(table, datasets, chosen);

          const sourcesOf = (e: MapEvent) =>
            e.dataset === 'imp' ? ['imp'] : e.sources.map((s) => s.article!);
          const keysOf = {
            categories: (e: MapEvent) => [e.category as string],
            statuses: (e: MapEvent) => [e.status as string],
            actors: (e: MapEvent) => e.actors,
            sources: sourcesOf,
          };
          const passes = (e: MapEvent, skip?: keyof typeof keysOf) =>
            (Object.keys(keysOf) as (keyof typeof keysOf)[]).every(
              (facet) =>
                facet === skip ||
                chosen[facet].length === 0 ||
                keysOf[facet](e).some((key) => (chosen[facet] as string[]).includes(key)),
            );
          const inWindow = table.events.filter(
            (e) =>
              e.date.start <= span.end &&
              e.date.end >= span.start &&
              datasets.has(e.dataset === 'imp' ? 1 : 0),
          );
          expect(counts.total).toBe(inWindow.length);
          expect(counts.shown).toBe(inWindow.filter((e) => passes(e)).length);
          expect(table.events.filter((_, row) => mask[row] === 1)).toEqual(
            table.events.filter((e) => datasets.has(e.dataset === 'imp' ? 1 : 0) && passes(e)),
          );
          const index = filterIndexOf(table);
          const keyNames = {
            categories: CATEGORIES as readonly string[],
            statuses: STATUSES as readonly string[],
            actors: index.actors.keys,
            sources: index.sources.keys,
          };
          for (const facet of Object.keys(keysOf) as (keyof typeof keysOf)[])
            keyNames[facet].forEach((key, i) => {
              const expected = inWindow.filter(
                (e) => passes(e, facet) && keysOf[facet](e).includes(key),
              ).length;
              expect(counts[facet][i], `${facet} ${key}`).toBe(expected);
            });
        },
      ),
    );
  });
});
