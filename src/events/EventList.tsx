import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type Ref, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { placeById } from '../domain/catalog';
import { nearestRow } from '../domain/events/event-days';
import { describeEventDate } from '../domain/events/event-date';
import type { MapEvent } from '../domain/events/event';
import { useCatalog } from '../state/catalog-context';
import { selectEvent } from '../state/navigation';
import { useAppStore } from '../state/store';
import { useAdmittedRows, useVisibility, useVisibilityVersion } from '../state/visibility';
import { EventButton } from './EventButton';
import { useEventTitle } from './use-event-title';

/** A line's height before it is measured: one title line and one line of date and place. */
const ESTIMATED_ROW_PX = 50;

/**
 * The events that appear for the current date, in date order; in step with the map. Only the
 * lines on screen exist in the page, so 100,000 events list as fast as fifty. Each line says
 * its position in the whole list, and arrow keys, Home and End move through all of it.
 */
/** What the side pane asks of the list: put focus back on an event's line. */
export interface EventListHandle {
  /** Scrolls to the event's line and focuses it; false when the event is not listed. */
  focusEvent(id: string): boolean;
}

/** A line may exist only a few frames after it is asked for (the list was hidden, or scrolled). */
const FOCUS_ATTEMPTS = 8;

export function EventList({
  hidden = false,
  handle,
}: {
  hidden?: boolean;
  handle?: Ref<EventListHandle>;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const date = useAppStore((state) => state.date);
  const title = useEventTitle();
  const admitted = useAdmittedRows();
  useVisibilityVersion();
  const visibility = useVisibility();
  const count = visibility.count;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // The virtualizer re-renders this list itself when it scrolls; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    // A hidden list (the detail or the phone's other tab in front) measures its lines as 0 px
    // high; keeping those would stack every line at the top once the list shows again.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_PX,
    overscan: 6,
    // Lines are measured by position, not by event: asking every line's event for a key would
    // cost a lookup for each of 100,000 lines whenever the count changes.
  });

  const nearest =
    count === 0 ? catalog.table.events[nearestRow(catalog.table, admitted, date) ?? -1] : undefined;

  const meta = (event: MapEvent) =>
    [
      describeEventDate(event, lang),
      placeById(catalog, event.place)?.name[lang],
      event.status === 'announced' ? t('statuses.announced') : undefined,
    ]
      .filter(Boolean)
      .join(' · ');

  const focusIndex = (index: number, align: 'auto' | 'center' = 'auto') => {
    const target = Math.max(0, Math.min(count - 1, index));
    virtualizer.scrollToIndex(target, { align });
    // The line may exist only a few frames later: once the list has laid out (it may just have
    // been unhidden) and rendered the new scroll position.
    const attempt = (left: number) => {
      const button = listRef.current?.querySelector<HTMLElement>(
        `li[data-index="${target}"] button`,
      );
      if (button) {
        button.focus();
        return;
      }
      // A list that was hidden until now can miss the scroll the browser settles on (it
      // clamps once the lines are measured); make it read the position again.
      scrollRef.current?.dispatchEvent(new Event('scroll'));
      if (left > 0) requestAnimationFrame(() => attempt(left - 1));
    };
    attempt(FOCUS_ATTEMPTS);
  };

  useImperativeHandle(handle, () => ({
    focusEvent(id) {
      const row = catalog.table.rowById.get(id);
      if (row === undefined || !visibility.isVisible(row)) return false;
      focusIndex(visibility.positionOf(row), 'center');
      return true;
    },
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const line = (event.target as HTMLElement).closest('li');
    const index = Number(line?.dataset.index ?? -1);
    if (index < 0) return;
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 400) / ESTIMATED_ROW_PX),
    );
    const to = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusIndex(to);
  };

  return (
    <section className="event-list" aria-labelledby="event-list-heading" hidden={hidden}>
      {/* Focus lands here when a closed detail's event is no longer listed. */}
      <h2 id="event-list-heading" tabIndex={-1}>
        {t('events')} <span className="event-count">({t('number', { value: count })})</span>
      </h2>
      {count === 0 ? (
        <div className="empty-list">
          <p>{t('noEvents')}</p>
          {nearest && (
            <button
              type="button"
              className="link-button"
              onClick={() => selectEvent(nearest.id, nearest.date.start)}
            >
              {t('showNearest', {
                title: title(nearest),
                date: describeEventDate(nearest, lang),
              })}
            </button>
          )}
        </div>
      ) : null}
      <div className="event-list-scroll" ref={scrollRef}>
        <ul
          ref={listRef}
          aria-label={t('events')}
          className="virtual-list"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const event = catalog.table.events[visibility.rowAt(item.index)]!;
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={count}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <EventButton event={event} title={title(event)} meta={meta(event)} />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
