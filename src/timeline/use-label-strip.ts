import { type RefObject, useEffect, useState } from 'react';

/**
 * The width of a strip of labels and of its widest label, in pixels, measured again whenever
 * the strip is resized (a rotated phone, a wider window, a late web font).
 */
export function useLabelStrip(ref: RefObject<HTMLElement | null>): {
  width: number;
  labelWidth: number;
} {
  const [size, setSize] = useState({ width: 0, labelWidth: 0 });

  useEffect(() => {
    const strip = ref.current;
    if (!strip) return;
    const measure = () => {
      const labels = Array.from(strip.children, (child) => (child as HTMLElement).offsetWidth);
      const next = { width: strip.clientWidth, labelWidth: Math.max(0, ...labels) };
      setSize((current) =>
        current.width === next.width && current.labelWidth === next.labelWidth ? current : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(strip);
    return () => observer.disconnect();
  }, [ref]);

  return size;
}
