// Draws the app's icons into public/icons/ (run: npm run icons). Deterministic, so the PNGs are
// committed; scripts/icons/icons.test.ts checks that they still match what this draws.
import fs from 'node:fs';
import path from 'node:path';
import { drawIcon, ICONS } from './icons/draw.ts';
import { encodePng } from './icons/png.ts';

const OUT = path.resolve(import.meta.dirname, '../public/icons');
fs.mkdirSync(OUT, { recursive: true });
for (const { file, size, maskable } of ICONS) {
  const png = encodePng(size, size, drawIcon(size, { maskable }));
  fs.writeFileSync(path.join(OUT, file), png);
  console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
}
