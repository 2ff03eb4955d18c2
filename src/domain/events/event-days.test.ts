import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../time/days';
import { admittedRows } from './admitted';
import { buildEventTable } from './event-table';
import { eventStartDays, nearestRow, nextEventDay, previousEventDay } from './event-days';
import { testDataset, testMapEvent } from './test-map-event';

const d = (text: string) => parseIsoDay(text)!;

function sample() {
  return buildEventTable([
    testDataset('a', [
      testMapEvent('a', 'talks', d('2020-02-08'), d('2020-02-10')),
      testMapEvent('a', 'august-bombing', d('2016-08-01'), d('2016-08-31')),
      testMapEvent('a', 'airstrike', d('2020-02-27')),
      testMapEvent('a', 'haas', d('2016-10-21'), d('2016-10-31')),
    ]),
    testDataset('b', [testMapEvent('b', 'hidden', d('2018-01-01'))]),
  ]);
}
const onlyA = admittedRows(sample(), new Set([0]));

describe('stepping between events', () => {
  const days = eventStartDays(sample(), onlyA);

  it('finds the next and previous start of a shown event', () => {
    expect(nextEventDay(days, d('2016-09-01'))).toBe(d('2016-10-21'));
    expect(nextEventDay(days, d('2016-10-21'))).toBe(d('2020-02-08'));
    expect(previousEventDay(days, d('2020-02-08'))).toBe(d('2016-10-21'));
    expect(previousEventDay(days, d('2016-08-01'))).toBeNull();
    expect(nextEventDay(days, d('2020-02-27'))).toBeNull();
  });

  it('offers the nearest shown event for an empty day', () => {
    const table = sample();
    const id = (date: string) => table.events[nearestRow(table, onlyA, d(date))!]!.localId;
    expect(id('2017-06-01')).toBe('haas');
    expect(id('2019-12-01')).toBe('talks');
    expect(id('2016-08-15')).toBe('august-bombing');
    expect(nearestRow(table, admittedRows(table, new Set()), d('2017-06-01'))).toBeNull();
  });
});
