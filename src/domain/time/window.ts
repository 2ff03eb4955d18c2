import type { Day } from './days';

/** Which reported events appear for the chosen date D. */
export const TIME_WINDOWS = ['day', '7d', '30d', 'all'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];
export const DEFAULT_WINDOW: TimeWindow = 'all';

export interface DayInterval {
  start: Day;
  end: Day;
}

/** The inclusive span of days the window covers when the slider stands on `date`. */
export function windowInterval(date: Day, window: TimeWindow): DayInterval {
  switch (window) {
    case 'day':
      return { start: date, end: date };
    case '7d':
      return { start: date - 6, end: date };
    case '30d':
      return { start: date - 29, end: date };
    case 'all':
      return { start: Number.NEGATIVE_INFINITY, end: date };
  }
}

/** Inclusive intervals overlap when neither ends before the other starts. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function isTimeWindow(value: string): value is TimeWindow {
  return (TIME_WINDOWS as readonly string[]).includes(value);
}
