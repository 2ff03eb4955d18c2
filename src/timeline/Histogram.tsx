import { memo, useMemo, useRef } from 'react';
import './timeline.css';
import { eventById } from '../domain/catalog';
import { CATEGORIES } from '../domain/data/schema';
import { binDensity, dailyDensity, type DensityBin } from '../domain/events/density';
import { axisTicks, binBounds, chooseBinUnit } from '../domain/time/bins';
import { spanDays, type TimeSpan } from '../domain/time/span';
import { windowInterval } from '../domain/time/window';
import { CATEGORY_COLORS } from '../events/category-colors';
import { useCatalog } from '../state/catalog-context';
import { selectedEventIdOf, useAppStore } from '../state/store';
import { useAdmittedRows } from '../state/visibility';
import { chooseAxisLabels } from './axis-labels';
import { useElementWidth, useLabelWidths } from './use-label-strip';

const HEIGHT = 40;
/** Before the strip is measured: a desktop's width, so the first bars are not all months. */
const UNMEASURED_WIDTH = 1000;

/**
 * Where the reporting is dense, over the span the timeline shows: bars per day, week or month
 * as the zoom allows, stacked by category, events the text dates only within an interval
 * spread over it and lighter. The window and the selected event's interval are drawn over it.
 * Decorative for screen readers: the list says the same.
 */
export function Histogram({ span, range }: { span: TimeSpan; range: TimeSpan }) {
  const catalog = useCatalog();
  const admitted = useAdmittedRows();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const lang = useAppStore((state) => state.lang);
  const selectedEventId = useAppStore(selectedEventIdOf);
  const { start, end } = span;
  const days = spanDays(span);

  // Counted once per choice of datasets and filters; zooming and panning only re-bin.
  const density = useMemo(
    () => dailyDensity(catalog.table, admitted, { start: range.start, end: range.end }),
    [catalog.table, admitted, range.start, range.end],
  );

  const stripRef = useRef<HTMLDivElement>(null);
  const stripWidth = useElementWidth(stripRef);
  const width = stripWidth || UNMEASURED_WIDTH;
  const ticks = useMemo(() => axisTicks({ start, end }, width, lang), [start, end, width, lang]);
  const labelWidths = useLabelWidths(stripRef, ticks.map((tick) => tick.label).join('|'));
  const unit = chooseBinUnit(span, width);
  const bins = useMemo(
    () => binDensity(density, binBounds({ start, end }, unit)),
    [density, start, end, unit],
  );
  const anchors = chooseAxisLabels(
    ticks.map((tick, i) => ({
      x: ((tick.day - start) / days) * stripWidth,
      width: labelWidths[i] ?? 0,
    })),
    stripWidth,
  );

  const shown = windowInterval(date, window);
  const shownStart = Math.max(shown.start, start);
  const selected = selectedEventId ? eventById(catalog, selectedEventId)?.date : undefined;

  return (
    <div className="histogram" aria-hidden="true" data-bin-unit={unit}>
      <svg
        viewBox={`0 0 ${days} ${HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        height={HEIGHT}
      >
        <rect
          className="histogram-window"
          x={shownStart - start}
          width={Math.max(0, date - shownStart + 1)}
          y={0}
          height={HEIGHT}
        />
        <Bars bins={bins} start={start} end={end} />
        {ticks.map((tick) => (
          <line
            key={tick.day}
            className="histogram-tick"
            x1={tick.day - start}
            x2={tick.day - start}
            y1={0}
            y2={HEIGHT}
          />
        ))}
        {selected && selected.end >= start && selected.start <= end && (
          <rect
            className="histogram-selected"
            x={Math.max(selected.start, start) - start}
            width={Math.max(
              Math.min(selected.end, end) - Math.max(selected.start, start) + 1,
              days / 250,
            )}
            y={HEIGHT - 6}
            height={6}
          />
        )}
      </svg>
      {/* Every label is laid out, so each can be measured; those without room stay invisible. */}
      <div className="histogram-axis" ref={stripRef}>
        {ticks.map((tick, i) => (
          <span
            key={tick.day}
            className={`axis-label ${anchors[i] ?? 'unlabelled'}`}
            style={{ left: `${((tick.day - start) / days) * 100}%` }}
          >
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * The bars, stacked by category in a fixed order (so a colour keeps its height from bar to
 * bar), solid for events dated to a day and lighter for those spread over an interval. Drawn
 * again only when the bins or the span change, not on every date step.
 */
const Bars = memo(function Bars({
  bins,
  start,
  end,
}: {
  bins: DensityBin[];
  start: number;
  end: number;
}) {
  const peak = Math.max(1e-9, ...bins.map((bin) => bin.total));
  const scale = (HEIGHT - 4) / peak;
  return (
    <g>
      {bins.map((bin) => {
        if (bin.total === 0) return null;
        // A week or month that reaches past the span is drawn only where it is in view.
        const x = Math.max(bin.start, start) - start;
        const width = Math.min(bin.end, end + 1) - Math.max(bin.start, start);
        let top = HEIGHT;
        const segments = [];
        for (let c = 0; c < CATEGORIES.length; c++) {
          for (const layer of ['dated', 'spread'] as const) {
            const height = bin[layer][c]! * scale;
            if (height <= 0) continue;
            top -= height;
            segments.push(
              <rect
                key={`${c}${layer}`}
                className={`histogram-bar ${layer}`}
                x={x}
                width={width}
                y={top}
                height={height}
                fill={CATEGORY_COLORS[CATEGORIES[c]!]}
              />,
            );
          }
        }
        return <g key={bin.start}>{segments}</g>;
      })}
    </g>
  );
});
