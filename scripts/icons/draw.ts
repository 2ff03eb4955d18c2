// The app's icon, drawn from the same shapes as public/favicon.svg (a 32-unit square): a blue
// tile, an amber disc (an event that happened) and a white ring (an announced one), the map's
// own marker language.

type Rgb = readonly [number, number, number];
type Shape = { color: Rgb; inside: (x: number, y: number) => boolean };

const BLUE: Rgb = [0x1d, 0x4f, 0x91];
const AMBER: Rgb = [0xe6, 0x9f, 0x00];
const WHITE: Rgb = [0xff, 0xff, 0xff];

function roundedSquare(size: number, radius: number) {
  return (x: number, y: number) => {
    const dx = Math.max(radius - x, x - (size - radius), 0);
    const dy = Math.max(radius - y, y - (size - radius), 0);
    return dx * dx + dy * dy <= radius * radius;
  };
}

const disc = (cx: number, cy: number, r: number) => (x: number, y: number) =>
  (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring = (cx: number, cy: number, r: number, width: number) => (x: number, y: number) => {
  const d = Math.hypot(x - cx, y - cy);
  return d >= r - width / 2 && d <= r + width / 2;
};

/**
 * `maskable`: the tile fills the whole square (the platform cuts its own shape out of it); the
 * marks already lie within the safe circle, 40 % of the size around the centre.
 */
function shapes(maskable: boolean): Shape[] {
  return [
    { color: BLUE, inside: maskable ? () => true : roundedSquare(32, 6) },
    { color: AMBER, inside: disc(12, 14, 5) },
    { color: WHITE, inside: ring(21, 19, 4, 2) },
  ];
}

/** Samples per pixel along each axis: smooth edges without a rasteriser library. */
const SAMPLES = 4;

/** The icon as RGBA pixels, `size` × `size`, edges anti-aliased. */
export function drawIcon(size: number, { maskable = false } = {}): Uint8Array {
  const layers = shapes(maskable);
  const pixels = new Uint8Array(size * size * 4);
  const unit = 32 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * unit;
          const y = (py + (sy + 0.5) / SAMPLES) * unit;
          // Later shapes paint over earlier ones, as in the SVG.
          const top = layers.findLast((shape) => shape.inside(x, y));
          if (!top) continue;
          r += top.color[0];
          g += top.color[1];
          b += top.color[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[at] = Math.round(r / covered);
      pixels[at + 1] = Math.round(g / covered);
      pixels[at + 2] = Math.round(b / covered);
      pixels[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return pixels;
}

/** The files public/icons/ holds, as the web app manifest and index.html name them. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  // iOS rounds the corners itself and shows transparency as black.
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
] as const;
