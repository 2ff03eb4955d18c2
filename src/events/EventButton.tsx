import type { Lang } from '../timeline/describe-date';
import { selectEvent } from '../state/navigation';
import { CategoryMark } from './CategoryMark';
import { describeEventDate } from './event-date';
import type { TimedEvent } from './timed-events';

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
