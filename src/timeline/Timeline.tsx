import { useTranslation } from 'react-i18next';
import { nextEventDay, previousEventDay } from '../events/timed-events';
import { setDate, setWindow } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { Day } from './days';
import { describeDay, type Lang } from './describe-date';
import { DateSlider } from './DateSlider';
import { Histogram } from './Histogram';
import { isTimeWindow, TIME_WINDOWS } from './window';

export function Timeline() {
  const { t } = useTranslation();
  const model = useModel();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const lang = useAppStore((state) => state.lang);
  const count = useVisibleEvents().length;
  const previous = previousEventDay(model.startDays, date);
  const next = nextEventDay(model.startDays, date);

  return (
    <section className="timeline" aria-label={t('timeline')}>
      <div className="timeline-head">
        <p className="current-date">
          <strong data-testid="current-date">{describeDay(date, lang)}</strong>{' '}
          <span className="event-count">{t('eventCount', { count })}</span>
        </p>
        <label className="window-control">
          {t('windowLabel')}{' '}
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
      </div>
      <div className="timeline-track">
        <StepButton to={previous} lang={lang} label={t('previousEvent')} direction="previous" />
        <div className="track">
          <Histogram />
          <DateSlider />
        </div>
        <StepButton to={next} lang={lang} label={t('nextEvent')} direction="next" />
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
      className="step-button"
      disabled={to === null}
      onClick={() => to !== null && setDate(to, 'push')}
      title={to === null ? undefined : describeDay(to, lang)}
    >
      {direction === 'previous' && <span aria-hidden="true">◀ </span>}
      {label}
      {direction === 'next' && <span aria-hidden="true"> ▶</span>}
    </button>
  );
}
