import { useTranslation } from 'react-i18next';
import { nextEventDay, previousEventDay } from '../events/timed-events';
import { setDate, setWindow } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useVisibleEvents } from '../state/selectors';
import { useAppStore } from '../state/store';
import { describeDay } from './describe-date';
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
        <button
          type="button"
          className="step-button"
          disabled={previous === null}
          onClick={() => previous !== null && setDate(previous, 'push')}
          title={previous === null ? undefined : describeDay(previous, lang)}
        >
          <span aria-hidden="true">◀ </span>
          {t('previousEvent')}
        </button>
        <div className="track">
          <Histogram />
          <DateSlider />
        </div>
        <button
          type="button"
          className="step-button"
          disabled={next === null}
          onClick={() => next !== null && setDate(next, 'push')}
          title={next === null ? undefined : describeDay(next, lang)}
        >
          {t('nextEvent')}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
    </section>
  );
}
