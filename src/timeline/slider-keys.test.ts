import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../domain/time/days';
import { dayForKey } from './slider-keys';

const d = (text: string) => parseIsoDay(text)!;
const range = { min: d('2016-02-01'), max: d('2020-03-05') };
const press = (key: string, from: string) => {
  const day = dayForKey(key, d(from), range);
  return day === null ? null : formatIsoDay(day);
};

describe('dayForKey', () => {
  it('moves a day with the arrows', () => {
    expect(press('ArrowRight', '2016-10-05')).toBe('2016-10-06');
    expect(press('ArrowUp', '2016-10-05')).toBe('2016-10-06');
    expect(press('ArrowLeft', '2016-10-05')).toBe('2016-10-04');
    expect(press('ArrowDown', '2016-10-05')).toBe('2016-10-04');
  });

  it('moves a month with Page Up/Down', () => {
    expect(press('PageUp', '2016-10-31')).toBe('2016-11-30');
    expect(press('PageDown', '2020-03-01')).toBe('2020-02-01');
  });

  it('jumps to the ends with Home/End', () => {
    expect(press('Home', '2018-06-01')).toBe('2016-02-01');
    expect(press('End', '2018-06-01')).toBe('2020-03-05');
  });

  it('stays inside the range', () => {
    expect(press('ArrowRight', '2020-03-05')).toBe('2020-03-05');
    expect(press('PageDown', '2016-02-10')).toBe('2016-02-01');
  });

  it('leaves other keys alone', () => {
    expect(press('Tab', '2016-10-05')).toBeNull();
    expect(press('a', '2016-10-05')).toBeNull();
  });
});
