import { describe, expect, it } from 'vitest';
import { classifyKeyStep, KEY_BURST_MS } from './key-burst';

describe('classifyKeyStep', () => {
  it('starts a burst with the first step', () => {
    expect(classifyKeyStep(null, 5000)).toBe('starts-burst');
  });

  it('continues the burst while steps follow within about a second', () => {
    let previous: number | null = null;
    const kinds = [0, 120, 300, 900, 1800].map((now) => {
      const kind = classifyKeyStep(previous, now);
      previous = now;
      return kind;
    });
    expect(kinds).toEqual([
      'starts-burst',
      'continues-burst',
      'continues-burst',
      'continues-burst',
      'continues-burst',
    ]);
  });

  it('starts a new burst after a pause', () => {
    expect(classifyKeyStep(1000, 1000 + KEY_BURST_MS)).toBe('starts-burst');
    expect(classifyKeyStep(1000, 1000 + KEY_BURST_MS - 1)).toBe('continues-burst');
  });

  it('does not trust a clock that went backwards', () => {
    expect(classifyKeyStep(5000, 4000)).toBe('starts-burst');
  });
});
