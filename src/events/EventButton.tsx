import type { Lang } from '../domain/time/describe-date';
import { highlightEvent, selectEvent } from '../state/navigation';
import { CategoryMark } from './CategoryMark';
import { describeEventDate } from '../domain/events/event-date';
import type { TimedEvent } from '../domain/events/timed-events';

/** One event as a line in a list: mark, title, and what else the list wants to say. */
export function EventButton({
  event,
  lang,
  details,
}: {
  event: TimedEvent;
  lang: Lang;
  details: string[];
}) {
  return (
    <button
      type="button"
      className="event-item"
      // Where focus returns when this event's detail closes.
      data-event-id={event.record.id}
      onClick={() => selectEvent(event.record.id)}
      onMouseEnter={() => highlightEvent(event.record.id)}
      onFocus={() => highlightEvent(event.record.id)}
      onMouseLeave={() => highlightEvent(null)}
      onBlur={() => highlightEvent(null)}
    >
      <CategoryMark event={event.record} />
      <span className="event-item-text">
        <span className="event-item-title">{event.record.title[lang]}</span>
        <span className="event-item-meta">
          {[describeEventDate(event, lang), ...details].join(' · ')}
        </span>
      </span>
    </button>
  );
}
