import { useMemo } from 'react';
import { visibleEvents, type TimedEvent } from '../events/timed-events';
import { useModel } from './model-context';
import { useAppStore } from './store';

/** The events that appear for the current date and window, in date order. */
export function useVisibleEvents(): TimedEvent[] {
  const model = useModel();
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  return useMemo(() => visibleEvents(model.events, date, window), [model, date, window]);
}
