/**
 * Event markers as signed-distance-field images, drawn in code so the map needs no sprite
 * file: SDF icons can be tinted per category and given a halo for the selected event.
 */
const PIXEL_RATIO = 2;
/** MapLibre reads alpha 0.75 (192/255) as the shape's edge. */
const EDGE = 0.75;
/** Alpha falls by this much per pixel away from the edge; leaves room for a halo. */
const FALLOFF = 1 / 16;

type DistanceToEdge = (distanceFromCentre: number) => number;

function sdfImage(
  size: number,
  distanceToEdge: DistanceToEdge,
): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const data = new Uint8Array(size * size * 4);
  const centre = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const alpha = Math.max(0, Math.min(1, EDGE - distanceToEdge(distance) * FALLOFF));
      data[(y * size + x) * 4 + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

// Image pixels at pixelRatio 2: a 14 px disc in a 24 px box, which leaves room for the halo.
const MARKER_BOX = 48;
const RADIUS = 14;
const RING_WIDTH = 6;
// A cluster bubble: 28 px across at icon-size 1, in a 36 px box.
const CLUSTER_BOX = 72;
const CLUSTER_RADIUS = 28;

/** A filled disc: something that happened. */
export const occurredIcon = () => sdfImage(MARKER_BOX, (distance) => distance - RADIUS);

/** A ring: something announced or planned, not (yet) reported as having happened. */
export const announcedIcon = () =>
  sdfImage(
    MARKER_BOX,
    (distance) => Math.abs(distance - (RADIUS - RING_WIDTH / 2)) - RING_WIDTH / 2,
  );

/** A larger disc behind a count: several places' events gathered at this zoom. */
export const clusterIcon = () => sdfImage(CLUSTER_BOX, (distance) => distance - CLUSTER_RADIUS);

export const ICON_OPTIONS = { sdf: true, pixelRatio: PIXEL_RATIO } as const;
