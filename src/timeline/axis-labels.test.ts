import { describe, expect, it } from 'vitest';
import { chooseAxisLabels, LABEL_GAP, LABEL_OFFSET, type PlacedTick } from './axis-labels';

interface YearTick {
  year: number;
  x: number;
}

/** The years whose labels are printed, and where, for labels all `labelWidth` wide. */
function chooseYearLabels(ticks: YearTick[], width: number, labelWidth: number) {
  const placed: PlacedTick[] = ticks.map((tick) => ({ x: tick.x, width: labelWidth }));
  return chooseAxisLabels(placed, width).flatMap((anchor, i) =>
    anchor === null ? [] : [{ ...ticks[i]!, anchor }],
  );
}

/** The corpus: 1 Feb 2016 to 5 Mar 2020, year ticks on 1 January, spread over `width` px. */
function corpusTicks(width: number): YearTick[] {
  const span = 1495;
  const offsets = { 2017: 335, 2018: 700, 2019: 1065, 2020: 1430 };
  return Object.entries(offsets).map(([year, day]) => ({
    year: Number(year),
    x: (day / span) * width,
  }));
}

function extents(
  labels: ReturnType<typeof chooseYearLabels>,
  labelWidth: number,
): [number, number][] {
  return labels.map((label) =>
    label.anchor === 'start'
      ? [label.x + LABEL_OFFSET, label.x + LABEL_OFFSET + labelWidth]
      : [label.x - LABEL_OFFSET - labelWidth, label.x - LABEL_OFFSET],
  );
}

describe('chooseAxisLabels', () => {
  it('names every year when there is room', () => {
    const labels = chooseYearLabels(corpusTicks(1200), 1200, 30);
    expect(labels.map((label) => label.year)).toEqual([2017, 2018, 2019, 2020]);
  });

  it('skips years whose labels would touch the previous one', () => {
    // 29 px, the German phone layout before the fix: room for one label, not four.
    expect(chooseYearLabels(corpusTicks(29), 29, 25).map((label) => label.year)).toEqual([2020]);
    // 120 px: 29 px from one year to the next, too little for a 28 px label and the gap.
    expect(chooseYearLabels(corpusTicks(120), 120, 28).map((label) => label.year)).toEqual([
      2017, 2019,
    ]);
  });

  it('never lets two labels overlap or leave the strip, at any width', () => {
    for (let width = 0; width <= 800; width += 7) {
      for (const labelWidth of [20, 28, 40]) {
        const boxes = extents(chooseYearLabels(corpusTicks(width), width, labelWidth), labelWidth);
        for (const [index, [left, right]] of boxes.entries()) {
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(width);
          if (index > 0) expect(left).toBeGreaterThanOrEqual(boxes[index - 1]![1] + LABEL_GAP);
        }
      }
    }
  });

  it('puts a label left of its tick near the right edge rather than cutting it off', () => {
    // 2020 starts 65 days before the end: 17 px from the right edge of a 390 px strip.
    const last = chooseYearLabels(corpusTicks(390), 390, 28).at(-1)!;
    expect(last).toMatchObject({ year: 2020, anchor: 'end' });
  });

  it('names nothing before the strip has been measured', () => {
    expect(chooseYearLabels(corpusTicks(0), 0, 28)).toEqual([]);
    expect(chooseYearLabels(corpusTicks(600), 600, 0)).toEqual([]);
  });
});
