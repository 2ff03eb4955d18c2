import { useTranslation } from 'react-i18next';
import { beginGesture, endGesture, setDate, stepDateByKey } from '../state/navigation';
import type { TimeSpan } from '../domain/time/span';
import { useAppStore } from '../state/store';
import { describeDay } from '../domain/time/describe-date';
import { dayForKey } from './slider-keys';

/**
 * A native range input (role slider) over the zoomed span, with our own keys. A drag is one gesture, and key steps
 * in quick succession are one burst: each adds one history entry, however many days it passes.
 */
export function DateSlider({ span, range }: { span: TimeSpan; range: TimeSpan }) {
  const { t } = useTranslation();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);

  return (
    <input
      type="range"
      className="date-slider"
      aria-label={t('date')}
      aria-valuetext={describeDay(date, lang)}
      min={span.start}
      max={span.end}
      step={1}
      value={date}
      onPointerDown={beginGesture}
      onPointerUp={endGesture}
      onChange={(event) => setDate(Number(event.target.value), 'gesture')}
      onKeyDown={(event) => {
        // Keys reach the whole data, not only the zoomed span: the span follows the date.
        const next = dayForKey(event.key, date, { min: range.start, max: range.end });
        if (next === null) return;
        event.preventDefault();
        stepDateByKey(next);
      }}
    />
  );
}
