import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './days';
import { isTimeWindow, overlaps, windowInterval } from './window';

const d = (text: string) => parseIsoDay(text)!;

describe('windowInterval', () => {
  it('covers D, the 7 or 30 days up to D, or everything up to D', () => {
    expect(windowInterval(d('2020-02-28'), 'day')).toEqual({
      start: d('2020-02-28'),
      end: d('2020-02-28'),
    });
    expect(windowInterval(d('2020-02-28'), '7d')).toEqual({
      start: d('2020-02-22'),
      end: d('2020-02-28'),
    });
    expect(windowInterval(d('2020-03-01'), '30d')).toEqual({
      start: d('2020-02-01'),
      end: d('2020-03-01'),
    });
    expect(windowInterval(d('2020-02-28'), 'all').start).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('overlaps', () => {
  const october = { start: d('2016-10-01'), end: d('2016-10-31') };

  it('includes touching ends, since both intervals are inclusive', () => {
    expect(overlaps(october, { start: d('2016-10-31'), end: d('2016-10-31') })).toBe(true);
    expect(overlaps(october, { start: d('2016-09-25'), end: d('2016-10-01') })).toBe(true);
  });

  it('excludes disjoint intervals', () => {
    expect(overlaps(october, { start: d('2016-11-01'), end: d('2016-11-07') })).toBe(false);
    expect(overlaps(october, { start: d('2016-09-01'), end: d('2016-09-30') })).toBe(false);
  });

  it('lets a month-wide event appear on any day of that month in a one-day window', () => {
    expect(overlaps(october, windowInterval(d('2016-10-15'), 'day'))).toBe(true);
  });
});

describe('isTimeWindow', () => {
  it('accepts only the four windows', () => {
    expect(['day', '7d', '30d', 'all'].every(isTimeWindow)).toBe(true);
    expect(isTimeWindow('week')).toBe(false);
    expect(isTimeWindow('')).toBe(false);
  });
});
