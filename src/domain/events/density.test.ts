import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { binBounds } from '../time/bins';
import { parseIsoDay } from '../time/days';
import { admittedRows } from './admitted';
import { binDensity, dailyDensity } from './density';
import { buildEventTable } from './event-table';
import { testDataset, testMapEvent } from './test-map-event';

const d = (text: string) => parseIsoDay(text)!;
const range = { start: d('2016-08-01'), end: d('2016-08-28') };
const battle = CATEGORIES.indexOf('battle');
const diplomacy = CATEGORIES.indexOf('diplomacy');

function binned(events: ReturnType<typeof testMapEvent>[], unit: 'day' | 'week' = 'week') {
  const table = buildEventTable([testDataset('a', events)]);
  const density = dailyDensity(table, admittedRows(table, new Set([0])), range);
  return binDensity(density, binBounds(range, unit));
}

describe('the histogram’s density', () => {
  it('puts an event dated to a day into its bin, solid, in its category', () => {
    const bins = binned([testMapEvent('a', 'a', d('2016-08-09'))]);
    expect(bins.map((bin) => bin.dated[battle])).toEqual([0, 1, 0, 0]);
    expect(bins.every((bin) => bin.spread.every((weight) => weight === 0))).toBe(true);
  });

  it('spreads an interval over its bins, lighter, so each event weighs the same', () => {
    const bins = binned([testMapEvent('a', 'a', d('2016-08-01'), d('2016-08-28'))]);
    // 2016-08-01 was a Monday: four whole weeks.
    expect(bins).toHaveLength(4);
    for (const bin of bins) expect(bin.spread[battle]).toBeCloseTo(0.25);
    expect(bins.every((bin) => bin.dated[battle] === 0)).toBe(true);
  });

  it('stacks categories apart and leaves empty bins empty', () => {
    const bins = binned(
      [
        testMapEvent('a', 'talks', d('2016-08-10'), d('2016-08-10'), { category: 'diplomacy' }),
        testMapEvent('a', 'clash', d('2016-08-11')),
      ],
      'day',
    );
    const tenth = bins.find((bin) => bin.start === d('2016-08-10'))!;
    expect(tenth.dated[diplomacy]).toBe(1);
    expect(tenth.total).toBe(1);
    expect(bins.filter((bin) => bin.total > 0)).toHaveLength(2);
  });

  it('counts only what lies inside the data and only admitted rows', () => {
    const table = buildEventTable([
      testDataset('a', [testMapEvent('a', 'a', d('2016-07-29'), d('2016-08-01'))]),
      testDataset('b', [testMapEvent('b', 'b', d('2016-08-02'))]),
    ]);
    const density = dailyDensity(table, admittedRows(table, new Set([0])), range);
    const bins = binDensity(density, binBounds(range, 'week'));
    expect(bins[0]!.total).toBeCloseTo(0.25);
    expect(bins.reduce((sum, bin) => sum + bin.total, 0)).toBeCloseTo(0.25);
  });

  it('draws an event with an open bound thinning out towards that bound', () => {
    const bins = binned([
      testMapEvent('a', 'soon', d('2016-08-01'), d('2016-08-28'), {
        date: {
          start: d('2016-08-01'),
          end: d('2016-08-28'),
          precision: 'month',
          vague: 'end',
          words: { de: 'bald', en: 'soon' },
        },
      }),
    ]);
    const weights = bins.map((bin) => bin.spread[battle]!);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
    expect(weights[0]).toBeGreaterThan(weights[1]!);
    expect(weights[2]).toBeGreaterThan(weights[3]!);
  });
});
