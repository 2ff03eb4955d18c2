/** A tick on the timeline's axis, `x` pixels from the strip's left edge, its label `width` wide. */
export interface PlacedTick {
  x: number;
  width: number;
}

/** 'start': the label begins just right of its tick; 'end': it ends just left of it. */
export type LabelAnchor = 'start' | 'end';

/** Space between a tick and its label, and the least space between two labels, in pixels. */
export const LABEL_OFFSET = 2;
export const LABEL_GAP = 6;

/**
 * Which ticks get a printed label in a strip `stripWidth` pixels wide: left to right, a label
 * is printed only where it clears the previous one, so on a narrow screen every second (or
 * third…) tick is named instead of "20172018". A label that would run past the right edge sits
 * left of its tick instead. Returns one anchor per tick, null where the label is left out.
 */
export function chooseAxisLabels(
  ticks: readonly PlacedTick[],
  stripWidth: number,
): (LabelAnchor | null)[] {
  let previousRight = Number.NEGATIVE_INFINITY;
  return ticks.map((tick) => {
    if (stripWidth <= 0 || tick.width <= 0) return null;
    const anchor = tick.x + LABEL_OFFSET + tick.width <= stripWidth ? 'start' : 'end';
    const left = anchor === 'start' ? tick.x + LABEL_OFFSET : tick.x - LABEL_OFFSET - tick.width;
    if (left < 0 || left < previousRight + LABEL_GAP) return null;
    previousRight = left + tick.width;
    return anchor;
  });
}
