import { describe, expect, it } from 'vitest';
import { buildEventTable, lowerBound, upperBound } from './event-table';
import { testDataset, testMapEvent } from './test-map-event';

describe('buildEventTable', () => {
  const table = buildEventTable([
    testDataset('a', [testMapEvent('a', 'late', 30), testMapEvent('a', 'early', 10, 40)]),
    testDataset('b', [testMapEvent('b', 'mid', 20, 21), testMapEvent('b', 'tie', 10, 12)]),
  ]);

  it('merges every dataset into one date order: start, then end, then id', () => {
    expect(table.events.map((event) => event.id)).toEqual(['b:tie', 'a:early', 'b:mid', 'a:late']);
    expect([...table.start]).toEqual([10, 10, 20, 30]);
    expect(table.rowById.get('b:mid')).toBe(2);
  });

  it('orders rows by end day too', () => {
    expect([...table.endsSorted]).toEqual([12, 21, 30, 40]);
    expect([...table.rowsByEnd]).toEqual([0, 2, 3, 1]);
  });

  it('knows each row’s dataset and each dataset’s rows', () => {
    expect([...table.datasetOf]).toEqual([1, 0, 1, 0]);
    expect(table.rowsOfDataset.map((rows) => [...rows])).toEqual([
      [1, 3],
      [0, 2],
    ]);
  });
});

describe('bounds', () => {
  it('find the first index above or at a value', () => {
    const sorted = [1, 3, 3, 7];
    expect(upperBound(sorted, 3)).toBe(3);
    expect(lowerBound(sorted, 3)).toBe(1);
    expect(lowerBound(sorted, Number.NEGATIVE_INFINITY)).toBe(0);
    expect(upperBound(sorted, 9)).toBe(4);
  });
});
