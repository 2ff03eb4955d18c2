import { describe, expect, it } from 'vitest';
import { boundsOf, countOffscreen } from './overview';

describe('boundsOf', () => {
  it('spans every point, from Washington to Astana', () => {
    expect(
      boundsOf([
        [36.42, 35.8],
        [-77.04, 38.9],
        [71.45, 51.18],
      ]),
    ).toEqual([
      [-77.04, 35.8],
      [71.45, 51.18],
    ]);
  });

  it('has nothing to fit when nothing is shown', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('countOffscreen', () => {
  it('counts points outside the view by the edge they lie beyond', () => {
    const counts = countOffscreen(
      [
        { x: 50, y: 50 }, // inside
        { x: 100, y: -20 }, // above
        { x: 1500, y: 300, weight: 2 }, // right, two events at one place
        { x: -400, y: 700 }, // left and below, but mostly left
        { x: 600, y: 2000 }, // below
      ],
      1000,
      600,
    );
    expect(counts).toEqual({ north: 1, east: 2, south: 1, west: 1 });
  });

  it('counts nothing when everything is in view, the edges included', () => {
    expect(
      countOffscreen(
        [
          { x: 0, y: 0 },
          { x: 1000, y: 600 },
        ],
        1000,
        600,
      ),
    ).toEqual({ north: 0, east: 0, south: 0, west: 0 });
  });
});
