import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admittedRows } from './admitted';
import { buildEventTable, type EventTable } from './event-table';
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

/** A query as the app makes one: a window, the shown datasets, and maybe a filter on top. */
const generatedQuery = fc.record({
  end: fc.integer({ min: -5, max: 90 }),
  width: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 40 })),
  datasets: fc.subarray([0, 1, 2]),
  // A stand-in for the filters: rows whose number leaves this remainder by 3 are filtered out.
  filteredOut: fc.option(fc.integer({ min: 0, max: 2 })),
});

function queryFor(
  table: EventTable,
  {
    end,
    width,
    datasets,
    filteredOut,
  }: typeof generatedQuery extends fc.Arbitrary<infer T> ? T : never,
): VisibilityQuery {
  const admitted = admittedRows(table, new Set(datasets));
  if (filteredOut !== null)
    for (let row = 0; row < admitted.length; row++) if (row % 3 === filteredOut) admitted[row] = 0;
  return { span: { start: end - width, end }, admitted };
}

describe('EventVisibility', () => {
  it('after any sequence of steps, shows exactly the events a plain filter would', () => {
    fc.assert(
      fc.property(
        generatedTable,
        fc.array(generatedQuery, { minLength: 1, maxLength: 8 }),
        (table, generated) => {
          const visibility = new EventVisibility(table);
          const shown = new Set<number>();
          for (const asked of generated) {
            const query = queryFor(table, asked);
            const change = visibility.update(query);
            for (const row of change.entered) shown.add(row);
            for (const row of change.left) shown.delete(row);
            const expected = table.events.flatMap((event, row) =>
              event.date.start <= query.span.end &&
              event.date.end >= query.span.start &&
              asked.datasets.includes(table.datasetIds.indexOf(event.dataset)) &&
              (asked.filteredOut === null || row % 3 !== asked.filteredOut)
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
    const all = admittedRows(table, new Set([0]));
    visibility.update({ span: { start: 0, end: 4 }, admitted: all });
    const change = visibility.update({ span: { start: 0, end: 7 }, admitted: all });
    expect(change.entered).toEqual([0, 1, 2]);
    expect(change.places).toEqual([0]);
  });

  it('looks only at the rows near the window edges on a small step', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => testMapEvent('a', `e${i}`, i));
    const table = buildEventTable([testDataset('a', events)]);
    const visibility = new EventVisibility(table);
    const all = admittedRows(table, new Set([0]));
    visibility.update({ span: { start: Number.NEGATIVE_INFINITY, end: 5000 }, admitted: all });
    const apply = visibility['apply'].bind(visibility);
    let visits = 0;
    visibility['apply'] = (...args: Parameters<typeof apply>) => {
      visits++;
      apply(...args);
    };
    visibility.update({ span: { start: Number.NEGATIVE_INFINITY, end: 5001 }, admitted: all });
    expect(visits).toBe(1);
  });
});
