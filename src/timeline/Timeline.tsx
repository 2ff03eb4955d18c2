import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { eventStartDays, nextEventDay, previousEventDay } from '../domain/events/event-days';
import { setDate, setWindow } from '../state/navigation';
import { useCatalog } from '../state/catalog-context';
import { useAdmittedRows, useVisibleCount } from '../state/visibility';
import { useAppStore } from '../state/store';
import type { Day } from '../domain/time/days';
import { describeDay, type Lang } from '../domain/time/describe-date';
import { Filters } from '../filters/Filters';
import { DateSlider } from './DateSlider';
import { Histogram } from './Histogram';
import { isTimeWindow, TIME_WINDOWS } from '../domain/time/window';

/**
 * The date, its controls, and the slider over the histogram. The slider has a row of its own,
 * as wide as the screen; on a phone the step buttons show only their arrows (their names stay).
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
  const previous = previousEventDay(startDays, date);
  const next = nextEventDay(startDays, date);

  return (
    <section className="timeline" id={id} aria-label={t('timeline')}>
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
        </div>
      </div>
      <div className="track">
        <Histogram />
        <DateSlider />
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
