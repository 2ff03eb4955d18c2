import { describe, expect, it } from 'vitest';
import { computeMarkerLayout } from './marker-layout';
import { HIT_RADIUS_PX, pickMarker, shownClusters, shownMarkers } from './pick';

const markers = [
  { id: 'a', x: 100, y: 100 },
  { id: 'b', x: 117, y: 100 },
];

describe('pickMarker', () => {
  it('takes the nearest marker within the hit radius', () => {
    expect(pickMarker({ x: 110, y: 104 }, markers, [], HIT_RADIUS_PX.mouse)).toEqual({
      kind: 'event',
      id: 'b',
    });
    expect(pickMarker({ x: 89, y: 100 }, markers, [], HIT_RADIUS_PX.mouse)).toEqual({
      kind: 'event',
      id: 'a',
    });
  });

  it('misses beyond the hit radius, which is larger by touch', () => {
    expect(pickMarker({ x: 100, y: 120 }, markers, [], HIT_RADIUS_PX.mouse)).toBeNull();
    expect(pickMarker({ x: 100, y: 120 }, markers, [], HIT_RADIUS_PX.touch)).toEqual({
      kind: 'event',
      id: 'a',
    });
  });

  it('keeps a place between its markers reachable', () => {
    const dot = [{ id: 'aleppo', x: 108, y: 112 }];
    expect(pickMarker({ x: 108, y: 111 }, markers, [], HIT_RADIUS_PX.mouse, dot)).toEqual({
      kind: 'place',
      id: 'aleppo',
    });
  });

  it('falls back to a cluster the pointer is on', () => {
    const cluster = {
      key: '3/0',
      zoom: 3,
      coordinates: [37, 36] as [number, number],
      placeIds: ['idlib'],
      expansionZoom: 5,
    };
    const target = pickMarker(
      { x: 310, y: 300 },
      markers,
      [{ cluster, count: 28, x: 300, y: 300 }],
      HIT_RADIUS_PX.mouse,
    );
    expect(target).toMatchObject({ kind: 'cluster', count: 28 });
  });
});

describe('shownMarkers and shownClusters', () => {
  const layout = computeMarkerLayout([
    { id: 'idlib', coordinates: [36.42, 35.8], eventIds: ['i1', 'i2'] },
    { id: 'aleppo', coordinates: [37.16, 36.2], eventIds: ['a1'] },
  ]);
  const project = ([lon, lat]: readonly [number, number]) => ({ x: lon * 10, y: lat * 10 });

  it('leaves out markers standing in a cluster, and counts only shown events in it', () => {
    const events = [
      { id: 'i1', place: [36.42, 35.8] as const },
      { id: 'a1', place: [37.16, 36.2] as const },
    ];
    expect(shownMarkers(events, layout, 3, project)).toEqual([]);
    const clusters = shownClusters(
      layout,
      3,
      new Map([
        ['idlib', 1],
        ['aleppo', 1],
      ]),
      project,
    );
    expect(clusters.map((at) => at.count)).toEqual([2]);
    expect(shownMarkers(events, layout, 12, project).map((marker) => marker.id)).toEqual([
      'i1',
      'a1',
    ]);
  });
});
