import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../time/days';
import { isFieldProblem, memoize, parseDayWithTime, readCoordinates } from './fields';

describe('memoize', () => {
  it('reads each text once, null results included, and forgets all past the limit', () => {
    const reads: string[] = [];
    const read = memoize((text: string) => {
      reads.push(text);
      return text === 'bad' ? null : text.length;
    }, 3);
    expect([read('ab'), read('bad'), read('ab'), read('bad')]).toEqual([2, null, 2, null]);
    expect(reads).toEqual(['ab', 'bad']);
    read('c');
    read('dd');
    expect(read('ab')).toBe(2);
    expect(reads).toEqual(['ab', 'bad', 'c', 'dd', 'ab']);
  });
});

describe('parseDayWithTime', () => {
  it('takes the day of ISO dates with or without a time of day', () => {
    for (const text of [
      '2016-10-05',
      '2016-10-05 00:00:00.000',
      '2016-10-05T00:00:00',
      '2016-10-05T23:59Z',
      '2016-10-05 12:00:00+03:00',
    ]) {
      const day = parseDayWithTime(text);
      expect(day === null ? null : formatIsoDay(day), text).toBe('2016-10-05');
    }
    for (const text of ['2016-10-05 soon', '2016-02-30 00:00:00', '05/10/2016']) {
      expect(parseDayWithTime(text), text).toBeNull();
    }
  });
});

describe('readCoordinates', () => {
  const read = (lat: string, lon: string) =>
    readCoordinates({ column: 'lat', text: lat }, { column: 'lon', text: lon });

  it('reads the limits themselves and rejects past them, naming the column', () => {
    expect(read('90', '-180')).toEqual([-180, 90]);
    expect(read('-90.0', '180')).toEqual([180, -90]);
    const problem = read('90.0001', '0');
    expect(isFieldProblem(problem) && problem.column).toBe('lat');
    const infinite = read('1', '1e999');
    expect(isFieldProblem(infinite) && infinite.column).toBe('lon');
  });
});
