import { describe, expect, it } from 'vitest';
import { computeMarkerLayout } from './marker-layout';
import { HIT_RADIUS_PX, pickMarker, shownMarkers } from './pick';

const markers = [
  { id: 'a', x: 100, y: 100 },
  { id: 'b', x: 117, y: 100 },
];

describe('pickMarker', () => {
  it('takes the nearest marker within the hit radius', () => {
    expect(pickMarker({ x: 110, y: 104 }, markers, HIT_RADIUS_PX.mouse)).toEqual({
      kind: 'event',
      id: 'b',
    });
    expect(pickMarker({ x: 89, y: 100 }, markers, HIT_RADIUS_PX.mouse)).toEqual({
      kind: 'event',
      id: 'a',
    });
  });

  it('misses beyond the hit radius, which is larger by touch', () => {
    expect(pickMarker({ x: 100, y: 120 }, markers, HIT_RADIUS_PX.mouse)).toBeNull();
    expect(pickMarker({ x: 100, y: 120 }, markers, HIT_RADIUS_PX.touch)).toEqual({
      kind: 'event',
      id: 'a',
    });
  });

  it('keeps a place between its markers reachable', () => {
    const dot = [{ id: 'aleppo', x: 108, y: 112 }];
    expect(pickMarker({ x: 108, y: 111 }, markers, HIT_RADIUS_PX.mouse, dot)).toEqual({
      kind: 'place',
      id: 'aleppo',
    });
  });
});

describe('shownMarkers', () => {
  const layout = computeMarkerLayout([
    { id: 'idlib', coordinates: [36.42, 35.8], eventIds: ['i1', 'i2'] },
    { id: 'aleppo', coordinates: [37.16, 36.2], eventIds: ['a1'] },
  ]);
  const project = ([lon, lat]: readonly [number, number]) => ({ x: lon * 10, y: lat * 10 });

  it('leaves out markers standing in a cluster, and places the rest by their offsets', () => {
    const events = [
      { id: 'i1', place: [36.42, 35.8] as const },
      { id: 'a1', place: [37.16, 36.2] as const },
    ];
    expect(shownMarkers(events, layout, 3, project)).toEqual([]);
    const [i1, a1] = shownMarkers(events, layout, 12, project);
    const [dx, dy] = layout.offsets.get('i1')![11]!;
    expect(i1!.x).toBeCloseTo(364.2 + dx);
    expect(i1!.y).toBeCloseTo(358 + dy);
    expect(a1).toMatchObject({ id: 'a1' });
    expect(a1!.x).toBeCloseTo(371.6);
  });
});
