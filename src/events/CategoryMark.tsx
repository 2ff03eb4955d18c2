import type { MapEvent } from '../domain/events/event';
import { CATEGORY_COLORS } from './category-colors';

/** The same mark as on the map: a disc for what happened, a ring for what was announced. */
export function CategoryMark({ event }: { event: Pick<MapEvent, 'category' | 'status'> }) {
  const color = CATEGORY_COLORS[event.category];
  return (
    <span
      className={`category-mark ${event.status}`}
      aria-hidden="true"
      style={
        event.status === 'announced'
          ? { borderColor: color }
          : { background: color, borderColor: color }
      }
    />
  );
}
