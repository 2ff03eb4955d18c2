import { describe, expect, it } from 'vitest';
import { testEvent } from '../events/test-event';
import { toTimedEvents } from '../events/timed-events';
import { parseIsoDay } from './days';
import { eventDensity } from './histogram';

const d = (text: string) => parseIsoDay(text)!;

describe('eventDensity', () => {
  const range = { min: d('2016-08-01'), max: d('2016-08-28') };

  it('puts a one-day event into one bin', () => {
    const bins = eventDensity(
      toTimedEvents([testEvent('a', '2016-08-09', '2016-08-09')]),
      range,
      7,
    );
    expect(bins).toEqual([0, 1, 0, 0]);
  });

  it('spreads a long event evenly, so each event weighs the same', () => {
    const bins = eventDensity(
      toTimedEvents([testEvent('a', '2016-08-01', '2016-08-28')]),
      range,
      7,
    );
    expect(bins).toHaveLength(4);
    for (const bin of bins) expect(bin).toBeCloseTo(0.25);
  });

  it('ignores the part of an event outside the range', () => {
    const bins = eventDensity(
      toTimedEvents([testEvent('a', '2016-07-29', '2016-08-01')]),
      range,
      7,
    );
    expect(bins[0]).toBeCloseTo(0.25);
    expect(bins.reduce((sum, bin) => sum + bin, 0)).toBeCloseTo(0.25);
  });
});
