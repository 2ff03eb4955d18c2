// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIsoDay } from '../domain/time/days';
import { closeArticle, openArticle, selectEvent, setDate, stepDateByKey } from './navigation';
import { useAppStore } from './store';
import { applyUrlState, connectUrl } from './url-sync';

const d = (text: string) => parseIsoDay(text)!;

describe('the address bar follows the store', () => {
  let disconnect: () => void;
  let pushes: string[];
  let replaces: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    vi.advanceTimersByTime(1000);
    window.history.replaceState(null, '', '/');
    useAppStore.setState({
      date: d('2016-10-05'),
      window: 'all',
      selection: null,
      article: null,
      lang: 'de',
    });
    pushes = [];
    replaces = [];
    const push = window.history.pushState.bind(window.history);
    const replace = window.history.replaceState.bind(window.history);
    vi.spyOn(window.history, 'pushState').mockImplementation((state, unused, url) => {
      pushes.push(String(url));
      push(state, unused, url);
    });
    vi.spyOn(window.history, 'replaceState').mockImplementation((state, unused, url) => {
      replaces.push(String(url));
      replace(state, unused, url);
    });
    disconnect = connectUrl();
  });

  afterEach(() => {
    disconnect();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('writes a deliberate step at once, as a new entry', () => {
    selectEvent('articles:a');
    expect(pushes).toEqual(['/?date=2016-10-05&window=all&event=a&lang=de']);
  });

  it('never merges two deliberate steps, however quick', () => {
    selectEvent('articles:a');
    selectEvent('articles:b');
    selectEvent('articles:c');
    vi.advanceTimersByTime(500);
    expect(pushes.map((url) => new URL(url, 'http://x').searchParams.get('event'))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('throttles a burst of key steps into one entry and one later write of where it ended', () => {
    for (let i = 0; i < 10; i++) stepDateByKey(d('2016-10-05') - i - 1, 5000 + i * 50);
    expect(pushes).toHaveLength(1);
    expect(document.documentElement.hasAttribute('data-url-pending')).toBe(true);
    vi.advanceTimersByTime(500);
    expect(window.location.search).toBe('?date=2016-09-25&window=all&lang=de');
    expect(pushes).toHaveLength(1);
    expect(document.documentElement.hasAttribute('data-url-pending')).toBe(false);
  });

  it('opens and closes the article view as steps of their own, keeping the selection', () => {
    selectEvent('articles:a');
    openArticle('003_4ab2cf715c479de3');
    closeArticle();
    vi.advanceTimersByTime(500);
    expect(pushes).toEqual([
      '/?date=2016-10-05&window=all&event=a&lang=de',
      '/?date=2016-10-05&window=all&event=a&article=003_4ab2cf715c479de3&lang=de',
      '/?date=2016-10-05&window=all&event=a&lang=de',
    ]);
  });

  it('does not write back what Back or Forward brought', () => {
    setDate(d('2016-10-06'), 'push');
    const written = pushes.length + replaces.length;
    applyUrlState({ date: d('2016-10-01') });
    vi.advanceTimersByTime(500);
    expect(pushes.length + replaces.length).toBe(written);
  });
});
