import { create } from 'zustand';
import type { Day } from '../timeline/days';
import type { Lang } from '../timeline/describe-date';
import { DEFAULT_WINDOW, type TimeWindow } from '../timeline/window';
import type { UrlNotice } from '../url/codec';

/** Minimal input state: everything on screen is derived from it and the dataset. */
export interface AppState {
  date: Day;
  window: TimeWindow;
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  lang: Lang;
  /** What the URL asked for that could not be shown as asked. */
  urlNotices: UrlNotice[];
}

export const useAppStore = create<AppState>()(() => ({
  date: 0,
  window: DEFAULT_WINDOW,
  selectedEventId: null,
  selectedPlaceId: null,
  lang: 'en',
  urlNotices: [],
}));
