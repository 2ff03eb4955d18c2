import { useTranslation } from 'react-i18next';
import { beginGesture, endGesture, setDate, stepDateByKey } from '../state/navigation';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { describeDay } from '../domain/time/describe-date';
import { dayForKey } from './slider-keys';

/**
 * A native range input (role slider) with our own keys. A drag is one gesture, and key steps
 * in quick succession are one burst: each adds one history entry, however many days it passes.
 */
export function DateSlider() {
  const { t } = useTranslation();
  const { range } = useCatalog();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);

  return (
    <input
      type="range"
      className="date-slider"
      aria-label={t('date')}
      aria-valuetext={describeDay(date, lang)}
      min={range.min}
      max={range.max}
      step={1}
      value={date}
      onPointerDown={beginGesture}
      onPointerUp={endGesture}
      onChange={(event) => setDate(Number(event.target.value), 'gesture')}
      onKeyDown={(event) => {
        const next = dayForKey(event.key, date, range);
        if (next === null) return;
        event.preventDefault();
        stepDateByKey(next);
      }}
    />
  );
}
