import { describe, expect, it } from 'vitest';
import { axisTicks, binBounds, chooseBinUnit, startOfWeek } from './bins';
import { formatIsoDay, parseIsoDay } from './days';

const d = (text: string) => parseIsoDay(text)!;
const iso = (days: number[]) => days.map(formatIsoDay);

describe('histogram bins', () => {
  it('grow from days to weeks to months as the span gets wider than the bars can show', () => {
    expect(chooseBinUnit({ start: d('2016-10-01'), end: d('2016-10-31') }, 1200)).toBe('day');
    expect(chooseBinUnit({ start: d('2016-01-01'), end: d('2016-12-31') }, 1200)).toBe('week');
    expect(chooseBinUnit({ start: d('2016-01-01'), end: d('2020-12-31') }, 1200)).toBe('week');
    expect(chooseBinUnit({ start: d('2016-01-01'), end: d('2020-12-31') }, 600)).toBe('month');
    // The same span on a phone needs coarser bars.
    expect(chooseBinUnit({ start: d('2016-10-01'), end: d('2016-12-31') }, 360)).toBe('week');
  });

  it('are calendar days, Monday weeks and months, whatever the time zone', () => {
    expect(formatIsoDay(startOfWeek(d('2016-10-09')))).toBe('2016-10-03'); // a Sunday
    expect(formatIsoDay(startOfWeek(d('2016-10-03')))).toBe('2016-10-03'); // a Monday
    expect(formatIsoDay(startOfWeek(d('1969-12-31')))).toBe('1969-12-29');
    expect(iso(binBounds({ start: d('2016-10-05'), end: d('2016-10-20') }, 'week'))).toEqual([
      '2016-10-03',
      '2016-10-10',
      '2016-10-17',
      '2016-10-24',
    ]);
    expect(iso(binBounds({ start: d('2016-11-15'), end: d('2017-01-02') }, 'month'))).toEqual([
      '2016-11-01',
      '2016-12-01',
      '2017-01-01',
      '2017-02-01',
    ]);
    expect(binBounds({ start: d('2016-10-05'), end: d('2016-10-07') }, 'day')).toHaveLength(4);
  });
});

describe('axis ticks', () => {
  it('name years over the whole span and days when zoomed into a fortnight', () => {
    const whole = axisTicks({ start: d('2016-01-01'), end: d('2020-12-31') }, 300, 'de');
    expect(whole.map((tick) => tick.label)).toEqual(['2016', '2017', '2018', '2019', '2020']);
    const fortnight = axisTicks({ start: d('2016-10-01'), end: d('2016-10-14') }, 1200, 'de');
    expect(fortnight[0]!.label).toBe('1.\u00a0Okt. 2016');
    expect(fortnight[1]!.label).toBe('2.\u00a0Okt.');
  });

  it('name months in the reader’s language when zoomed into a few months', () => {
    const autumn = axisTicks({ start: d('2016-10-01'), end: d('2016-12-31') }, 400, 'en');
    expect(autumn.map((tick) => tick.label)).toEqual(['Oct 2016', 'Nov', 'Dec']);
    const winter = axisTicks({ start: d('2016-11-01'), end: d('2017-02-28') }, 400, 'de');
    expect(winter.map((tick) => tick.label)).toEqual(['Nov. 2016', 'Dez', 'Jan. 2017', 'Feb']);
  });

  it('say nothing when the span has no boundary of any level in it', () => {
    expect(axisTicks({ start: d('2016-10-02'), end: d('2016-10-02') }, 0, 'de')).toEqual([]);
  });
});
