import { memo } from 'react';
import type { MapEvent } from '../domain/events/event';
import { highlightEvent, selectEvent } from '../state/navigation';
import { CategoryMark } from './CategoryMark';

/** One event as a line in a list: mark, title, and what else the list wants to say. */
export const EventButton = memo(function EventButton({
  event,
  title,
  meta,
}: {
  event: MapEvent;
  title: string;
  /** Date, place and the rest, already in words. */
  meta: string;
}) {
  return (
    <button
      type="button"
      className="event-item"
      // Where focus returns when this event's detail closes.
      data-event-id={event.id}
      onClick={() => selectEvent(event.id)}
      onMouseEnter={() => highlightEvent(event.id)}
      onFocus={() => highlightEvent(event.id)}
      onMouseLeave={() => highlightEvent(null)}
      onBlur={() => highlightEvent(null)}
    >
      <CategoryMark event={event} />
      <span className="event-item-text">
        <span className="event-item-title">{title}</span>
        <span className="event-item-meta">{meta}</span>
      </span>
    </button>
  );
});
