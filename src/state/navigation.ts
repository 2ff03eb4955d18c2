import type { Day } from '../domain/time/days';
import { classifyKeyStep } from '../domain/time/key-burst';
import type { Lang } from '../domain/time/describe-date';
import type { TimeWindow } from '../domain/time/window';
import { serializeUrlState } from '../domain/url/codec';
import { type HistoryMode, writeSearch } from '../url/history';
import { type AppState, selectedEventIdOf, selectedPlaceIdOf, useAppStore } from './store';

/**
 * The only way the UI changes what is shown: it updates the store, then the URL.
 * 'gesture' is for continuous input (dragging, holding a key): its first change adds a
 * history entry, the rest of the same gesture only replace it.
 */
export type ChangeMode = HistoryMode | 'gesture';

let gestureEntryPushed = false;
/** The last key step on the slider, while its burst lasts: when, and the address it wrote. */
let lastKeyStep: { at: number; search: string } | null = null;

export function beginGesture(): void {
  gestureEntryPushed = false;
}

export function endGesture(): void {
  gestureEntryPushed = false;
}

type InputChange = Partial<Omit<AppState, 'urlNotices'>>;

export function change(partial: InputChange, mode: ChangeMode): void {
  // Anything else the user does ends a burst of key steps.
  lastKeyStep = null;
  write(partial, mode);
}

function write(partial: InputChange, mode: ChangeMode): void {
  useAppStore.setState(partial);
  let historyMode: HistoryMode;
  if (mode === 'gesture') {
    historyMode = gestureEntryPushed ? 'replace' : 'push';
    gestureEntryPushed = true;
  } else {
    historyMode = mode;
  }
  writeSearch(currentSearch(), historyMode);
}

export function currentSearch(): string {
  const state = useAppStore.getState();
  return serializeUrlState({
    date: state.date,
    window: state.window,
    event: selectedEventIdOf(state),
    place: selectedPlaceIdOf(state),
    lang: state.lang,
  });
}

export const setDate = (date: Day, mode: ChangeMode) => change({ date }, mode);

/** A date step by key on the slider: a burst of them makes one history entry. */
export function stepDateByKey(date: Day, now: number = performance.now()): void {
  // Back or Forward since the last step (the address is no longer ours) ends the burst too.
  const previous = lastKeyStep?.search === window.location.search ? lastKeyStep.at : null;
  const step = classifyKeyStep(previous, now);
  write({ date }, step === 'starts-burst' ? 'push' : 'replace');
  lastKeyStep = { at: now, search: window.location.search };
}
export const setWindow = (window: TimeWindow) => change({ window }, 'push');
export const setLang = (lang: Lang) => change({ lang }, 'replace');
export const selectEvent = (id: string | null, date?: Day) =>
  change(
    {
      selection: id === null ? null : { kind: 'event', id },
      ...(date === undefined ? {} : { date }),
    },
    'push',
  );
export const selectPlace = (id: string | null) =>
  change({ selection: id === null ? null : { kind: 'place', id } }, 'push');
/** Points at an event in a list (hover or focus); the map names its marker. Not history. */
export const highlightEvent = (id: string | null) =>
  useAppStore.setState({ highlightedEventId: id });

export const dismissUrlNotice = (index: number) =>
  useAppStore.setState((state) => ({ urlNotices: state.urlNotices.filter((_, i) => i !== index) }));
