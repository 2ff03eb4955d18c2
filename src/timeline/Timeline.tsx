import { useTranslation } from 'react-i18next';
import { type KeyboardEvent, useMemo, useRef } from 'react';
import { eventStartDays, nextEventDay, previousEventDay } from '../domain/events/event-days';
import { setDate, setSpan, setWindow } from '../state/navigation';
import { useCatalog } from '../state/catalog-context';
import { togglePlayback } from '../state/playback';
import { useAdmittedRows, useVisibleCount } from '../state/visibility';
import { useAppStore } from '../state/store';
import type { Day } from '../domain/time/days';
import { describeDay, type Lang } from '../domain/time/describe-date';
import { isWholeRange, zoomSpan } from '../domain/time/span';
import { Filters } from '../filters/Filters';
import { DateSlider } from './DateSlider';
import { Histogram } from './Histogram';
import { PlayButton, SpeedControl } from './PlaybackControls';
import { isTimeWindow, TIME_WINDOWS } from '../domain/time/window';
import { useTimeSpan } from './use-time-span';
import { useTimelineGestures } from './use-timeline-gestures';
import { ZOOM_STEP, ZoomControls } from './ZoomControls';

/**
 * The date, its controls, and the slider over the histogram, both over the span the timeline
 * is zoomed to. The slider has a row of its own, as wide as the screen; on a phone the step
 * buttons show only their arrows (their names stay).
 */
export function Timeline({ id }: { id?: string }) {
  const { t } = useTranslation();
  const { table } = useCatalog();
  const admitted = useAdmittedRows();
  const startDays = useMemo(() => eventStartDays(table, admitted), [table, admitted]);
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const lang = useAppStore((state) => state.lang);
  const count = useVisibleCount();
  const { span, range } = useTimeSpan();
  const previous = previousEventDay(startDays, date);
  const next = nextEventDay(startDays, date);
  const trackRef = useRef<HTMLDivElement>(null);
  const histogramRef = useRef<HTMLDivElement>(null);
  useTimelineGestures(trackRef, histogramRef, span, range);

  // Space plays and pauses wherever it would otherwise do nothing: on the slider or the
  // timeline itself (buttons and menus keep their own use of it). + and − zoom from the slider.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const onSlider = target.classList.contains('date-slider');
    if (event.key === ' ' && (onSlider || target === event.currentTarget)) {
      event.preventDefault();
      togglePlayback(span);
    } else if (onSlider && (event.key === '+' || event.key === '-')) {
      event.preventDefault();
      const zoomed = zoomSpan(span, event.key === '+' ? 1 / ZOOM_STEP : ZOOM_STEP, date, range);
      setSpan(isWholeRange(zoomed, range) ? null : zoomed, 'push');
    }
  };

  return (
    <section className="timeline" id={id} aria-label={t('timeline')} onKeyDown={onKeyDown}>
      <div className="timeline-head">
        <p className="current-date">
          <strong data-testid="current-date">{describeDay(date, lang)}</strong>{' '}
          <span className="event-count">{t('eventCount', { count })}</span>
        </p>
        <Filters />
        <div className="timeline-controls">
          <StepButton to={previous} lang={lang} label={t('previousEvent')} direction="previous" />
          <label className="window-control">
            <span className="window-label">{t('windowLabel')}</span>
            <select
              value={window}
              onChange={(event) => {
                if (isTimeWindow(event.target.value)) setWindow(event.target.value);
              }}
            >
              {TIME_WINDOWS.map((option) => (
                <option key={option} value={option}>
                  {t(`window.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <StepButton to={next} lang={lang} label={t('nextEvent')} direction="next" />
          <PlayButton span={span} />
        </div>
        <div className="timeline-tools">
          <SpeedControl />
          <ZoomControls span={span} range={range} />
        </div>
      </div>
      <div className="track" ref={trackRef}>
        <div className="histogram-surface" ref={histogramRef}>
          <Histogram span={span} range={range} />
        </div>
        <DateSlider span={span} range={range} />
      </div>
    </section>
  );
}

/** Jumps to the nearest day on which an event begins; the tooltip names that day. */
function StepButton({
  to,
  lang,
  label,
  direction,
}: {
  to: Day | null;
  lang: Lang;
  label: string;
  direction: 'previous' | 'next';
}) {
  return (
    <button
      type="button"
      className={`step-button ${direction}`}
      disabled={to === null}
      onClick={() => to !== null && setDate(to, 'push')}
      title={to === null ? undefined : describeDay(to, lang)}
    >
      {direction === 'previous' && <span aria-hidden="true">◀</span>}
      <span className="step-label">{label}</span>
      {direction === 'next' && <span aria-hidden="true">▶</span>}
    </button>
  );
}
