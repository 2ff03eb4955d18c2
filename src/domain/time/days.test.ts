import { describe, expect, it } from 'vitest';
import { addMonths, clampDay, dayFromParts, daysInMonth, formatIsoDay, parseIsoDay } from './days';

describe('parseIsoDay', () => {
  it('round-trips real dates', () => {
    for (const text of ['2016-02-29', '2016-10-05', '2020-03-05', '1970-01-01', '1969-12-31']) {
      const day = parseIsoDay(text);
      expect(day).not.toBeNull();
      expect(formatIsoDay(day!)).toBe(text);
    }
  });

  it('rejects dates that do not exist or are not strictly YYYY-MM-DD', () => {
    for (const text of [
      '2019-02-29',
      '2020-02-30',
      '2020-13-01',
      '2020-00-10',
      '2020-1-5',
      '05.10.2016',
      '',
      '2020-02-10T00:00',
    ]) {
      expect(parseIsoDay(text)).toBeNull();
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds months and clamps to the month end', () => {
    expect(formatIsoDay(addMonths(parseIsoDay('2016-01-31')!, 1))).toBe('2016-02-29');
    expect(formatIsoDay(addMonths(parseIsoDay('2016-03-31')!, -1))).toBe('2016-02-29');
    expect(formatIsoDay(addMonths(parseIsoDay('2016-12-15')!, 1))).toBe('2017-01-15');
    expect(formatIsoDay(addMonths(parseIsoDay('2017-01-15')!, -1))).toBe('2016-12-15');
  });

  it('counts days in months, leap years included', () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 12)).toBe(31);
  });

  it('clamps', () => {
    const min = dayFromParts(2016, 1, 1);
    const max = dayFromParts(2020, 12, 31);
    expect(clampDay(min - 5, min, max)).toBe(min);
    expect(clampDay(max + 5, min, max)).toBe(max);
    expect(clampDay(min + 5, min, max)).toBe(min + 5);
  });
});
