import { type HTMLAttributes, useEffect, useLayoutEffect, useRef } from 'react';
import { selectedEventIdOf, useAppStore } from '../state/store';
import { DetailPanel } from './DetailPanel';
import { EventList, type EventListHandle } from './EventList';

/**
 * The list, or — while an event or a place is selected — its detail in the list's place, so
 * the detail has the whole height and nothing is cut off where the two would meet.
 *
 * Focus follows only when the change started here: opening from the list moves focus into the
 * detail, closing it returns focus to the event's line in the list. A click on the map or Back
 * leaves focus where it is.
 */
export function SidePane(props: HTMLAttributes<HTMLDivElement>) {
  const paneRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<EventListHandle>(null);
  const eventId = useAppStore(selectedEventIdOf);
  // A string, so the store hands back the same value while the selection stays the same.
  const selection = useAppStore((state) =>
    state.selection ? `${state.selection.kind}:${state.selection.id}` : null,
  );
  const focusWasHere = useRef(false);
  const previous = useRef({ selection, eventId });

  useEffect(() => {
    // Focus that leaves with a removed button fires no event, so this remembers where it was.
    const onFocusIn = (event: FocusEvent) => {
      focusWasHere.current = paneRef.current?.contains(event.target as Node) ?? false;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = { selection, eventId };
    const pane = paneRef.current;
    if (before.selection === selection || !pane || !focusWasHere.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && !pane.contains(active)) return;
    if (selection) {
      pane.querySelector<HTMLElement>('#detail-title')?.focus();
    } else if (!before.eventId || !listRef.current?.focusEvent(before.eventId)) {
      pane.querySelector<HTMLElement>('#event-list-heading')?.focus();
    }
  }, [selection, eventId]);

  return (
    // A plain div: the list and the detail are named regions of their own, and on a phone
    // this is a tab panel (which an <aside> may not be).
    <div ref={paneRef} className="side-pane" {...props}>
      {selection && <DetailPanel key={selection} />}
      <EventList hidden={selection !== null} handle={listRef} />
    </div>
  );
}
