import { clampDay, type Day } from '../domain/time/days';
import { spanIncluding, type TimeSpan } from '../domain/time/span';
import {
  canonicalFilters,
  EMPTY_FILTERS,
  type EventFilters,
  type Facet,
  toggleFilter as toggled,
} from '../domain/filters/filters';
import { classifyKeyStep } from '../domain/time/key-burst';
import type { Lang } from '../domain/time/describe-date';
import type { TimeWindow } from '../domain/time/window';
import type { HistoryMode } from '../url/history';
import { stop as stopPlayback } from './playback';
import { type AppState, useAppStore } from './store';
import { historyMoveCount, intendHistory } from './url-sync';

/**
 * The only way the UI changes what is shown: it says how the change should reach history, then
 * updates the store; the URL follows from its subscription. 'gesture' is for continuous input
 * (dragging): its first change adds a history entry, the rest of the same gesture replace it.
 */
export type ChangeMode = HistoryMode | 'gesture';

let gestureEntryPushed = false;
/** The last key step on the slider, while its burst lasts. */
let lastKeyStep: { at: number; historyMoves: number } | null = null;

export function beginGesture(): void {
  gestureEntryPushed = false;
}

export function endGesture(): void {
  gestureEntryPushed = false;
}

type InputChange = Partial<Omit<AppState, 'urlNotices'>>;

export function change(partial: InputChange, mode: ChangeMode): void {
  // Anything else the user does ends a burst of key steps, and playback: what was played
  // becomes its own history entry, before this change makes the next.
  lastKeyStep = null;
  stopPlayback(true);
  write(partial, mode);
}

function write(asked: InputChange, mode: ChangeMode): void {
  const partial = withDateInView(asked);
  if (mode === 'gesture') {
    intendHistory(gestureEntryPushed ? 'replace' : 'push');
    gestureEntryPushed = true;
  } else {
    intendHistory(mode);
  }
  useAppStore.setState(partial);
}

/** The timeline never loses its date: a date beyond the zoomed span moves the span along. */
function withDateInView(partial: InputChange): InputChange {
  if (partial.date === undefined || 'span' in partial) return partial;
  const { span } = useAppStore.getState();
  return span === null ? partial : { ...partial, span: spanIncluding(span, partial.date) };
}

export const setDate = (date: Day, mode: ChangeMode) => change({ date }, mode);

/**
 * Zooms or pans the timeline (null: all of it). A date the new span leaves out is brought to
 * its nearer edge, so the slider keeps showing what the map shows.
 */
export function setSpan(span: TimeSpan | null, mode: ChangeMode): void {
  const { date } = useAppStore.getState();
  change(span === null ? { span } : { span, date: clampDay(date, span.start, span.end) }, mode);
}

/** A date step by key on the slider: a burst of them makes one history entry. */
export function stepDateByKey(date: Day, now: number = performance.now()): void {
  performance.mark('lagekarte:input');
  stopPlayback(true);
  // Back or Forward since the last step ends the burst too.
  const previous = lastKeyStep?.historyMoves === historyMoveCount() ? lastKeyStep.at : null;
  const step = classifyKeyStep(previous, now);
  write({ date }, step === 'starts-burst' ? 'push' : 'replace');
  lastKeyStep = { at: now, historyMoves: historyMoveCount() };
}
export const setWindow = (window: TimeWindow) => change({ window }, 'push');
export const setLang = (lang: Lang) => change({ lang }, 'replace');
export const setShownDatasets = (datasets: string[]) => change({ datasets }, 'push');
export const setFilters = (filters: EventFilters) =>
  change({ filters: canonicalFilters(filters) }, 'push');
export const toggleFilter = (facet: Facet, key: string) =>
  change({ filters: toggled(useAppStore.getState().filters, facet, key) }, 'push');
export const clearFilters = () => change({ filters: EMPTY_FILTERS }, 'push');
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
/** The article view, in the side pane's place; the selection stays as it is. */
export const openArticle = (id: string) => change({ article: id }, 'push');
export const closeArticle = () => change({ article: null }, 'push');
/** Points at an event in a list (hover or focus); the map names its marker. Not history. */
export const highlightEvent = (id: string | null) =>
  useAppStore.setState({ highlightedEventId: id });

export const dismissUrlNotice = (index: number) =>
  useAppStore.setState((state) => ({ urlNotices: state.urlNotices.filter((_, i) => i !== index) }));
