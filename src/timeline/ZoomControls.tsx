import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { densePeriods, describePeriod } from '../domain/events/dense-periods';
import { isWholeRange, type TimeSpan, zoomSpan } from '../domain/time/span';
import { useCatalog } from '../state/catalog-context';
import { setSpan } from '../state/navigation';
import { useAppStore } from '../state/store';
import { useAdmittedRows } from '../state/visibility';

/** Each press halves or doubles the days in view. */
export const ZOOM_STEP = 2;

const WHOLE = 'whole';
const CUSTOM = 'custom';

/**
 * Zoom by buttons (around the date, which stays in view), back to the whole span, or straight
 * to a period where the reporting is dense. Each is a deliberate step: one history entry.
 */
export function ZoomControls({ span, range }: { span: TimeSpan; range: TimeSpan }) {
  const { t } = useTranslation();
  const { table } = useCatalog();
  const admitted = useAdmittedRows();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);
  const periods = useMemo(
    () => densePeriods(table, admitted, { start: range.start, end: range.end }),
    [table, admitted, range.start, range.end],
  );
  const whole = isWholeRange(span, range);
  const current = whole
    ? WHOLE
    : (periods.find((period) => period.start === span.start && period.end === span.end)?.start ??
      CUSTOM);

  const zoom = (factor: number) => {
    const next = zoomSpan(span, factor, date, range);
    setSpan(isWholeRange(next, range) ? null : next, 'push');
  };

  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.group')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('zoom.out')}
        title={t('zoom.out')}
        disabled={whole}
        onClick={() => zoom(ZOOM_STEP)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('zoom.in')}
        title={t('zoom.in')}
        disabled={span.end - span.start + 1 <= 14}
        onClick={() => zoom(1 / ZOOM_STEP)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="whole-button"
        aria-label={t('zoom.whole')}
        disabled={whole}
        onClick={() => setSpan(null, 'push')}
      >
        <span aria-hidden="true">⤢</span> <span className="whole-label">{t('zoom.whole')}</span>
      </button>
      <label className="period-control">
        <span className="period-label">{t('zoom.period')}</span>
        <select
          value={String(current)}
          onChange={(event) => {
            const value = event.target.value;
            if (value === WHOLE) return setSpan(null, 'push');
            const period = periods.find((candidate) => String(candidate.start) === value);
            if (period) setSpan({ start: period.start, end: period.end }, 'push');
          }}
        >
          <option value={WHOLE}>
            {t('zoom.wholeOption', { period: describePeriod(range, lang) })}
          </option>
          {periods.map((period) => (
            <option key={period.start} value={String(period.start)}>
              {t('zoom.periodOption', {
                period: describePeriod(period.named, lang),
                count: period.count,
              })}
            </option>
          ))}
          {current === CUSTOM && (
            <option value={CUSTOM} disabled>
              {describePeriod(span, lang)}
            </option>
          )}
        </select>
      </label>
    </div>
  );
}
