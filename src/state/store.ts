import { create } from 'zustand';
import { CURATED_DATASET_ID } from '../domain/events/event';
import { EMPTY_FILTERS, type EventFilters } from '../domain/filters/filters';
import type { Day } from '../domain/time/days';
import type { Lang } from '../domain/time/describe-date';
import type { TimeSpan } from '../domain/time/span';
import { DEFAULT_WINDOW, type TimeWindow } from '../domain/time/window';
import type { UrlNotice } from '../domain/url/codec';

/** What the user chose to look at: one event or one place. */
export interface Selection {
  kind: 'event' | 'place';
  id: string;
}

/** Minimal input state: everything on screen is derived from it and the dataset. */
export interface AppState {
  date: Day;
  window: TimeWindow;
  /** The part of time the timeline is zoomed to; null: all of it. Always holds `date`. */
  span: TimeSpan | null;
  selection: Selection | null;
  /** The curated article open in the article view (in the side pane's place), or null. */
  article: string | null;
  /** Ids of the datasets shown, curated first (see canonicalDatasets). */
  datasets: string[];
  /** What the events are narrowed to, in canonical order (see canonicalFilters). */
  filters: EventFilters;
  /** The event a pointer or the keyboard is on in a list: the map says which marker it is. */
  highlightedEventId: string | null;
  lang: Lang;
  /** What the URL asked for that could not be shown as asked. */
  urlNotices: UrlNotice[];
}

export const useAppStore = create<AppState>()(() => ({
  date: 0,
  window: DEFAULT_WINDOW,
  span: null,
  selection: null,
  article: null,
  datasets: [CURATED_DATASET_ID],
  filters: EMPTY_FILTERS,
  highlightedEventId: null,
  lang: 'en',
  urlNotices: [],
}));

/** The selected event's id, or null: a primitive, so components re-render only when it changes. */
export const selectedEventIdOf = (state: AppState): string | null =>
  state.selection?.kind === 'event' ? state.selection.id : null;

/** The selected place's id (a place chosen on its own, not an event's place), or null. */
export const selectedPlaceIdOf = (state: AppState): string | null =>
  state.selection?.kind === 'place' ? state.selection.id : null;
