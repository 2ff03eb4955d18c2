// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../domain/time/days';
import { setWindow } from './navigation';
import { pause, play, playbackDate, stop, usePlayback } from './playback';
import { useAppStore } from './store';
import { connectUrl } from './url-sync';

const d = (text: string) => parseIsoDay(text)!;
const autumn = { start: d('2016-10-01'), end: d('2016-12-31') };

describe('playbackDate', () => {
  it('moves a day at a time as the seconds pass', () => {
    expect(playbackDate(d('2016-10-01'), 0.5, 'day', false)).toBe(d('2016-10-01'));
    expect(playbackDate(d('2016-10-01'), 2, 'day', false)).toBe(d('2016-10-03'));
    expect(playbackDate(d('2016-10-01'), 0.5, 'week', false)).toBe(d('2016-10-04'));
    expect(playbackDate(d('2016-10-01'), 1, 'month', false)).toBe(d('2016-10-31'));
  });

  it('with reduced motion, moves by whole steps once a second', () => {
    expect(playbackDate(d('2016-10-01'), 0.9, 'week', true)).toBe(d('2016-10-01'));
    expect(playbackDate(d('2016-10-01'), 1, 'week', true)).toBe(d('2016-10-08'));
    expect(playbackDate(d('2016-01-31'), 1, 'month', true)).toBe(d('2016-02-29'));
    expect(playbackDate(d('2016-10-01'), 3.2, 'day', true)).toBe(d('2016-10-04'));
  });
});

describe('playing time back', () => {
  let disconnect: () => void;
  let pushes: string[];
  const dateOf = (url: string) => new URL(url, 'http://x').searchParams.get('date');

  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'performance',
      ],
    });
    vi.advanceTimersByTime(1000);
    window.history.replaceState(null, '', '/');
    useAppStore.setState({
      date: d('2016-10-01'),
      window: 'all',
      span: autumn,
      selection: null,
      lang: 'de',
    });
    usePlayback.setState({ playing: false, speed: 'week' });
    pushes = [];
    const push = window.history.pushState.bind(window.history);
    vi.spyOn(window.history, 'pushState').mockImplementation((state, unused, url) => {
      pushes.push(String(url));
      push(state, unused, url);
    });
    disconnect = connectUrl();
  });

  afterEach(() => {
    stop(false);
    disconnect();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('advances the date, and writes one history entry when paused, not one per frame', () => {
    play(autumn);
    // Two seconds at a week per second, and the frame that shows the fourteenth day.
    vi.advanceTimersByTime(2050);
    expect(formatIsoDay(useAppStore.getState().date)).toBe('2016-10-15');
    expect(pushes).toEqual([]);
    pause();
    expect(usePlayback.getState().playing).toBe(false);
    expect(pushes.map(dateOf)).toEqual(['2016-10-15']);
  });

  it('stops at the end of the span, with one entry', () => {
    play(autumn);
    vi.advanceTimersByTime(60_000);
    expect(usePlayback.getState().playing).toBe(false);
    expect(formatIsoDay(useAppStore.getState().date)).toBe('2016-12-31');
    expect(pushes.map(dateOf)).toEqual(['2016-12-31']);
  });

  it('starts again from the beginning when played at the end', () => {
    useAppStore.setState({ date: autumn.end });
    play(autumn);
    expect(formatIsoDay(useAppStore.getState().date)).toBe('2016-10-01');
  });

  it('stops when the user changes something, which gets an entry of its own', () => {
    play(autumn);
    vi.advanceTimersByTime(1000);
    setWindow('7d');
    vi.advanceTimersByTime(1000);
    expect(usePlayback.getState().playing).toBe(false);
    expect(pushes.map((url) => new URL(url, 'http://x').searchParams.get('window'))).toEqual([
      'all',
      '7d',
    ]);
    expect(pushes.map(dateOf)).toEqual(['2016-10-08', '2016-10-08']);
  });

  it('writes nothing when stopped by Back or Forward', () => {
    play(autumn);
    vi.advanceTimersByTime(1000);
    stop(false);
    expect(pushes).toEqual([]);
  });
});
