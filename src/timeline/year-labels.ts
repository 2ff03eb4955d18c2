/** A year boundary on the histogram, `x` pixels from the left edge of the label strip. */
export interface YearTick {
  year: number;
  x: number;
}

/** A label to print: which side of its tick it sits on. */
export interface YearLabel extends YearTick {
  /** 'start': the label begins just right of the tick; 'end': it ends just left of it. */
  anchor: 'start' | 'end';
}

/** Space between a tick and its label, and the least space between two labels, in pixels. */
export const LABEL_OFFSET = 2;
export const LABEL_GAP = 6;

/**
 * Which year ticks get a printed label in a strip `width` pixels wide, where every label is
 * `labelWidth` wide: left to right, a label is printed only where it clears the previous one,
 * so on a narrow screen every second (or third…) year is named instead of "20172018".
 * A label that would run past the right edge sits left of its tick instead.
 */
export function chooseYearLabels(
  ticks: readonly YearTick[],
  width: number,
  labelWidth: number,
): YearLabel[] {
  if (width <= 0 || labelWidth <= 0) return [];
  const labels: YearLabel[] = [];
  let previousRight = Number.NEGATIVE_INFINITY;
  for (const tick of ticks) {
    const anchor = tick.x + LABEL_OFFSET + labelWidth <= width ? 'start' : 'end';
    const left = anchor === 'start' ? tick.x + LABEL_OFFSET : tick.x - LABEL_OFFSET - labelWidth;
    if (left < 0 || left < previousRight + LABEL_GAP) continue;
    labels.push({ ...tick, anchor });
    previousRight = left + labelWidth;
  }
  return labels;
}
