import type { Day } from './days';

/**
 * The part of time the timeline shows: inclusive days. The slider and the histogram share it,
 * so zooming one zooms both.
 */
export interface TimeSpan {
  start: Day;
  end: Day;
}

/** Zoomed in no further than this: two weeks still show a day as a bar a finger can see. */
export const MIN_SPAN_DAYS = 14;

export const spanDays = (span: TimeSpan) => span.end - span.start + 1;

/**
 * A span made to fit the data: at least MIN_SPAN_DAYS wide (or the whole range where that is
 * shorter), no wider than the range, and inside it — moved, not cut, where it sticks out.
 */
export function fitSpan(span: TimeSpan, range: TimeSpan): TimeSpan {
  const rangeDays = spanDays(range);
  const width = Math.min(rangeDays, Math.max(MIN_SPAN_DAYS, Math.round(spanDays(span))));
  const centre = (span.start + span.end) / 2;
  let start = Math.round(centre - (width - 1) / 2);
  start = Math.min(Math.max(start, range.start), range.end - width + 1);
  return { start, end: start + width - 1 };
}

export const isWholeRange = (span: TimeSpan, range: TimeSpan) =>
  span.start <= range.start && span.end >= range.end;

/**
 * Zooms by `factor` (< 1 in, > 1 out) keeping `anchor` where it is on screen: under the
 * pointer for the wheel, on the date for the buttons.
 */
export function zoomSpan(span: TimeSpan, factor: number, anchor: Day, range: TimeSpan): TimeSpan {
  const width = spanDays(span);
  const nextWidth = Math.max(MIN_SPAN_DAYS, Math.round(width * factor));
  const share = width <= 1 ? 0.5 : (anchor - span.start) / (width - 1);
  const start = Math.round(anchor - share * (nextWidth - 1));
  return fitSpan({ start, end: start + nextWidth - 1 }, range);
}

export function panSpan(span: TimeSpan, days: number, range: TimeSpan): TimeSpan {
  const shift = Math.round(days);
  return fitSpan({ start: span.start + shift, end: span.end + shift }, range);
}

/** The span moved, as little as needed, so that `day` is in it: the date never leaves view. */
export function spanIncluding(span: TimeSpan, day: Day): TimeSpan {
  if (day < span.start) return { start: day, end: day + span.end - span.start };
  if (day > span.end) return { start: day - (span.end - span.start), end: day };
  return span;
}
