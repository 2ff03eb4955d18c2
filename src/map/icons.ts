/**
 * Event markers as signed-distance-field images, drawn in code so the map needs no sprite
 * file: SDF icons can be tinted per category and given a halo for the selected event.
 */
const SIZE = 40; // pixels at pixelRatio 2 → a 20 px box
const PIXEL_RATIO = 2;
/** MapLibre reads alpha 0.75 (192/255) as the shape's edge. */
const EDGE = 0.75;
/** Alpha falls by this much per pixel away from the edge; leaves room for a halo. */
const FALLOFF = 1 / 16;

type DistanceToEdge = (distanceFromCentre: number) => number;

function sdfImage(distanceToEdge: DistanceToEdge): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const data = new Uint8Array(SIZE * SIZE * 4);
  const centre = SIZE / 2;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const alpha = Math.max(0, Math.min(1, EDGE - distanceToEdge(distance) * FALLOFF));
      data[(y * SIZE + x) * 4 + 3] = Math.round(alpha * 255);
    }
  }
  return { width: SIZE, height: SIZE, data };
}

const RADIUS = 11; // image pixels: a 11 px disc in a 20 px box
const RING_WIDTH = 5;

/** A filled disc: something that happened. */
export const occurredIcon = () => sdfImage((distance) => distance - RADIUS);

/** A ring: something announced or planned, not (yet) reported as having happened. */
export const announcedIcon = () =>
  sdfImage((distance) => Math.abs(distance - (RADIUS - RING_WIDTH / 2)) - RING_WIDTH / 2);

export const ICON_OPTIONS = { sdf: true, pixelRatio: PIXEL_RATIO } as const;
