import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitSpan,
  isWholeRange,
  MIN_SPAN_DAYS,
  panSpan,
  spanDays,
  spanIncluding,
  zoomSpan,
} from './span';

const range = { start: 1000, end: 2999 };

describe('the timeline span', () => {
  it('zooms in and out around an anchor that stays put on screen', () => {
    const span = { start: 1000, end: 1999 };
    const zoomed = zoomSpan(span, 0.5, 1500, range);
    expect(spanDays(zoomed)).toBe(500);
    // The anchor sat halfway along and still does.
    expect((1500 - zoomed.start) / (spanDays(zoomed) - 1)).toBeCloseTo(0.5, 2);
    expect(zoomSpan(zoomed, 2, 1500, range)).toEqual(span);
  });

  it('never zooms in past two weeks nor out past the data', () => {
    expect(spanDays(zoomSpan({ start: 1500, end: 1519 }, 0.1, 1510, range))).toBe(MIN_SPAN_DAYS);
    expect(zoomSpan({ start: 1000, end: 1999 }, 10, 1500, range)).toEqual(range);
  });

  it('moves a span that sticks out back inside the data instead of cutting it', () => {
    expect(fitSpan({ start: 900, end: 1099 }, range)).toEqual({ start: 1000, end: 1199 });
    expect(fitSpan({ start: 2900, end: 3099 }, range)).toEqual({ start: 2800, end: 2999 });
    expect(panSpan({ start: 2800, end: 2999 }, 50, range)).toEqual({ start: 2800, end: 2999 });
  });

  it('keeps a short range whole rather than inventing days around it', () => {
    expect(fitSpan({ start: 5, end: 5 }, { start: 0, end: 9 })).toEqual({ start: 0, end: 9 });
    expect(isWholeRange({ start: 0, end: 9 }, { start: 0, end: 9 })).toBe(true);
  });

  it('follows the date, moving as little as needed', () => {
    const span = { start: 1100, end: 1199 };
    expect(spanIncluding(span, 1150)).toBe(span);
    expect(spanIncluding(span, 1250)).toEqual({ start: 1151, end: 1250 });
    expect(spanIncluding(span, 1050)).toEqual({ start: 1050, end: 1149 });
  });

  it('always gives a span inside the data, at least two weeks wide where the data is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 3500 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (start, width, factor) => {
          const zoomed = zoomSpan({ start, end: start + width - 1 }, factor, start, range);
          expect(zoomed.start).toBeGreaterThanOrEqual(range.start);
          expect(zoomed.end).toBeLessThanOrEqual(range.end);
          expect(spanDays(zoomed)).toBeGreaterThanOrEqual(MIN_SPAN_DAYS);
        },
      ),
    );
  });
});
