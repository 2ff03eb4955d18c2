import { describe, expect, it } from 'vitest';
import { testMapEvent } from '../events/test-map-event';
import { parseIsoDay } from './days';
import { dayWeights, eventDensity } from './histogram';

const d = (text: string) => parseIsoDay(text)!;

describe('eventDensity', () => {
  const range = { min: d('2016-08-01'), max: d('2016-08-28') };

  it('puts a one-day event into one bin', () => {
    const bins = eventDensity(
      [testMapEvent('a', 'a', d('2016-08-09'), d('2016-08-09'))],
      range,
      7,
    ).firm;
    expect(bins).toEqual([0, 1, 0, 0]);
  });

  it('spreads a long event evenly, so each event weighs the same', () => {
    const bins = eventDensity(
      [testMapEvent('a', 'a', d('2016-08-01'), d('2016-08-28'))],
      range,
      7,
    ).firm;
    expect(bins).toHaveLength(4);
    for (const bin of bins) expect(bin).toBeCloseTo(0.25);
  });

  it('ignores the part of an event outside the range', () => {
    const bins = eventDensity(
      [testMapEvent('a', 'a', d('2016-07-29'), d('2016-08-01'))],
      range,
      7,
    ).firm;
    expect(bins[0]).toBeCloseTo(0.25);
    expect(bins.reduce((sum, bin) => sum + bin, 0)).toBeCloseTo(0.25);
  });

  it('draws an event with an open bound apart, thinning out towards that bound', () => {
    const { firm, vague } = eventDensity(
      [
        testMapEvent('a', 'soon', d('2016-08-01'), d('2016-08-28'), {
          date: {
            start: d('2016-08-01'),
            end: d('2016-08-28'),
            precision: 'month',
            vague: 'end',
            words: { de: 'bald', en: 'soon' },
          },
        }),
      ],
      range,
      7,
    );
    expect(firm).toEqual([0, 0, 0, 0]);
    expect(vague.reduce((sum, bin) => sum + bin, 0)).toBeCloseTo(1);
    expect(vague[0]).toBeGreaterThan(vague[1]!);
    expect(vague[2]).toBeGreaterThan(vague[3]!);
  });
});

describe('dayWeights', () => {
  it('gives each event one unit of weight, evenly or tapering to the open bound', () => {
    expect(dayWeights(4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(dayWeights(4, 'end')).toEqual([0.4, 0.3, 0.2, 0.1]);
    expect(dayWeights(4, 'start')).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(dayWeights(3, 'both')).toEqual([0.25, 0.5, 0.25]);
  });
});
