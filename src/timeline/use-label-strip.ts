import { type RefObject, useLayoutEffect, useState } from 'react';

/** An element's inner width in pixels, measured again whenever it is resized. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The width of each label in a strip, measured once the labels are laid out and again when
 * they change (`labelsKey`) — and when a late web font changes them all.
 */
export function useLabelWidths(ref: RefObject<HTMLElement | null>, labelsKey: string): number[] {
  const [measured, setMeasured] = useState({ key: '', widths: [] as number[] });
  useLayoutEffect(() => {
    const strip = ref.current;
    if (!strip) return;
    const measure = () => {
      const widths = Array.from(strip.children, (child) => (child as HTMLElement).offsetWidth);
      setMeasured((current) =>
        current.key === labelsKey && current.widths.every((w, i) => w === widths[i])
          ? current
          : { key: labelsKey, widths },
      );
    };
    measure();
    void document.fonts?.ready.then(measure);
  }, [ref, labelsKey]);
  return measured.key === labelsKey ? measured.widths : [];
}
