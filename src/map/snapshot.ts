import type { Map as MaplibreMap } from 'maplibre-gl';

export interface SnapshotOverlay {
  /** Lines at the top: what the picture shows, and when. */
  heading: string[];
  legend: { color: string; label: string; hollow?: boolean }[];
  attribution: string;
}

const FONT = '13px "Noto Sans", system-ui, sans-serif';
const BOLD = 'bold 15px "Noto Sans", system-ui, sans-serif';
const PAD = 10;
const LINE = 18;

/**
 * The map as a PNG with its date, window and legend drawn on it, so the picture says what it
 * shows away from the page. The map's canvas is copied during a render, while its drawing
 * buffer still holds the frame (MapLibre clears it afterwards).
 */
export function snapshotMap(map: MaplibreMap, overlay: SnapshotOverlay): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(source, 0, 0);
        const scale = source.width / source.clientWidth || 1;
        context.scale(scale, scale);
        drawOverlay(context, source.clientWidth, source.clientHeight, overlay);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
      } catch (error) {
        reject(error as Error);
      }
    });
    map.triggerRepaint();
  });
}

function box(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
) {
  context.fillStyle = 'rgba(255, 255, 255, 0.9)';
  context.fillRect(x, y, width, height);
  context.strokeStyle = '#b9b4a9';
  context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
}

function drawOverlay(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  overlay: SnapshotOverlay,
): void {
  context.textBaseline = 'middle';
  // Heading, top left.
  context.font = BOLD;
  const headingWidth = Math.max(...overlay.heading.map((line) => context.measureText(line).width));
  box(context, PAD, PAD, headingWidth + 2 * PAD, overlay.heading.length * LINE + PAD);
  context.fillStyle = '#1f1f1f';
  overlay.heading.forEach((line, index) => {
    context.font = index === 0 ? BOLD : FONT;
    context.fillText(line, 2 * PAD, PAD + PAD / 2 + LINE / 2 + index * LINE);
  });
  // Legend, bottom left.
  context.font = FONT;
  const legendWidth = Math.max(
    0,
    ...overlay.legend.map((entry) => context.measureText(entry.label).width),
  );
  const legendHeight = overlay.legend.length * LINE + PAD;
  const top = height - legendHeight - PAD - LINE;
  if (overlay.legend.length > 0) box(context, PAD, top, legendWidth + 3 * PAD + 12, legendHeight);
  overlay.legend.forEach((entry, index) => {
    const y = top + PAD / 2 + LINE / 2 + index * LINE;
    context.beginPath();
    context.arc(2 * PAD + 5, y, 5, 0, 2 * Math.PI);
    context.lineWidth = 2;
    context.strokeStyle = entry.color;
    context.fillStyle = entry.color;
    if (entry.hollow) context.stroke();
    else context.fill();
    context.fillStyle = '#1f1f1f';
    context.fillText(entry.label, 2 * PAD + 16, y);
  });
  // Attribution, bottom right, as on the page.
  const attributionWidth = context.measureText(overlay.attribution).width;
  box(
    context,
    width - attributionWidth - 2 * PAD,
    height - LINE - 4,
    attributionWidth + 2 * PAD,
    LINE + 4,
  );
  context.fillStyle = '#1f1f1f';
  context.fillText(overlay.attribution, width - attributionWidth - PAD, height - LINE / 2 - 2);
}
