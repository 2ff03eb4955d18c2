import { describe, expect, it } from 'vitest';
import { dayWeights } from './histogram';

describe('dayWeights', () => {
  it('gives each event one unit of weight, evenly or tapering to the open bound', () => {
    expect(dayWeights(4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(dayWeights(4, 'end')).toEqual([0.4, 0.3, 0.2, 0.1]);
    expect(dayWeights(4, 'start')).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(dayWeights(3, 'both')).toEqual([0.25, 0.5, 0.25]);
  });
});
