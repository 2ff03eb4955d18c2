import { create } from 'zustand';
import { addMonths, type Day } from '../domain/time/days';
import type { TimeSpan } from '../domain/time/span';
import { useAppStore } from './store';
import { holdHistory, intendHistory, releaseHistory } from './url-sync';

/** How much time one second of playback covers. */
export const PLAYBACK_SPEEDS = ['day', 'week', 'month'] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

const DAYS_PER_SECOND: Record<PlaybackSpeed, number> = { day: 1, week: 7, month: 30.44 };

interface PlaybackState {
  playing: boolean;
  speed: PlaybackSpeed;
}

/** Whether time is playing and how fast: a passing mode of the page, not part of the link. */
export const usePlayback = create<PlaybackState>()(() => ({ playing: false, speed: 'week' }));

let frame: number | null = null;
let stopAt: Day = 0;
let origin = { time: 0, date: 0 };

/**
 * Where playback stands `seconds` after it started from `from`. Smooth playback moves a day at
 * a time as the seconds pass; reduced motion moves a whole step (a day, a week, a calendar
 * month) once a second, so nothing glides.
 */
export function playbackDate(
  from: Day,
  seconds: number,
  speed: PlaybackSpeed,
  reducedMotion: boolean,
): Day {
  if (!reducedMotion) return from + Math.floor(seconds * DAYS_PER_SECOND[speed]);
  const steps = Math.floor(seconds);
  if (speed === 'month') return addMonths(from, steps);
  return from + steps * (speed === 'week' ? 7 : 1);
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Plays the span from the date to its end (from its start when the date is already there).
 * The address bar is held meanwhile: stopping writes one history entry, so Back returns to
 * where playback started.
 */
export function play(span: TimeSpan): void {
  if (usePlayback.getState().playing) return;
  holdHistory();
  let { date } = useAppStore.getState();
  if (date >= span.end) {
    date = span.start;
    moveTo(date);
  }
  stopAt = span.end;
  origin = { time: performance.now(), date };
  const reducedMotion = prefersReducedMotion();
  usePlayback.setState({ playing: true });
  const tick = (now: number) => {
    const { speed } = usePlayback.getState();
    const next = Math.min(
      stopAt,
      playbackDate(origin.date, (now - origin.time) / 1000, speed, reducedMotion),
    );
    if (next !== useAppStore.getState().date) moveTo(next);
    if (next >= stopAt) pause();
    else frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
}

/** Stops where it is; the way there becomes one history entry. */
export function pause(): void {
  stop(true);
}

/**
 * Stops without writing (Back or Forward during playback: the address bar has already moved),
 * or writing one entry for the way played.
 */
export function stop(write: boolean): void {
  if (frame !== null) cancelAnimationFrame(frame);
  frame = null;
  if (!usePlayback.getState().playing) return;
  usePlayback.setState({ playing: false });
  releaseHistory(write);
}

export function togglePlayback(span: TimeSpan): void {
  if (usePlayback.getState().playing) pause();
  else play(span);
}

/** A new speed applies from now on, without a jump. */
export function setPlaybackSpeed(speed: PlaybackSpeed): void {
  if (usePlayback.getState().playing)
    origin = { time: performance.now(), date: useAppStore.getState().date };
  usePlayback.setState({ speed });
}

function moveTo(date: Day): void {
  performance.mark('lagekarte:input');
  intendHistory('replace');
  useAppStore.setState({ date });
}
