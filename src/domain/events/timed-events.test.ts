import { describe, expect, it } from 'vitest';
import { testEvent } from './test-event';
import type { EventRecord } from '../data/schema';
import { parseIsoDay } from '../time/days';
import {
  dateRange,
  eventStartDays,
  nearestEvent,
  nextEventDay,
  previousEventDay,
  toTimedEvents,
  visibleEvents,
} from './timed-events';

const d = (text: string) => parseIsoDay(text)!;

function sample() {
  return toTimedEvents([
    testEvent('talks', '2020-02-08', '2020-02-10'),
    testEvent('august-bombing', '2016-08-01', '2016-08-31'),
    testEvent('airstrike', '2020-02-27'),
    testEvent('haas', '2016-10-21', '2016-10-31'),
  ]);
}

const ids = (events: { record: EventRecord }[]) => events.map((e) => e.record.id);

describe('toTimedEvents', () => {
  it('orders events by date', () => {
    expect(ids(sample())).toEqual(['august-bombing', 'haas', 'talks', 'airstrike']);
  });

  it('keeps each event’s dataset position as its index', () => {
    expect(sample().map((e) => e.index)).toEqual([1, 3, 0, 2]);
  });
});

describe('visibleEvents', () => {
  it('shows everything up to D by default', () => {
    expect(ids(visibleEvents(sample(), d('2020-02-10'), 'all'))).toEqual([
      'august-bombing',
      'haas',
      'talks',
    ]);
  });

  it('shows an interval event on each of its days with a one-day window', () => {
    expect(ids(visibleEvents(sample(), d('2016-10-25'), 'day'))).toEqual(['haas']);
    expect(ids(visibleEvents(sample(), d('2016-11-01'), 'day'))).toEqual([]);
  });

  it('shows the last 7 or 30 days up to D', () => {
    expect(ids(visibleEvents(sample(), d('2020-03-04'), '7d'))).toEqual(['airstrike']);
    expect(ids(visibleEvents(sample(), d('2020-03-04'), '30d'))).toEqual(['talks', 'airstrike']);
  });
});

describe('stepping between events', () => {
  const days = eventStartDays(sample());

  it('finds the next and previous start', () => {
    expect(nextEventDay(days, d('2016-09-01'))).toBe(d('2016-10-21'));
    expect(nextEventDay(days, d('2016-10-21'))).toBe(d('2020-02-08'));
    expect(previousEventDay(days, d('2020-02-08'))).toBe(d('2016-10-21'));
    expect(previousEventDay(days, d('2016-08-01'))).toBeNull();
    expect(nextEventDay(days, d('2020-02-27'))).toBeNull();
  });

  it('spans the range of all events', () => {
    expect(dateRange(sample())).toEqual({ min: d('2016-08-01'), max: d('2020-02-27') });
    expect(dateRange([])).toBeNull();
  });

  it('offers the nearest event for an empty day', () => {
    expect(nearestEvent(sample(), d('2017-06-01'))!.record.id).toBe('haas');
    expect(nearestEvent(sample(), d('2019-12-01'))!.record.id).toBe('talks');
    expect(nearestEvent(sample(), d('2016-08-15'))!.record.id).toBe('august-bombing');
  });
});
