/** Which shown events are out of view, and which view would show them all. */

export const DIRECTIONS = ['north', 'east', 'south', 'west'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export type LngLat = readonly [number, number];

/** The smallest box around the points, or null for none: [[west, south], [east, north]]. */
export function boundsOf(points: readonly LngLat[]): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let [west, south] = points[0]!;
  let [east, north] = points[0]!;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * How many events lie beyond each edge of a width × height view, by the edge a straight line
 * from the centre leaves through: that is where the user has to pan to find them. Each point
 * is a place, weighing as many events as it holds there.
 */
export function countOffscreen(
  points: readonly { x: number; y: number; weight?: number }[],
  width: number,
  height: number,
): Record<Direction, number> {
  const counts: Record<Direction, number> = { north: 0, east: 0, south: 0, west: 0 };
  const halfWidth = width / 2;
  const halfHeight = height / 2;
  for (const { x, y, weight = 1 } of points) {
    if (x >= 0 && x <= width && y >= 0 && y <= height) continue;
    const dx = (x - halfWidth) / halfWidth;
    const dy = (y - halfHeight) / halfHeight;
    const edge: Direction =
      Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'east' : 'west') : dy > 0 ? 'south' : 'north';
    counts[edge] += weight;
  }
  return counts;
}
