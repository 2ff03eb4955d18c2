import { describe, expect, it } from 'vitest';
import {
  computeMarkerLayout,
  LAYOUT_MAX_ZOOM,
  LAYOUT_MIN_ZOOM,
  type LayoutPlace,
  MARKER_SPACING_PX,
  type MarkerLayout,
  worldPixel,
} from './marker-layout';

const events = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

const place = (id: string, coordinates: [number, number], count: number): LayoutPlace => ({
  id,
  coordinates,
  eventIds: events(id, count),
});

const moscow = place('moscow', [37.6178, 55.752], 2);
const kremlin = place('kremlin', [37.6176, 55.7512], 3);
const idlibProvince = place('idlib', [36.42, 35.8], 20);
const haas = place('haas', [36.5953, 35.6169], 1);
const idlibCity = place('idlib-city', [36.6339, 35.9306], 0);
const aleppo = place('aleppo', [37.1612, 36.2012], 6);

/** Screen position of every own-standing marker at `zoom`. */
function markersAt(layout: MarkerLayout, places: readonly LayoutPlace[], zoom: number) {
  return places.flatMap((p) =>
    p.eventIds
      .filter((id) => layout.ownFrom.get(id)! <= zoom)
      .map((id) => {
        const [x, y] = worldPixel(p.coordinates, zoom);
        const [dx, dy] = layout.offsets.get(id)![zoom - LAYOUT_MIN_ZOOM]!;
        return { id, place: p.id, x: x + dx, y: y + dy };
      }),
  );
}

const zooms = Array.from(
  { length: LAYOUT_MAX_ZOOM - LAYOUT_MIN_ZOOM + 1 },
  (_, i) => LAYOUT_MIN_ZOOM + i,
);

describe('computeMarkerLayout', () => {
  it('puts a lone event on its place', () => {
    const layout = computeMarkerLayout([place('geneva', [6.1457, 46.2022], 1)]);
    expect(layout.ownFrom.get('geneva-0')).toBe(LAYOUT_MIN_ZOOM);
    expect(layout.offsets.get('geneva-0')!.every(([x, y]) => x === 0 && y === 0)).toBe(true);
  });

  it('never lets one standing marker cover another, at any zoom', () => {
    const places = [moscow, kremlin, idlibProvince, haas, idlibCity, aleppo];
    const layout = computeMarkerLayout(places);
    for (const zoom of zooms) {
      const markers = markersAt(layout, places, zoom);
      for (let a = 0; a < markers.length; a++) {
        for (let b = a + 1; b < markers.length; b++) {
          const distance = Math.hypot(markers[a]!.x - markers[b]!.x, markers[a]!.y - markers[b]!.y);
          expect(distance, `${markers[a]!.id} / ${markers[b]!.id} at z${zoom}`).toBeGreaterThan(
            MARKER_SPACING_PX - 0.2,
          );
        }
      }
    }
  });

  it('spreads Moscow and the Kremlin together instead of clustering them, so both stay clickable', () => {
    const layout = computeMarkerLayout([moscow, kremlin, idlibProvince]);
    for (const id of [...moscow.eventIds, ...kremlin.eventIds]) {
      expect(layout.ownFrom.get(id)).toBe(LAYOUT_MIN_ZOOM);
    }
    expect(layout.clusters.some((cluster) => cluster.placeIds.includes('kremlin'))).toBe(false);
  });

  it('keeps a small town on its spot when a crowded province is next to it', () => {
    const layout = computeMarkerLayout([idlibProvince, haas, idlibCity]);
    const haasStandsFrom = layout.ownFrom.get('haas-0')!;
    expect(haasStandsFrom).toBeLessThan(LAYOUT_MAX_ZOOM);
    for (const zoom of zooms.filter((z) => z >= haasStandsFrom)) {
      expect(layout.offsets.get('haas-0')![zoom - LAYOUT_MIN_ZOOM]).toEqual([0, 0]);
    }
  });

  it('keeps markers off the dot of a place without events', () => {
    const layout = computeMarkerLayout([idlibProvince, idlibCity]);
    for (const zoom of zooms) {
      const [cx, cy] = worldPixel(idlibCity.coordinates, zoom);
      for (const marker of markersAt(layout, [idlibProvince], zoom)) {
        expect(Math.hypot(marker.x - cx, marker.y - cy)).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('gathers nearby places into a cluster at low zoom that breaks apart further in', () => {
    const places = [idlibProvince, haas, aleppo];
    const layout = computeMarkerLayout(places);
    const atThree = layout.clusters.filter((cluster) => cluster.zoom === 3);
    expect(atThree).toHaveLength(1);
    expect([...atThree[0]!.placeIds].sort()).toEqual(['aleppo', 'haas', 'idlib']);
    expect(atThree[0]!.expansionZoom).toBeGreaterThan(3);
    // Clustered events do not stand on their own, and do at the closest zoom.
    expect(layout.ownFrom.get('aleppo-0')).toBeGreaterThan(3);
    expect(layout.clusters.some((cluster) => cluster.zoom === LAYOUT_MAX_ZOOM)).toBe(false);
    // Every event is either in a cluster or standing at every zoom.
    for (const zoom of zooms) {
      const standing = new Set(markersAt(layout, places, zoom).map((marker) => marker.place));
      const clustered = new Set(
        layout.clusters.filter((c) => c.zoom === zoom).flatMap((c) => c.placeIds),
      );
      for (const p of places) expect(standing.has(p.id) !== clustered.has(p.id)).toBe(true);
    }
  });

  it('puts the labels of places on one spot outside all of that spot’s markers', () => {
    const layout = computeMarkerLayout([moscow, kremlin]);
    const z = LAYOUT_MAX_ZOOM - LAYOUT_MIN_ZOOM;
    for (const p of [moscow, kremlin]) {
      const [px, py] = worldPixel(p.coordinates, LAYOUT_MAX_ZOOM);
      for (const marker of markersAt(layout, [moscow, kremlin], LAYOUT_MAX_ZOOM)) {
        expect(layout.reach.get(p.id)![z]! + 0.1).toBeGreaterThanOrEqual(
          Math.hypot(marker.x - px, marker.y - py),
        );
      }
    }
  });

  it('says how far each place’s markers reach, for its label', () => {
    const layout = computeMarkerLayout([aleppo, place('geneva', [6.1457, 46.2022], 1)]);
    expect(layout.reach.get('geneva')![8 - LAYOUT_MIN_ZOOM]).toBe(0);
    expect(layout.reach.get('aleppo')![LAYOUT_MAX_ZOOM - LAYOUT_MIN_ZOOM]).toBeGreaterThan(
      MARKER_SPACING_PX,
    );
  });
});
