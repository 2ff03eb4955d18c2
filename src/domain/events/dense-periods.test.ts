import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../time/days';
import { admittedRows } from './admitted';
import { densePeriods, describePeriod } from './dense-periods';
import { buildEventTable } from './event-table';
import { testDataset, testMapEvent } from './test-map-event';

const d = (text: string) => parseIsoDay(text)!;

function periodsOf(days: string[], range = { start: d('2016-01-01'), end: d('2020-12-31') }) {
  const table = buildEventTable([
    testDataset(
      'a',
      days.map((day, i) => testMapEvent('a', `e${i}`, d(day))),
    ),
  ]);
  return densePeriods(table, admittedRows(table, new Set([0])), range).map((period) => ({
    from: formatIsoDay(period.start),
    to: formatIsoDay(period.end),
    count: period.count,
    name: describePeriod(period.named, 'en'),
  }));
}

describe('dense periods', () => {
  it('finds the crowded stretches of reporting, in whole months', () => {
    const autumn = ['2016-10-03', '2016-10-20', '2016-11-05', '2016-11-30', '2016-12-13'];
    const spring = ['2020-02-08', '2020-02-27', '2020-03-05'];
    expect(periodsOf([...autumn, '2018-05-01', ...spring])).toEqual([
      { from: '2016-10-01', to: '2016-12-31', count: 5, name: 'Oct–Dec 2016' },
      { from: '2020-02-01', to: '2020-03-31', count: 3, name: 'Feb–Mar 2020' },
    ]);
  });

  it('offers the years where events spread over the whole span', () => {
    const everyMonth = Array.from(
      { length: 36 },
      (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    );
    expect(periodsOf(everyMonth, { start: d('2016-01-15'), end: d('2018-12-15') })).toEqual([
      // Cut to the data, named as the years they are.
      { from: '2016-01-15', to: '2016-12-31', count: 12, name: '2016' },
      { from: '2017-01-01', to: '2017-12-31', count: 12, name: '2017' },
      { from: '2018-01-01', to: '2018-12-15', count: 12, name: '2018' },
    ]);
  });

  it('offers nothing without events', () => {
    expect(periodsOf([])).toEqual([]);
  });
});

describe('describePeriod', () => {
  it('names a period as briefly as a reader would', () => {
    const period = (from: string, to: string) => ({ start: d(from), end: d(to) });
    expect(describePeriod(period('2016-10-01', '2016-12-31'), 'de')).toBe('Okt.–Dez. 2016');
    expect(describePeriod(period('2016-10-01', '2016-12-31'), 'en')).toBe('Oct–Dec 2016');
    expect(describePeriod(period('2020-02-01', '2020-03-31'), 'de')).toBe('Feb.–März 2020');
    expect(describePeriod(period('2018-01-01', '2018-12-31'), 'en')).toBe('2018');
    expect(describePeriod(period('2016-12-01', '2017-01-31'), 'en')).toBe('Dec 2016 – Jan 2017');
    expect(describePeriod(period('2016-10-03', '2016-10-16'), 'de')).toBe(
      '3.\u00a0Okt. – 16.\u00a0Okt. 2016',
    );
    expect(describePeriod(period('2016-12-20', '2017-01-02'), 'en')).toBe(
      '20\u00a0Dec 2016 – 2\u00a0Jan 2017',
    );
  });
});
