import { useMemo, useRef } from 'react';
import './timeline.css';
import { eventById } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { useAdmittedRows } from '../state/visibility';
import { selectedEventIdOf, useAppStore } from '../state/store';
import { dayFromParts, dayToParts } from '../domain/time/days';
import { eventDensity } from '../domain/time/histogram';
import { useLabelStrip } from './use-label-strip';
import { windowInterval } from '../domain/time/window';
import { chooseYearLabels } from './year-labels';

const BIN_DAYS = 7;
const HEIGHT = 40;

/**
 * Where the reporting is dense, above the slider; the window and the selected event's
 * interval are drawn over it. Decorative for screen readers: the list says the same.
 */
export function Histogram() {
  const catalog = useCatalog();
  const admitted = useAdmittedRows();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const selectedEventId = useAppStore(selectedEventIdOf);
  const { min, max } = catalog.range;
  const span = max - min + 1;

  const density = useMemo(() => {
    const { table } = catalog;
    const shown = table.events.filter((_, row) => admitted[row] === 1);
    return eventDensity(shown, catalog.range, BIN_DAYS);
  }, [catalog, admitted]);
  const peak = Math.max(1, ...density.firm.map((firm, index) => firm + density.vague[index]!));
  const barHeight = (value: number) => (value / peak) * (HEIGHT - 4);
  const years = useMemo(() => {
    const ticks: { x: number; year: number }[] = [];
    for (let year = dayToParts(min).year + 1; dayFromParts(year, 1, 1) <= max; year++) {
      ticks.push({ x: dayFromParts(year, 1, 1) - min, year });
    }
    return ticks;
  }, [min, max]);

  const stripRef = useRef<HTMLDivElement>(null);
  const strip = useLabelStrip(stripRef);
  const labelled = new Map(
    chooseYearLabels(
      years.map((tick) => ({ year: tick.year, x: (tick.x / span) * strip.width })),
      strip.width,
      strip.labelWidth,
    ).map((label) => [label.year, label.anchor]),
  );

  const shown = windowInterval(date, window);
  const shownStart = Math.max(shown.start, min) - min;
  const selected = selectedEventId ? eventById(catalog, selectedEventId)?.date : undefined;

  return (
    <div className="histogram" aria-hidden="true">
      <svg
        viewBox={`0 0 ${span} ${HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        height={HEIGHT}
      >
        <rect
          className="histogram-window"
          x={shownStart}
          width={date - min + 1 - shownStart}
          y={0}
          height={HEIGHT}
        />
        {density.firm.map((firm, index) => {
          const vague = density.vague[index]!;
          if (firm + vague === 0) return null;
          // Vague reports stack lighter on top of the firm ones.
          return (
            <g key={index}>
              <rect
                className="histogram-bar"
                x={index * BIN_DAYS}
                width={BIN_DAYS}
                y={HEIGHT - barHeight(firm)}
                height={barHeight(firm)}
              />
              <rect
                className="histogram-bar vague"
                x={index * BIN_DAYS}
                width={BIN_DAYS}
                y={HEIGHT - barHeight(firm + vague)}
                height={barHeight(vague)}
              />
            </g>
          );
        })}
        {years.map((tick) => (
          <line
            key={tick.year}
            className="histogram-year"
            x1={tick.x}
            x2={tick.x}
            y1={0}
            y2={HEIGHT}
          />
        ))}
        {selected && (
          <rect
            className="histogram-selected"
            x={selected.start - min}
            width={Math.max(selected.end - selected.start + 1, span / 250)}
            y={HEIGHT - 6}
            height={6}
          />
        )}
      </svg>
      {/* Every year is laid out, so each can be measured; those without room stay invisible. */}
      <div className="histogram-years" ref={stripRef}>
        {years.map((tick) => (
          <span
            key={tick.year}
            className={`year-label ${labelled.get(tick.year) ?? 'unlabelled'}`}
            style={{ left: `${(tick.x / span) * 100}%` }}
          >
            {tick.year}
          </span>
        ))}
      </div>
    </div>
  );
}
