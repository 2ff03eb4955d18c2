import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventTable } from './event-table';
import { testDataset, testMapEvent } from './test-map-event';
import { EventVisibility, type VisibilityQuery } from './visibility';

const generatedTable = fc
  .array(
    fc.record({
      dataset: fc.integer({ min: 0, max: 2 }),
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 20 }),
      place: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 80 },
  )
  .map((rows) => {
    const datasets = [0, 1, 2].map((d) =>
      testDataset(
        `d${d}`,
        rows.flatMap((row, i) =>
          row.dataset === d
            ? [
                testMapEvent(`d${d}`, `e${i}`, row.start, row.start + row.length, {
                  place: `d${d}:p${row.place}`,
                }),
              ]
            : [],
        ),
        4,
      ),
    );
    return buildEventTable(datasets);
  });

const generatedQuery = fc
  .record({
    end: fc.integer({ min: -5, max: 90 }),
    width: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 40 })),
    datasets: fc.subarray([0, 1, 2]),
  })
  .map(({ end, width, datasets }): VisibilityQuery => ({
    span: { start: end - width, end },
    datasets: new Set(datasets),
  }));

describe('EventVisibility', () => {
  it('after any sequence of steps, shows exactly the events a plain filter would', () => {
    fc.assert(
      fc.property(
        generatedTable,
        fc.array(generatedQuery, { minLength: 1, maxLength: 8 }),
        (table, queries) => {
          const visibility = new EventVisibility(table);
          const shown = new Set<number>();
          for (const query of queries) {
            const change = visibility.update(query);
            for (const row of change.entered) shown.add(row);
            for (const row of change.left) shown.delete(row);
            const expected = table.events.flatMap((event, row) =>
              event.date.start <= query.span.end &&
              event.date.end >= query.span.start &&
              query.datasets.has(table.datasetIds.indexOf(event.dataset))
                ? [row]
                : [],
            );
            // The reported changes, the flags and the ordered list all agree with the filter.
            expect([...shown].sort((a, b) => a - b)).toEqual(expected);
            expect(visibility.count).toBe(expected.length);
            expect(expected.map((_, k) => visibility.rowAt(k))).toEqual(expected);
            expect(expected.map((row) => visibility.positionOf(row))).toEqual(
              expected.map((_, k) => k),
            );
            const counts = new Array<number>(table.places.length).fill(0);
            for (const row of expected) counts[table.placeOf[row]!]!++;
            expect([...visibility.placeCounts]).toEqual(counts);
          }
        },
      ),
    );
  });

  it('reports each place whose count changed once', () => {
    const table = buildEventTable([
      testDataset('a', [
        testMapEvent('a', '1', 5),
        testMapEvent('a', '2', 6),
        testMapEvent('a', '3', 7),
      ]),
    ]);
    const visibility = new EventVisibility(table);
    const all = new Set([0]);
    visibility.update({ span: { start: 0, end: 4 }, datasets: all });
    const change = visibility.update({ span: { start: 0, end: 7 }, datasets: all });
    expect(change.entered).toEqual([0, 1, 2]);
    expect(change.places).toEqual([0]);
  });

  it('looks only at the rows near the window edges on a small step', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => testMapEvent('a', `e${i}`, i));
    const visibility = new EventVisibility(buildEventTable([testDataset('a', events)]));
    const all = new Set([0]);
    visibility.update({ span: { start: Number.NEGATIVE_INFINITY, end: 5000 }, datasets: all });
    const apply = visibility['apply'].bind(visibility);
    let visits = 0;
    visibility['apply'] = (...args: Parameters<typeof apply>) => {
      visits++;
      apply(...args);
    };
    visibility.update({ span: { start: Number.NEGATIVE_INFINITY, end: 5001 }, datasets: all });
    expect(visits).toBe(1);
  });
});
