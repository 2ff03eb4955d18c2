import { type RefObject, useEffect, useRef } from 'react';
import { isWholeRange, panSpan, spanDays, type TimeSpan, zoomSpan } from '../domain/time/span';
import { beginGesture, endGesture, setSpan } from '../state/navigation';

/** A pause this long ends a wheel gesture: the next turn of the wheel is a new history entry. */
const WHEEL_GESTURE_END_MS = 400;

/**
 * Zooming and panning the timeline by hand: the wheel zooms around the day under the pointer
 * (a trackpad's pinch arrives as a wheel with ctrlKey), a sideways or shift-wheel pans, and on
 * a touch screen two fingers on the histogram pinch and one drags. Each gesture is one history
 * entry, however long it lasts.
 */
export function useTimelineGestures(
  trackRef: RefObject<HTMLElement | null>,
  pinchRef: RefObject<HTMLElement | null>,
  span: TimeSpan,
  range: TimeSpan,
): void {
  // The listeners are added once; they read the latest span from here.
  const latest = useRef({ span, range });
  useEffect(() => {
    latest.current = { span, range };
  });

  useEffect(() => {
    const track = trackRef.current;
    if (!track) return;
    let wheelTimer: ReturnType<typeof setTimeout> | null = null;
    const apply = (next: TimeSpan) => {
      const { range } = latest.current;
      setSpan(isWholeRange(next, range) ? null : next, 'gesture');
    };
    const dayAt = (clientX: number) => {
      const box = track.getBoundingClientRect();
      const { span } = latest.current;
      return span.start + ((clientX - box.left) / Math.max(1, box.width)) * (spanDays(span) - 1);
    };

    const onWheel = (event: WheelEvent) => {
      const { span, range } = latest.current;
      const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      const delta = sideways ? event.deltaX || event.deltaY : event.deltaY;
      if (delta === 0) return;
      event.preventDefault();
      if (wheelTimer === null) beginGesture();
      else clearTimeout(wheelTimer);
      wheelTimer = setTimeout(() => {
        wheelTimer = null;
        endGesture();
      }, WHEEL_GESTURE_END_MS);
      if (sideways) {
        const width = Math.max(1, track.getBoundingClientRect().width);
        apply(panSpan(span, (delta / width) * spanDays(span), range));
      } else {
        // Pinch deltas are small and fine-grained; wheel notches are about 100.
        const factor = Math.exp(delta * (event.ctrlKey ? 0.01 : 0.002));
        apply(zoomSpan(span, factor, dayAt(event.clientX), range));
      }
    };

    track.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      track.removeEventListener('wheel', onWheel);
      if (wheelTimer !== null) clearTimeout(wheelTimer);
    };
  }, [trackRef]);

  useEffect(() => {
    const surface = pinchRef.current;
    if (!surface) return;
    const pointers = new Map<number, number>();
    let start: { span: TimeSpan; distance: number; x: number; anchor: number } | null = null;
    const box = () => surface.getBoundingClientRect();
    const begin = () => {
      const xs = [...pointers.values()];
      const { span } = latest.current;
      const { left, width } = box();
      const x = xs.reduce((sum, value) => sum + value, 0) / xs.length;
      start = {
        span,
        distance: xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0,
        x,
        anchor: span.start + ((x - left) / Math.max(1, width)) * (spanDays(span) - 1),
      };
    };

    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      surface.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, event.clientX);
      if (pointers.size === 1) beginGesture();
      begin();
    };
    const onMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId) || start === null) return;
      pointers.set(event.pointerId, event.clientX);
      const { range } = latest.current;
      const xs = [...pointers.values()];
      const width = Math.max(1, box().width);
      if (xs.length > 1 && start.distance > 0) {
        const distance = Math.max(1, Math.abs(xs[0]! - xs[1]!));
        const next = zoomSpan(start.span, start.distance / distance, start.anchor, range);
        setSpan(isWholeRange(next, range) ? null : next, 'gesture');
      } else if (xs.length === 1) {
        // Dragging the days: they follow the finger, so the span moves the other way.
        const days = -((xs[0]! - start.x) / width) * spanDays(start.span);
        const next = panSpan(start.span, days, range);
        setSpan(isWholeRange(next, range) ? null : next, 'gesture');
      }
    };
    const onUp = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      if (pointers.size === 0) {
        start = null;
        endGesture();
      } else begin();
    };

    surface.addEventListener('pointerdown', onDown);
    surface.addEventListener('pointermove', onMove);
    surface.addEventListener('pointerup', onUp);
    surface.addEventListener('pointercancel', onUp);
    return () => {
      surface.removeEventListener('pointerdown', onDown);
      surface.removeEventListener('pointermove', onMove);
      surface.removeEventListener('pointerup', onUp);
      surface.removeEventListener('pointercancel', onUp);
    };
  }, [pinchRef]);
}
