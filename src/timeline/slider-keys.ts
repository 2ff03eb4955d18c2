import { addMonths, clampDay, type Day } from '../domain/time/days';

/**
 * The date a key moves the slider to: arrows a day, Page Up/Down a month, Home/End the ends.
 * Returns null for keys the slider leaves alone.
 */
export function dayForKey(key: string, date: Day, range: { min: Day; max: Day }): Day | null {
  let next: Day;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = date + 1;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = date - 1;
      break;
    case 'PageUp':
      next = addMonths(date, 1);
      break;
    case 'PageDown':
      next = addMonths(date, -1);
      break;
    case 'Home':
      next = range.min;
      break;
    case 'End':
      next = range.max;
      break;
    default:
      return null;
  }
  return clampDay(next, range.min, range.max);
}
